import { expect, test } from '@playwright/test';
import { content } from './helpers.ts';
import { CATEGORIES } from '../../src/lib/model/categories.ts';
import { LEVEL_INFO } from '../../src/lib/model/levels.ts';

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
        if (cell.package) await expect(row).toContainText(cell.package);
        if (cell.evidence) await expect(row.getByRole('link', { name: /evidence for/ })).toHaveAttribute('href', cell.evidence);
      }
    }
    expect(await page.locator('script').count(), 'profile pages ship no script tags').toBe(0);
    expect(scripts, 'profile pages load no JavaScript').toEqual([]);
  });
}

test('profiles read fine with JavaScript disabled', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const fw = frameworks[0]!;
  await page.goto(`/frameworks/${fw.slug}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(fw.data.name);
  await expect(page.getByRole('table')).toHaveCount(CATEGORIES.length);
  await context.close();
});

test('an unknown profile slug gets a helpful 404', async ({ page }) => {
  const response = await page.goto('/frameworks/djangoo/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('search').last()).toBeVisible();
  await expect(page.getByRole('link', { name: frameworks[0]!.data.name }).first()).toBeVisible();
});
