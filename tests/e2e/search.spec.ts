import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
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

test('a feature page comes first for its own name, then profiles; comparisons only for queries that name two frameworks', async ({ page }) => {
  await page.goto('/search/?q=websockets');
  const hrefs = await allResults(page);
  expect(hrefs[0]).toBe('/features/websockets/');
  expect(hrefs.filter((h) => h.startsWith('/compare/'))).toEqual([]);
  expect(hrefs.some((h) => h.startsWith('/frameworks/'))).toBe(true);
  await page.goto('/search/?q=django%20flask');
  expect((await allResults(page)).some((h) => h.startsWith('/compare/'))).toBe(true);
});

test('every result card says something: an excerpt from the page or its one-line description', async ({ page }) => {
  await page.goto('/search/?q=websockets');
  await allResults(page);
  const texts = await page.getByRole('list', { name: 'Search results' }).locator('li p.excerpt').allInnerTexts();
  expect(texts.length).toBeGreaterThan(0);
  expect(texts.filter((t) => t.trim() === '')).toEqual([]);
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

test('a feature query answers first with that feature across every framework, grouped by level', async ({ page }) => {
  await page.goto('/search/?q=orm');
  const answer = page.getByRole('region', { name: 'ORM: the answer' });
  await expect(answer.getByRole('heading', { name: `ORM: ${frameworks.length} frameworks, strongest support first` })).toBeVisible();
  // Every framework is there, once, in the group of its level; only the strongest group is open.
  const names = (await answer.locator('tbody th').allTextContents()).map((t) => t.trim());
  expect([...names].sort()).toEqual(frameworks.map((f) => f.data.name).sort());
  const groups = answer.locator('details');
  const levels = [...new Set(frameworks.map((f) => f.data.features['orm']!.level))];
  await expect(groups).toHaveCount(levels.length);
  await expect(groups.first()).toHaveAttribute('open', '');
  for (let i = 1; i < levels.length; i++) await expect(groups.nth(i)).not.toHaveAttribute('open', '');
  const first = (await groups.first().locator('tbody th').first().textContent())!.trim();
  expect(frameworks.find((f) => f.data.name === first)!.data.features['orm']!.level).toBe('built-in');
  await expect(answer.getByRole('link', { name: /on the ORM page/ })).toHaveAttribute('href', '/features/orm/');
});

test('a query naming a feature and a language answers for that language and ranks its profiles first', async ({ page }) => {
  const python = frameworks.filter((f) => f.data.languages.includes('Python'));
  await page.goto('/search/?q=orm%20python');
  const answer = page.getByRole('region', { name: 'ORM: the answer' });
  await expect(answer.getByRole('heading', { name: `ORM in Python: ${python.length} frameworks, strongest support first` })).toBeVisible();
  expect((await answer.locator('tbody th').allTextContents()).map((t) => t.trim()).sort()).toEqual(python.map((f) => f.data.name).sort());
  const hrefs = await allResults(page);
  expect(hrefs[0]).toBe('/features/orm/');
  const profiles = hrefs.filter((h) => h.startsWith('/frameworks/'));
  expect(profiles.length).toBeGreaterThan(0);
  for (const h of profiles) expect(python.map((f) => `/frameworks/${f.slug}/`)).toContain(h);
});

test('the language filter keeps a framework listed under several languages', async ({ page }) => {
  const multi = frameworks.find((f) => f.data.languages.length > 1)!;
  for (const language of multi.data.languages) {
    await page.goto(`/search/?q=${encodeURIComponent(multi.data.name)}&language=${encodeURIComponent(language)}`);
    await expect(page.getByRole('list', { name: 'Search results' }).getByRole('link', { name: multi.data.name, exact: true }).first()).toBeVisible();
  }
});

test('a filter that empties the results says so and offers the search without it', async ({ page }) => {
  // A language none of whose frameworks mentions Django anywhere in its file.
  const mentions = (slug: string) => /django/i.test(readFileSync(`content/frameworks/${slug}.mdx`, 'utf8'));
  const language = [...new Set(frameworks.flatMap((f) => f.data.languages))].find((l) =>
    frameworks.filter((f) => f.data.languages.includes(l)).every((f) => !mentions(f.slug)),
  )!;
  expect(language).toBeTruthy();
  await page.goto(`/search/?q=django&language=${encodeURIComponent(language)}&type=Framework`);
  const status = page.locator('[data-search-status]');
  await expect(status).toContainText(`with type “Framework” and language “${language}”`);
  await status.getByRole('link', { name: 'search without filters' }).click();
  await expect(page).toHaveURL(/\/search\/\?q=django$/);
  await expect(page.getByRole('list', { name: 'Search results' }).getByRole('link', { name: 'Django', exact: true }).first()).toBeVisible();
});

for (const query of ['constructor', 'Constructors', 'django constructor', '__proto__']) {
  test(`"${query}" is an ordinary word: the search finishes`, async ({ page }) => {
    const errors = collectErrors(page);
    await page.goto(`/search/?q=${encodeURIComponent(query)}`);
    await expect(page.locator('[data-search-status]')).toContainText(/result|No results/);
    expect(errors).toEqual([]);
  });
}

test('"/" focuses the search box on a page without scripts, but not while typing in a field', async ({ page }) => {
  await page.goto('/frameworks/django/');
  await page.keyboard.press('/');
  const box = page.getByRole('searchbox', { name: 'Search the atlas' });
  await expect(box).toBeFocused();
  await box.fill('a');
  await page.keyboard.press('/');
  await expect(box).toHaveValue('a/');
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

test('back returns to the query before a round of typing, also when the URL followed the typing before Enter', async ({ page }) => {
  await searchFor(page, 'Eloquent');
  const box = page.getByRole('searchbox', { name: /Search for a feature/ });
  await box.fill('Sidekiq');
  // The pause after typing already put the query in the URL; Enter then only confirms it.
  await expect(page).toHaveURL(/q=Sidekiq$/);
  await box.press('Enter');
  await expect(page.getByRole('list', { name: 'Search results' })).toContainText('Background jobs');
  await page.goBack();
  await expect(page).toHaveURL(/q=Eloquent$/);
  await expect(box).toHaveValue('Eloquent');
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
    for (const glued of [
      'Solid QueueSolid Queue',
      '(BackgroundService)Hosted',
      'KindFramework',
      'LanguagePython',
      'SupportPackage and notes',
      'Built-inActive',
    ])
      expect(text, query).not.toContain(glued);
  }
});
