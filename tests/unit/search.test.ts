import { describe, expect, it } from 'vitest';
import { buildVocab, lookup, normalizeTerm, packageNames } from '../../src/lib/search-vocab.ts';
import { cleanQuery, excerptParts, MAX_COMPARISONS, MAX_QUERY_LENGTH, pagePath, rankResults, type RankedHit } from '../../src/lib/search-rank.ts';
import { correction } from '../../src/lib/suggest.ts';

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

describe('rankResults', () => {
  const hit = (url: string, type: RankedHit['type'], score: number): RankedHit => ({ url, title: url, type, score });
  it('puts pinned vocabulary hits first, then features and profiles by score, then comparisons', () => {
    const { results } = rankResults(
      [{ url: '/features/orm/', title: 'ORM', type: 'Feature' }],
      [hit('/compare/a-vs-b/', 'Comparison', 9), hit('/frameworks/a/', 'Framework', 2), hit('/features/x/', 'Feature', 1), hit('/features/orm/', 'Feature', 0.5)],
    );
    expect(results.map((r) => r.url)).toEqual(['/features/orm/', '/frameworks/a/', '/features/x/', '/compare/a-vs-b/']);
    expect(results[0]!.pinned).toBe(true);
  });
  it('caps comparison pages and counts the rest', () => {
    const hits = Array.from({ length: 10 }, (_, i) => hit(`/compare/p${i}/`, 'Comparison', 10 - i));
    const { results, moreComparisons } = rankResults([], [...hits, hit('/frameworks/a/', 'Framework', 0.1)]);
    expect(results[0]!.url).toBe('/frameworks/a/');
    expect(results.filter((r) => r.type === 'Comparison')).toHaveLength(MAX_COMPARISONS);
    expect(moreComparisons).toBe(10 - MAX_COMPARISONS);
  });
  it('treats /x/ and /x/index.html as one page', () => {
    expect(pagePath('/frameworks/a/index.html')).toBe('/frameworks/a/');
    const { results } = rankResults([{ url: '/frameworks/a/', title: 'A', type: 'Framework' }], [hit('/frameworks/a/index.html', 'Framework', 1)]);
    expect(results).toHaveLength(1);
  });
});

describe('excerptParts', () => {
  it('keeps marks and never returns markup', () => {
    expect(excerptParts('uses <mark>Eloquent</mark> &amp; more')).toEqual([
      { text: 'uses ', mark: false },
      { text: 'Eloquent', mark: true },
      { text: ' & more', mark: false },
    ]);
    expect(excerptParts('&lt;script&gt;x').map((p) => p.text).join('')).toBe('<script>x');
    expect(excerptParts('<b>bold</b>').map((p) => p.text).join('')).toBe('bold');
  });
});

describe('cleanQuery', () => {
  it('trims, collapses and caps', () => {
    expect(cleanQuery('  a   b ')).toBe('a b');
    expect(cleanQuery(null)).toBe('');
    expect(cleanQuery('x'.repeat(500))).toHaveLength(MAX_QUERY_LENGTH);
  });
});
