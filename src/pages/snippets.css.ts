import { snippetCss } from '../lib/build/snippets.ts';

/** Colours of the highlighted snippets, as classes (the CSP allows no inline styles). */
export async function GET(): Promise<Response> {
  return new Response(await snippetCss(), { headers: { 'content-type': 'text/css; charset=utf-8' } });
}
