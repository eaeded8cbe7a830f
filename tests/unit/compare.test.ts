import { describe, expect, it } from 'vitest';
import { compareQuery, describeProblem, MAX_COMPARE, parseCompareQuery } from '../../src/lib/shared/compare-params.ts';
import { buildMatrix, rowDiffers, summarisePair, type MatrixFramework } from '../../src/lib/shared/matrix.ts';
import { ALL_PAIRS_UP_TO, comparisonHref, MAX_PAIR_PAGES, pairPages } from '../../src/lib/page-data/pair-policy.ts';
import { explainMissingPage } from '../../src/lib/shared/not-found.ts';
import { isReversedPairPath } from '../../src/lib/shared/pairs.ts';

const known = ['django', 'flask', 'laravel', 'rails', 'spring', 'spring-boot', 'go', 'phoenix'];

describe('parseCompareQuery', () => {
  it('keeps known slugs in the order given', () => {
    expect(parseCompareQuery('?fw=rails,django,laravel', known)).toEqual({ slugs: ['rails', 'django', 'laravel'], onlyDifferences: false, problems: [] });
  });
  it('accepts repeated fw parameters from a plain form, spaces and capitals', () => {
    expect(parseCompareQuery('?fw=Rails&fw=%20django%20&diff=1', known)).toMatchObject({ slugs: ['rails', 'django'], onlyDifferences: true, problems: [] });
  });
  it('reports a missing and an empty parameter', () => {
    expect(parseCompareQuery('', known).problems).toEqual([{ kind: 'missing' }]);
    expect(parseCompareQuery('?fw=', known).problems).toEqual([{ kind: 'empty' }]);
    expect(parseCompareQuery('?fw=,,,', known).problems).toEqual([{ kind: 'empty' }]);
  });
  it('reports unknown slugs with suggestions', () => {
    const state = parseCompareQuery('?fw=djnago,rails,flask', known);
    expect(state.slugs).toEqual(['rails', 'flask']);
    expect(state.problems).toEqual([{ kind: 'unknown', value: 'djnago', suggestions: ['django'] }]);
  });
  it('reports malformed values without echoing markup', () => {
    const state = parseCompareQuery('?fw=<script>alert(1)</script>,rails', known);
    expect(state.problems[0]).toMatchObject({ kind: 'malformed' });
    expect(state.problems.some((p) => p.kind === 'single')).toBe(true);
  });
  it('reports duplicates and keeps the first', () => {
    const state = parseCompareQuery('?fw=rails,django,rails', known);
    expect(state.slugs).toEqual(['rails', 'django']);
    expect(state.problems).toEqual([{ kind: 'duplicate', value: 'rails' }]);
  });
  it('reports a single framework', () => {
    expect(parseCompareQuery('?fw=rails', known).problems).toEqual([{ kind: 'single', value: 'rails' }]);
  });
  it('drops frameworks beyond the limit and says which', () => {
    const state = parseCompareQuery(`?fw=${known.join(',')}`, known);
    expect(state.slugs).toHaveLength(MAX_COMPARE);
    expect(state.problems).toEqual([{ kind: 'too-many', dropped: known.slice(MAX_COMPARE) }]);
  });
  it('round-trips through compareQuery', () => {
    const query = compareQuery(['rails', 'django'], true);
    expect(query).toBe('?fw=rails,django&diff=1');
    expect(parseCompareQuery(query, known)).toEqual({ slugs: ['rails', 'django'], onlyDifferences: true, problems: [] });
    expect(compareQuery([], false)).toBe('');
  });
  it('describes every problem in words', () => {
    expect(describeProblem({ kind: 'unknown', value: 'djnago', suggestions: ['django'] })).toBe('“djnago” is not a framework in the atlas. Did you mean:');
    expect(describeProblem({ kind: 'too-many', dropped: ['go'] })).toContain('left out: go');
  });
});

describe('comparison matrix', () => {
  const fw = (slug: string, levels: Record<string, 'built-in' | 'official' | 'community' | 'none' | 'unknown'>): MatrixFramework => ({
    slug,
    name: slug.toUpperCase(),
    features: Object.fromEntries(Object.entries(levels).map(([id, level]) => [id, level === 'unknown' ? { level, notes: 'n' } : { level, version: '1' }])),
  });
  const features = ['orm', 'admin', 'jobs', 'ws'].map((id) => ({ id, name: id }));
  const a = fw('a', { orm: 'built-in', admin: 'built-in', jobs: 'community', ws: 'unknown' });
  const b = fw('b', { orm: 'built-in', admin: 'none', jobs: 'official', ws: 'built-in' });

  it('marks rows where levels differ', () => {
    const rows = buildMatrix([a, b], features);
    expect(rows.map((r) => r.differs)).toEqual([false, true, true, true]);
    expect(rows[1]!.cells.map((c) => c.level)).toEqual(['built-in', 'none']);
  });
  it('keeps the column order it was given', () => {
    expect(buildMatrix([b, a], features)[1]!.cells.map((c) => c.level)).toEqual(['none', 'built-in']);
  });
  it('refuses a framework without a statement instead of inventing one', () => {
    expect(() => buildMatrix([a, fw('c', {})], features)).toThrow(/c has no support statement for "orm"/);
  });
  it('rowDiffers compares levels and partial support', () => {
    expect(rowDiffers([{ level: 'none' }, { level: 'none' }, { level: 'none' }])).toBe(false);
    expect(rowDiffers([{ level: 'none' }, { level: 'official' }])).toBe(true);
    expect(rowDiffers([{ level: 'built-in' }, { level: 'built-in', partial: true }])).toBe(true);
  });
  it('summarises a pair: who is ahead where, what is equal, what is unverified', () => {
    const s = summarisePair(buildMatrix([a, b], features));
    expect(s.aAhead.map((f) => f.id)).toEqual(['admin']);
    expect(s.bAhead.map((f) => f.id)).toEqual(['jobs']);
    expect(s.same).toBe(1);
    expect(s.unverified.map((f) => f.id)).toEqual(['ws']);
  });
  it('ranks a partial answer just below the full one at its level, and above the next level', () => {
    const cell = (level: 'built-in' | 'official', partial = false) => ({ level, version: '1', ...(partial ? { partial, notes: 'lacks a queue' } : {}) });
    const p = {
      slug: 'p',
      name: 'P',
      features: { orm: cell('built-in', true), admin: cell('built-in', true), jobs: cell('built-in'), ws: cell('official', true) },
    };
    const q = { slug: 'q', name: 'Q', features: { orm: cell('built-in'), admin: cell('official'), jobs: cell('built-in', true), ws: cell('official', true) } };
    const s = summarisePair(buildMatrix([p, q], features));
    expect(s.aAhead.map((f) => f.id)).toEqual(['admin', 'jobs']);
    expect(s.bAhead.map((f) => f.id)).toEqual(['orm']);
    expect(s.same).toBe(1);
  });
});

describe('pair page policy', () => {
  const make = (n: number, lang = (i: number) => `L${i % 10}`) =>
    Array.from({ length: n }, (_, i) => ({ slug: `f${String(i).padStart(4, '0')}`, languages: [lang(i)] }));
  it('builds every pair up to the threshold', () => {
    expect(pairPages(make(12))).toHaveLength(66);
    expect(pairPages(make(ALL_PAIRS_UP_TO))).toHaveLength((ALL_PAIRS_UP_TO * (ALL_PAIRS_UP_TO - 1)) / 2);
  });
  it('beyond it keeps same-language pairs, capped', () => {
    const pages = pairPages(make(100));
    expect(pages.length).toBe(10 * ((10 * 9) / 2));
    expect(pages.every(([x, y]) => Number(x.slice(1)) % 10 === Number(y.slice(1)) % 10)).toBe(true);
    expect(pairPages(make(1000)).length).toBe(MAX_PAIR_PAGES);
  });
  it('past the cap, does not favour the start of the alphabet', () => {
    const pages = pairPages(make(1000));
    const firstHalf = pages.filter(([x]) => Number(x.slice(1)) < 500).length;
    const lastTenth = new Set(pages.flat().filter((s) => Number(s.slice(1)) >= 900));
    // Pairs whose first slug is in the first half would be all of them under alphabetical order.
    expect(firstHalf / pages.length).toBeLessThan(0.85);
    expect(lastTenth.size).toBeGreaterThan(50);
  });
  it('links to the pair page when it exists, else to the any-N view', () => {
    const pages = new Set(['django-vs-rails']);
    expect(comparisonHref('rails', 'django', pages)).toBe('/compare/django-vs-rails/');
    expect(comparisonHref('rails', 'go', pages)).toBe('/compare/?fw=go,rails');
  });
});

describe('404 hints', () => {
  const fws = known.map((id) => ({ id, name: id === 'rails' ? 'Ruby on Rails' : id[0]!.toUpperCase() + id.slice(1) }));
  const feats = [
    { id: 'orm', name: 'ORM' },
    { id: 'websockets', name: 'WebSockets' },
  ];
  it('suggests the nearest comparison for a mistyped pair, by name', () => {
    expect(explainMissingPage('/compare/djnago-vs-rails/', fws)).toMatchObject({
      links: [{ href: '/compare/django-vs-rails/', label: 'Django vs Ruby on Rails' }],
      preselect: ['django', 'rails'],
    });
  });
  it('offers the page itself when only the case is wrong', () => {
    expect(explainMissingPage('/compare/Django-vs-Rails/', fws)).toMatchObject({
      message: 'This comparison is here:',
      links: [{ href: '/compare/django-vs-rails/' }],
    });
    expect(explainMissingPage('/frameworks/DJANGO/', fws)).toMatchObject({
      message: 'The framework page for Django is here:',
      links: [{ href: '/frameworks/django/', label: 'Django' }],
    });
    expect(explainMissingPage('/features/ORM/', fws, feats)).toMatchObject({ links: [{ href: '/features/orm/', label: 'ORM' }] });
  });
  it('explains a malformed comparison address', () => {
    expect(explainMissingPage('/compare/django/', fws)?.message).toContain('/compare/django-vs-rails/');
  });
  it('suggests profiles and features for mistyped ones', () => {
    expect(explainMissingPage('/frameworks/lavarel/', fws)?.links.map((l) => l.href)).toEqual(['/frameworks/laravel/']);
    expect(explainMissingPage('/features/websokets/', fws, feats)?.links.map((l) => l.href)).toEqual(['/features/websockets/']);
    expect(explainMissingPage('/features/nope/', fws, feats)?.message).toBe('No feature “nope” in the atlas.');
  });
  it('never throws on a malformed address', () => {
    for (const path of ['/frameworks/100%/', '/compare/50%-vs-django/', '/features/%zz/', '/frameworks/%E0%A4%A/']) {
      expect(() => explainMissingPage(path, fws, feats), path).not.toThrow();
      expect(explainMissingPage(path, fws, feats)?.message, path).toBeTruthy();
    }
  });
  it('says nothing for other paths', () => {
    expect(explainMissingPage('/nowhere/', fws)).toBeNull();
  });
});

describe('reversed pair paths', () => {
  it('knows a redirecting pair URL from a canonical one', () => {
    expect(isReversedPairPath('/compare/rails-vs-django/')).toBe(true);
    expect(isReversedPairPath('https://example.org/compare/rails-vs-django/')).toBe(true);
    expect(isReversedPairPath('/compare/django-vs-rails/')).toBe(false);
    expect(isReversedPairPath('/compare/')).toBe(false);
    expect(isReversedPairPath('/frameworks/django/')).toBe(false);
  });
});
