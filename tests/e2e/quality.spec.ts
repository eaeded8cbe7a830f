import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { LinkChecker } from 'linkinator';
import { checkedPaths } from './helpers.ts';
import { brokenLinks } from '../../scripts/check-links.ts';

const paths = checkedPaths();
const extraPages = ['/404.html'];

// Every page at phone width in the light scheme. What changes with width or scheme is the
// template, which layout.spec.ts checks on one page of each type at both widths in both schemes
// (code blocks included). Code blocks are left out here: their token colours are tested in the
// unit tests against both themes, and thousands of highlighted spans would double the time.
for (const path of [...paths, ...extraPages]) {
  test(`axe: no WCAG 2.2 AA violations on ${path}`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(path);
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
      .exclude('.snippet-file pre')
      .analyze();
    expect(
      results.violations.map(
        (v) =>
          `${v.id}: ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(', ')}`,
      ),
    ).toEqual([]);
  });
}

test('Nu Html Checker: every built page is valid HTML', () => {
  test.setTimeout(180_000);
  const jar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');
  const dist = fileURLToPath(new URL('../../dist', import.meta.url));
  let report = '';
  // Every page but the pair pages, which share one template: those are checked as a sample.
  const files = paths.map((p) => join(dist, p, 'index.html')).concat(join(dist, '404.html'));
  try {
    execFileSync('java', ['-jar', jar, '--errors-only', ...files], { stdio: 'pipe' });
  } catch (error) {
    report = String((error as { stderr: Buffer }).stderr);
  }
  expect(report.trim()).toBe('');
});

test('no broken internal links: every href and src in dist/ leads to a built file, every #fragment to an id', () => {
  // Over the built files (scripts/check-links.ts): seconds for every page, where an HTTP crawl
  // took minutes on 2 cores and grew with every framework.
  const { pages, links, broken } = brokenLinks(fileURLToPath(new URL('../../dist', import.meta.url)));
  expect(broken.map((b) => `${b.from}: ${b.link} (${b.why})`)).toEqual([]);
  expect(pages).toBeGreaterThan(paths.length);
  expect(links).toBeGreaterThan(pages * 10);
});

test('served links work too: every link on the home page and a profile answers through the server', async ({ baseURL }) => {
  // What only a server shows (folders without a slash, the 404 page, assets' paths), on two pages.
  const checker = new LinkChecker();
  for (const path of ['/', '/frameworks/django/']) {
    const result = await checker.check({ path: `${baseURL}${path}`, recurse: false, linksToSkip: [`^(?!${baseURL})`], concurrency: 8 });
    expect(result.links.filter((l) => l.state === 'BROKEN').map((l) => `${l.url} (from ${l.parent}, ${l.status})`)).toEqual([]);
    expect(result.links.length).toBeGreaterThan(20);
  }
});
