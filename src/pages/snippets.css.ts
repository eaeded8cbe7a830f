import { getFrameworks } from '../lib/page-data/data.ts';
import { fencedBlocks } from '../lib/page-data/highlight.ts';
import { snippetCss } from '../lib/page-data/snippets.ts';

/** Colours of the highlighted snippets and profile code blocks, as classes (the CSP allows no inline styles). */
export async function GET(): Promise<Response> {
  const blocks = (await getFrameworks()).flatMap((f) => fencedBlocks(f.body ?? ''));
  return new Response(await snippetCss(blocks), { headers: { 'content-type': 'text/css; charset=utf-8' } });
}
