import { expect, test, type Page } from '@playwright/test';
import { collectErrors, content } from './helpers.ts';

const { frameworks } = content();

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
  ['GORM', '/features/orm/'],
  ['Gin', '/frameworks/gin/'],
  ['Starlite', '/frameworks/litestar/'],
  ['Nest', '/frameworks/nestjs/'],
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


/** Click "Show more results" until every counted result is listed; returns the hrefs in order. */
async function allResults(page: Page): Promise<string[]> {
  const more = page.getByRole('button', { name: 'Show more results' });
  const items = page.getByRole('list', { name: 'Search results' }).getByRole('listitem');
  await expect(items.first()).toBeVisible();
  for (let i = 0; i < 100 && (await more.isVisible()); i++) {
    const before = await items.count();
    await more.click();
    await expect.poll(() => items.count()).toBeGreaterThan(before);
  }
  const status = await page.locator('[data-search-status]').innerText();
  const [, shown, total] = /Showing (\d+) of (\d+) result/.exec(status) ?? [];
  expect(Number(shown)).toBe(Number(total));
  expect(await items.count()).toBe(Number(total));
  return items.locator('h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
}

test('a feature page outranks profiles for its own name, and profiles outrank comparisons', async ({ page }) => {
  await page.goto('/search/?q=websockets');
  const hrefs = await allResults(page);
  expect(hrefs[0]).toBe('/features/websockets/');
  const firstComparison = hrefs.findIndex((h) => h.startsWith('/compare/'));
  const lastProfile = hrefs.findLastIndex((h) => h.startsWith('/frameworks/'));
  expect(firstComparison).toBeGreaterThan(0);
  expect(lastProfile).toBeGreaterThan(0);
  expect(lastProfile).toBeLessThan(firstComparison);
});

test('every counted result can be reached, and each page is listed once', async ({ page }) => {
  await page.goto('/search/?q=ORM');
  const hrefs = await allResults(page);
  expect(new Set(hrefs).size).toBe(hrefs.length);
  expect(hrefs.length).toBeGreaterThan(10);
});

test('for "ORM", frameworks that provide it rank above feature pages that merely mention it', async ({ page }) => {
  await page.goto('/search/?q=ORM');
  const hrefs = await allResults(page);
  expect(hrefs[0]).toBe('/features/orm/');
  for (const slug of ['laravel', 'rails']) expect(hrefs.indexOf(`/frameworks/${slug}/`), slug).toBeGreaterThan(0);
  for (const slug of ['laravel', 'rails']) expect(hrefs.indexOf(`/frameworks/${slug}/`)).toBeLessThan(hrefs.indexOf('/features/admin-panel/'));
});

test('for "python", a Python framework ranks above a feature page that mentions Python', async ({ page }) => {
  await page.goto('/search/?q=python');
  const hrefs = await allResults(page);
  expect(hrefs.indexOf('/frameworks/flask/')).toBeGreaterThanOrEqual(0);
  expect(hrefs.indexOf('/frameworks/flask/')).toBeLessThan(hrefs.indexOf('/features/logging/'));
});

test('a feature query answers first with that feature across every framework', async ({ page }) => {
  await page.goto('/search/?q=orm');
  const table = page.getByRole('table', { name: /^ORM: support in \d+ frameworks/ });
  await expect(table).toBeVisible();
  await expect(table.getByRole('row')).toHaveCount(Math.min(12, frameworks.length) + 1);
  const first = await table.getByRole('rowheader').first().innerText();
  const firstFw = frameworks.find((f) => f.data.name === first)!;
  expect(firstFw.data.features['orm']!.level).toBe('built-in');
  await expect(page.getByRole('link', { name: /on the ORM page/ })).toHaveAttribute('href', '/features/orm/');
});

for (const query of ['django rails', 'Django vs Rails', 'rails vs. django']) {
  test(`a query naming two frameworks ("${query}") offers their comparison first`, async ({ page }) => {
    const items = await searchFor(page, query);
    await expect(items.first().locator('h2 a')).toHaveAttribute('href', '/compare/django-vs-rails/');
  });
}

test('results update as one types, and the header search box keeps the query', async ({ page }) => {
  await page.goto('/search/');
  await page.getByRole('searchbox', { name: /Search for a feature/ }).pressSequentially('Sidekiq', { delay: 20 });
  await expect(page).toHaveURL(/\?q=Sidekiq$/);
  await expect(page.getByRole('list', { name: 'Search results' })).toContainText('Background jobs');
  await expect(page.getByRole('searchbox', { name: 'Search the atlas' })).toHaveValue('Sidekiq');
});

test('a right-to-left override in the query cannot reorder the status line', async ({ page }) => {
  await page.goto('/search/?q=%E2%80%AEognajd');
  const status = page.locator('[data-search-status]');
  await expect(status).toContainText('ognajd');
  expect(await status.innerText()).not.toContain('\u202E');
  await expect(status.locator('bdi').first()).toHaveText('ognajd');
});

test('a very long nonsense query finds nothing and says so', async ({ page }) => {
  await page.goto(`/search/?q=${'qwzx'.repeat(750)}`);
  await expect(page.locator('[data-search-status]')).toContainText('No results');
  await expect(page.getByRole('list', { name: 'Search results' }).getByRole('listitem')).toHaveCount(0);
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
  const hrefs = await allResults(page);
  const php = frameworks.filter((f) => f.data.languages.includes('PHP')).map((f) => `/frameworks/${f.slug}/`);
  expect(hrefs.sort()).toEqual(php.sort());
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
    expect(await page.locator('[data-search-status] *:not(a, bdi)').count()).toBe(0);
    const status = await page.locator('[data-search-status]').innerText();
    expect(status).toMatch(/result|Type a feature/);
    // Either results are listed, or the page offers queries that work.
    const listed = await page.getByRole('list', { name: 'Search results' }).getByRole('listitem').count();
    const offered = await page.locator('[data-search-empty]').isVisible();
    expect(listed > 0 || offered, `results or suggestions for ${JSON.stringify(query)}`).toBe(true);
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

test('excerpts read as sentences, not table cells run together', async ({ page }) => {
  for (const query of ['Solid Queue', 'BackgroundService', 'python']) {
    await page.goto(`/search/?q=${encodeURIComponent(query)}`);
    const items = page.getByRole('list', { name: 'Search results' }).getByRole('listitem');
    await expect(items.first()).toBeVisible();
    const text = (await items.locator('p').allInnerTexts()).join(' ');
    for (const glued of ['Solid QueueSolid Queue', '(BackgroundService)Hosted', 'KindFramework', 'LanguagePython', 'SupportPackage and notes', 'Built-inActive']) expect(text, query).not.toContain(glued);
  }
});
