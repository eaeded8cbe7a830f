import { describe, expect, it } from 'vitest';
import { editDistance, nearest } from '../../src/lib/shared/suggest.ts';
import { allPairs, pairSlug, parsePairSlug } from '../../src/lib/shared/pairs.ts';
import { gridFilterQuery, matchesGridFilter, parseGridFilter } from '../../src/lib/shared/grid-filter.ts';
import { countLevels, levelRank } from '../../src/lib/model/levels.ts';
import { formatDate, hostOf, linkLabel, plural } from '../../src/lib/shared/format.ts';
import { describeValue } from '../../src/lib/model/problems.ts';
import { isSpdxLicense } from '../../src/lib/model/schema.ts';

describe('suggest', () => {
  it('measures edit distance', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
    expect(editDistance('djnago', 'django')).toBe(1);
  });
  it('suggests the nearest known values, best first', () => {
    const slugs = ['django', 'flask', 'spring', 'spring-boot', 'rails', 'laravel'];
    expect(nearest('djnago', slugs)).toEqual(['django']);
    expect(nearest('spring', slugs)[0]).toBe('spring');
    expect(nearest('spring', slugs)).toContain('spring-boot');
    expect(nearest('zzzzzz', slugs)).toEqual([]);
    expect(nearest('   ', slugs)).toEqual([]);
  });
});

describe('pairs', () => {
  it('orders pair slugs alphabetically', () => {
    expect(pairSlug('laravel', 'django')).toBe('django-vs-laravel');
    expect(pairSlug('django', 'laravel')).toBe('django-vs-laravel');
  });
  it('lists n(n-1)/2 pairs', () => {
    expect(allPairs(['c', 'a', 'b'])).toEqual([
      ['a', 'b'],
      ['a', 'c'],
      ['b', 'c'],
    ]);
    expect(allPairs(Array.from({ length: 12 }, (_, i) => `f${i}`))).toHaveLength(66);
  });
  it('parses pair slugs', () => {
    expect(parsePairSlug('django-vs-spring-boot')).toEqual(['django', 'spring-boot']);
    expect(parsePairSlug('django')).toBeNull();
    expect(parsePairSlug('a-vs-b-vs-c')).toBeNull();
    expect(parsePairSlug('-vs-b')).toBeNull();
  });
});

describe('grid filter', () => {
  const languages = ['Go', 'Python'];
  const kinds = ['framework', 'language'];
  it('reads known values case-insensitively and ignores unknown ones', () => {
    expect(parseGridFilter('?language=python&kind=nope', languages, kinds)).toEqual({ language: 'Python', kind: '' });
  });
  it('writes only non-empty values', () => {
    expect(gridFilterQuery({ language: '', kind: '' })).toBe('');
    expect(gridFilterQuery({ language: 'Python', kind: 'framework' })).toBe('?language=Python&kind=framework');
  });
  it('matches on language membership and kind', () => {
    expect(matchesGridFilter({ language: 'Python', kind: '' }, ['Python'], 'framework')).toBe(true);
    expect(matchesGridFilter({ language: 'Go', kind: '' }, ['Python'], 'framework')).toBe(false);
    expect(matchesGridFilter({ language: '', kind: 'language' }, ['Go'], 'framework')).toBe(false);
  });
});

describe('levels', () => {
  it('ranks built-in first and unknown last', () => {
    expect(levelRank('built-in')).toBeLessThan(levelRank('official'));
    expect(levelRank('none')).toBeLessThan(levelRank('unknown'));
  });
  it('counts every level, zeros included', () => {
    expect(countLevels(['built-in', 'built-in', 'none'])).toEqual({ 'built-in': 2, official: 0, community: 0, none: 1, unknown: 0 });
  });
});

describe('format', () => {
  it('formats dates in UTC', () => {
    expect(formatDate(new Date('2026-11-21T00:00:00Z'))).toBe('21 November 2026');
  });
  it('shortens hosts', () => {
    expect(hostOf('https://www.djangoproject.com/start/')).toBe('djangoproject.com');
  });
  it('pluralises', () => {
    expect(plural(1, 'page')).toBe('1 page');
    expect(plural(3, 'page')).toBe('3 pages');
  });
  it('describes values for error messages', () => {
    expect(describeValue(undefined)).toBe('nothing (the field is missing)');
    expect(describeValue('x')).toBe('"x"');
    expect(describeValue('y'.repeat(200)).length).toBeLessThanOrEqual(80);
  });
});

describe('linkLabel', () => {
  it('names a GitHub repository and, for a file, its last path segments', () => {
    expect(linkLabel('https://github.com/pallets-eco/flask-wtf')).toBe('GitHub: pallets-eco/flask-wtf');
    expect(linkLabel('https://github.com/strawberry-graphql/strawberry/blob/main/docs/integrations/flask.md')).toBe(
      'GitHub: strawberry-graphql/strawberry › integrations/flask.md',
    );
  });
  it('names a docs page by host and page, dropping version and language segments', () => {
    expect(linkLabel('https://flask.palletsprojects.com/en/3.1.x/patterns/sqlalchemy/')).toBe('flask.palletsprojects.com › patterns/sqlalchemy');
    expect(linkLabel('https://docs.djangoproject.com/en/6.1/topics/i18n/#anchor')).toBe('docs.djangoproject.com › topics/i18n#anchor');
    expect(linkLabel('https://www.example.org/')).toBe('example.org');
  });
  it('never throws on a malformed escape', () => {
    expect(linkLabel('https://example.org/100%25/a%zz')).toBe('example.org › 100%/a%zz');
  });
});

describe('isSpdxLicense', () => {
  it('accepts single ids and OR/AND expressions of real ids', () => {
    expect(isSpdxLicense('MIT')).toBe(true);
    expect(isSpdxLicense('MIT OR Apache-2.0')).toBe(true);
    expect(isSpdxLicense('(MIT AND BSD-3-Clause)')).toBe(true);
  });
  it('rejects names that are not SPDX ids, and expressions with one bad term', () => {
    expect(isSpdxLicense('MIT License')).toBe(false);
    expect(isSpdxLicense('MIT OR Apache 2')).toBe(false);
    expect(isSpdxLicense('')).toBe(false);
  });
});

describe('the dates under a side-by-side facts table', async () => {
  const { factDatesNote } = await import('../../src/lib/page-data/key-facts.ts');
  const fw = (date: string) =>
    ({ versionCheck: { date: new Date(date), source: 'https://example.org' } }) as unknown as Parameters<typeof factDatesNote>[0][number];
  it('gives one day when both were read the same day, a range otherwise', () => {
    expect(factDatesNote([fw('2026-12-02'), fw('2026-12-02')])).toMatch(/^Latest versions were read from each registry on 2 December 2026\./);
    expect(factDatesNote([fw('2026-12-02'), fw('2026-11-20')])).toMatch(
      /^Latest versions were read from each registry between 20 November 2026 and 2 December 2026\./,
    );
  });
});

describe('fenced code blocks in a framework body (highlighted like the snippets)', async () => {
  const { fencedBlocks } = await import('../../src/lib/page-data/highlight.ts');
  it('finds each block with its language, tildes and longer fences included, and nothing outside them', () => {
    const body = [
      '## A first route',
      '',
      '```python',
      'print("hi")',
      '',
      '```',
      'prose `inline` code',
      '~~~',
      'plain',
      '~~~',
      '````go title',
      'x := 1',
      '````',
    ].join('\n');
    expect(fencedBlocks(body)).toEqual([
      { lang: 'python', code: 'print("hi")\n' },
      { lang: 'text', code: 'plain' },
      { lang: 'go', code: 'x := 1' },
    ]);
    expect(fencedBlocks('no code here, only `inline`')).toEqual([]);
  });
});
