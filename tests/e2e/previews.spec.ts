import { expect, test } from '@playwright/test';
import { content, expectedPairs, sitemapPaths, taskHome } from './helpers.ts';
import { matrixFilters } from '../../src/lib/page-data/matrix-pages.ts';
import { TASKS } from '../../src/lib/snippets/tasks.ts';

const paths = sitemapPaths();
const { frameworks, features, snippets = [] } = content();

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(buf: Buffer): { width: number; height: number } {
  expect([...buf.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(buf.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

/** The content attribute of the first tag matching `selector` in an HTML head ("name=x" or "property=x"). */
function meta(html: string, attr: 'name' | 'property', key: string): string | undefined {
  const tag = new RegExp(`<meta ${attr}="${key.replace(/[.:]/g, '\\$&')}" content="([^"]*)"`).exec(html);
  return tag?.[1];
}

test('every page has canonical, title, description, Open Graph and Twitter tags; previews are 1200×630 PNGs', async ({ request }) => {
  test.setTimeout(300_000);
  const checkedImages = new Set<string>();
  for (const path of paths) {
    const html = await (await request.get(path)).text();
    const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
    expect(canonical && new URL(canonical).pathname, `canonical of ${path}`).toBe(path);
    expect(/<title>([^<]{6,})<\/title>/.test(html), `title of ${path}`).toBe(true);
    for (const [attr, key] of [
      ['name', 'description'],
      ['property', 'og:title'],
      ['property', 'og:description'],
      ['property', 'og:image'],
      ['name', 'twitter:card'],
    ] as const) {
      expect(meta(html, attr, key), `${key} on ${path}`).toMatch(/\S{3,}/);
    }
    const image = new URL(meta(html, 'property', 'og:image')!).pathname;
    // Profiles and pair pages have their own image; every other page shares the site's.
    const own = /^\/frameworks\/[^/]+\/$/.test(path) || /^\/compare\/.+-vs-/.test(path);
    expect(image, `link-preview image of ${path}`).toBe(own ? `/og${path.replace(/\/$/, '')}.png` : '/og/default.png');
    if (checkedImages.has(image)) continue;
    checkedImages.add(image);
    const response = await request.get(image);
    expect(response.status(), image).toBe(200);
    expect(pngSize(await response.body()), image).toEqual({ width: 1200, height: 630 });
  }
});

test('the sitemap lists every profile, feature and pair page, and nothing that is not a page', async ({ request }) => {
  // Addresses written out from the README, not built with the site's own URL helpers.
  const filters = matrixFilters(frameworks.map((f) => f.data));
  expect(filters.length, 'one matrix page per language and per kind').toBe(
    new Set(frameworks.flatMap((f) => f.data.languages)).size + new Set(frameworks.map((f) => f.data.kind)).size,
  );
  const expected = [
    ...frameworks.map((f) => `/frameworks/${f.slug}/`),
    ...features.map((f) => `/features/${f.id}/`),
    ...expectedPairs().pages.map(([a, b]) => `/compare/${a}-vs-${b}/`),
    '/',
    '/frameworks/',
    '/features/',
    '/compare/',
    '/search/',
    '/about/',
    '/stale/',
    '/matrix/',
    '/find/',
    ...filters.map((f) => `/matrix/${f.by}/${f.slug}/`),
    // Past 24 snippets a task's code moves to numbered pages of 24 (README, "How pages scale").
    ...TASKS.flatMap((task) => {
      const n = snippets.filter((x) => x.task === task).length;
      return n > 24 ? Array.from({ length: Math.ceil(n / 24) }, (_, i) => `/features/${taskHome(task)}/code/${i + 1}/`) : [];
    }),
    // The release lifecycle, soonest end of support first and by name (one page each at this size).
    '/lifecycle/',
    '/lifecycle/by-name/',
  ];
  expect([...paths].sort()).toEqual([...expected].sort());
  for (const path of paths.filter((_, i) => i % 25 === 0)) expect((await request.get(path)).status(), path).toBe(200);
});
