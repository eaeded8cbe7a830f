import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { content, sitemapPaths, taskHome } from './helpers.ts';
import { TASKS } from '../../src/lib/snippets/tasks.ts';
import { isExecuted } from '../../src/lib/snippets/meta.ts';
import type { ExportedFramework } from '../../src/lib/shared/export.ts';

const { frameworks, features, snippets = [] } = content();
const nameOf = (slug: string) => frameworks.find((f) => f.slug === slug)!.data.name;
const featureName = (id: string) => features.find((f) => f.id === id)!.data.name;
/** A task's title as the README states it: its feature's name; the database task is "ORM and schema migrations". */
const taskTitle = (task: string) => (task === 'database' ? `${featureName('orm')} and ${featureName('migrations').toLowerCase()}` : featureName(task));

/** What checks a parsed snippet, by its main file's extension: the language's own front end where the machine has one. */
const FRONT_END: Record<string, string> = {
  py: 'ast.parse',
  php: 'php -l',
  rb: 'ruby -c',
  ex: 'Code.string_to_quoted',
  exs: 'Code.string_to_quoted',
  groovy: "Groovy 4's own parser",
  scala: "Scala 3's own parser",
};

/** The status line a reader sees on a snippet card. */
function status(s: (typeof snippets)[number]): RegExp {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const { name, latestVersion } = frameworks.find((f) => f.slug === s.framework)!.data;
  const parser = FRONT_END[s.files[0]!.name.split('.').pop()!] ?? 'tree-sitter grammar';
  const head = isExecuted(s.meta.runner)
    ? `Tested in CI with ${name} ${s.meta.version}`
    : `Parsed by .*${escape(parser)}.*, not run here; written for ${escape(name)} ${escape(s.meta.version)}`;
  const behind = s.meta.version !== latestVersion ? `, older than the latest ${escape(latestVersion)}` : '';
  return new RegExp(`^${isExecuted(s.meta.runner) ? escape(head) : head}${behind}${s.meta.reason ? `\\s*${escape(s.meta.reason)}` : ''}$`);
}

async function codeOf(card: Locator): Promise<string[]> {
  return card.locator('pre').evaluateAll((pres) => pres.map((p) => (p as HTMLElement).innerText.replace(/\s+$/, '')));
}

/**
 * Where a task's code is shown (README, "How pages scale"): on its feature page, cards under an
 * h2, up to 24 frameworks; past that on numbered code pages of 24, where each card is an h2.
 */
function codePages(task: string): { paths: string[]; level: 2 | 3 } {
  const n = snippets.filter((s) => s.task === task).length;
  if (n <= 24) return { paths: [`/features/${taskHome(task)}/`], level: 3 };
  return { paths: Array.from({ length: Math.ceil(n / 24) }, (_, i) => `/features/${taskHome(task)}/code/${i + 1}/`), level: 2 };
}

/** The page showing one framework's card for a task, and that card. */
async function findCard(page: Page, task: string, framework: string): Promise<Locator> {
  const { paths, level } = codePages(task);
  for (const path of paths) {
    await page.goto(path);
    const scope = level === 3 ? page.getByRole('region', { name: /^The same task in/ }) : page.getByRole('main');
    const card = scope.getByRole('article').filter({ has: page.getByRole('heading', { level, name: nameOf(framework), exact: true }) });
    if ((await card.count()) > 0) return card;
  }
  throw new Error(`no ${task} card for ${framework} on ${paths.join(', ')}`);
}

for (const task of TASKS) {
  test(`the ${task} snippets are all shown, each with how it was checked`, async ({ page }) => {
    const own = snippets.filter((s) => s.task === task);
    const { paths, level } = codePages(task);
    await page.goto(`/features/${taskHome(task)}/`);
    const section = page.getByRole('region', { name: /^The same task in/ });
    await expect(section.getByRole('heading', { level: 2 })).toHaveText(`The same task in ${own.length} framework${own.length === 1 ? '' : 's'}`);
    if (paths.length > 1) await expect(section.getByRole('link', { name: /^Page \d+$/ })).toHaveCount(paths.length);
    const found = new Set<string>();
    for (const path of paths) {
      await page.goto(path);
      // On the feature page the cards sit in the code section (inside the page's own article); on a code page, in main.
      const cards = (level === 3 ? page.getByRole('region', { name: /^The same task in/ }) : page.getByRole('main')).getByRole('article');
      for (const s of own) {
        const card = cards.filter({ has: page.getByRole('heading', { level, name: nameOf(s.framework), exact: true }) });
        if ((await card.count()) === 0) continue;
        await expect(card).toHaveCount(1);
        expect(found.has(s.framework), `${s.framework} is shown once`).toBe(false);
        found.add(s.framework);
        await expect(card.locator('.snippet-status')).toHaveText(status(s));
        await expect(card.getByRole('figure')).toHaveCount(s.files.length);
        for (const f of s.files) await expect(card.getByText(f.name, { exact: true })).toBeVisible();
        expect(await codeOf(card), `${s.dir}: the page shows the files exactly as tested`).toEqual(s.files.map((f) => f.code.replace(/\s+$/, '')));
      }
    }
    expect([...found].sort()).toEqual(own.map((s) => s.framework).sort());
  });
}

test('the database task proves two cells, so the migrations page shows its code too', async ({ page }) => {
  const own = snippets.filter((s) => s.task === 'database');
  await page.goto('/features/migrations/');
  const section = page.getByRole('region', { name: /^The same task in/ });
  await expect(section.getByRole('heading', { level: 2 })).toHaveText(`The same task in ${own.length} framework${own.length === 1 ? '' : 's'}`);
  await expect(section).toContainText('the packages its ORM and schema migrations statements name');
});

test('snippets are highlighted with classes, in colours that follow the colour scheme', async ({ browser }) => {
  const colours = async (scheme: 'light' | 'dark') => {
    const context = await browser.newContext({ colorScheme: scheme });
    const page = await context.newPage();
    await page.goto(codePages('routing').paths[0]!);
    const pre = page.locator('pre.shiki').first();
    expect(await page.locator('pre.shiki [style], pre.shiki[style]').count(), 'no inline styles (CSP)').toBe(0);
    const seen = await pre.evaluate((el) => ({
      background: getComputedStyle(el).backgroundColor,
      tokens: new Set([...el.querySelectorAll('span span')].map((s) => getComputedStyle(s).color)).size,
    }));
    await context.close();
    return seen;
  };
  const light = await colours('light');
  const dark = await colours('dark');
  expect(light.tokens, 'keywords, strings and names in different colours').toBeGreaterThan(2);
  expect(dark.tokens).toBeGreaterThan(2);
  expect(dark.background).not.toBe(light.background);
});

test("a profile's first-route sample is highlighted like the snippets, in colours /snippets.css defines", async ({ browser, request }) => {
  const withBlock = frameworks.find((f) => /^```[a-z]+/m.test(readFileSync(`content/frameworks/${f.slug}.mdx`, 'utf8')))!;
  const css = await (await request.get('/snippets.css')).text();
  const colours = async (scheme: 'light' | 'dark') => {
    const context = await browser.newContext({ colorScheme: scheme });
    const page = await context.newPage();
    await page.goto(`/frameworks/${withBlock.slug}/`);
    const pre = page.getByRole('heading', { name: 'A first route' }).locator('xpath=following-sibling::pre[1]');
    await expect(pre).toHaveAttribute('tabindex', '0');
    expect(await pre.getAttribute('style'), 'no inline style (CSP)').toBeNull();
    const classes = await pre.evaluate((el) => [
      ...new Set([el, ...el.querySelectorAll('span')].flatMap((e) => [...e.classList].filter((c) => c.startsWith('sk-')))),
    ]);
    expect(
      classes.filter((c) => !css.includes(`.${c}{`)),
      'classes /snippets.css does not colour',
    ).toEqual([]);
    const seen = await pre.evaluate((el) => ({
      background: getComputedStyle(el).backgroundColor,
      tokens: new Set([...el.querySelectorAll('span span')].map((s) => getComputedStyle(s).color)).size,
    }));
    await context.close();
    return seen;
  };
  const light = await colours('light');
  const dark = await colours('dark');
  expect(light.tokens, 'keywords, strings and names in different colours').toBeGreaterThan(2);
  expect(dark.tokens).toBeGreaterThan(2);
  expect(dark.background).not.toBe(light.background);
});

test("a pair page puts both frameworks' code side by side, stacked on a phone", async ({ page }) => {
  const coded = frameworks.filter((f) => snippets.some((s) => s.framework === f.slug && s.task === 'routing'));
  const slugs = new Set(coded.map((f) => f.slug));
  const path = sitemapPaths().find((p) => {
    const m = /^\/compare\/([a-z0-9-]+)-vs-([a-z0-9-]+)\/$/.exec(p);
    return m !== null && slugs.has(m[1]!) && slugs.has(m[2]!);
  })!;
  for (const [width, sideBySide] of [
    [1280, true],
    [390, false],
  ] as const) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(path);
    const region = page.getByRole('region', { name: 'The same tasks in code' });
    await expect(region.getByRole('heading', { level: 3, name: featureName('routing') })).toBeVisible();
    const [first, second] = await region.locator('.snippet-grid').first().getByRole('article').all();
    const a = (await first!.boundingBox())!;
    const b = (await second!.boundingBox())!;
    if (sideBySide) expect(Math.abs(a.y - b.y), 'same row on a desktop').toBeLessThan(2);
    else expect(b.y, 'stacked on a phone').toBeGreaterThanOrEqual(a.y + a.height);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  }
});

test('a profile shows its own snippets, one per task, linked to the task page', async ({ page }) => {
  const slug = snippets[0]?.framework;
  const own = snippets.filter((s) => s.framework === slug).sort((a, b) => TASKS.indexOf(a.task) - TASKS.indexOf(b.task));
  await page.goto(`/frameworks/${slug}/`);
  const region = page.getByRole('region', { name: `${nameOf(slug!)} in code` });
  await expect(region.getByRole('heading', { level: 3 })).toHaveText(own.map((s) => taskTitle(s.task)));
  for (const s of own)
    await expect(region.getByRole('link', { name: taskTitle(s.task), exact: true })).toHaveAttribute('href', `/features/${taskHome(s.task)}/#code`);
});

test('the export carries each snippet with its code, whether it was tested and the version', async ({ request }) => {
  for (const fw of frameworks) {
    const record = (await (await request.get(`/data/frameworks/${fw.slug}.json`)).json()) as ExportedFramework;
    const own = snippets.filter((s) => s.framework === fw.slug).sort((a, b) => TASKS.indexOf(a.task) - TASKS.indexOf(b.task));
    expect(
      record.snippets.map((s) => [s.task, s.tested, s.version, s.files.map((f) => f.code)]),
      fw.slug,
    ).toEqual(own.map((s) => [s.task, isExecuted(s.meta.runner), s.meta.version, s.files.map((f) => f.code)]));
  }
});

test('on a phone, code keeps its lines and indentation and scrolls inside its block, not the page', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  // A Python snippet: indentation is meaning there.
  const python = snippets.find((s) => s.files.some((f) => f.name.endsWith('.py') && /\n {4}\S/.test(f.code)))!;
  const file = python.files.find((f) => f.name.endsWith('.py') && /\n {4}\S/.test(f.code))!;
  const card = await findCard(page, python.task, python.framework);
  const pre = card.getByRole('figure').filter({ hasText: file.name }).locator('pre');
  // Each line of the file is one line on screen: nothing wrapped, every indent kept.
  const lines = await pre.evaluate((el) => {
    const style = getComputedStyle(el);
    const lineHeight = parseFloat(style.lineHeight);
    const padding = parseFloat(style.paddingTop) + parseFloat(style.paddingBottom);
    return Math.round((el.scrollHeight - padding) / lineHeight);
  });
  expect(lines).toBe(file.code.replace(/\s+$/, '').split('\n').length);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await context.close();
});
