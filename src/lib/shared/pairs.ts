/** Comparison URLs: a pair's canonical slug puts the two framework slugs in alphabetical order. */

export const PAIR_SEPARATOR = '-vs-';

/**
 * Canonical pair slug, e.g. pairSlug('laravel', 'django') → 'django-vs-laravel'; with `reversed`,
 * the other order (the URL that redirects to the canonical page).
 */
export function pairSlug(a: string, b: string, reversed = false): string {
  const [first, second] = [a, b].sort();
  return reversed ? `${second}${PAIR_SEPARATOR}${first}` : `${first}${PAIR_SEPARATOR}${second}`;
}

/** All unordered pairs of the given slugs, each in canonical order, sorted by slug. */
export function allPairs(slugs: readonly string[]): [string, string][] {
  const sorted = [...slugs].sort();
  return sorted.flatMap((a, i) => sorted.slice(i + 1).map((b): [string, string] => [a, b]));
}

/** Split "<a>-vs-<b>" into its two slugs, or null when it is not a pair slug. */
export function parsePairSlug(slug: string): [string, string] | null {
  const parts = slug.split(PAIR_SEPARATOR);
  if (parts.length !== 2 || !parts[0] || !parts[1]) return null;
  return [parts[0], parts[1]];
}

/**
 * A reversed pair URL (/compare/rails-vs-django/): a redirect to the canonical page, never listed
 * in the sitemap. Takes a path or a full URL.
 */
export function isReversedPairPath(pathOrUrl: string): boolean {
  const path = new URL(pathOrUrl, 'https://x.invalid').pathname;
  const m = /^\/compare\/([^/]+)\/$/.exec(path);
  const pair = m ? parsePairSlug(m[1]!) : null;
  return !!pair && pairSlug(...pair) !== m![1];
}
