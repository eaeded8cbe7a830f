import type { APIRoute } from 'astro';

/** robots.txt with an absolute sitemap URL (crawlers reject relative ones). */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL('/sitemap.xml', site).href}\n`, { headers: { 'Content-Type': 'text/plain' } });
