import type { APIRoute } from 'astro';

/** robots.txt with an absolute sitemap URL (crawlers reject relative ones); @astrojs/sitemap writes the index. */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL('/sitemap-index.xml', site).href}\n`, { headers: { 'Content-Type': 'text/plain' } });
