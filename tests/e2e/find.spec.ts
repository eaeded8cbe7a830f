import { expect, test } from '@playwright/test';
import { collectErrors, content } from './helpers.ts';
import { levelRank } from '../../src/lib/model/levels.ts';

const { frameworks, features } = content();
const meets = (level: string, min: string) => level !== 'none' && level !== 'unknown' && levelRank(level as never) <= levelRank(min as never);

test('answers "which frameworks have all of these, at this level", then the near misses', async ({ page }) => {
  const errors = collectErrors(page);
  const need = ['orm', 'websockets', 'admin-panel'];
  await page.goto(`/find/?need=${need.join(',')}&min=built-in`);
  const expected = frameworks.filter((f) => need.every((n) => meets(f.data.features[n]!.level, 'built-in'))).map((f) => f.data.name).sort();
  const near = frameworks.filter((f) => need.filter((n) => !meets(f.data.features[n]!.level, 'built-in')).length === 1).map((f) => f.data.name).sort();
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
  const expected = frameworks.filter((f) => ['orm', 'mail'].every((n) => meets(f.data.features[n]!.level, 'official')));
  await expect(page.getByRole('list', { name: 'Matching frameworks' }).getByRole('heading', { level: 3 })).toHaveCount(expected.length);
  await page.getByRole('radio', { name: /community included/ }).check();
  await expect(page).toHaveURL(/\?need=orm,mail&min=community$/);
  await expect(page.getByRole('textbox', { name: 'Link to this answer' })).toHaveValue(/\?need=orm,mail&min=community$/);
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
