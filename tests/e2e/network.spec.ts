import { ONE_OF_EACH } from './helpers.ts';
import { expect, test } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const PAGES = ONE_OF_EACH;

for (const path of PAGES) {
  test(`no request leaves the site's origin on ${path}`, async ({ page, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const foreign: string[] = [];
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin) foreign.push(r.url());
    });
    await page.goto(path, { waitUntil: 'networkidle' });
    expect(foreign).toEqual([]);
  });
}

test('a typical search: bytes fetched and time from typing to results', async ({ page }) => {
  await page.goto('/search/');
  await page.waitForLoadState('networkidle');
  let bytes = 0;
  const files: string[] = [];
  page.on('response', async (r) => {
    // What a static host sends: gzip-compressed text (the preview server sends it raw). Pagefind's
    // index files are compressed already, so compressing them again changes little.
    const body = await r.body().catch(() => Buffer.alloc(0));
    bytes += gzipSync(body).length;
    files.push(new URL(r.url()).pathname);
  });
  const box = page.getByRole('searchbox', { name: /Search for a feature/ });
  const start = Date.now();
  await box.fill('background jobs');
  await box.press('Enter');
  await expect(page.getByRole('list', { name: 'Search results' }).getByRole('listitem').first()).toBeVisible();
  const ms = Date.now() - start;
  await page.waitForLoadState('networkidle');
  mkdirSync('output', { recursive: true });
  writeFileSync('output/search-metrics.json', `${JSON.stringify({ query: 'background jobs', ms, bytes, requests: files.length, files }, null, 2)}\n`);
  test.info().annotations.push({ type: 'search', description: `${bytes} bytes in ${files.length} requests, results after ${ms} ms` });
  // Budget: Pagefind runtime + wasm + index chunks + fragments + our vocabulary stay under 400 kB as sent compressed.
  expect(bytes).toBeLessThan(400 * 1024);
});
