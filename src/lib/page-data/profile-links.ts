/**
 * Which comparisons a profile offers: its curated common pairs first, then frameworks that share a
 * language, then the rest, limited so that the list (and the "compare with" menu) stays small at
 * any atlas size. Pure: takes slugs and languages, returns slugs.
 */
export interface Candidate {
  slug: string;
  name: string;
  languages: readonly string[];
}

/** Frameworks to offer beside `self`, best first, at most `limit`. */
export function compareCandidates(self: Candidate, all: readonly Candidate[], popular: readonly (readonly [string, string])[], limit: number): Candidate[] {
  const others = all.filter((c) => c.slug !== self.slug);
  const curated = new Set(popular.flatMap(([a, b]) => (a === self.slug ? [b] : b === self.slug ? [a] : [])));
  const shares = (c: Candidate) => c.languages.some((l) => self.languages.includes(l));
  const rank = (c: Candidate) => (curated.has(c.slug) ? 0 : shares(c) ? 1 : 2);
  return [...others].sort((x, y) => rank(x) - rank(y) || x.name.localeCompare(y.name, 'en')).slice(0, limit);
}
