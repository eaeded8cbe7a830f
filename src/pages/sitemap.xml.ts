import type { APIRoute } from 'astro';
import { getFeatures, getFrameworks } from '../lib/data.ts';
import { sitePaths, sitemapXml } from '../lib/sitemap.ts';

export const GET: APIRoute = async ({ site }) => {
  const paths = sitePaths((await getFrameworks()).map((f) => ({ slug: f.id, languages: f.data.languages })), (await getFeatures()).map((f) => f.id));
  return new Response(sitemapXml(paths, site!), { headers: { 'Content-Type': 'application/xml' } });
};
