import { expect, test, type Page } from '@playwright/test';
import { collectErrors } from './helpers.ts';

/** Search-quality table: the page that must be among the first three results. */
const QUALITY: [query: string, mustInclude: string][] = [
  ['ORM', '/features/orm/'],
  ['orm', '/features/orm/'],
  ['Eloquent', '/features/orm/'],
  ['Eloquent', '/frameworks/laravel/'],
  ['active record', '/features/orm/'],
  ['Active Record', '/frameworks/rails/'],
  ['Ecto', '/frameworks/phoenix/'],
  ['EF Core', '/frameworks/aspnet-core/'],
  ['Entity Framework Core', '/features/orm/'],
  ['Hibernate', '/features/orm/'],
  ['Spring Data JPA', '/frameworks/spring-boot/'],
  ['SQLAlchemy', '/features/orm/'],
  ['GORM', '/frameworks/go/'],
  ['Sequelize', '/features/orm/'],
  ['Prisma', '/features/orm/'],
  ['DI', '/features/dependency-injection/'],
  ['IoC', '/features/dependency-injection/'],
  ['dependency injection', '/features/dependency-injection/'],
  ['websocket', '/features/websockets/'],
  ['WebSockets', '/features/websockets/'],
  ['real-time', '/features/websockets/'],
  ['SignalR', '/frameworks/aspnet-core/'],
  ['Action Cable', '/frameworks/rails/'],
  ['Channels', '/features/websockets/'],
  ['background jobs', '/features/background-jobs/'],
  ['background job', '/features/background-jobs/'],
  ['Celery', '/features/background-jobs/'],
  ['Sidekiq', '/features/background-jobs/'],
  ['Horizon', '/frameworks/laravel/'],
  ['admin', '/features/admin-panel/'],
  ['admin panels', '/features/admin-panel/'],
  ['Django', '/frameworks/django/'],
  ['flask', '/frameworks/flask/'],
  ['golang', '/frameworks/go/'],
  ['Node', '/frameworks/nodejs/'],
  ['Swagger', '/features/openapi/'],
  ['i18n', '/features/i18n/'],
  ['CSRF', '/features/csrf-protection/'],
  // Misspellings we correct against the vocabulary.
  ['djnago', '/frameworks/django/'],
  ['eloqent', '/features/orm/'],
  ['websokets', '/features/websockets/'],
];

async function searchFor(page: Page, query: string) {
  await page.goto(`/search/?q=${encodeURIComponent(query)}`);
  const status = page.getByRole('status').filter({ hasText: /result|No results|Type a feature/ });
  await expect(status).toBeVisible();
  return page.getByRole('list', { name: 'Search results' }).getByRole('listitem');
}

for (const [query, url] of QUALITY) {
  test(`search "${query}" has ${url} in the top three`, async ({ page }) => {
    const items = await searchFor(page, query);
    const top = await items.locator('h2 a').evaluateAll((as) => as.slice(0, 3).map((a) => a.getAttribute('href')));
    expect(top).toContain(url);
  });
}

test('a feature page outranks profiles for its own name, and profiles outrank comparisons', async ({ page }) => {
  const items = await searchFor(page, 'websockets');
  const hrefs = await items.locator('h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(hrefs[0]).toBe('/features/websockets/');
  const firstComparison = hrefs.findIndex((h) => h.startsWith('/compare/'));
  const lastProfile = hrefs.findLastIndex((h) => h.startsWith('/frameworks/'));
  if (firstComparison >= 0) expect(lastProfile).toBeLessThan(firstComparison);
  expect(hrefs.filter((h) => h.startsWith('/compare/')).length).toBeLessThanOrEqual(3);
});

test('results show the kind of page, title and excerpt; the query lives in the URL and the back button works', async ({ page }) => {
  const items = await searchFor(page, 'Eloquent');
  await expect(items.first()).toContainText('Feature');
  await expect(items.first().locator('mark').first()).toBeVisible();
  await page.getByRole('searchbox', { name: /Search for a feature/ }).fill('Sidekiq');
  await page.getByRole('button', { name: 'Search', exact: true }).last().click();
  await expect(page).toHaveURL(/\/search\/\?q=Sidekiq$/);
  await expect(page.getByRole('list', { name: 'Search results' })).toContainText('Background jobs');
  await page.goBack();
  await expect(page).toHaveURL(/q=Eloquent$/);
  await expect(page.getByRole('searchbox', { name: /Search for a feature/ })).toHaveValue('Eloquent');
});

test('filters by page type and language narrow the results and stay in the URL', async ({ page }) => {
  await page.goto('/search/?q=ORM&type=Framework&language=PHP');
  const items = page.getByRole('list', { name: 'Search results' }).getByRole('listitem');
  await expect(items.first()).toBeVisible();
  const hrefs = await items.locator('h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(hrefs.sort()).toEqual(['/frameworks/cakephp/', '/frameworks/laravel/']);
  await expect(page.getByRole('combobox', { name: 'Language' })).toHaveValue('PHP');
});

const ODD = ['<script>alert(1)</script>', '"\'', '!!!???...', 'ウェブフレームワーク', 'x'.repeat(400), '   '];
for (const query of ODD) {
  test(`odd query ${JSON.stringify(query.slice(0, 30))} is handled calmly`, async ({ page }) => {
    const errors = collectErrors(page);
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs += 1;
      void d.dismiss();
    });
    await searchFor(page, query);
    expect(await page.locator('[data-search-results] *:not(li, h2, a, p, mark)').count()).toBe(0);
    const status = await page.locator('[data-search-status]').innerText();
    expect(status).toMatch(/result|Type a feature/);
    if (/No results/.test(status)) await expect(page.getByRole('link', { name: 'WebSockets' })).toBeVisible();
    expect(dialogs).toBe(0);
    expect(errors).toEqual([]);
  });
}

test('the header search works without JavaScript and "/" focuses it where scripts run', async ({ browser, page }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const nojs = await context.newPage();
  await nojs.goto('/frameworks/django/');
  await nojs.getByRole('searchbox', { name: 'Search the atlas' }).fill('ORM');
  await nojs.getByRole('searchbox', { name: 'Search the atlas' }).press('Enter');
  await expect(nojs).toHaveURL(/\/search\/\?q=ORM$/);
  await expect(nojs.getByText('needs JavaScript')).toBeVisible();
  await context.close();

  await page.goto('/');
  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox', { name: 'Search the atlas' })).toBeFocused();
});
