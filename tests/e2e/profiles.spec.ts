import { expect, test } from '@playwright/test';
import { PAGE_SCRIPT } from '../../src/lib/shared/page-script.ts';
import { content } from './helpers.ts';
import { CATEGORIES } from '../../src/lib/model/categories.ts';
import { LEVEL_INFO } from '../../src/lib/model/levels.ts';
import { shownSeries, toLifecycle, today } from '../../src/lib/shared/lifecycle.ts';

const { frameworks, features } = content();

test('the frameworks index links to every profile', async ({ page }) => {
  await page.goto('/frameworks/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('All frameworks');
  for (const fw of frameworks) {
    await expect(page.getByRole('link', { name: fw.data.name, exact: true })).toHaveAttribute('href', `/frameworks/${fw.slug}/`);
  }
});

for (const fw of frameworks) {
  test(`profile of ${fw.data.name} shows its facts and every feature`, async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
    });
    const response = await page.goto(`/frameworks/${fw.slug}/`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(fw.data.name);
    await expect(page.getByText(fw.data.license, { exact: true })).toBeVisible();

    for (const category of CATEGORIES) {
      const inCategory = features.filter((f) => f.data.category === category.id);
      if (inCategory.length === 0) continue;
      const table = page.getByRole('table', { name: category.label, exact: true });
      await expect(table.getByRole('row')).toHaveCount(inCategory.length + 1);
      for (const feature of inCategory) {
        const cell = fw.data.features[feature.id]!;
        const row = table.getByRole('row', { name: new RegExp(`^${feature.data.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`) });
        await expect(row.getByRole('rowheader')).toHaveText(feature.data.name);
        await expect(row).toContainText(LEVEL_INFO[cell.level].label);
        await expect(row).toContainText(cell.package ?? LEVEL_INFO[cell.level].label);
        const evidence = await row.getByRole('link', { name: /evidence for/ }).evaluateAll((links) => links.map((a) => a.getAttribute('href')));
        expect(evidence, `${feature.id}: the evidence link, or none for an unknown cell`).toEqual(cell.evidence ? [cell.evidence] : []);
      }
    }
    // One inline script only: the page script ("/" shortcut, copy link), whose exact text the CSP allows by hash.
    expect(await page.locator('script').allTextContents(), 'profile pages ship no script but the page script').toEqual([PAGE_SCRIPT]);
    expect(scripts, 'profile pages load no JavaScript').toEqual([]);
  });
}

test('profiles read fine with JavaScript disabled', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const fw = frameworks[0]!;
  await page.goto(`/frameworks/${fw.slug}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(fw.data.name);
  // One table per feature category, plus the release series when any is recorded and shown.
  const releases = toLifecycle(fw.data.releases);
  await expect(page.getByRole('table')).toHaveCount(CATEGORIES.length + (releases && shownSeries(releases, today()).length > 0 ? 1 : 0));
  await context.close();
});

test('an unknown profile slug gets a helpful 404', async ({ page }) => {
  const response = await page.goto('/frameworks/djangoo/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('search').last()).toBeVisible();
  // It offers the framework the reader most likely meant, and the way to every profile.
  await expect(page.locator('#notfound-hint').getByRole('link', { name: 'Django', exact: true })).toHaveAttribute('href', '/frameworks/django/');
  await expect(
    page
      .getByRole('main')
      .getByRole('link', { name: /frameworks/i })
      .first(),
  ).toHaveAttribute('href', '/frameworks/');
});

test('a profile has no empty heading, equal table columns, and names the version once when it is the same everywhere', async ({ page }) => {
  const fw = frameworks.find((f) => new Set(Object.values(f.data.features).map((c) => c.version)).size === 1)!;
  await page.goto(`/frameworks/${fw.slug}/`);
  await expect(page.getByRole('heading', { name: 'Profile', exact: true })).toHaveCount(0);
  const version = Object.values(fw.data.features)[0]!.version!;
  await expect(page.getByText(`Every statement below was checked against ${fw.data.name} ${version}.`)).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Checked' })).toHaveCount(0);
  // Every category table lays out its columns at the same widths.
  const widths = await page
    .locator('table.support-table')
    .evaluateAll((tables) => tables.map((t) => [...t.querySelectorAll('thead th')].map((th) => Math.round(th.getBoundingClientRect().width)).join(',')));
  expect(new Set(widths).size).toBe(1);
});

test('evidence links say which page they open, not only the host', async ({ page }) => {
  await page.goto('/frameworks/django/');
  const links = await page
    .getByRole('link', { name: /evidence for/ })
    .evaluateAll((as) => as.map((a) => ({ text: (a.firstChild?.textContent ?? '').trim(), href: a.getAttribute('href')! })));
  // Only a documentation home (a path of language and version segments alone) may be named by its host.
  const docsHome = (href: string) =>
    new URL(href).pathname
      .split('/')
      .filter(Boolean)
      .every((s) => /^(en|latest|stable|v?\d+(\.(\d+|x))*)$/.test(s));
  const pages = links.filter((l) => !docsHome(l.href));
  expect(pages.length).toBeGreaterThan(10);
  for (const { text, href } of pages) expect(text, href).toMatch(/›|GitHub: /);
});
