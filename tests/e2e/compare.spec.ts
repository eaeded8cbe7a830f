import { expect, test, type Page } from '@playwright/test';
import { collectErrors, content } from './helpers.ts';
import { MAX_COMPARE } from '../../src/lib/shared/compare-params.ts';

const { frameworks, features } = content();
const name = (slug: string) => frameworks.find((f) => f.slug === slug)!.data.name;
const table = (page: Page) => page.getByRole('table', { name: /feature by feature/ });
const visibleRows = (page: Page) => table(page).locator('tbody tr[data-feature]');
const messages = (page: Page) => page.locator('#compare-messages');

test('the picker writes ?fw= in order, names the page, keeps focus, and reloading the URL gives the same table', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('/compare/');
  await page.getByRole('checkbox', { name: name('rails'), exact: true }).check();
  await page.getByRole('checkbox', { name: name('django'), exact: true }).check();
  await page.getByRole('checkbox', { name: name('go'), exact: true }).check();
  await expect(page).toHaveURL(/\/compare\/\?fw=rails,django,go$/);
  await expect(page).toHaveTitle(`${name('rails')} vs ${name('django')} vs ${name('go')}: comparison · Backend Atlas`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${name('rails')} vs ${name('django')} vs ${name('go')}`);
  const before = ['Feature', name('rails'), name('django'), name('go')];
  // The columns are drawn once the chosen frameworks' data has loaded.
  await expect(table(page).locator('thead th')).toHaveText(before);
  const firstRowBefore = await visibleRows(page).first().innerText();

  await page.getByRole('button', { name: `Move ${name('go')} left` }).click();
  await expect(page).toHaveURL(/\?fw=rails,go,django$/);
  await expect(page.getByRole('button', { name: `Move ${name('go')} left` })).toBeFocused();
  await page.getByRole('button', { name: `Move ${name('go')} left` }).click();
  await expect(page).toHaveURL(/\?fw=go,rails,django$/);
  // Now first: its left arrow is disabled, so focus moves to a control that still works.
  await expect(page.getByRole('button', { name: `Move ${name('go')} left` })).toBeDisabled();
  await expect(page.locator(':focus')).toHaveAccessibleName(`Move ${name('go')} right`);
  await page.getByRole('button', { name: `Remove ${name('rails')}` }).click();
  await expect(page).toHaveURL(/\?fw=go,django$/);
  await expect(page.locator(':focus')).toHaveAccessibleName(/^Remove /);

  await page.goto('/compare/?fw=rails,django,go');
  await expect(table(page).locator('thead th')).toHaveText(before);
  expect(await visibleRows(page).first().innerText()).toBe(firstRowBefore);
  await page.getByText('Choose frameworks').click();
  await expect(page.getByRole('checkbox', { name: name('django'), exact: true })).toBeChecked();
  await expect(page.getByRole('textbox', { name: 'Link to this view' })).toHaveValue(/\?fw=rails,django,go$/);
  expect(errors).toEqual([]);
});

test('a refused pick beyond the limit never reaches the URL', async ({ page }) => {
  const picked = frameworks.slice(0, MAX_COMPARE).map((f) => f.slug);
  const extra = frameworks[MAX_COMPARE]!;
  await page.goto(`/compare/?fw=${picked.join(',')}`);
  await expect(table(page)).toBeVisible();
  await page.getByText('Choose frameworks').click();
  await page.getByRole('group', { name: 'Frameworks to compare' }).getByRole('checkbox', { name: extra.data.name, exact: true }).click();
  await expect(messages(page)).toContainText(`Up to ${MAX_COMPARE} frameworks fit side by side`);
  await expect(page.getByRole('checkbox', { name: extra.data.name, exact: true })).not.toBeChecked();
  expect(new URL(page.url()).searchParams.get('fw')).toBe(picked.join(','));
});

test('two frameworks picked on the home page land on their pair page', async ({ page }) => {
  await page.goto('/');
  const picker = page.getByRole('group', { name: 'Frameworks to compare' });
  await picker.getByRole('checkbox', { name: name('rails'), exact: true }).check();
  await picker.getByRole('checkbox', { name: name('django'), exact: true }).check();
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  await page.waitForURL('**/compare/django-vs-rails/');
  await expect(page).toHaveTitle(/^Django vs Ruby on Rails/);
});

test('a profile offers its comparisons and a "compare with" menu that opens the pair page, or the any-N view where the pair has no page', async ({
  page,
  request,
}) => {
  await page.goto('/frameworks/flask/');
  const nav = page.getByRole('navigation', { name: 'Compare Flask with…' });
  await expect(nav.getByRole('link', { name: name('django'), exact: true })).toHaveAttribute('href', '/compare/django-vs-flask/');
  await nav.getByRole('combobox', { name: 'Another framework' }).selectOption('quart');
  await nav.getByRole('button', { name: 'Compare' }).click();
  await page.waitForURL('**/compare/flask-vs-quart/');
  // Flask (Python) and Laravel (PHP) share no language: past 40 frameworks that pair has no page.
  expect((await request.get('/compare/flask-vs-laravel/')).status()).toBe(404);
  await page.goto('/frameworks/flask/');
  await nav.getByRole('combobox', { name: 'Another framework' }).selectOption('laravel');
  await nav.getByRole('button', { name: 'Compare' }).click();
  await page.waitForURL('**/compare/?fw=flask,laravel');
  await expect(table(page)).toBeVisible();
});

test('"only differences" hides rows with equal levels and survives a reload', async ({ page }) => {
  const picked = ['django', 'laravel'];
  const cells = picked.map((s) => frameworks.find((f) => f.slug === s)!.data.features);
  const differing = features.filter((f) => cells[0]![f.id]!.level !== cells[1]![f.id]!.level).length;
  expect(differing).toBeGreaterThan(0);
  expect(differing).toBeLessThan(features.length);

  await page.goto(`/compare/?fw=${picked.join(',')}`);
  await expect(visibleRows(page)).toHaveCount(features.length);
  await page.getByText('Choose frameworks').click();
  await page.getByRole('checkbox', { name: 'Only show differences' }).check();
  await expect(page).toHaveURL(/\?fw=django,laravel&diff=1$/);
  await expect(visibleRows(page)).toHaveCount(differing);
  await expect(page.getByText(`${features.length - differing} features with the same support everywhere are hidden.`, { exact: true })).toBeVisible();
  await page.reload();
  await expect(visibleRows(page)).toHaveCount(differing);
  await page.getByText('Choose frameworks').click();
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
const badUrls: { query: string; message: string; link?: string; columns: number }[] = [
  { query: '?fw=djnago,rails', message: '“djnago” is not a framework in the atlas', link: name('django'), columns: 0 },
  { query: '?fw=django,django,rails', message: '“django” was listed more than once', columns: 2 },
  { query: '?fw=', message: 'the fw list is empty', columns: 0 },
  { query: '?fw=%3Cscript%3Ealert(1)%3C/script%3E,rails,django', message: 'is not a framework name', columns: 2 },
  { query: `?fw=${tooMany.join(',')}`, message: `Up to ${MAX_COMPARE} frameworks fit side by side; left out: ${tooMany[MAX_COMPARE]}`, columns: MAX_COMPARE },
];
for (const bad of badUrls) {
  test(`bad compare URL ${bad.query.slice(0, 60)} explains itself`, async ({ page }) => {
    const errors = collectErrors(page);
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs += 1;
      void d.dismiss();
    });
    await page.goto(`/compare/${bad.query}`);
    await expect(messages(page)).toContainText(bad.message);
    if (bad.link) await expect(messages(page).getByRole('link', { name: bad.link })).toBeVisible();
    if (bad.columns > 0) {
      await expect(visibleRows(page)).toHaveCount(features.length);
      await expect(table(page).locator('thead th')).toHaveCount(bad.columns + 1);
    } else {
      await expect(page.getByRole('group', { name: 'Frameworks to compare' })).toBeVisible();
    }
    expect(await page.locator('#compare-messages script').count()).toBe(0);
    expect(dialogs).toBe(0);
    expect(errors).toEqual([]);
  });
}

test('the address a pair page writes for "any other framework" is guidance, not an error', async ({ page }) => {
  await page.goto('/compare/?fw=django');
  await expect(messages(page)).toContainText(`${name('django')} is picked`);
  await expect(messages(page)).not.toContainText('could not be used');
  await expect(messages(page).getByRole('link', { name: `read the ${name('django')} profile` })).toHaveAttribute('href', '/frameworks/django/');
});

test('a flood of repeated values gives a short, capped list of messages', async ({ page }) => {
  await page.goto(
    `/compare/?fw=${'ab,'.repeat(3334)}${frameworks
      .slice(0, 2)
      .map((f) => f.slug)
      .join(',')}`,
  );
  await expect(table(page)).toBeVisible();
  const items = messages(page).getByRole('listitem');
  expect(await items.count()).toBeLessThanOrEqual(6);
  expect((await messages(page).innerText()).length).toBeLessThan(2000);
});

test('without JavaScript /compare/?fw= says what happened and offers pages that work without it', async ({ browser, request }) => {
  // Playwright turns scripts off without switching the parser's scripting flag, so <noscript>
  // does not render there: read what a browser without JavaScript shows from the HTML itself.
  const html = await (await request.get('/compare/?fw=django,rails')).text();
  const noscript = /<noscript>([\s\S]*?)<\/noscript>/.exec(html)?.[1] ?? '';
  expect(noscript).toContain('This page builds a comparison from its address with JavaScript, which is off.');
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/compare/?fw=django,rails');
  await expect(table(page)).toHaveCount(0);
  await expect(page.getByRole('link', { name: `${name('django')} vs ${name('rails')}` })).toHaveAttribute('href', '/compare/django-vs-rails/');
  await expect(page.getByRole('button', { name: 'Compare' })).toBeVisible();
  await context.close();
});

test('on a phone a wide comparison scrolls inside its own box with the keyboard, and the page does not', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
  const page = await context.newPage();
  await page.goto('/compare/?fw=django,rails,laravel,go');
  const region = page.getByRole('region', { name: /scrolls sideways/ });
  await expect(page.getByText('Scroll the table sideways to see every framework.')).toBeVisible();
  await region.focus();
  await expect(region).toBeFocused();
  const before = await region.evaluate((el) => el.scrollLeft);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(before);
  // The feature's name stays in view while the cells scroll under it.
  const label = table(page).getByRole('rowheader', { name: 'ORM', exact: true }).getByRole('link');
  const box = await label.boundingBox();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await context.close();
});

test('a right-to-left override in ?fw= cannot reorder the message line', async ({ page }) => {
  await page.goto('/compare/?fw=%E2%80%AEognajd,django,rails');
  const item = messages(page).getByRole('listitem').first();
  await expect(item).toContainText('“ognajd” is not a framework in the atlas');
  expect(await item.innerText()).not.toContain('\u202E');
  await expect(item.locator('bdi')).toHaveCount(1);
});

test('diff=yes is understood as "only differences"', async ({ page }) => {
  await page.goto('/compare/?fw=django,laravel&diff=yes');
  await expect(page.getByText(/^\d+ features? with the same support everywhere (is|are) hidden\.$/)).toBeVisible();
  await expect(page).toHaveURL(/\?fw=django,laravel&diff=1$/);
});

test('on a phone the framework names stay above the cells while the table scrolls, and caption, badges and buttons fit', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
  const page = await context.newPage();
  await page.goto('/compare/?fw=django,rails,laravel,go');
  const region = page.getByRole('region', { name: /scrolls sideways/ });
  const head = table(page).locator('thead');
  await expect(head.getByRole('columnheader', { name: name('laravel') })).toBeAttached();
  await region.evaluate((el) => el.scrollBy(0, 1500));
  await expect
    .poll(
      async () => {
        const [box, row] = await Promise.all([region.boundingBox(), head.boundingBox()]);
        return Math.abs(row!.y - box!.y);
      },
      { message: 'the header row sits at the top of the scrolled box' },
    )
    .toBeLessThanOrEqual(2);
  const caption = await table(page).locator('caption').boundingBox();
  expect(caption!.x + caption!.width, 'the caption is not cut at the edge of the screen').toBeLessThanOrEqual(390);
  // Every level badge lies inside its own cell, and each of its words fits on one line of it (no "Communit / y").
  const badges = await table(page)
    .locator('td .level')
    .evaluateAll((els) =>
      els.map((b) => {
        const probe = b.appendChild(document.createElement('span'));
        probe.style.cssText = 'position:absolute;visibility:hidden;white-space:nowrap';
        const widest = Math.max(
          ...(b.textContent ?? '')
            .split(/\s+/)
            .filter(Boolean)
            .map((word) => ((probe.textContent = word), probe.getBoundingClientRect().width)),
        );
        probe.remove();
        const style = getComputedStyle(b);
        const room = b.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        return {
          text: b.textContent,
          fits: widest <= room + 0.5,
          inside: b.getBoundingClientRect().right <= b.closest('td')!.getBoundingClientRect().right + 0.5,
        };
      }),
    );
  expect(badges.length).toBeGreaterThan(50);
  for (const b of badges) expect(b, b.text ?? '').toMatchObject({ fits: true, inside: true });
  for (const button of await page.getByRole('button', { name: /^(Move|Remove) / }).all()) {
    const box = await button.boundingBox();
    expect(box!.width).toBeGreaterThanOrEqual(44);
    expect(box!.height).toBeGreaterThanOrEqual(44);
  }
  await context.close();
});

test('a screen reader hears a one-line summary of the comparison, not the whole table', async ({ page }) => {
  await page.goto('/compare/?fw=django,rails,laravel');
  const summary = page.getByRole('status').filter({ hasText: /^Comparing/ });
  await expect(summary).toHaveText(`Comparing 3 frameworks: ${name('django')}, ${name('rails')}, ${name('laravel')}.`);
  await expect(page.locator('[aria-live]:has(table), [role="status"]:has(table)')).toHaveCount(0);
  await page.goto('/compare/?fw=django,rails,laravel&diff=1');
  await expect(summary).toHaveText(new RegExp(`^Comparing 3 frameworks: .*\\. \\d+ features? with the same support everywhere (is|are) hidden\\.$`));
});
