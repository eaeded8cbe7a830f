// Release lifecycles on the built site: the profile's "Versions and support" section, /lifecycle/
// in both orders with the six-month flag, and the lifecycle rows of pair pages and /compare/.
// Every expectation is worked out from the content (content()) with the site's own rules.
import { expect, test, type Locator } from '@playwright/test';
import { content } from './helpers.ts';
import { formatDay, lifecycleFacts, lifecycleRow, NOT_RECORDED, shownSeries, sortLifecycle, toLifecycle, today } from '../../src/lib/shared/lifecycle.ts';
import { urls } from '../../src/lib/shared/urls.ts';
import { linkLabel } from '../../src/lib/shared/format.ts';

const { frameworks } = content();
const day = today();
const bySlug = (slug: string) => frameworks.find((f) => f.slug === slug)!;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const cellsOf = async (row: Locator) => (await row.getByRole('cell').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());

for (const fw of frameworks) {
  test(`${fw.data.name}: "Versions and support" shows the recorded series in a chart and a table`, async ({ page }) => {
    await page.goto(urls.profile(fw.slug));
    const section = page.getByRole('region', { name: 'Versions and support' });
    await expect(section).toBeVisible();
    const releases = toLifecycle(fw.data.releases);
    if (!releases) {
      await expect(section).toContainText(`Release series: ${NOT_RECORDED}`);
      return;
    }
    const shown = shownSeries(releases, day);
    if (shown.length === 0) return;
    await expect(section.getByRole('img', { name: `${fw.data.name} release series`, exact: false })).toBeVisible();
    const table = section.getByRole('table', { name: `${fw.data.name} release series, newest first` });
    await expect(table.getByRole('row')).toHaveCount(shown.length + 1);
    const rows = table.getByRole('row');
    for (const [i, r] of shown.entries()) {
      const row = rows.nth(i + 1);
      await expect(row.getByRole('rowheader')).toContainText(r.series);
      if (r.lts) await expect(row.getByRole('rowheader')).toContainText('LTS');
      const cells = await cellsOf(row);
      expect(cells[0]).toBe(formatDay(r.releaseDate));
      expect(cells[1]).toBe(r.latest);
      expect(cells[2]).toBe(r.activeSupportUntil ? formatDay(r.activeSupportUntil) : 'no separate date');
      expect(cells[3]).toBe(r.securitySupportUntil ? formatDay(r.securitySupportUntil) : 'not announced');
    }
    const policy = fw.data.releasePolicy;
    if (policy) await expect(section).toContainText(policy.summary);
    if (policy?.kind === 'published')
      await expect(section.getByRole('link', { name: linkLabel(policy.url!), exact: true })).toHaveAttribute('href', policy.url!);
    if (fw.data.sources.some((s) => /endoflife[.-]date/.test(s.url))) await expect(section).toContainText('endoflife.date');
  });
}

test('/lifecycle/ lists every framework, soonest end of support first, with the six-month flag in words', async ({ page }) => {
  const expected = sortLifecycle(
    frameworks.map((f) => lifecycleRow({ slug: f.slug, name: f.data.name, releases: toLifecycle(f.data.releases), releasePolicy: f.data.releasePolicy }, day)),
    'soonest',
  );
  await page.goto(urls.lifecycle());
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Release lifecycles: soonest end of support first');
  const table = page.getByRole('table', { name: /^Soonest end of support first/ });
  await expect(table.getByRole('rowheader')).toHaveText(expected.map((r) => r.name));
  const rows = table.getByRole('row');
  for (const [i, r] of expected.entries()) {
    const row = rows.nth(i + 1);
    if (r.soon) await expect(row).toContainText('ends within 6 months');
    else await expect(row).not.toContainText('ends within 6 months');
    if (r.soonest) await expect(row).toContainText(formatDay(r.soonest.securitySupportUntil!));
    if (!r.releases) await expect(row).toContainText(NOT_RECORDED);
  }
  // The other order is a plain link to a page of its own.
  await page.getByRole('navigation', { name: 'Order' }).getByRole('link', { name: 'By name' }).click();
  await expect(page).toHaveURL(/\/lifecycle\/by-name\/$/);
  await expect(page.getByRole('table', { name: /^By name/ }).getByRole('rowheader')).toHaveText(sortLifecycle(expected, 'name').map((r) => r.name));
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Lifecycle' })).toHaveAttribute('aria-current', 'page');
  expect(await page.locator('script[src]').count(), '/lifecycle/ loads no script file').toBe(0);
});

const LIFECYCLE_ROWS = ['Supported series', 'LTS', 'Security fixes until', 'Release cadence'];
const expectedFacts = (slugs: string[]) =>
  lifecycleFacts(
    slugs.map((s) => ({ releases: toLifecycle(bySlug(s).data.releases), releasePolicy: bySlug(s).data.releasePolicy })),
    day,
  );

test('a pair page sets the two lifecycles side by side', async ({ page }) => {
  await page.goto(urls.pair('django', 'rails'));
  const table = page.getByRole('table', { name: 'Key facts side by side' });
  const facts = expectedFacts(['django', 'rails']);
  expect(facts.map((f) => f.label)).toEqual(LIFECYCLE_ROWS);
  for (const fact of facts) {
    const row = table.getByRole('row', { name: new RegExp(`^${escape(fact.label)}\\b`) });
    expect(await cellsOf(row)).toEqual(fact.cells);
  }
});

test('/compare/?fw= adds the lifecycle rows for every chosen framework', async ({ page }) => {
  const slugs = ['django', 'rails', 'laravel'];
  await page.goto(urls.compare(slugs));
  const table = page.getByRole('table', { name: /feature by feature/ });
  await expect(table.getByRole('rowheader', { name: 'Versions and support' })).toBeVisible();
  for (const fact of expectedFacts(slugs)) {
    const row = table.getByRole('row', { name: new RegExp(`^${escape(fact.label)}\\b`) });
    expect(await cellsOf(row)).toEqual(fact.cells);
  }
});
