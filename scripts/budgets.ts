/**
 * Size budgets per page type. Sizes are gzip bytes of what a first visit downloads: the HTML,
 * the stylesheets it links, and the scripts it runs (external and inline).
 */

import { tasksOfFeature } from '../src/lib/snippets/tasks.ts';

export type PageType = 'home' | 'profile' | 'feature' | 'task' | 'code' | 'pair' | 'compare' | 'search' | 'matrix' | 'find' | 'list' | 'info' | 'lifecycle';

export interface Budget {
  html: number;
  css: number;
  js: number;
}

const KB = 1024;

/**
 * Limits. Content pages (profile, feature, pair) ship no JavaScript at all. Task pages (the
 * feature pages a snippet task proves: routing, middleware, input-validation, websockets, orm,
 * migrations, authentication) and profiles and pairs
 * carry highlighted code snippets and their colour sheet; past SNIPPETS_INLINE_UP_TO frameworks a
 * task's code moves to numbered code pages (src/lib/page-data/code-pages.ts). /compare/ runs the
 * picker and draws the chosen columns from /data/frameworks/<slug>.json (about 6 kB); /search/ runs the search glue (Pagefind's own runtime and index are fetched
 * after load and measured by the search test, not here).
 */
/** Content pages carry one inline script only (src/lib/shared/page-script.ts: the "/" search shortcut and copy-link buttons), about 0.5 kB gzipped. */
const SHORTCUT_ONLY = KB;

export const BUDGETS: Record<PageType, Budget> = {
  home: { html: 14 * KB, css: 10 * KB, js: 4 * KB },
  // Profiles carry 28 statements with their notes, six snippets and the release timeline; the precision rules (partial, conditions,
  // dormant packages) lengthen notes, a project that supports many series (go-zero: seven) draws them all, and the database task
  // shows its migration beside the app (two or three files). Four snippets fitted 18 kB; six reach about 22 kB.
  profile: { html: 26 * KB, css: 12 * KB, js: SHORTCUT_ONLY },
  // Feature pages list every framework with package, notes and evidence up to FEATURE_ROWS_FULL_UP_TO (150), about 0.2 kB gzipped a row
  // (61 frameworks: 14 kB), so 150 full rows need about 33 kB; past 150 the rows turn compact (30.5 kB at the bench's 1,000).
  feature: { html: 40 * KB, css: 10 * KB, js: SHORTCUT_ONLY },
  // A task's feature page is a feature page plus links to its code pages; its rows carry longer package names (routing: 41 kB at the
  // bench's 1,000 frameworks, in compact rows).
  task: { html: 48 * KB, css: 12 * KB, js: SHORTCUT_ONLY },
  code: { html: 40 * KB, css: 12 * KB, js: SHORTCUT_ONLY },
  // Pair pages put both frameworks' code side by side for six tasks (the database task with its migrations): 25 kB for two JVM frameworks.
  pair: { html: 32 * KB, css: 12 * KB, js: SHORTCUT_ONLY },
  compare: { html: 48 * KB, css: 10 * KB, js: 8 * KB },
  search: { html: 6 * KB, css: 10 * KB, js: 10 * KB },
  matrix: { html: 50 * KB, css: 10 * KB, js: SHORTCUT_ONLY },
  find: { html: 12 * KB, css: 10 * KB, js: 8 * KB },
  list: { html: 50 * KB, css: 10 * KB, js: 4 * KB },
  info: { html: 12 * KB, css: 10 * KB, js: SHORTCUT_ONLY },
  // /lifecycle/ and /lifecycle/by-name/: LIFECYCLE_PER_PAGE (120) rows a page, then …/2/, …/3/ (src/lib/page-data/lifecycle-pages.ts).
  lifecycle: { html: 30 * KB, css: 10 * KB, js: SHORTCUT_ONLY },
};

/** Page types built only past a size limit (code pages past SNIPPETS_INLINE_UP_TO frameworks); every other type always exists. */
export const BUILT_PAST_A_LIMIT: readonly PageType[] = ['code'];

/** Which page type a built path belongs to, or null for pages without a budget (404, redirects). */
export function pageTypeOf(path: string): PageType | null {
  if (path === '/') return 'home';
  if (path === '/compare/') return 'compare';
  if (path === '/search/') return 'search';
  if (/^\/frameworks\/[^/]+\/$/.test(path)) return 'profile';
  const feature = /^\/features\/([^/]+)\/$/.exec(path);
  if (feature) return tasksOfFeature(feature[1]!).length > 0 ? 'task' : 'feature';
  if (/^\/features\/[^/]+\/code\/\d+\/$/.test(path)) return 'code';
  if (/^\/compare\/[^/]+-vs-[^/]+\/$/.test(path)) return 'pair';
  if (/^\/matrix\/(?:(?:language|kind)\/[^/]+\/(?:\d+\/)?)?$/.test(path)) return 'matrix';
  if (path === '/find/') return 'find';
  if (path === '/frameworks/' || path === '/features/') return 'list';
  if (path === '/about/' || path === '/stale/') return 'info';
  if (/^\/lifecycle\/(?:by-name\/)?(?:\d+\/)?$/.test(path)) return 'lifecycle';
  return null;
}

export interface PageAssets {
  stylesheets: string[];
  scripts: string[];
  inlineScripts: string[];
}

/** Stylesheets and scripts an HTML page loads (site-relative URLs), and its inline scripts. */
export function assetsOf(html: string): PageAssets {
  const attr = (tag: string, name: string) => new RegExp(`\\b${name}=["']?([^"' >]+)`).exec(tag)?.[1];
  const stylesheets = [...html.matchAll(/<link\b[^>]*>/g)]
    .map((m) => m[0])
    .filter((t) => /rel=["']?stylesheet/.test(t))
    .map((t) => attr(t, 'href')!)
    .filter(Boolean);
  const scripts: string[] = [];
  const inlineScripts: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const src = attr(m[1]!, 'src');
    if (src) scripts.push(src);
    else if (!/type=["']?application\/(ld\+)?json/.test(m[1]!) && m[2]!.trim()) inlineScripts.push(m[2]!);
  }
  return { stylesheets, scripts, inlineScripts };
}

export interface Measured {
  path: string;
  type: PageType;
  html: number;
  css: number;
  js: number;
}

/** Problems with a measured page, one line each, empty when within budget. */
export function overBudget(page: Measured, budgets: Record<PageType, Budget> = BUDGETS): string[] {
  const b = budgets[page.type];
  return (['html', 'css', 'js'] as const)
    .filter((k) => page[k] > b[k])
    .map(
      (k) => `${page.path} (${page.type}): ${k.toUpperCase()} is ${page[k]} B gzip, budget ${b[k]} B${b[k] === 0 ? ' (this page type must ship none)' : ''}`,
    );
}
