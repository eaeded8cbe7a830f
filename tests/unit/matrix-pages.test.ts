import { describe, expect, it } from 'vitest';
import { filterSlug, matrixFilters } from '../../src/lib/page-data/matrix-pages.ts';

describe('matrix filter pages', () => {
  it('turns languages and kinds into URL-safe slugs', () => {
    expect(filterSlug('C#')).toBe('csharp');
    expect(filterSlug('F#')).toBe('fsharp');
    expect(filterSlug('TypeScript')).toBe('typescript');
    expect(filterSlug('Objective-C++')).toBe('objective-cplusplus');
  });
  it('makes one page per distinct language and kind, sorted', () => {
    const pages = matrixFilters([
      { languages: ['Python'], kind: 'framework' },
      { languages: ['Java', 'Kotlin'], kind: 'framework' },
      { languages: ['Python'], kind: 'microframework' },
    ]);
    expect(pages.map((p) => `${p.by}/${p.slug}`)).toEqual(['language/java', 'language/kotlin', 'language/python', 'kind/framework', 'kind/microframework']);
    expect(pages.map((p) => p.count)).toEqual([1, 1, 2, 2, 1]);
  });
});
