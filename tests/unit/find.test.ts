import { describe, expect, it } from 'vitest';
import {
  describeFindProblem,
  findMatches,
  findQuery,
  inScope,
  MAX_NEEDS,
  MAX_SUGGESTED,
  MAX_VALUES,
  meets,
  parseFindQuery,
} from '../../src/lib/shared/find.ts';

const ids = ['orm', 'websockets', 'admin-panel', 'mail', 'routing'];

describe('parseFindQuery', () => {
  it('reads needs in order and the level, defaulting to official', () => {
    expect(parseFindQuery('?need=orm,websockets', ids)).toEqual({
      need: ['orm', 'websockets'],
      min: 'official',
      partial: false,
      language: [],
      kind: [],
      problems: [],
    });
    expect(parseFindQuery('?need=orm&need=mail&min=built-in', ids)).toEqual({
      need: ['orm', 'mail'],
      min: 'built-in',
      partial: false,
      language: [],
      kind: [],
      problems: [],
    });
    expect(parseFindQuery('?need=orm&partial=count', ids).partial).toBe(true);
    expect(parseFindQuery('?need=orm&partial=yes', ids).partial).toBe(false);
  });
  it('reports unknown ids with suggestions, duplicates once, junk without markup, and a bad level', () => {
    const state = parseFindQuery('?need=orm,websokets,orm,orm,<b>x</b>&min=offical', ids);
    expect(state.need).toEqual(['orm']);
    expect(state.min).toBe('official');
    expect(state.problems).toEqual([
      { kind: 'bad-min', value: 'offical', suggestion: 'official' },
      { kind: 'unknown', value: 'websokets', suggestions: ['websockets'] },
      { kind: 'malformed', value: '<b>x</b>' },
      { kind: 'duplicate', value: 'orm' },
    ]);
  });
  it('tells a missing need from an empty one', () => {
    expect(parseFindQuery('', ids).problems).toEqual([{ kind: 'missing' }]);
    expect(parseFindQuery('?need=,,', ids).problems).toEqual([{ kind: 'empty' }]);
  });
  it('caps the number of needs', () => {
    const many = Array.from({ length: MAX_NEEDS + 2 }, (_, i) => `f${i}`);
    const state = parseFindQuery(`?need=${many.join(',')}`, many);
    expect(state.need).toHaveLength(MAX_NEEDS);
    expect(state.problems).toEqual([{ kind: 'too-many', dropped: many.slice(MAX_NEEDS) }]);
  });
  it('drops bidi controls from echoed values', () => {
    expect(parseFindQuery('?need=%E2%80%AEmro', ids).problems).toEqual([{ kind: 'unknown', value: 'mro', suggestions: expect.any(Array) }]);
  });
});

describe('findQuery and messages', () => {
  it('writes the canonical query, leaving out the default level', () => {
    expect(findQuery(['orm', 'mail'], 'official')).toBe('?need=orm,mail');
    expect(findQuery(['orm'], 'community')).toBe('?need=orm&min=community');
    expect(findQuery([], 'official')).toBe('');
  });
  it('describes every problem in words', () => {
    expect(describeFindProblem({ kind: 'bad-min', value: 'x' })).toContain('use built-in, official or community');
  });
});

describe('findMatches', () => {
  const fw = (slug: string, cells: Record<string, 'built-in' | 'official' | 'community' | 'none' | 'unknown'>) => ({
    slug,
    name: slug.toUpperCase(),
    cells: Object.fromEntries(Object.entries(cells).map(([k, level]) => [k, { level }])),
  });
  const all = [
    fw('a', { orm: 'built-in', websockets: 'built-in', mail: 'built-in' }),
    fw('b', { orm: 'built-in', websockets: 'official', mail: 'community' }),
    fw('c', { orm: 'none', websockets: 'built-in', mail: 'built-in' }),
    fw('d', { orm: 'unknown', websockets: 'none', mail: 'built-in' }),
  ];
  it('keeps frameworks that meet every need at the level asked, and near misses by one', () => {
    const strict = findMatches(all, ['orm', 'websockets'], 'built-in');
    expect(strict.matching.map((m) => m.slug)).toEqual(['a']);
    expect(strict.nearMisses.map((m) => [m.candidate.slug, m.missing])).toEqual([
      ['b', 'websockets'],
      ['c', 'orm'],
    ]);
    expect(findMatches(all, ['orm', 'websockets'], 'official').matching.map((m) => m.slug)).toEqual(['a', 'b']);
    expect(findMatches(all, ['orm', 'mail'], 'community').matching.map((m) => m.slug)).toEqual(['a', 'b']);
  });
  it('never counts unknown or none', () => {
    expect(meets('unknown', 'community')).toBe(false);
    expect(meets('none', 'community')).toBe(false);
  });
});

describe('partial support in the finder', () => {
  const a = { slug: 'a', name: 'A', cells: { orm: { level: 'built-in' as const }, jobs: { level: 'built-in' as const, partial: true } } };
  const b = { slug: 'b', name: 'B', cells: { orm: { level: 'official' as const }, jobs: { level: 'official' as const } } };
  it('never lets a partial answer meet a need unless asked, and lists it as a near miss', () => {
    const strict = findMatches([a, b], ['orm', 'jobs'], 'official');
    expect(strict.matching.map((m) => m.slug)).toEqual(['b']);
    expect(strict.nearMisses).toEqual([{ candidate: a, missing: 'jobs' }]);
    expect(findMatches([a, b], ['orm', 'jobs'], 'official', true).matching.map((m) => m.slug)).toEqual(['a', 'b']);
  });
  it('shows a framework held back only by partial support even for a single need', () => {
    const single = findMatches([a, b], ['jobs'], 'built-in');
    expect(single.matching).toEqual([]);
    expect(single.nearMisses.map((n) => n.candidate.slug)).toEqual(['a']);
  });
  it('keeps the level rule when partial answers count', () => {
    expect(meets('official', 'built-in', true, true)).toBe(false);
    expect(meets('built-in', 'built-in', true, false)).toBe(false);
    expect(meets('built-in', 'built-in', true, true)).toBe(true);
  });
  it('writes partial=count into the address only when asked', () => {
    expect(findQuery(['orm'], 'official', true)).toBe('?need=orm&partial=count');
    expect(findQuery(['orm'], 'official', false)).toBe('?need=orm');
  });
});

describe('narrowing by language and kind, and crafted addresses', () => {
  const py = { slug: 'p', name: 'P', languages: ['Python'], kind: 'framework', cells: { orm: { level: 'built-in' as const } } };
  const js = { slug: 'j', name: 'J', languages: ['JavaScript', 'TypeScript'], kind: 'runtime', cells: { orm: { level: 'built-in' as const } } };
  it('reads languages and kinds as lists and writes them back', () => {
    const state = parseFindQuery('?need=orm&language=Python,TypeScript&kind=Runtime', ids);
    expect(state.language).toEqual(['Python', 'TypeScript']);
    expect(state.kind).toEqual(['runtime']);
    expect(findQuery(state.need, state.min, false, state)).toBe('?need=orm&language=Python,TypeScript&kind=runtime');
  });
  it('keeps a framework listed under any of its languages', () => {
    expect(findMatches([py, js], ['orm'], 'built-in', false, { language: ['typescript'] }).matching.map((m) => m.slug)).toEqual(['j']);
    expect(findMatches([py, js], ['orm'], 'built-in', false, { language: ['Python', 'JavaScript'] }).matching.map((m) => m.slug)).toEqual(['j', 'p']);
    expect(findMatches([py, js], ['orm'], 'built-in', false, { kind: ['framework'] }).matching.map((m) => m.slug)).toEqual(['p']);
    expect(inScope(js, {})).toBe(true);
  });
  it('reads only the first values of a flood, says how many were left out, and suggests for a few', () => {
    const flood = Array.from({ length: 5000 }, (_, i) => `zz${i}`).join(',');
    const state = parseFindQuery(`?need=${flood}`, ids);
    expect(state.problems).toContainEqual({ kind: 'ignored', count: 5000 - MAX_VALUES });
    const unknown = state.problems.filter((p) => p.kind === 'unknown');
    expect(unknown).toHaveLength(MAX_VALUES);
    expect(unknown.filter((p) => p.kind === 'unknown' && p.suggestions.length > 0).length).toBeLessThanOrEqual(MAX_SUGGESTED);
    expect(describeFindProblem({ kind: 'ignored', count: 7 })).toContain('7 were left out');
  });
});
