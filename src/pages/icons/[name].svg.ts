import type { APIRoute } from 'astro';
import { LEVEL_ICONS, PARTIAL_ICON } from '../../lib/model/levels.ts';
import { LEVELS } from '../../lib/model/vocab.ts';

/**
 * The level icons as files (/icons/built-in.svg, …, /icons/partial.svg), drawn from the same paths
 * as the inline icons. Dense tables use them as CSS masks, so a matrix cell is one link element
 * instead of an SVG per cell.
 */
const ICONS: Record<string, string> = { ...LEVEL_ICONS, partial: PARTIAL_ICON };

export function getStaticPaths() {
  return [...LEVELS, 'partial'].map((name) => ({ params: { name } }));
}

export const GET: APIRoute = ({ params }) => {
  const path = ICONS[params.name ?? ''];
  if (!path) return new Response('Not found', { status: 404 });
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16" fill="none" stroke="#000" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round"><path d="${path}"/></svg>`;
  return new Response(svg, { headers: { 'content-type': 'image/svg+xml' } });
};
