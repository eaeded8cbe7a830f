import { expect, test } from '@playwright/test';
import { content } from './helpers.ts';
import { LEVEL_INFO } from '../../src/lib/model/levels.ts';
import { isPartial, requirementsText, supportRank } from '../../src/lib/shared/support.ts';

const { frameworks, features } = content();
const byName = new Map(frameworks.map((f) => [f.data.name, f]));

test('the features index lists every feature under its category', async ({ page }) => {
  await page.goto('/features/');
  for (const f of features) await expect(page.getByRole('link', { name: f.data.name, exact: true })).toHaveAttribute('href', `/features/${f.id}/`);
});

for (const feature of features) {
  test(`feature page ${feature.id} lists every framework with its level`, async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
    await page.goto(`/features/${feature.id}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(feature.data.name);
    expect(feature.data.aliases.length, 'every feature lists the names people search for').toBeGreaterThan(0);
    await expect(page.getByText('Also known as:')).toBeVisible();
    for (const alias of feature.data.aliases.slice(0, 3)) await expect(page.locator('main')).toContainText(alias);
    const table = page.getByRole('table');
    const rows = table.locator('tbody tr:not(.group-row)');
    await expect(rows).toHaveCount(frameworks.length);
    // One pass down the table: each row's framework, then its level and evidence.
    const names = await rows.getByRole('rowheader').getByRole('link').allInnerTexts();
    expect([...names].sort(), 'every framework appears exactly once').toEqual(frameworks.map((f) => f.data.name).sort());
    for (const [i, name] of names.entries()) {
      const cell = byName.get(name)!.data.features[feature.id]!;
      const row = rows.nth(i);
      await expect(row.getByRole('cell').first()).toHaveText(`${LEVEL_INFO[cell.level].label}${isPartial(cell) ? ' · partial' : ''}`);
      for (const needs of [requirementsText(cell)].filter(Boolean)) await expect(row).toContainText(`Needs: ${needs}`);
      const evidence = row.getByRole('link', { name: /evidence for/ });
      await expect(evidence).toHaveCount(cell.evidence ? 1 : 0);
      for (const href of cell.evidence ? [cell.evidence] : []) await expect(evidence).toHaveAttribute('href', href);
    }
    // Strongest support first: the rows' levels never get stronger down the table, partial after full.
    const ranks = names.map((n) => supportRank(byName.get(n)!.data.features[feature.id]!));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    // "Built in:" names exactly the frameworks with built-in support.
    const builtIn = frameworks
      .filter((f) => f.data.features[feature.id]!.level === 'built-in')
      .map((f) => f.data.name)
      .sort();
    const line = page.locator('p').filter({ hasText: /^Built in:/ });
    if (builtIn.length === 0) await expect(line).toContainText('none of them');
    else expect((await line.getByRole('link').allInnerTexts()).sort()).toEqual(builtIn);
    expect(scripts).toEqual([]);
  });
}
