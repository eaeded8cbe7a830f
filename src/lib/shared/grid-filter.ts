/** Language and kind filters for framework grids; the URL query is the state. */

export interface GridFilter {
  language: string;
  kind: string;
}

/** Read `?language=&kind=` and keep only values that exist; anything else means "all". */
export function parseGridFilter(search: string, languages: readonly string[], kinds: readonly string[]): GridFilter {
  const params = new URLSearchParams(search);
  const pick = (value: string | null, known: readonly string[]) => known.find((k) => k.toLowerCase() === (value ?? '').trim().toLowerCase()) ?? '';
  return { language: pick(params.get('language'), languages), kind: pick(params.get('kind'), kinds) };
}

/** Query string for a filter, without empty values: "" when nothing is filtered. */
export function gridFilterQuery(filter: GridFilter): string {
  const params = new URLSearchParams();
  if (filter.language) params.set('language', filter.language);
  if (filter.kind) params.set('kind', filter.kind);
  const q = params.toString();
  return q ? `?${q}` : '';
}

/** Does a framework with these languages and kind pass the filter? */
export function matchesGridFilter(filter: GridFilter, languages: readonly string[], kind: string): boolean {
  return (!filter.language || languages.includes(filter.language)) && (!filter.kind || kind === filter.kind);
}
