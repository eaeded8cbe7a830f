/** Every indexable page of the site, built from the collections: feeds sitemap.xml and the tests. */
import { pairPages, type PairCandidate } from './pair-policy.ts';
import { pairSlug } from './pairs.ts';

export function sitePaths(frameworks: readonly PairCandidate[], featureIds: readonly string[]): string[] {
  return [
    '/',
    '/frameworks/',
    ...frameworks.map((f) => f.slug).sort().map((s) => `/frameworks/${s}/`),
    '/features/',
    ...featureIds.map((id) => `/features/${id}/`),
    '/compare/',
    ...pairPages(frameworks).map(([a, b]) => `/compare/${pairSlug(a, b)}/`),
    '/search/',
    '/about/',
  ];
}

export function sitemapXml(paths: readonly string[], site: URL | string): string {
  const urls = paths.map((p) => `  <url><loc>${new URL(p, site).href}</loc></url>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`;
}
