import { expect, test } from '@playwright/test';
import { content, sitemapPaths } from './helpers.ts';
import { pairPages } from '../../src/lib/build/pair-policy.ts';
import { urls } from '../../src/lib/shared/urls.ts';
import { matrixFilters } from '../../src/lib/build/matrix-pages.ts';

const paths = sitemapPaths();
const { frameworks, features } = content();

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
    for (const [attr, key] of [['name', 'description'], ['property', 'og:title'], ['property', 'og:description'], ['property', 'og:image'], ['name', 'twitter:card']] as const) {
      expect(meta(html, attr, key), `${key} on ${path}`).toMatch(/\S{3,}/);
    }
    const image = new URL(meta(html, 'property', 'og:image')!).pathname;
    if (/^\/frameworks\/[^/]+\/$/.test(path)) expect(image).toBe(`/og${path.replace(/\/$/, '')}.png`);
    if (/^\/compare\/.+-vs-/.test(path)) expect(image).toBe(`/og${path.replace(/\/$/, '')}.png`);
    if (checkedImages.has(image)) continue;
    checkedImages.add(image);
    const response = await request.get(image);
    expect(response.status(), image).toBe(200);
    expect(pngSize(await response.body()), image).toEqual({ width: 1200, height: 630 });
  }
});

test('the sitemap lists every profile, feature and pair page, and nothing that is not a page', async ({ request }) => {
  const expected = [
    ...frameworks.map((f) => urls.profile(f.slug)),
    ...features.map((f) => urls.feature(f.id)),
    ...pairPages(frameworks.map((f) => ({ slug: f.slug, languages: f.data.languages }))).map(([a, b]) => urls.pair(a, b)),
    urls.home(), urls.frameworks(), urls.features(), urls.compare(), urls.search(), urls.about(), urls.stale(), urls.matrix(), urls.find(),
    ...matrixFilters(frameworks.map((f) => f.data)).map((f) => urls.matrixFilter(f.by, f.slug)),
    // The release lifecycle, soonest end of support first and by name (one page each at this size).
    '/lifecycle/', '/lifecycle/by-name/',
  ];
  expect([...paths].sort()).toEqual([...expected].sort());
  for (const path of paths.filter((_, i) => i % 25 === 0)) expect((await request.get(path)).status(), path).toBe(200);
});
