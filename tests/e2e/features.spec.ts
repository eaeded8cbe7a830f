import { expect, test } from '@playwright/test';
import { content } from './helpers.ts';

const { frameworks, features } = content();

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
    if (feature.data.aliases.length) await expect(page.getByText('Also known as:')).toBeVisible();
    for (const alias of feature.data.aliases.slice(0, 3)) await expect(page.locator('main')).toContainText(alias);
    const table = page.getByRole('table');
    for (const fw of frameworks) {
      const rows = table.getByRole('row').filter({ has: page.getByRole('rowheader').getByRole('link', { name: fw.data.name, exact: true }) });
      await expect(rows).toHaveCount(fw.data.languages.length);
      const cell = fw.data.features[feature.id]!;
      if (cell.evidence) await expect(rows.first().getByRole('link', { name: /evidence for/ })).toHaveAttribute('href', cell.evidence);
    }
    const builtIn = frameworks.filter((f) => f.data.features[feature.id]!.level === 'built-in').length;
    if (builtIn > 0) await expect(page.getByRole('list', { name: 'Count of features per support level' })).toContainText(`Built-in: ${builtIn}`);
    expect(scripts).toEqual([]);
  });
}
