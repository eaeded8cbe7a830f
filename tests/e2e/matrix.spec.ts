import { expect, test } from '@playwright/test';
import { content } from './helpers.ts';
import { LEVEL_INFO } from '../../src/lib/model/levels.ts';
import { isPartial } from '../../src/lib/shared/support.ts';
import { categoryLabel } from '../../src/lib/model/categories.ts';

const { frameworks, features } = content();

test('the matrix shows every framework × every feature, by icon and accessible text, with no script', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
  await page.goto('/matrix/');
  const table = page.getByRole('table', { name: `${frameworks.length} frameworks × ${features.length} features` });
  await expect(table.locator('tbody tr')).toHaveCount(frameworks.length);
  await expect(table.locator('thead tr').last().getByRole('columnheader')).toHaveCount(features.length + 1);
  const django = frameworks.find((f) => f.slug === 'django')!;
  const row = table.getByRole('row', { name: /^Django\b/ });
  const cells = row.getByRole('cell');
  await expect(cells).toHaveCount(features.length);
  // The ORM column: text says the level, the link opens Django's ORM statement.
  const orm = row.getByRole('link', { name: LEVEL_INFO[django.data.features['orm']!.level].label }).first();
  await expect(orm).toHaveAttribute('href', '/frameworks/django/#f-orm');
  expect(scripts).toEqual([]);
});

test('partial support is marked in the matrix in words, not only by its mark', async ({ page }) => {
  await page.goto('/matrix/');
  const table = page.getByRole('table', { name: `${frameworks.length} frameworks × ${features.length} features` });
  const partial = frameworks.flatMap((fw) => features.filter((f) => isPartial(fw.data.features[f.id]!)).map((f) => ({ fw, f })));
  expect(partial.length, 'the atlas has partial answers').toBeGreaterThan(0);
  const { fw, f } = partial[0]!;
  const link = table.locator(`a[href="/frameworks/${fw.slug}/#f-${f.id}"]`);
  await expect(link).toHaveAccessibleName(`${LEVEL_INFO[fw.data.features[f.id]!.level].label}, partial`);
  const total = frameworks.length * features.length;
  await expect(table.getByRole('link', { name: /, partial$/ })).toHaveCount(partial.length);
  expect(partial.length).toBeLessThan(total);
});

test('the matrix links lead to the statement they summarise', async ({ page }) => {
  await page.goto('/frameworks/django/#f-orm');
  await expect(page.locator('#f-orm')).toContainText('ORM');
});

test('language and kind filters are plain links to pages with only those frameworks', async ({ page }) => {
  await page.goto('/matrix/');
  const python = frameworks.filter((f) => f.data.languages.includes('Python'));
  await page
    .getByRole('navigation', { name: 'Filter the matrix' })
    .getByRole('link', { name: `Python (${python.length})`, exact: true })
    .click();
  await expect(page).toHaveURL(/\/matrix\/language\/python\/$/);
  await expect(page.getByRole('table').locator('tbody tr')).toHaveCount(python.length);
  await expect(page.getByRole('link', { name: `Python (${python.length})`, exact: true })).toHaveAttribute('aria-current', 'page');
  await page.getByRole('link', { name: /^Runtime \(\d+\)$/ }).click();
  await expect(page.getByRole('table').locator('tbody tr')).toHaveCount(frameworks.filter((f) => f.data.kind === 'runtime').length);
});

test('the matrix is in the header navigation and on the home page', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Matrix' })).toHaveAttribute('href', '/matrix/');
  await expect(
    page
      .getByRole('main')
      .getByRole('link', { name: /matrix/i })
      .first(),
  ).toHaveAttribute('href', '/matrix/');
});

test('no matrix header is cut: every group and feature name is shown whole, inside its own header cell', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/matrix/');
  const table = page.getByRole('table', { name: `${frameworks.length} frameworks × ${features.length} features` });
  // Screen readers get every category's full name, even where the eye gets a short form.
  for (const category of new Set(features.map((f) => f.data.category))) {
    const label = categoryLabel(category);
    await expect(table.getByRole('columnheader', { name: label, exact: true })).toHaveCount(1);
  }
  const clipped = await table.locator('thead th span:not(.sr-only)').evaluateAll((spans) =>
    spans
      .map((span) => {
        const box = span.getBoundingClientRect();
        const cell = span.closest('th')!.getBoundingClientRect();
        const style = getComputedStyle(span);
        const inside = box.left >= cell.left - 0.5 && box.right <= cell.right + 0.5 && box.top >= cell.top - 0.5 && box.bottom <= cell.bottom + 0.5;
        return inside && style.textOverflow !== 'ellipsis' ? null : span.textContent;
      })
      .filter(Boolean),
  );
  expect(clipped).toEqual([]);
});
