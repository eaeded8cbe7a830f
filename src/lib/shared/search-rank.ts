/**
 * The ranking policy of /search/, in one place. Pagefind scores text relevance within a page
 * type; on top of that:
 *   1. exact vocabulary matches (a feature's name or alias, a framework's name or alias, a package
 *      name, two framework names for their comparison) come first;
 *   2. then profiles, then feature pages, then comparisons, each by Pagefind's score, so a
 *      framework that provides the thing outranks a feature page that merely mentions it and
 *      hundreds of near-identical pair pages never bury a profile;
 *   3. every counted result is reachable: results are shown a page at a time, never dropped.
 */
import type { PageType, VocabPage } from './search-vocab.ts';

/** Order of page types after the pinned matches. */
export const TYPE_ORDER: readonly PageType[] = ['Framework', 'Feature', 'Comparison'];

/** Results shown per page of results ("Show more" adds the next page). */
export const PAGE_SIZE = 10;

/** No word in the atlas is longer than this; a query with a longer word cannot match anything. */
export const MAX_WORD_LENGTH = 40;

export interface RankedHit {
  url: string;
  title: string;
  type: PageType;
  /** Pagefind's relevance score; pinned vocabulary hits have none. */
  score?: number;
  /** Pagefind's excerpt: text with <mark> around matches. */
  excerpt?: string;
  /** The page's one-line description, shown when there is no excerpt. */
  description?: string;
  pinned?: boolean;
}

/** Normalise a URL to its path with a trailing slash, so /x/ and /x/index.html meet. */
export function pagePath(url: string): string {
  const path = new URL(url, 'https://x.invalid').pathname.replace(/index\.html$/, '');
  return path.endsWith('/') ? path : `${path}/`;
}

/**
 * Full-text results of each page type, concatenated in TYPE_ORDER (each list is already in
 * Pagefind's score order): the order in which results are loaded and shown after the pinned ones.
 */
export function resultOrder<T>(perType: Partial<Record<PageType, readonly T[]>>): { type: PageType; result: T }[] {
  return TYPE_ORDER.flatMap((type) => (perType[type] ?? []).map((result) => ({ type, result })));
}

/** Pinned pages first (each once), then hits in the order given, skipping pages already listed. */
export function mergeHits(pinned: readonly VocabPage[], hits: readonly RankedHit[], alreadyShown: ReadonlySet<string> = new Set()): RankedHit[] {
  const seen = new Set(alreadyShown);
  const out: RankedHit[] = [];
  const byPath = new Map(hits.map((h) => [pagePath(h.url), h]));
  for (const p of pinned) {
    const path = pagePath(p.url);
    if (seen.has(path)) continue;
    seen.add(path);
    out.push({ ...byPath.get(path), ...p, url: path, pinned: true });
  }
  for (const h of hits) {
    const path = pagePath(h.url);
    if (seen.has(path)) continue;
    seen.add(path);
    out.push({ ...h, url: path });
  }
  return out;
}

/** Split a Pagefind excerpt into plain-text pieces and marked pieces, never HTML. */
export function excerptParts(excerpt: string): { text: string; mark: boolean }[] {
  const decode = (s: string) =>
    s
      .replace(/<[^>]*>/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;|&#x27;/g, "'")
      .replace(/&amp;/g, '&');
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

/** Clean a raw query: trim, collapse spaces, drop bidi controls, cap the length Pagefind is asked to handle. */
export const MAX_QUERY_LENGTH = 100;
export function cleanQuery(raw: string | null): string {
  return (raw ?? '')
    .replace(/[\u202A-\u202E\u2066-\u2069\u200E\u200F]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_QUERY_LENGTH);
}

/** False when some word is longer than any word in the atlas: such a query has no results. */
export function plausibleQuery(query: string): boolean {
  return query.split(' ').every((w) => [...w].length <= MAX_WORD_LENGTH);
}
