/**
 * The state of /compare/ lives in the URL: `?fw=django,rails,laravel&diff=1`. This module reads
 * it, explains every value it cannot use, and writes it back in canonical form.
 */
import { nearest } from './suggest.ts';

/** More columns than this no longer fit a readable table, even with horizontal scrolling. */
export const MAX_COMPARE = 6;

/** Framework columns that fit a desktop page without the table scrolling sideways. */
export const FIT_COLUMNS = 6;

export type CompareProblem =
  | { kind: 'missing' }
  | { kind: 'empty' }
  | { kind: 'malformed'; value: string }
  | { kind: 'unknown'; value: string; suggestions: string[] }
  | { kind: 'duplicate'; value: string }
  | { kind: 'single'; value: string }
  | { kind: 'too-many'; dropped: string[] };

export interface CompareState {
  /** Known slugs, in the order given, without duplicates, at most MAX_COMPARE. */
  slugs: string[];
  /** Hide rows where every framework has the same level. */
  onlyDifferences: boolean;
  problems: CompareProblem[];
}

const SLUGLIKE = /^[a-z0-9][a-z0-9.-]{0,40}$/;

/**
 * Parse a query string. Accepts `fw=a,b` and repeated `fw=a&fw=b` (what a plain HTML form sends).
 * Values are trimmed and lower-cased; anything else that is wrong becomes a problem, never a throw.
 */
export function parseCompareQuery(search: string, known: readonly string[], max = MAX_COMPARE): CompareState {
  const params = new URLSearchParams(search);
  const raw = params.getAll('fw');
  const diff = params.get('diff');
  const onlyDifferences = diff !== null && ['1', 'true', 'on', 'yes'].includes(diff.trim().toLowerCase());
  const problems: CompareProblem[] = [];
  if (raw.length === 0) return { slugs: [], onlyDifferences, problems: [{ kind: 'missing' }] };

  // Bidirectional controls are dropped: they can only garble the messages that echo a value.
  const values = raw
    .flatMap((v) => v.split(','))
    .map((v) =>
      v
        .replace(/[\u202A-\u202E\u2066-\u2069\u200E\u200F]/g, '')
        .trim()
        .toLowerCase(),
    )
    .filter((v) => v !== '');
  if (values.length === 0) return { slugs: [], onlyDifferences, problems: [{ kind: 'empty' }] };

  const slugs: string[] = [];
  const seen = new Set<string>();
  for (const value of new Set(values)) {
    if (!SLUGLIKE.test(value)) problems.push({ kind: 'malformed', value: value.slice(0, 60) });
    else if (!known.includes(value)) problems.push({ kind: 'unknown', value, suggestions: nearest(value, known) });
    else slugs.push(value);
  }
  // A value named twice or more is one problem, however often it is repeated.
  for (const value of values) {
    if (known.includes(value) && values.indexOf(value) !== values.lastIndexOf(value) && !seen.has(value)) {
      seen.add(value);
      problems.push({ kind: 'duplicate', value });
    }
  }
  if (slugs.length > max) problems.push({ kind: 'too-many', dropped: slugs.splice(max) });
  if (slugs.length === 1) problems.push({ kind: 'single', value: slugs[0]! });
  return { slugs, onlyDifferences, problems };
}

/**
 * A picker form (fw=a&fw=b, as a plain HTML form sends it) naming exactly two frameworks, with
 * nothing wrong and no other option, has a better answer: the pair's own page. Links the site
 * writes use fw=a,b and are never redirected, so "add more frameworks" stays on /compare/.
 */
export function pickedPair(search: string, known: readonly string[]): [string, string] | null {
  const raw = new URLSearchParams(search).getAll('fw');
  if (raw.length !== 2 || raw.some((v) => v.includes(','))) return null;
  const state = parseCompareQuery(search, known);
  if (state.slugs.length !== 2 || state.problems.length > 0 || state.onlyDifferences) return null;
  return [state.slugs[0]!, state.slugs[1]!];
}

/** Canonical query string for a state: `?fw=a,b` plus `&diff=1` when only differences show. */
export function compareQuery(slugs: readonly string[], onlyDifferences: boolean): string {
  if (slugs.length === 0) return '';
  return `?fw=${slugs.join(',')}${onlyDifferences ? '&diff=1' : ''}`;
}

/** Messages for problems, as plain text pieces; the page turns slugs into links. */
export function describeProblem(p: CompareProblem, max = MAX_COMPARE): string {
  switch (p.kind) {
    case 'missing':
      return 'Pick two or more frameworks to compare. Until then, every framework is shown.';
    case 'empty':
      return 'The address names no frameworks (the fw list is empty). Pick two or more below.';
    case 'malformed':
      return `“${p.value}” is not a framework name: names are lowercase letters, digits and hyphens, separated by commas.`;
    case 'unknown':
      return `“${p.value}” is not a framework in the atlas.${p.suggestions.length ? ' Did you mean:' : ''}`;
    case 'duplicate':
      return `“${p.value}” was listed more than once; it is shown once.`;
    case 'single':
      return `Only one framework (${p.value}) is picked so far. Add at least one more to compare.`;
    case 'too-many':
      return `Up to ${max} frameworks fit side by side; left out: ${p.dropped.join(', ')}.`;
  }
}
