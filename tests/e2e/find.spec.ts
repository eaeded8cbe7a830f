import { expect, test } from '@playwright/test';
import { collectErrors, content } from './helpers.ts';
import { levelRank } from '../../src/lib/model/levels.ts';
import { isPartial } from '../../src/lib/shared/support.ts';
import type { Support } from '../../src/lib/model/schema.ts';

const { frameworks, features } = content();
/** The finder's rule in the reader's words: at the level or better, and full support unless partial answers are counted. */
const meets = (cell: Support, min: string, countPartial = false) =>
  cell.level !== 'none' && cell.level !== 'unknown' && levelRank(cell.level) <= levelRank(min as never) && (countPartial || !isPartial(cell));

test('answers "which frameworks have all of these, at this level", then the near misses', async ({ page }) => {
  const errors = collectErrors(page);
  const need = ['orm', 'websockets', 'admin-panel'];
  await page.goto(`/find/?need=${need.join(',')}&min=built-in`);
  const expected = frameworks
    .filter((f) => need.every((n) => meets(f.data.features[n]!, 'built-in')))
    .map((f) => f.data.name)
    .sort();
  const near = frameworks
    .filter((f) => need.filter((n) => !meets(f.data.features[n]!, 'built-in')).length === 1)
    .map((f) => f.data.name)
    .sort();
  const list = page.getByRole('list', { name: 'Matching frameworks' });
  await expect(page.getByRole('heading', { name: 'Matching frameworks' })).toBeVisible();
  if (expected.length === 0) await expect(list).toContainText('None');
  else expect((await list.getByRole('heading', { level: 3 }).allInnerTexts()).sort()).toEqual(expected);
  const nearList = page.getByRole('list', { name: 'Near misses' });
  expect((await nearList.getByRole('link').allInnerTexts()).sort()).toEqual(near);
  await expect(page.getByRole('radio', { name: 'Built-in only' })).toBeChecked();
  expect(errors).toEqual([]);
});

test('the picker writes the question into the URL, and the default level is official', async ({ page }) => {
  await page.goto('/find/');
  await page.getByRole('checkbox', { name: 'ORM', exact: true }).check();
  await page.getByRole('checkbox', { name: 'Sending email', exact: true }).check();
  await expect(page).toHaveURL(/\/find\/\?need=orm,mail$/);
  const expected = frameworks.filter((f) => ['orm', 'mail'].every((n) => meets(f.data.features[n]!, 'official')));
  await expect(page.getByRole('list', { name: 'Matching frameworks' }).getByRole('heading', { level: 3 })).toHaveCount(expected.length);
  await page.getByRole('radio', { name: /community included/ }).check();
  await expect(page).toHaveURL(/\?need=orm,mail&min=community$/);
  await expect(page.getByRole('textbox', { name: 'Link to this answer' })).toHaveValue(/\?need=orm,mail&min=community$/);
});

test('partial support is a near miss that says so, until the reader counts it', async ({ page }) => {
  // The feature with the most partial answers in the data, and one framework answering it partially.
  const [feature] = features
    .map((f) => ({ f, partial: frameworks.filter((fw) => isPartial(fw.data.features[f.id]!)) }))
    .sort((a, b) => b.partial.length - a.partial.length);
  expect(feature!.partial.length, 'the atlas has partial answers').toBeGreaterThan(0);
  const { f, partial } = feature!;
  const one = partial[0]!;
  await page.goto(`/find/?need=${f.id}&min=community`);
  const nearList = page.getByRole('list', { name: 'Near misses' });
  await expect(nearList.getByRole('listitem').filter({ has: page.getByRole('link', { name: one.data.name, exact: true }) })).toContainText('partial');
  const matching = page.getByRole('list', { name: 'Matching frameworks' });
  await expect(matching.getByRole('link', { name: one.data.name, exact: true })).toHaveCount(0);
  await page.getByRole('checkbox', { name: /Count partial support/ }).check();
  await expect(page).toHaveURL(new RegExp(`\\?need=${f.id}&min=community&partial=count$`));
  await expect(matching.getByRole('heading', { name: one.data.name, exact: true })).toBeVisible();
  await expect(matching.getByRole('listitem').filter({ has: page.getByRole('heading', { name: one.data.name, exact: true }) })).toContainText('· partial');
  const counted = frameworks.filter((fw) => meets(fw.data.features[f.id]!, 'community', true));
  await expect(matching.getByRole('heading', { level: 3 })).toHaveCount(counted.length);
});

test('bad input is named, suggested and never rendered as markup', async ({ page }) => {
  await page.goto('/find/?need=orm,websokets,orm,%3Cb%3Ex%3C/b%3E&min=offical');
  const messages = page.locator('#find-messages');
  await expect(messages).toContainText('“websokets” is not a feature in the atlas. Did you mean:');
  await expect(messages.getByRole('link', { name: 'WebSockets' })).toBeVisible();
  await expect(messages).toContainText('“orm” was listed more than once');
  await expect(messages).toContainText('“offical” is not a level here');
  await expect(messages).toContainText('is not a feature id');
  expect(await messages.locator('b').count()).toBe(0);
  await expect(page.getByRole('list', { name: 'Matching frameworks' })).toBeVisible();
});

test('without JavaScript the page says matching needs it and offers the matrix', async ({ request, browser }) => {
  const html = await (await request.get('/find/?need=orm')).text();
  const noscript = /<noscript>([\s\S]*?)<\/noscript>/.exec(html)?.[1] ?? '';
  expect(noscript).toContain('Matching runs in your browser with JavaScript, which is off.');
  expect(noscript).toContain('href="/matrix/"');
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/find/');
  await expect(page.getByRole('group', { name: features[0]!.data.category === 'data' ? 'Data' : /./ }).first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Find' })).toBeVisible();
  await context.close();
});

test('language and kind narrow the answer, and a framework counts under any of its languages', async ({ page }) => {
  const multi = frameworks.find((f) => f.data.languages.length > 1)!;
  const language = multi.data.languages[multi.data.languages.length - 1]!;
  await page.goto(`/find/?need=routing&min=community&language=${encodeURIComponent(language)}`);
  const expected = frameworks
    .filter((f) => f.data.languages.includes(language) && meets(f.data.features['routing']!, 'community'))
    .map((f) => f.data.name)
    .sort();
  const list = page.getByRole('list', { name: 'Matching frameworks' });
  await expect(list.getByRole('heading', { level: 3 })).toHaveCount(expected.length);
  expect((await list.getByRole('heading', { level: 3 }).allInnerTexts()).sort()).toEqual(expected);
  await expect(page.getByRole('checkbox', { name: language, exact: true })).toBeChecked();
  const kind = multi.data.kind;
  await page.getByRole('checkbox', { name: new RegExp(`^${kind}$`, 'i') }).check();
  await expect(page).toHaveURL(new RegExp(`&kind=${kind}$`));
  const both = frameworks.filter((f) => f.data.languages.includes(language) && f.data.kind === kind && meets(f.data.features['routing']!, 'community'));
  await expect(list.getByRole('heading', { level: 3 })).toHaveCount(both.length);
});

test('an address with thousands of values is read in part, says so, and the page stays responsive', async ({ page }) => {
  // As many values as a server accepts in one address (about 4 kB), far more than the finder reads.
  const flood = Array.from({ length: 600 }, (_, i) => `x${i}`).join(',');
  await page.goto(`/find/?need=orm,${flood}`);
  await expect(page.locator('#find-messages')).toContainText('were left out');
  await expect(page.getByRole('list', { name: 'Matching frameworks' })).toBeVisible();
  await page.getByRole('checkbox', { name: 'WebSockets', exact: true }).check();
  await expect(page).toHaveURL(/need=orm,websockets/);
});
