import { expect, test } from '@playwright/test';
import { sitemapPaths } from './helpers.ts';

const paths = sitemapPaths();

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(buf: Buffer): { width: number; height: number } {
  expect([...buf.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(buf.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

test('every page has canonical, title, description, Open Graph and Twitter tags; previews are 1200×630 PNGs', async ({ page, request }) => {
  test.setTimeout(180_000);
  const checkedImages = new Set<string>();
  for (const path of paths) {
    await page.goto(path);
    const head = page.locator('head');
    await expect(head.locator('link[rel=canonical]')).toHaveAttribute('href', new RegExp(`${path.replace(/[.?]/g, '\\$&')}$`));
    expect((await page.title()).length).toBeGreaterThan(5);
    for (const sel of ['meta[name=description]', 'meta[property="og:title"]', 'meta[property="og:description"]', 'meta[property="og:image"]', 'meta[name="twitter:card"]']) {
      await expect(head.locator(sel), `${sel} on ${path}`).toHaveAttribute('content', /\S{3,}/);
    }
    const image = new URL((await head.locator('meta[property="og:image"]').getAttribute('content'))!).pathname;
    if (path.startsWith('/frameworks/') && path !== '/frameworks/') expect(image).toBe(`/og${path.replace(/\/$/, '')}.png`);
    if (/^\/compare\/.+-vs-/.test(path)) expect(image).toBe(`/og${path.replace(/\/$/, '')}.png`);
    if (checkedImages.has(image)) continue;
    checkedImages.add(image);
    const response = await request.get(image);
    expect(response.status(), image).toBe(200);
    expect(pngSize(await response.body()), image).toEqual({ width: 1200, height: 630 });
  }
});

test('the sitemap lists real pages', async ({ request }) => {
  const xml = await (await request.get('/sitemap.xml')).text();
  expect(xml).toContain('<urlset');
  expect(paths.length).toBeGreaterThan(50);
});
