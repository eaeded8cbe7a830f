/**
 * /find/?need=orm,websockets&min=official: the frameworks that have every needed feature at the
 * given level or better, then the near misses (exactly one need short). The URL is the state.
 * Partial support (see src/lib/shared/support.ts) never meets a need unless `?partial=count` asks
 * for it; a framework held back by a partial answer is listed among the near misses, saying so.
 */
import { levelRank } from '../model/levels.ts';
import type { Level } from '../model/vocab.ts';
import { nearest } from './suggest.ts';

/** The weakest level that still counts, from strict to loose. */
export const MIN_LEVELS = ['built-in', 'official', 'community'] as const;
export type MinLevel = (typeof MIN_LEVELS)[number];
export const DEFAULT_MIN: MinLevel = 'official';
/** More needs than this are not a question anyone asks; extra ones are reported and dropped. */
export const MAX_NEEDS = 12;

export const MIN_LABELS: Record<MinLevel, string> = {
  'built-in': 'Built-in only',
  official: 'Built-in or an official package',
  community: 'Any named package, community included',
};

export type FindProblem =
  | { kind: 'missing' }
  | { kind: 'empty' }
  | { kind: 'malformed'; value: string }
  | { kind: 'unknown'; value: string; suggestions: string[] }
  | { kind: 'duplicate'; value: string }
  | { kind: 'too-many'; dropped: string[] }
  | { kind: 'bad-min'; value: string; suggestion?: MinLevel }
  | { kind: 'ignored'; count: number };

/** At most this many values are read from the address; the rest are counted and ignored, so a crafted URL cannot freeze the tab. */
export const MAX_VALUES = 40;
/** Suggestions are worked out for the first few unknown values only. */
export const MAX_SUGGESTED = 5;

export interface FindState {
  need: string[];
  min: MinLevel;
  /** Count partial support as meeting a need (`?partial=count`); off by default. */
  partial: boolean;
  /** Only frameworks written in one of these languages (`?language=Python,JavaScript`); empty: all. */
  language: string[];
  /** Only frameworks of these kinds (`?kind=framework`); empty: all. */
  kind: string[];
  problems: FindProblem[];
}

/** A comma list or repeated parameter, trimmed, without direction marks, capped. */
function listParam(params: URLSearchParams, name: string, cap: number): { values: string[]; ignored: number } {
  const values = params
    .getAll(name)
    .flatMap((v) => v.split(','))
    .map((v) => v.replace(BIDI, '').trim())
    .filter(Boolean);
  return { values: values.slice(0, cap), ignored: Math.max(0, values.length - cap) };
}

const IDLIKE = /^[a-z0-9][a-z0-9-]{0,40}$/;
const BIDI = /[\u202A-\u202E\u2066-\u2069\u200E\u200F]/g;

/** Read ?need= (comma list or repeated, as a plain form sends) and ?min=; never throws. */
export function parseFindQuery(search: string, featureIds: readonly string[]): FindState {
  const params = new URLSearchParams(search);
  const problems: FindProblem[] = [];
  const rawMin = (params.get('min') ?? '').replace(BIDI, '').trim().toLowerCase();
  let min: MinLevel = DEFAULT_MIN;
  if (rawMin) {
    if ((MIN_LEVELS as readonly string[]).includes(rawMin)) min = rawMin as MinLevel;
    else {
      const suggestion = nearest(rawMin, MIN_LEVELS, 1)[0] as MinLevel | undefined;
      problems.push({ kind: 'bad-min', value: rawMin.slice(0, 40), ...(suggestion ? { suggestion } : {}) });
    }
  }
  const partial = (params.get('partial') ?? '').trim().toLowerCase() === 'count';
  const language = listParam(params, 'language', 12);
  const kind = listParam(params, 'kind', 6);
  const narrow = {
    language: [...new Set(language.values.map((v) => v.slice(0, 40)))],
    kind: [...new Set(kind.values.map((v) => v.slice(0, 40).toLowerCase()))],
  };
  const raw = listParam(params, 'need', MAX_VALUES);
  const ignored = raw.ignored + language.ignored + kind.ignored;
  if (ignored > 0) problems.push({ kind: 'ignored', count: ignored });
  if (params.getAll('need').length === 0) return { need: [], min, partial, ...narrow, problems: [{ kind: 'missing' }, ...problems] };
  const values = raw.values.map((v) => v.toLowerCase());
  if (values.length === 0) return { need: [], min, partial, ...narrow, problems: [{ kind: 'empty' }, ...problems] };
  const need: string[] = [];
  let suggested = 0;
  for (const value of new Set(values)) {
    if (!IDLIKE.test(value)) problems.push({ kind: 'malformed', value: value.slice(0, 60) });
    else if (!featureIds.includes(value)) problems.push({ kind: 'unknown', value, suggestions: suggested++ < MAX_SUGGESTED ? nearest(value, featureIds) : [] });
    else need.push(value);
  }
  for (const value of new Set(values.filter((v, i) => values.indexOf(v) !== i))) if (featureIds.includes(value)) problems.push({ kind: 'duplicate', value });
  if (need.length > MAX_NEEDS) problems.push({ kind: 'too-many', dropped: need.splice(MAX_NEEDS) });
  return { need, min, partial, ...narrow, problems };
}

/** The address of a question; `language` and `kind` narrow the frameworks considered. */
export function findQuery(
  need: readonly string[],
  min: MinLevel,
  partial = false,
  narrow: { language?: readonly string[]; kind?: readonly string[] } = {},
): string {
  const list = (name: string, values: readonly string[] = []) => (values.length ? `${name}=${values.map(encodeURIComponent).join(',')}` : '');
  const parts = [
    need.length ? `need=${need.join(',')}` : '',
    min !== DEFAULT_MIN ? `min=${min}` : '',
    partial ? 'partial=count' : '',
    list('language', narrow.language),
    list('kind', narrow.kind),
  ].filter(Boolean);
  return parts.length ? `?${parts.join('&')}` : '';
}

export function describeFindProblem(p: FindProblem): string {
  switch (p.kind) {
    case 'missing':
      return 'Tick the features you need, then press Find.';
    case 'empty':
      return 'The address names no features (the need list is empty). Tick some below.';
    case 'malformed':
      return `“${p.value}” is not a feature id: ids are lowercase letters, digits and hyphens, separated by commas.`;
    case 'unknown':
      return `“${p.value}” is not a feature in the atlas.${p.suggestions.length ? ' Did you mean:' : ''}`;
    case 'duplicate':
      return `“${p.value}” was listed more than once; it counts once.`;
    case 'too-many':
      return `Up to ${MAX_NEEDS} features at a time; left out: ${p.dropped.join(', ')}.`;
    case 'ignored':
      return `The address held more values than the finder reads; ${p.count} were left out.`;
    case 'bad-min':
      return `“${p.value}” is not a level here: use built-in, official or community.${p.suggestion ? ` Using ${DEFAULT_MIN}; did you mean ${p.suggestion}?` : ` Using ${DEFAULT_MIN}.`}`;
  }
}

/**
 * Does a statement count when the weakest acceptable level is `min`? A partial statement counts
 * only when `countPartial` is set (its level still has to be good enough).
 */
export function meets(level: Level, min: MinLevel, partial = false, countPartial = false): boolean {
  return level !== 'unknown' && level !== 'none' && levelRank(level) <= levelRank(min) && (!partial || countPartial);
}

export interface Candidate {
  slug: string;
  name: string;
  languages?: readonly string[];
  kind?: string;
  /** The level, partial flag (as the export decides it) and package of each needed feature. */
  cells: Readonly<Record<string, { level: Level; partial?: boolean; package?: string }>>;
}

/** Is the framework in the languages and kinds asked for (any of each; none asked: all)? Case does not matter. */
export function inScope(c: Candidate, narrow: { language?: readonly string[]; kind?: readonly string[] }): boolean {
  const lower = (xs: readonly string[] = []) => xs.map((x) => x.toLowerCase());
  const langs = lower(narrow.language);
  const kinds = lower(narrow.kind);
  return (langs.length === 0 || lower(c.languages).some((l) => langs.includes(l))) && (kinds.length === 0 || kinds.includes((c.kind ?? '').toLowerCase()));
}

/**
 * Frameworks meeting every need, and those missing exactly one (with which), each by name. With
 * one need there are no near misses, except a framework held back only by partial support.
 */
export function findMatches<C extends Candidate>(
  candidates: readonly C[],
  need: readonly string[],
  min: MinLevel,
  countPartial = false,
  narrow: { language?: readonly string[]; kind?: readonly string[] } = {},
): { matching: C[]; nearMisses: { candidate: C; missing: string }[] } {
  const matching: C[] = [];
  const nearMisses: { candidate: C; missing: string }[] = [];
  if (need.length === 0) return { matching, nearMisses };
  const heldBackByPartial = (cell: Candidate['cells'][string] | undefined) => cell?.partial === true && meets(cell.level, min, true, true);
  for (const candidate of [...candidates].sort((a, b) => a.name.localeCompare(b.name, 'en')).filter((c) => inScope(c, narrow))) {
    const missing = need.filter((id) => !candidate.cells[id] || !meets(candidate.cells[id]!.level, min, candidate.cells[id]!.partial, countPartial));
    if (missing.length === 0) matching.push(candidate);
    else if (missing.length === 1 && (need.length > 1 || heldBackByPartial(candidate.cells[missing[0]!]))) nearMisses.push({ candidate, missing: missing[0]! });
  }
  return { matching, nearMisses };
}
