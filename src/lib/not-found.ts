/** What the 404 page says about a missing address: the nearest profile or comparison. */
import { parsePairSlug, pairSlug } from './pairs.ts';
import { nearest } from './suggest.ts';

export interface NotFoundHint {
  message: string;
  links: { href: string; label: string }[];
  /** Slugs to tick in the compare picker. */
  preselect: string[];
}

export function explainMissingPage(path: string, known: readonly string[]): NotFoundHint | null {
  const parts = path.split('/').filter(Boolean).map((p) => decodeURIComponent(p).toLowerCase());
  if (parts[0] === 'compare' && parts[1]) {
    const pair = parsePairSlug(parts[1]);
    if (!pair) return { message: 'Comparison addresses look like /compare/django-vs-rails/.', links: [], preselect: [] };
    const resolved = pair.map((s) => (known.includes(s) ? s : nearest(s, known, 1)[0]));
    const unknown = pair.filter((s) => !known.includes(s));
    if (unknown.length === 0) {
      const [x, y] = pair;
      if (x === y) return { message: 'A comparison needs two different frameworks.', links: [], preselect: [x] };
      return { message: 'This pair has no page of its own, but you can compare them here:', links: [{ href: `/compare/?fw=${x},${y}`, label: `${x} and ${y}` }], preselect: pair };
    }
    const [a, b] = resolved;
    const links = a && b && a !== b ? [{ href: `/compare/${pairSlug(a, b)}/`, label: `${pairSlug(a, b)}` }] : [];
    return {
      message: `${unknown.map((s) => `“${s}”`).join(' and ')} ${unknown.length === 1 ? 'is' : 'are'} not in the atlas.${links.length ? ' Did you mean:' : ' Pick frameworks below.'}`,
      links,
      preselect: resolved.filter((s): s is string => !!s),
    };
  }
  if (parts[0] === 'frameworks' && parts[1]) {
    const guesses = nearest(parts[1], known);
    return {
      message: `No framework “${parts[1]}” in the atlas.${guesses.length ? ' Did you mean:' : ''}`,
      links: guesses.map((s) => ({ href: `/frameworks/${s}/`, label: s })),
      preselect: [],
    };
  }
  return null;
}
