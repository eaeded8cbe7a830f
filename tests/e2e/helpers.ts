import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../../src/lib/content-check.ts';

/** Paths listed in the built sitemap (dist/sitemap.xml), site-relative. */
export function sitemapPaths(): string[] {
  const xml = readFileSync(new URL('../../dist/sitemap.xml', import.meta.url), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
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
