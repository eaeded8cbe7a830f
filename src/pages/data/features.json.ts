import type { APIRoute } from 'astro';
import { getFeatures } from '../../lib/page-data/data.ts';
import { exportFeature } from '../../lib/shared/export.ts';

export const GET: APIRoute = async ({ site }) => {
  const features = await getFeatures();
  const body = features.map((f) => exportFeature(f.id, f.data, site!));
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json' } });
};
