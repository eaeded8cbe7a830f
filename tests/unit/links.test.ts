import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { brokenLinks } from '../../scripts/check-links.ts';

describe('links over the built files (npm run check:links)', () => {
  const dist = resolve(import.meta.dirname, '../fixtures/links');
  const result = brokenLinks(dist);
  it('finds a missing page, a missing file and a fragment no element carries', () => {
    expect(result.broken).toHaveLength(4);
    expect(result.broken).toEqual(
      expect.arrayContaining([
        { link: '/no-such-page/', from: '/', why: 'no file in dist for /no-such-page/' },
        { link: '/about/#nobody', from: '/', why: 'no id="nobody" on /about/' },
        { link: '/missing.png', from: '/', why: 'no file in dist for /missing.png' },
        { link: '/../../etc/passwd', from: '/features/orm/', why: 'no file in dist for /etc/passwd' },
      ]),
    );
  });
  it('follows relative links, folders without a slash, queries, entities and same-page fragments; skips other origins', () => {
    expect(result.pages).toBe(3);
    // Home: 2 head links, 6 internal anchors and the image; About: 2; ORM: 1. External and mailto are not counted.
    expect(result.links).toBe(12);
  });
});
