/**
 * Which matrix pages exist. /matrix/ shows every framework while the atlas is small enough to read
 * on one page (MATRIX_ALL_UP_TO frameworks); past that it becomes an index, and the rows live on
 * one page per language (/matrix/language/<language>/) and per kind (/matrix/kind/<kind>/).
 * Those filter pages exist at every size, so the filters are plain links that need no script.
 */
export const MATRIX_ALL_UP_TO = 120;

/** URL segment for a language or kind: "C#" → "csharp", "TypeScript" → "typescript". */
export function filterSlug(value: string): string {
  return value
    .toLowerCase()
    .replace(/#/g, 'sharp')
    .replace(/\+/g, 'plus')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export interface MatrixFilter {
  /** "language" or "kind". */
  by: 'language' | 'kind';
  /** The value as shown, e.g. "Python". */
  value: string;
  slug: string;
  /** How many frameworks the filter page holds. */
  count: number;
}

/** One filter page per distinct language and kind, in name order. */
export function matrixFilters(frameworks: readonly { languages: readonly string[]; kind: string }[]): MatrixFilter[] {
  const make = (by: MatrixFilter['by'], values: string[]) => {
    const counts = new Map<string, number>();
    for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
    return [...counts].sort(([a], [b]) => a.localeCompare(b, 'en')).map(([value, count]) => ({ by, value, slug: filterSlug(value), count }));
  };
  return [
    ...make(
      'language',
      frameworks.flatMap((f) => [...new Set(f.languages)]),
    ),
    ...make(
      'kind',
      frameworks.map((f) => f.kind),
    ),
  ];
}
