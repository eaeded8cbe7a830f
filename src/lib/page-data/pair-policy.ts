/**
 * Which pairs get a static page. Pair pages grow with N²: 12 frameworks make 66 pairs, 100 make
 * 4,950 and 1,000 make 499,500. Policy:
 *   - up to ALL_PAIRS_UP_TO frameworks, every pair has its page;
 *   - beyond that, only pairs that share a language (the comparisons people actually make) plus
 *     the curated common comparisons (content/editorial.yaml), at most MAX_PAIR_PAGES; every other pair is still one click
 *     away at /compare/?fw=a,b, which needs no page of its own.
 */
import { urls } from '../shared/urls.ts';
import { allPairs, pairSlug } from '../shared/pairs.ts';

export const ALL_PAIRS_UP_TO = 40;
export const MAX_PAIR_PAGES = 2000;

export interface PairCandidate {
  slug: string;
  languages: readonly string[];
}

/** The pairs that get a static page, canonical order, sorted by pair slug. */
export function pairPages(frameworks: readonly PairCandidate[], popularPairs: readonly (readonly [string, string])[] = []): [string, string][] {
  const slugs = frameworks.map((f) => f.slug);
  const pairs = allPairs(slugs);
  if (frameworks.length <= ALL_PAIRS_UP_TO) return pairs;
  const langs = new Map(frameworks.map((f) => [f.slug, new Set(f.languages)]));
  const popular = new Set(popularPairs.map(([a, b]) => pairSlug(a, b)));
  const isPopular = ([a, b]: [string, string]) => popular.has(pairSlug(a, b));
  const shareLanguage = ([a, b]: [string, string]) => [...langs.get(a)!].some((l) => langs.get(b)!.has(l));
  // Past the cap, same-language pairs are taken in a fixed pseudo-random order (a hash of the pair
  // slug), so no part of the alphabet is favoured and the choice is the same in every build.
  const sameLanguage = pairs.filter((p) => !isPopular(p) && shareLanguage(p)).sort((x, y) => hash(pairSlug(...x)) - hash(pairSlug(...y)));
  const chosen = [...pairs.filter(isPopular), ...sameLanguage].slice(0, MAX_PAIR_PAGES);
  return chosen.sort((x, y) => pairSlug(...x).localeCompare(pairSlug(...y)));
}

/** Link to compare two frameworks: the pair page when it exists, else the any-N view. */
export function comparisonHref(a: string, b: string, pages: ReadonlySet<string>): string {
  const slug = pairSlug(a, b);
  return pages.has(slug) ? urls.pair(a, b) : urls.compare([a, b].sort());
}

/** 32-bit FNV-1a hash of a string: a stable, evenly spread sort key. */
export function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}
