/**
 * What the 404 page says about a missing address: the profile, feature or comparison it most
 * likely meant. Never throws, whatever the address holds (malformed escapes, any case, any script).
 * Pair links name the canonical pair page; the page checks that it was built (see 404.astro).
 */
import { decodeURIComponentSafe } from './format.ts';
import { parsePairSlug } from './pairs.ts';
import { nearest } from './suggest.ts';
import { urls } from './urls.ts';

export interface NotFoundHint {
  message: string;
  links: { href: string; label: string; pair?: [string, string] }[];
  /** Slugs to tick in the compare picker. */
  preselect: string[];
}

/** Something the site has pages for: a framework slug or a feature id, with its display name. */
export interface Known {
  id: string;
  name: string;
}

/** The known entry for a typed value: exact, then case- and spelling-insensitive. */
function match(value: string, known: readonly Known[]): { exact?: Known; guesses: Known[] } {
  const lower = value.toLowerCase();
  const exact = known.find((k) => k.id === lower || k.name.toLowerCase() === lower);
  if (exact) return { exact, guesses: [exact] };
  const ids = nearest(
    lower,
    known.map((k) => k.id),
  );
  return { guesses: ids.map((id) => known.find((k) => k.id === id)!) };
}

export function explainMissingPage(path: string, frameworks: readonly Known[], features: readonly Known[] = []): NotFoundHint | null {
  const parts = path
    .split('/')
    .filter(Boolean)
    .map((p) => decodeURIComponentSafe(p).trim());
  const [section, value] = [parts[0]?.toLowerCase(), parts[1]];
  if (!value) return null;
  const nameOf = (id: string) => frameworks.find((k) => k.id === id)?.name ?? id;

  if (section === 'compare') {
    const pair = parsePairSlug(value.toLowerCase());
    if (!pair) return { message: 'Comparison addresses look like /compare/django-vs-rails/.', links: [], preselect: [] };
    const found = pair.map((s) => match(s, frameworks));
    const resolved = found.map((f) => f.exact?.id ?? f.guesses[0]?.id);
    const [a, b] = resolved;
    if (!a || !b) {
      const unknown = pair.filter((_, i) => !found[i]!.guesses.length);
      return {
        message: `${unknown.map((s) => `“${s}”`).join(' and ')} ${unknown.length === 1 ? 'is' : 'are'} not in the atlas. Pick frameworks below.`,
        links: [],
        preselect: resolved.filter((s): s is string => !!s),
      };
    }
    if (a === b) return { message: 'A comparison needs two different frameworks.', links: [], preselect: [a] };
    const link = { href: urls.pair(a, b), label: `${nameOf(a)} vs ${nameOf(b)}`, pair: [a, b] as [string, string] };
    const unknown = pair.filter((_, i) => !found[i]!.exact);
    const message =
      unknown.length === 0
        ? 'This comparison is here:'
        : `${unknown.map((s) => `“${s}”`).join(' and ')} ${unknown.length === 1 ? 'is' : 'are'} not in the atlas. Did you mean:`;
    return { message, links: [link], preselect: [a, b] };
  }

  const family =
    section === 'frameworks'
      ? { known: frameworks, href: urls.profile, what: 'framework' }
      : section === 'features'
        ? { known: features, href: urls.feature, what: 'feature' }
        : null;
  if (!family) return null;
  const { exact, guesses } = match(value, family.known);
  const links = guesses.map((k) => ({ href: family.href(k.id), label: k.name }));
  if (exact) return { message: `The ${family.what} page for ${exact.name} is here:`, links, preselect: [] };
  return { message: `No ${family.what} “${value.slice(0, 60)}” in the atlas.${links.length ? ' Did you mean:' : ''}`, links, preselect: [] };
}
