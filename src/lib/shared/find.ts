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
  | { kind: 'bad-min'; value: string; suggestion?: MinLevel };

export interface FindState {
  need: string[];
  min: MinLevel;
  /** Count partial support as meeting a need (`?partial=count`); off by default. */
  partial: boolean;
  problems: FindProblem[];
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
  const raw = params.getAll('need');
  if (raw.length === 0) return { need: [], min, partial, problems: [{ kind: 'missing' }, ...problems] };
  const values = raw.flatMap((v) => v.split(',')).map((v) => v.replace(BIDI, '').trim().toLowerCase()).filter(Boolean);
  if (values.length === 0) return { need: [], min, partial, problems: [{ kind: 'empty' }, ...problems] };
  const need: string[] = [];
  for (const value of new Set(values)) {
    if (!IDLIKE.test(value)) problems.push({ kind: 'malformed', value: value.slice(0, 60) });
    else if (!featureIds.includes(value)) problems.push({ kind: 'unknown', value, suggestions: nearest(value, featureIds) });
    else need.push(value);
  }
  for (const value of new Set(values.filter((v, i) => values.indexOf(v) !== i))) if (featureIds.includes(value)) problems.push({ kind: 'duplicate', value });
  if (need.length > MAX_NEEDS) problems.push({ kind: 'too-many', dropped: need.splice(MAX_NEEDS) });
  return { need, min, partial, problems };
}

export function findQuery(need: readonly string[], min: MinLevel, partial = false): string {
  const parts = [need.length ? `need=${need.join(',')}` : '', min !== DEFAULT_MIN ? `min=${min}` : '', partial ? 'partial=count' : ''].filter(Boolean);
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
  /** The level, partial flag (as the export decides it) and package of each needed feature. */
  cells: Readonly<Record<string, { level: Level; partial?: boolean; package?: string }>>;
}

/**
 * Frameworks meeting every need, and those missing exactly one (with which), each by name. With
 * one need there are no near misses, except a framework held back only by partial support.
 */
export function findMatches<C extends Candidate>(candidates: readonly C[], need: readonly string[], min: MinLevel, countPartial = false): { matching: C[]; nearMisses: { candidate: C; missing: string }[] } {
  const matching: C[] = [];
  const nearMisses: { candidate: C; missing: string }[] = [];
  if (need.length === 0) return { matching, nearMisses };
  const heldBackByPartial = (cell: Candidate['cells'][string] | undefined) => cell?.partial === true && meets(cell.level, min, true, true);
  for (const candidate of [...candidates].sort((a, b) => a.name.localeCompare(b.name, 'en'))) {
    const missing = need.filter((id) => !candidate.cells[id] || !meets(candidate.cells[id]!.level, min, candidate.cells[id]!.partial, countPartial));
    if (missing.length === 0) matching.push(candidate);
    else if (missing.length === 1 && (need.length > 1 || heldBackByPartial(candidate.cells[missing[0]!]))) nearMisses.push({ candidate, missing: missing[0]! });
  }
  return { matching, nearMisses };
}

