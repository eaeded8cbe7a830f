import { describe, expect, it } from 'vitest';
import { buildVocab, featureWithFacet, frameworkPair, lookup, normalizeTerm, packageNames } from '../../src/lib/shared/search-vocab.ts';
import {
  cleanQuery,
  excerptParts,
  MAX_QUERY_LENGTH,
  mergeHits,
  pagePath,
  plausibleQuery,
  resultOrder,
  type RankedHit,
} from '../../src/lib/shared/search-rank.ts';
import { correction } from '../../src/lib/shared/suggest.ts';

describe('normalizeTerm', () => {
  it('folds case, punctuation and plurals', () => {
    expect(normalizeTerm('WebSockets')).toBe(normalizeTerm('websocket'));
    expect(normalizeTerm('Background  Jobs')).toBe('background job');
    expect(normalizeTerm('Active-Record')).toBe('active record');
    expect(normalizeTerm('Policies')).toBe('policy');
  });
  it('keeps short words, "ss" endings and dotted names intact', () => {
    expect(normalizeTerm('DI')).toBe('di');
    expect(normalizeTerm('class')).toBe('class');
    expect(normalizeTerm('ASP.NET Core')).toBe('asp.net core');
    expect(normalizeTerm('.NET')).toBe('net');
  });
  it('turns punctuation-only and markup into harmless text', () => {
    expect(normalizeTerm('...!!!')).toBe('');
    expect(normalizeTerm('<script>')).toBe('script');
    expect(normalizeTerm('ウェブ')).toBe('ウェブ');
  });
});

describe('packageNames', () => {
  it('splits compound package descriptions', () => {
    expect(packageNames('Django Channels (channels)')).toEqual(['Django Channels (channels)', 'Django Channels', 'channels']);
    expect(packageNames('Flask-Login / Flask-Security')).toContain('Flask-Security');
  });
});

describe('vocabulary', () => {
  const vocab = buildVocab(
    [
      { id: 'orm', name: 'ORM', aliases: ['Active Record', 'Eloquent'] },
      { id: 'websockets', name: 'WebSockets', aliases: ['real-time'] },
    ],
    [
      { slug: 'laravel', name: 'Laravel', aliases: [], packages: { orm: 'Eloquent ORM', websockets: 'Laravel Reverb' } },
      { slug: 'go', name: 'Go', aliases: ['golang'], packages: { orm: 'GORM' } },
    ],
  );
  it('maps a feature alias to the feature page', () => {
    expect(lookup(vocab, 'active records').map((p) => p.url)).toEqual(['/features/orm/']);
  });
  it('maps a package name to the feature page and the framework that uses it', () => {
    expect(lookup(vocab, 'laravel reverb').map((p) => p.url)).toEqual(['/features/websockets/', '/frameworks/laravel/']);
    expect(lookup(vocab, 'GORM').map((p) => p.url)).toEqual(['/features/orm/', '/frameworks/go/']);
  });
  it('maps framework names and aliases to profiles', () => {
    expect(lookup(vocab, 'Golang').map((p) => p.url)).toEqual(['/frameworks/go/']);
  });
  it('finds two frameworks named in one query, with or without "vs"', () => {
    const urls = (q: string) => frameworkPair(vocab, q)?.map((p) => p.url);
    expect(urls('laravel golang')).toEqual(['/frameworks/laravel/', '/frameworks/go/']);
    expect(urls('Laravel vs. Go')).toEqual(['/frameworks/laravel/', '/frameworks/go/']);
    expect(urls('compare go and laravel')).toEqual(['/frameworks/go/', '/frameworks/laravel/']);
    expect(urls('laravel')).toBeUndefined();
    expect(urls('laravel laravel')).toBeUndefined();
    expect(urls('laravel eloquent')).toBeUndefined();
  });
  it('returns nothing for unknown terms', () => {
    expect(lookup(vocab, 'cobol')).toEqual([]);
  });
  it('corrects small misspellings against the vocabulary only', () => {
    const terms = Object.keys(vocab.terms);
    expect(correction('eloqent', terms)).toBe('eloquent');
    expect(correction('websoket', terms)).toBe('websocket');
    expect(correction('go', terms)).toBeUndefined();
    expect(correction('zzzzzzzz', terms)).toBeUndefined();
  });
});

describe('result order', () => {
  const hit = (url: string, type: RankedHit['type'], score: number): RankedHit => ({ url, title: url, type, score });
  it('lists profiles, then feature pages, then comparisons, each in score order, and drops none', () => {
    const order = resultOrder({ Comparison: ['c1', 'c2'], Feature: ['f1'], Framework: ['p1', 'p2'] });
    expect(order.map((o) => o.result)).toEqual(['p1', 'p2', 'f1', 'c1', 'c2']);
    expect(order.map((o) => o.type)).toEqual(['Framework', 'Framework', 'Feature', 'Comparison', 'Comparison']);
  });
  it('puts pinned vocabulary hits first and shows each page once', () => {
    const merged = mergeHits(
      [{ url: '/features/orm/', title: 'ORM', type: 'Feature' }],
      [hit('/frameworks/a/', 'Framework', 2), hit('/features/orm/', 'Feature', 0.5), hit('/compare/a-vs-b/', 'Comparison', 9)],
    );
    expect(merged.map((r) => r.url)).toEqual(['/features/orm/', '/frameworks/a/', '/compare/a-vs-b/']);
    expect(merged[0]!.pinned).toBe(true);
    expect(merged[0]!.score).toBe(0.5);
  });
  it('skips pages shown on an earlier page of results', () => {
    expect(
      mergeHits([], [hit('/frameworks/a/', 'Framework', 1), hit('/frameworks/b/', 'Framework', 1)], new Set(['/frameworks/a/'])).map((r) => r.url),
    ).toEqual(['/frameworks/b/']);
  });
  it('treats /x/ and /x/index.html as one page', () => {
    expect(pagePath('/frameworks/a/index.html')).toBe('/frameworks/a/');
    expect(mergeHits([{ url: '/frameworks/a/', title: 'A', type: 'Framework' }], [hit('/frameworks/a/index.html', 'Framework', 1)])).toHaveLength(1);
  });
});

describe('excerptParts', () => {
  it('keeps marks and never returns markup', () => {
    expect(excerptParts('uses <mark>Eloquent</mark> &amp; more')).toEqual([
      { text: 'uses ', mark: false },
      { text: 'Eloquent', mark: true },
      { text: ' & more', mark: false },
    ]);
    expect(
      excerptParts('&lt;script&gt;x')
        .map((p) => p.text)
        .join(''),
    ).toBe('<script>x');
    expect(
      excerptParts('<b>bold</b>')
        .map((p) => p.text)
        .join(''),
    ).toBe('bold');
  });
});

describe('cleanQuery', () => {
  it('trims, collapses and caps', () => {
    expect(cleanQuery('  a   b ')).toBe('a b');
    expect(cleanQuery(null)).toBe('');
    expect(cleanQuery('x'.repeat(500))).toHaveLength(MAX_QUERY_LENGTH);
  });
  it('drops bidirectional control characters', () => {
    expect(cleanQuery('\u202Eognajd')).toBe('ognajd');
  });
  it('knows a query with an impossibly long word has no results', () => {
    expect(plausibleQuery('background jobs')).toBe(true);
    expect(plausibleQuery('x'.repeat(100))).toBe(false);
  });
});

describe('the vocabulary treats every word as data', () => {
  const vocab = JSON.parse(
    JSON.stringify(buildVocab([{ id: 'orm', name: 'ORM', aliases: ['Active Record'] }], [{ slug: 'django', name: 'Django', aliases: [], packages: {} }])),
  ) as ReturnType<typeof buildVocab>;
  it.each(['constructor', 'Constructors', 'django constructor', '__proto__', 'toString', 'hasOwnProperty'])('finds nothing, without throwing, for %j', (q) => {
    expect(lookup(vocab, q)).toEqual([]);
    expect(frameworkPair(vocab, q)).toBeNull();
  });
  it('lets a feature be called "constructor" and still finds it', () => {
    const odd = JSON.parse(JSON.stringify(buildVocab([{ id: 'orm', name: 'ORM', aliases: ['constructor', '__proto__'] }], []))) as ReturnType<
      typeof buildVocab
    >;
    expect(lookup(odd, 'constructor').map((p) => p.url)).toEqual(['/features/orm/']);
    expect(lookup(odd, '__proto__').map((p) => p.url)).toEqual(['/features/orm/']);
  });
});

describe('queries that name a feature and a language or kind', () => {
  const vocab = JSON.parse(
    JSON.stringify(
      buildVocab(
        [
          { id: 'orm', name: 'ORM', aliases: ['object-relational mapper'] },
          { id: 'websockets', name: 'WebSockets', aliases: [] },
        ],
        [
          { slug: 'django', name: 'Django', aliases: [], languages: ['Python'], kind: 'framework', packages: {} },
          { slug: 'express', name: 'Express', aliases: [], languages: ['JavaScript', 'TypeScript'], kind: 'microframework', packages: {} },
          { slug: 'bun', name: 'Bun', aliases: [], languages: ['TypeScript', 'JavaScript'], kind: 'runtime', packages: {} },
        ],
      ),
    ),
  ) as ReturnType<typeof buildVocab>;
  it.each([
    ['orm python', '/features/orm/', { by: 'language', value: 'Python' }],
    ['Python ORM', '/features/orm/', { by: 'language', value: 'Python' }],
    ['websockets in typescript', '/features/websockets/', { by: 'language', value: 'TypeScript' }],
    ['object-relational mapper js', '/features/orm/', { by: 'language', value: 'JavaScript' }],
    ['websockets runtimes', '/features/websockets/', { by: 'kind', value: 'runtime' }],
  ])('%j names a feature and a facet', (q, url, facet) => {
    const found = featureWithFacet(vocab, q);
    expect(found?.feature.url).toBe(url);
    expect(found?.facet).toEqual(facet);
  });
  it.each(['orm', 'python', 'django python', 'rust orm', 'orm constructor'])('%j is not one', (q) => {
    expect(featureWithFacet(vocab, q)).toBeNull();
  });
});
