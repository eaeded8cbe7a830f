import { expect, test } from '@playwright/test';
import { content, expectedPairs } from './helpers.ts';
import { LEVEL_INFO } from '../../src/lib/model/levels.ts';
import { pairPages } from '../../src/lib/page-data/pair-policy.ts';

const { frameworks, features } = content();
const name = new Map(frameworks.map((f) => [f.slug, f.data.name]));
const pairs = pairPages(
  frameworks.map((f) => ({ slug: f.slug, languages: f.data.languages })),
  content().editorial?.commonComparisons ?? [],
);
const { pages: expected, without: left } = expectedPairs();

test("the pairs with pages are exactly the policy's at this size", () => {
  expect(pairs.map((p) => p.join(' ')).sort()).toEqual(expected.map((p) => p.join(' ')).sort());
});

test('every pair page is at its canonical URL and its reversed URL points there; a pair without a page answers 404', async ({ request }) => {
  const canonicalPath = (html: string) => new URL(/<link rel="canonical" href="([^"]+)"/.exec(html)![1]!).pathname;
  for (const [a, b] of left.slice(0, 5)) expect((await request.get(`/compare/${a}-vs-${b}/`)).status(), `${a} vs ${b} has no page`).toBe(404);
  for (const [a, b] of pairs) {
    const canonical = `/compare/${a}-vs-${b}/`;
    const page = await request.get(canonical);
    expect(page.status(), canonical).toBe(200);
    const html = await page.text();
    expect(canonicalPath(html)).toBe(canonical);
    expect(html).toContain(`${name.get(a)} vs ${name.get(b)}`);

    const reversed = await request.get(`/compare/${b}-vs-${a}/`);
    expect(reversed.status()).toBe(200);
    const rhtml = await reversed.text();
    expect(rhtml).toContain(`http-equiv="refresh" content="0; url=${canonical}"`);
    expect(canonicalPath(rhtml)).toBe(canonical);
  }
});

test('a reversed pair URL leads to the canonical page without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const [a, b] = pairs[pairs.length - 1]!;
  await page.goto(`/compare/${b}-vs-${a}/`);
  await page.waitForURL(`**/compare/${a}-vs-${b}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${name.get(a)} vs ${name.get(b)}`);
  await context.close();
});

test('a pair page shows facts, every feature for both, differences, and links onward', async ({ page }) => {
  const [a, b] = ['laravel', 'symfony'];
  const scripts: string[] = [];
  page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
  await page.goto(`/compare/${a}-vs-${b}/`);
  const table = page.getByRole('table', { name: /feature by feature/ });
  const headers = table.getByRole('columnheader');
  await expect(headers).toHaveText(['Feature', name.get(a)!, name.get(b)!]);
  const rows = table.locator('tbody tr[data-feature]');
  await expect(rows).toHaveCount(features.length);
  const fa = frameworks.find((f) => f.slug === a)!.data.features;
  const fb = frameworks.find((f) => f.slug === b)!.data.features;
  for (const feature of features) {
    const row = table.locator(`tr[data-feature="${feature.id}"]`);
    await expect(row.getByRole('rowheader')).toHaveText(feature.data.name);
    const cells = row.getByRole('cell');
    // Each side shows its package, or its level where it names none.
    for (const [i, cell] of [fa[feature.id]!, fb[feature.id]!].entries())
      await expect(cells.nth(i)).toContainText(cell.package ?? LEVEL_INFO[cell.level].label);
  }
  const differing = features.filter((f) => fa[f.id]!.level !== fb[f.id]!.level).length;
  await expect(page.getByText(`Both have the same level of support for ${features.length - differing} feature`)).toBeVisible();
  await expect(page.getByRole('table', { name: 'Key facts side by side' })).toContainText(frameworks.find((f) => f.slug === a)!.data.license);
  // One date per fact: the versions row shows versions only, and the dates are explained once under the table.
  const facts = page.getByRole('table', { name: 'Key facts side by side' });
  await expect(facts.getByRole('row', { name: /^Latest stable/ }).getByRole('cell')).toHaveText(
    [a, b].map((s) => frameworks.find((f) => f.slug === s)!.data.latestVersion),
  );
  await expect(page.getByText(/^Latest versions were read from each registry (on|between) .*“Last verified” is the day/)).toBeVisible();
  await expect(page.getByRole('link', { name: name.get(a)!, exact: true }).first()).toHaveAttribute('href', `/frameworks/${a}/`);
  // Every other framework that has a pair page with it, plus "any other framework".
  const partners = expected.filter((p) => p.includes(a) && !p.includes(b)).length;
  expect(partners).toBeGreaterThan(0);
  await expect(page.getByRole('navigation', { name: `Compare ${name.get(a)} with other frameworks` }).getByRole('link')).toHaveCount(partners + 1);
  expect(scripts, 'pair pages load no JavaScript').toEqual([]);
});

test('an unknown pair path gets a 404 that offers the compare picker', async ({ page }) => {
  const response = await page.goto('/compare/djnago-vs-rails/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('group', { name: 'Frameworks to compare' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'not in the atlas' })).toContainText('“djnago”');
  await expect(page.getByRole('status').getByRole('link', { name: `${name.get('django')} vs ${name.get('rails')}` })).toHaveAttribute(
    'href',
    '/compare/django-vs-rails/',
  );
  await expect(page.getByRole('checkbox', { name: 'Django' })).toBeChecked();
});

test('on a desktop the pair table is not a scroll box inside the page, and its header row sticks to the page', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/compare/django-vs-rails/');
  const box = page.getByRole('region', { name: /feature by feature/ });
  expect(await box.evaluate((el) => [getComputedStyle(el).overflowX, getComputedStyle(el).overflowY])).toEqual(['visible', 'visible']);
  const header = page
    .getByRole('table', { name: /feature by feature/ })
    .locator('thead th')
    .first();
  expect(await header.evaluate((el) => getComputedStyle(el).position)).toBe('sticky');
  await page.mouse.wheel(0, 2500);
  await expect.poll(() => header.evaluate((el) => Math.round(el.getBoundingClientRect().top))).toBe(0);
});

test('a pair page copies its own address with one button, and shows no such button without JavaScript', async ({ browser, baseURL }) => {
  const context = await browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
  const page = await context.newPage();
  await page.goto('/compare/django-vs-rails/');
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied.' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/compare/django-vs-rails/`);
  await context.close();
  const noScript = await browser.newContext({ javaScriptEnabled: false });
  const still = await noScript.newPage();
  await still.goto('/compare/django-vs-rails/');
  await expect(still.getByRole('link', { name: 'Add more frameworks to this comparison' })).toBeVisible();
  await expect(still.getByRole('button', { name: 'Copy link' })).toBeHidden();
  await noScript.close();
});
