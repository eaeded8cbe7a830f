import { describe, expect, it } from 'vitest';
import { renderOgSvg } from '../../src/lib/page-data/og.ts';

// A character no font has (private use) is drawn as the "missing glyph" box; a title drawn the
// same way as that many boxes was not drawn at all.
const boxes = (n: number) => renderOgSvg({ kicker: 'Framework', title: '\uE000'.repeat(n), subtitle: 'x' });

describe('link-preview images', () => {
  for (const name of ['مرحبا', 'שלום', 'Фреймворк', 'Πλαίσιο', 'फ़्रेमवर्क', 'Khung ứng dụng', 'Ærø Ŵeb']) {
    it(`draws the letters of a name written ${JSON.stringify(name)}, not empty boxes`, async () => {
      const svg = await renderOgSvg({ kicker: 'Framework', title: name, subtitle: 'x' });
      expect(svg).not.toEqual(await boxes([...name].length));
    });
  }
  it('can tell boxes from letters (the check above can fail)', async () => {
    expect(await renderOgSvg({ kicker: 'Framework', title: '\uE000\uE000', subtitle: 'x' })).toEqual(await boxes(2));
  });
});
