import { describe, expect, it } from 'vitest';
import { renderOgSvg } from '../../src/lib/page-data/og.ts';

// A character no font has (private use) is drawn as the "missing glyph" box; a title drawn the
// same way as that many boxes was not drawn at all.
const boxes = (n: number) => renderOgSvg({ kicker: 'Framework', title: '\uE000'.repeat(n), subtitle: 'x' });

describe('link-preview images', () => {
  for (const name of ['مرحبا', 'שלום', 'Фреймворк', 'Πλαίσιο', 'फ़्रेमवर्क', 'Khung ứng dụng', 'Ærø Ŵeb', '框架', 'フレームワーク', '프레임워크']) {
    it(`draws the letters of a name written ${JSON.stringify(name)}, not empty boxes`, async () => {
      const svg = await renderOgSvg({ kicker: 'Framework', title: name, subtitle: 'x' });
      expect(svg).not.toEqual(await boxes([...name].length));
    });
  }
  it('draws an emoji in a name, not a box', async () => {
    const drawn = (title: string) => renderOgSvg({ kicker: 'Framework', title, subtitle: 'x' });
    expect(await drawn('Rocket 🚀')).not.toEqual(await drawn('Rocket \uE000'));
  });
  it('loads a CJK or emoji font only for the characters a title uses', async () => {
    const { additionalFonts } = await import('../../src/lib/page-data/og.ts');
    const han = await additionalFonts('zh-CN', '框架');
    expect(han.length).toBeGreaterThan(0);
    expect(han.length).toBeLessThan(9);
    expect(new Set(han.map((f) => f.name.split(' ')[0]))).toEqual(new Set(['noto-sans-sc']));
    expect((await additionalFonts('emoji', '🚀')).map((f) => f.name.split(' ')[0])).toContain('noto-emoji');
    expect(await additionalFonts('unknown', 'abc')).toEqual([]);
  });
  it('can tell boxes from letters (the check above can fail)', async () => {
    expect(await renderOgSvg({ kicker: 'Framework', title: '\uE000\uE000', subtitle: 'x' })).toEqual(await boxes(2));
  });
});
