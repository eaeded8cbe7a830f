import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { collectErrors, content } from './helpers.ts';

const { frameworks } = content();
const name = (slug: string) => frameworks.find((f) => f.slug === slug)!.data.name;
const hint = (page: import('@playwright/test').Page) => page.locator('#notfound-hint');

for (const path of ['/frameworks/100%25/', '/compare/50%25-vs-django/', '/features/%zz/', '/frameworks/%E0%A4%A/']) {
  test(`a malformed address ${path} gets a 404 with a hint and no script error`, async ({ page }) => {
    const errors = collectErrors(page);
    // `astro preview` itself fails on some malformed escapes before any page is served; a static
    // host answers them with 404.html, so serve that page for this address as a host would.
    const notFound = readFileSync(new URL('../../dist/404.html', import.meta.url), 'utf8');
    await page.route(
      (url) => url.pathname === path,
      (route) => route.fulfill({ status: 404, contentType: 'text/html', body: notFound }),
    );
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(hint(page)).not.toBeEmpty();
    // The page's own 404 status (and a probe for a pair page) are logged by the browser; nothing else may be.
    expect(errors.filter((e) => !e.startsWith('Failed to load resource'))).toEqual([]);
  });
}

test('a pair address in the wrong case offers the real pair page', async ({ page }) => {
  await page.goto('/compare/Django-vs-Rails/');
  await expect(hint(page)).toContainText('This comparison is here:');
  await expect(hint(page).getByRole('link', { name: `${name('django')} vs ${name('rails')}` })).toHaveAttribute('href', '/compare/django-vs-rails/');
});

test('a profile address in capitals plainly offers the profile', async ({ page }) => {
  await page.goto('/frameworks/DJANGO/');
  await expect(hint(page).getByRole('link', { name: name('django'), exact: true })).toHaveAttribute('href', '/frameworks/django/');
});

test('feature addresses get feature hints', async ({ page }) => {
  await page.goto('/features/ORM/');
  await expect(hint(page).getByRole('link', { name: 'ORM', exact: true })).toHaveAttribute('href', '/features/orm/');
  await page.goto('/features/nope/');
  await expect(hint(page)).toContainText('No feature “nope” in the atlas.');
});
