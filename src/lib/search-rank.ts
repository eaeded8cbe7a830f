/**
 * Ordering of search results. Pagefind scores text relevance; on top of that:
 *   1. exact vocabulary matches (a feature's name or alias, a framework's name, a package) first;
 *   2. then feature pages and profiles by Pagefind score, then comparisons by score;
 *   3. at most MAX_COMPARISONS comparison pages, so 60 near-identical pairs never bury a profile.
 */
import type { PageType, VocabPage } from './search-vocab.ts';

export const MAX_COMPARISONS = 3;
const TYPE_ORDER: Record<PageType, number> = { Feature: 0, Framework: 0, Comparison: 1 };

export interface RankedHit {
  url: string;
  title: string;
  type: PageType;
  /** Pagefind's relevance score; pinned vocabulary hits have none. */
  score?: number;
  /** Pagefind's excerpt: text with <mark> around matches. */
  excerpt?: string;
  pinned?: boolean;
}

/** Normalise a URL to its path with a trailing slash, so /x/ and /x/index.html meet. */
export function pagePath(url: string): string {
  const path = new URL(url, 'https://x.invalid').pathname.replace(/index\.html$/, '');
  return path.endsWith('/') ? path : `${path}/`;
}

export function rankResults(pinned: readonly VocabPage[], hits: readonly RankedHit[]): { results: RankedHit[]; moreComparisons: number } {
  const seen = new Set<string>();
  const results: RankedHit[] = [];
  const byPath = new Map(hits.map((h) => [pagePath(h.url), h]));
  for (const p of pinned) {
    const path = pagePath(p.url);
    if (seen.has(path)) continue;
    seen.add(path);
    results.push({ ...byPath.get(path), ...p, url: path, pinned: true });
  }
  const rest = hits
    .filter((h) => !seen.has(pagePath(h.url)))
    .sort((a, b) => TYPE_ORDER[a.type] - TYPE_ORDER[b.type] || (b.score ?? 0) - (a.score ?? 0));
  let comparisons = results.filter((r) => r.type === 'Comparison').length;
  let moreComparisons = 0;
  for (const h of rest) {
    if (h.type === 'Comparison' && comparisons >= MAX_COMPARISONS) {
      moreComparisons += 1;
      continue;
    }
    if (h.type === 'Comparison') comparisons += 1;
    seen.add(pagePath(h.url));
    results.push({ ...h, url: pagePath(h.url) });
  }
  return { results, moreComparisons };
}

/** Split a Pagefind excerpt into plain-text pieces and marked pieces, never HTML. */
export function excerptParts(excerpt: string): { text: string; mark: boolean }[] {
  const decode = (s: string) =>
    s.replace(/<[^>]*>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;|&#x27;/g, "'").replace(/&amp;/g, '&');
  const parts: { text: string; mark: boolean }[] = [];
  const re = /<mark>([\s\S]*?)<\/mark>/g;
  let last = 0;
  for (let m = re.exec(excerpt); m; m = re.exec(excerpt)) {
    if (m.index > last) parts.push({ text: decode(excerpt.slice(last, m.index)), mark: false });
    parts.push({ text: decode(m[1]!), mark: true });
    last = m.index + m[0].length;
  }
  if (last < excerpt.length) parts.push({ text: decode(excerpt.slice(last)), mark: false });
  return parts.filter((p) => p.text !== '');
}

/** Clean a raw query: trim, collapse spaces, cap the length Pagefind is asked to handle. */
export const MAX_QUERY_LENGTH = 100;
export function cleanQuery(raw: string | null): string {
  return (raw ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH);
}
