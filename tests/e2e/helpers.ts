import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { checkContent } from '../../src/lib/checks/content-check.ts';

/** Paths listed in the built sitemap (dist/sitemap-index.xml and the files it names), site-relative. */
export function sitemapPaths(): string[] {
  const dist = new URL('../../dist/', import.meta.url);
  const locs = (file: string) => [...readFileSync(new URL(file, dist), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  return locs('sitemap-index.xml').flatMap((part) => locs(part.replace(/^\//, '')));
}

/** The content as authored (source files, not the build output): what the pages must show. */
export function content() {
  const { context, problems } = checkContent(fileURLToPath(new URL('../..', import.meta.url)));
  if (problems.length > 0) throw new Error(`content has ${problems.length} problems; run npm run check:content`);
  return context;
}

/** Collect console errors and uncaught exceptions while a test runs. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(err.message));
  return errors;
}

/** How many pair pages and matrix filter pages the page-by-page checks visit: each kind shares one template (see the README). */
export const PAIR_SAMPLE = 16;
export const MATRIX_SAMPLE = 3;

/** An evenly spread sample of `n` items, always the first and the last. */
function spread<T>(items: readonly T[], n: number): T[] {
  if (items.length <= n) return [...items];
  const step = (items.length - 1) / Math.max(1, n - 1);
  return [...new Set(Array.from({ length: n }, (_, i) => items[Math.round(i * step)]!))];
}

/**
 * Every page of the sitemap except pair pages and matrix filter pages, plus an evenly spread
 * sample of each: every other page type is checked in full.
 */
export function checkedPaths(paths: readonly string[] = sitemapPaths()): string[] {
  const isPair = (p: string) => /^\/compare\/[^/]+-vs-[^/]+\/$/.test(p);
  const isMatrixFilter = (p: string) => /^\/matrix\/(language|kind)\//.test(p);
  return [
    ...paths.filter((p) => !isPair(p) && !isMatrixFilter(p)),
    ...spread(paths.filter(isPair), PAIR_SAMPLE),
    ...spread(paths.filter(isMatrixFilter), MATRIX_SAMPLE),
  ];
}

/**
 * One page of every type, in the states a shared link opens (the checks that run per page type:
 * layout, colour schemes, CSP, third-party requests).
 */
export const ONE_OF_EACH = [
  '/',
  '/frameworks/',
  '/frameworks/django/',
  '/features/',
  '/features/orm/',
  '/features/routing/',
  '/compare/django-vs-rails/',
  '/compare/rails-vs-django/',
  '/compare/',
  '/compare/?fw=django,rails,laravel&diff=1',
  '/compare/?fw=django,rails,laravel,phoenix,spring-boot,express',
  '/search/?q=orm',
  '/search/?q=django%20rails',
  '/matrix/',
  '/matrix/language/python/',
  '/find/?need=orm,websockets',
  '/about/',
  '/stale/',
  '/lifecycle/',
  '/lifecycle/by-name/',
  '/no-such-page/',
];

/**
 * The pairs that should have a page, worked out from the README's rule rather than the site's own
 * code: every pair up to 40 frameworks; past that, pairs that share a language and the curated
 * common comparisons (content/editorial.yaml). Canonical order: the two slugs alphabetically.
 */
export function expectedPairs(): { pages: [string, string][]; without: [string, string][] } {
  const { frameworks } = content();
  const editorial = parseYaml(readFileSync(new URL('../../content/editorial.yaml', import.meta.url), 'utf8')) as { commonComparisons: [string, string][] };
  const slugs = frameworks.map((f) => f.slug).sort();
  const every = slugs.flatMap((a, i) => slugs.slice(i + 1).map((b): [string, string] => [a, b]));
  const languages = new Map(frameworks.map((f) => [f.slug, f.data.languages]));
  const curated = new Set(editorial.commonComparisons.map((p) => [...p].sort().join(' ')));
  const has = ([a, b]: [string, string]) => frameworks.length <= 40 || curated.has(`${a} ${b}`) || languages.get(a)!.some((l) => languages.get(b)!.includes(l));
  return { pages: every.filter(has), without: every.filter((p) => !has(p)) };
}

/** The feature page a task's code lives on (README, Snippets): its own, or for the database task the ORM page. */
export function taskHome(task: string): string {
  return task === 'database' ? 'orm' : task;
}
