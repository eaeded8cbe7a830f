import AxeBuilder from '@axe-core/playwright';
import { ONE_OF_EACH } from './helpers.ts';
import { expect, test, type Page } from '@playwright/test';

// The reversed pair URL only redirects: checked in network.spec.ts.
const PAGES = ONE_OF_EACH.filter((p) => p !== '/compare/rails-vs-django/');
const VIEWPORTS = [
  { width: 390, height: 844 },
  { width: 1280, height: 900 },
];
const SCHEMES = ['light', 'dark'] as const;

async function settle(page: Page, path: string) {
  await page.goto(path);
  if (path.startsWith('/compare/?')) await expect(page.getByRole('table', { name: /feature by feature/ })).toBeVisible();
  if (path.startsWith('/search/')) await expect(page.locator('[data-search-status]')).not.toBeEmpty();
  if (path.startsWith('/find/?')) await expect(page.getByRole('list', { name: 'Matching frameworks' })).toBeVisible();
}

/** Relative luminance of a CSS rgb() colour, 0 (black) to 1 (white). */
function luminance(rgb: string): number {
  const [r, g, b] = (rgb.match(/\d+(\.\d+)?/g) ?? [])
    .slice(0, 3)
    .map((v) => Number(v) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

for (const viewport of VIEWPORTS) {
  for (const colorScheme of SCHEMES) {
    test.describe(`${viewport.width}px, ${colorScheme}`, () => {
      test.use({ viewport, colorScheme });
      for (const path of PAGES) {
        test(`${path}: no sideways page scroll, footer at the end, right colours, zero axe violations`, async ({ page }) => {
          await settle(page, path);
          const [scrollWidth, innerWidth] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
          expect(scrollWidth, 'the page must not scroll sideways').toBeLessThanOrEqual(innerWidth);
          const gap = await page.evaluate(
            () => document.documentElement.scrollHeight - (document.querySelector('footer')!.getBoundingClientRect().bottom + window.scrollY),
          );
          expect(gap, 'nothing may hang below the footer').toBeLessThanOrEqual(1);
          const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
          if (colorScheme === 'dark') expect(luminance(background)).toBeLessThan(0.05);
          else expect(luminance(background)).toBeGreaterThan(0.9);
          // quality.spec.ts runs axe on every page in the light scheme at 390 px; here each type
          // gets the dark scheme on a phone and the desktop layout in light (the dark colours are
          // the same at every width).
          if ((colorScheme === 'light') === (viewport.width === 390)) return;
          const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
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
    });
  }
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test('a profile support row reads as a card: level, package and evidence stacked in one column', async ({ page }) => {
    await page.goto('/frameworks/django/');
    const row = page.getByRole('table', { name: 'Data', exact: true }).getByRole('row', { name: /^ORM/ });
    const boxes = await row.locator('td').evaluateAll((cells) => cells.map((c) => c.getBoundingClientRect().width));
    // Package-and-notes and evidence cells span the card's width instead of sharing a row.
    expect(Math.max(...boxes)).toBeGreaterThan(300);
    await expect(row.getByText('Evidence:')).toBeVisible();
  });
  test('a pair comparison keeps each feature name in view above its two cells', async ({ page }) => {
    await page.goto('/compare/django-vs-rails/');
    const table = page.getByRole('table', { name: /feature by feature/ });
    const header = table.getByRole('rowheader', { name: 'ORM', exact: true });
    const cells = table.locator('tr[data-feature="orm"] td');
    const [h, c0, c1] = [await header.boundingBox(), await cells.nth(0).boundingBox(), await cells.nth(1).boundingBox()];
    expect(h!.y + h!.height).toBeLessThanOrEqual(c0!.y + 1);
    expect(c0!.x + c0!.width).toBeLessThanOrEqual(c1!.x + 1);
    expect(c1!.x + c1!.width).toBeLessThanOrEqual(390);
  });
});

test('printing a comparison hides the navigation and controls and writes evidence URLs out', async ({ page }) => {
  await page.goto('/compare/django-vs-rails/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('search', { name: 'Site search' })).toBeHidden();
  const evidence = page.getByRole('link', { name: /evidence for Django: ORM/ });
  const href = await evidence.getAttribute('href');
  const after = await evidence.evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toContain(href!);
  await expect(page.getByRole('table', { name: /feature by feature/ })).toBeVisible();
});

test('printing a profile keeps every support table and drops the compare menu', async ({ page }) => {
  await page.goto('/frameworks/flask/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: /Compare Flask with/ })).toBeHidden();
  await expect(page.getByRole('table', { name: 'Data', exact: true })).toBeVisible();
  await expect(page.getByRole('contentinfo')).toBeHidden();
});

test('the home chart names what it ranks and its labels stay legible on a phone', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
  const page = await context.newPage();
  await page.goto('/');
  const section = page.getByRole('region', { name: 'Most features without a third-party package' });
  await expect(section.getByRole('img')).toBeVisible();
  // Every framework name in the chart is drawn at 10 px or more on a 390 px screen.
  const sizes = await section.locator('svg text').evaluateAll((texts) => texts.map((t) => t.getBoundingClientRect().height));
  expect(sizes.length).toBeGreaterThan(0);
  expect(Math.min(...sizes)).toBeGreaterThanOrEqual(10);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await context.close();
});
