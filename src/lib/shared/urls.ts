/**
 * Every site-relative URL the site writes, in one place. Pages, components, scripts and the 404
 * helper build links here, so a URL scheme (they are public and never change) is written once.
 * Free of Node and Astro imports: browser scripts import it too.
 */
import { pairSlug } from './pairs.ts';

export const urls = {
  home: () => '/',
  frameworks: () => '/frameworks/',
  profile: (slug: string) => `/frameworks/${slug}/`,
  features: () => '/features/',
  feature: (id: string) => `/features/${id}/`,
  /** A numbered page of a task's code snippets (only when the task has too many for its feature page). */
  featureCode: (id: string, page: number) => `/features/${id}/code/${page}/`,
  /** The canonical pair page, slugs in alphabetical order whatever order they are given in. */
  pair: (a: string, b: string) => `/compare/${pairSlug(a, b)}/`,
  /** The any-N comparison; the slugs keep the order given (it is the column order). */
  compare: (slugs: readonly string[] = [], onlyDifferences = false) => {
    const params = [slugs.length > 0 ? `fw=${slugs.join(',')}` : '', onlyDifferences ? 'diff=1' : ''].filter(Boolean);
    return `/compare/${params.length > 0 ? `?${params.join('&')}` : ''}`;
  },
  search: (query?: string) => (query ? `/search/?q=${encodeURIComponent(query)}` : '/search/'),
  about: () => '/about/',
  stale: () => '/stale/',
  /** Every framework's supported series and end-of-support dates: soonest end first (the default) or by name, 1-based pages past LIFECYCLE_PER_PAGE. */
  lifecycle: (order: 'soonest' | 'name' = 'soonest', page = 1) => `/lifecycle/${order === 'name' ? 'by-name/' : ''}${page > 1 ? `${page}/` : ''}`,
  /** Colours of the highlighted code snippets (classes only, for the CSP). */
  snippetCss: () => '/snippets.css',
  matrix: () => '/matrix/',
  matrixFilter: (by: 'language' | 'kind', slug: string) => `/matrix/${by}/${slug}/`,
  find: (query = '') => `/find/${query}`,
  data: (file: 'frameworks' | 'features') => `/data/${file}.json`,
  ogFramework: (slug: string) => `/og/frameworks/${slug}.png`,
  ogPair: (a: string, b: string) => `/og/compare/${pairSlug(a, b)}.png`,
};
