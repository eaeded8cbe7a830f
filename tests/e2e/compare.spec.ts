import { expect, test, type Page } from '@playwright/test';
import { collectErrors, content } from './helpers.ts';
import { MAX_COMPARE } from '../../src/lib/compare-params.ts';

const { frameworks, features } = content();
const name = (slug: string) => frameworks.find((f) => f.slug === slug)!.data.name;
const table = (page: Page) => page.getByRole('table', { name: /feature by feature/ });
const columnNames = (page: Page) => table(page).locator('thead th:not([hidden])').allInnerTexts();
const visibleRows = (page: Page) => table(page).locator('tbody:not([hidden]) tr[data-feature]:not([hidden])');

test('the picker writes ?fw= in order, and reloading the URL gives the same table', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('/compare/');
  await page.getByRole('checkbox', { name: name('rails'), exact: true }).check();
  await page.getByRole('checkbox', { name: name('django'), exact: true }).check();
  await page.getByRole('checkbox', { name: name('go'), exact: true }).check();
  await expect(page).toHaveURL(/\/compare\/\?fw=rails,django,go$/);
  const before = await columnNames(page);
  expect(before).toEqual(['Feature', name('rails'), name('django'), name('go')]);
  const firstRowBefore = await visibleRows(page).first().innerText();

  await page.getByRole('button', { name: `Move ${name('go')} left` }).click();
  await expect(page).toHaveURL(/\?fw=rails,go,django$/);
  await page.getByRole('button', { name: `Remove ${name('rails')}` }).click();
  await expect(page).toHaveURL(/\?fw=go,django$/);

  await page.goto('/compare/?fw=rails,django,go');
  expect(await columnNames(page)).toEqual(before);
  expect(await visibleRows(page).first().innerText()).toBe(firstRowBefore);
  await expect(page.getByRole('checkbox', { name: name('django'), exact: true })).toBeChecked();
  await expect(page.getByRole('textbox', { name: 'Link to this view' })).toHaveValue(/\?fw=rails,django,go$/);
  expect(errors).toEqual([]);
});

test('"only differences" hides rows with equal levels and survives a reload', async ({ page }) => {
  const picked = ['django', 'laravel'];
  const cells = picked.map((s) => frameworks.find((f) => f.slug === s)!.data.features);
  const differing = features.filter((f) => cells[0]![f.id]!.level !== cells[1]![f.id]!.level).length;
  expect(differing).toBeGreaterThan(0);
  expect(differing).toBeLessThan(features.length);

  await page.goto(`/compare/?fw=${picked.join(',')}`);
  await expect(visibleRows(page)).toHaveCount(features.length);
  await page.getByRole('checkbox', { name: 'Only show differences' }).check();
  await expect(page).toHaveURL(/\?fw=django,laravel&diff=1$/);
  await expect(visibleRows(page)).toHaveCount(differing);
  await page.reload();
  await expect(page.getByRole('checkbox', { name: 'Only show differences' })).toBeChecked();
  await expect(visibleRows(page)).toHaveCount(differing);
  await page.getByRole('checkbox', { name: 'Only show differences' }).uncheck();
  await expect(visibleRows(page)).toHaveCount(features.length);
});

test('copy link puts the current address on the clipboard', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
  await page.goto('/compare/?fw=flask,django');
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByText('Link copied.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/compare/?fw=flask,django`);
});

const tooMany = frameworks.slice(0, MAX_COMPARE + 1).map((f) => f.slug);
const badUrls: { query: string; message: RegExp | string; link?: string }[] = [
  { query: '?fw=djnago,rails', message: '“djnago” is not a framework in the atlas', link: name('django') },
  { query: '?fw=django,django,rails', message: '“django” was listed more than once' },
  { query: '?fw=', message: 'the fw list is empty' },
  { query: '?fw=%3Cscript%3Ealert(1)%3C/script%3E,rails', message: 'is not a framework name' },
  { query: '?fw=django', message: 'Only one framework (django) was recognised', link: `Read the ${name('django')} profile` },
  { query: `?fw=${tooMany.join(',')}`, message: `Up to ${MAX_COMPARE} frameworks fit side by side; left out: ${tooMany[MAX_COMPARE]}` },
];
for (const bad of badUrls) {
  test(`bad compare URL ${bad.query} explains itself and still shows a table`, async ({ page }) => {
    const errors = collectErrors(page);
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs += 1;
      void d.dismiss();
    });
    await page.goto(`/compare/${bad.query}`);
    const status = page.locator('#compare-messages');
    await expect(status).toContainText(bad.message);
    if (bad.link) await expect(status.getByRole('link', { name: bad.link })).toBeVisible();
    expect(await visibleRows(page).count()).toBe(features.length);
    expect((await columnNames(page)).length).toBeGreaterThanOrEqual(3);
    expect(await page.locator('#compare-messages script').count()).toBe(0);
    expect(dialogs).toBe(0);
    expect(errors).toEqual([]);
  });
}

test('without JavaScript /compare/ shows the full table of every framework', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/compare/?fw=django,rails');
  expect(await columnNames(page)).toEqual(['Feature', ...frameworks.map((f) => f.data.name).sort((a, b) => a.localeCompare(b, 'en'))]);
  await expect(visibleRows(page)).toHaveCount(features.length);
  await expect(page.getByRole('button', { name: 'Compare' })).toBeVisible();
  await context.close();
});

test('the comparison table scrolls with the keyboard on a phone', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
  const page = await context.newPage();
  await page.goto('/compare/?fw=django,rails,laravel,go');
  const region = page.getByRole('region', { name: /scrolls in both directions/ });
  await region.focus();
  await expect(region).toBeFocused();
  const before = await region.evaluate((el) => el.scrollLeft);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(before);
  const header = table(page).locator('thead th').first();
  expect(await header.evaluate((el) => getComputedStyle(el).position)).toBe('sticky');
  await context.close();
});
