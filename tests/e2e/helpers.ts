import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
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

/** How many pair pages the page-by-page checks visit: they share one template (see the README). */
export const PAIR_SAMPLE = 16;

/**
 * Every page of the sitemap except pair pages, plus an evenly spread sample of PAIR_SAMPLE pair
 * pages (always the first and the last): every other page type is checked in full.
 */
export function checkedPaths(paths: readonly string[] = sitemapPaths(), sample = PAIR_SAMPLE): string[] {
  const isPair = (p: string) => /^\/compare\/[^/]+-vs-[^/]+\/$/.test(p);
  const pairs = paths.filter(isPair);
  const step = Math.max(1, (pairs.length - 1) / Math.max(1, sample - 1));
  const picked = pairs.length <= sample ? pairs : [...new Set(Array.from({ length: sample }, (_, i) => pairs[Math.round(i * step)]!))];
  return [...paths.filter((p) => !isPair(p)), ...picked];
}
