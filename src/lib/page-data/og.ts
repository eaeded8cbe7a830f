/**
 * Open Graph images (1200×630 PNG) rendered at build time: satori lays out the card with the
 * Inter font shipped in src/assets/fonts, resvg (WebAssembly) turns the SVG into a PNG.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import satori from 'satori';
import { initWasm, Resvg } from '@resvg/resvg-wasm';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

// Paths from the project root: this module runs from Astro's bundled build output.
const root = process.cwd();
const fontDir = join(root, 'src/assets/fonts');
const fontsource = createRequire(join(root, 'package.json'));
const fontFiles = new Map<string, Buffer>();
/** A font file from a Fontsource package, read once however many titles need it. */
const font = (name: string, file: string, weight: 400 | 700) => {
  if (!fontFiles.has(file)) fontFiles.set(file, readFileSync(fontsource.resolve(`@fontsource/${file}`)));
  return { name, data: fontFiles.get(file)!, weight, style: 'normal' as const };
};
/**
 * Inter for Latin, then fallbacks so a name in another script never renders as empty boxes: Noto
 * Sans (extended Latin, Cyrillic, Greek, Vietnamese, Devanagari), Noto Sans Arabic and Hebrew (all
 * from npm, OFL). Satori takes each character from the first font that has it. Chinese, Japanese,
 * Korean and emoji come from `additionalFonts`, loaded only for a title that uses them.
 */
const fonts = [
  { name: 'Inter', data: readFileSync(join(fontDir, 'inter-latin-400-normal.woff')), weight: 400 as const, style: 'normal' as const },
  { name: 'Inter', data: readFileSync(join(fontDir, 'inter-latin-700-normal.woff')), weight: 700 as const, style: 'normal' as const },
  ...(['latin-ext', 'cyrillic', 'cyrillic-ext', 'greek', 'greek-ext', 'vietnamese', 'devanagari'] as const).flatMap((subset) =>
    // One family name per subset: satori keeps one font per name and weight.
    ([400, 700] as const).map((w) => font(`Noto Sans ${subset}`, `noto-sans/files/noto-sans-${subset}-${w}-normal.woff`, w)),
  ),
  ...([400, 700] as const).map((w) => font('Noto Sans Arabic', `noto-sans-arabic/files/noto-sans-arabic-arabic-${w}-normal.woff`, w)),
  ...([400, 700] as const).map((w) => font('Noto Sans Hebrew', `noto-sans-hebrew/files/noto-sans-hebrew-hebrew-${w}-normal.woff`, w)),
];

/** Fontsource packages for the scripts satori asks for on demand (its language codes), and emoji in Noto Emoji's outlines. */
const ON_DEMAND: Record<string, string> = {
  'zh-CN': 'noto-sans-sc',
  'zh-TW': 'noto-sans-sc',
  'zh-HK': 'noto-sans-sc',
  'ja-JP': 'noto-sans-jp',
  'ko-KR': 'noto-sans-kr',
  emoji: 'noto-emoji',
};

/** Which numbered subset files of a Fontsource package cover `text` (its unicode.json lists each subset's ranges). */
const subsetRanges = new Map<string, { subset: string; ranges: [number, number][] }[]>();
function rangesOf(pkg: string) {
  if (!subsetRanges.has(pkg)) {
    const json = JSON.parse(readFileSync(fontsource.resolve(`@fontsource/${pkg}/unicode.json`), 'utf8')) as Record<string, string>;
    subsetRanges.set(
      pkg,
      Object.entries(json).map(([key, list]) => ({
        subset: key.replace(/[[\]]/g, ''),
        ranges: list.split(',').map((range) => {
          const [from, to = from] = range.replace(/^U\+/i, '').split('-') as [string, string?];
          return [parseInt(from, 16), parseInt(to!, 16)];
        }),
      })),
    );
  }
  return subsetRanges.get(pkg)!;
}
function subsetsFor(pkg: string, text: string): string[] {
  const points = [...text].map((c) => c.codePointAt(0)!);
  return rangesOf(pkg)
    .filter(({ ranges }) => ranges.some(([from, to]) => points.some((p) => p >= from && p <= to)))
    .map(({ subset }) => subset);
}

/** Satori's hook for text its fonts lack: the subsets of the script's font that the text needs, in both weights. */
export async function additionalFonts(languageCode: string, segment: string) {
  const pkg = ON_DEMAND[languageCode] ?? (/\p{Script=Han}/u.test(segment) ? ON_DEMAND['zh-CN'] : undefined);
  if (!pkg) return [];
  return subsetsFor(pkg, segment).flatMap((n) => ([400, 700] as const).map((w) => font(`${pkg} ${n}`, `${pkg}/files/${pkg}-${n}-${w}-normal.woff`, w)));
}

let ready: Promise<void> | undefined;
function initResvg(): Promise<void> {
  ready ??= initWasm(readFileSync(fontsource.resolve('@resvg/resvg-wasm/index_bg.wasm')));
  return ready;
}

export interface OgCard {
  /** Small line above the title, e.g. "Comparison". */
  kicker: string;
  /** The big line: a framework name or "Django vs Rails". */
  title: string;
  /** One or two lines under the title. */
  subtitle: string;
}

type Node = { type: string; props: { style?: Record<string, unknown>; children?: (Node | string)[] | string } };
const el = (type: string, style: Record<string, unknown>, children: (Node | string)[] | string): Node => ({ type, props: { style, children } });

/** The card as SVG (text drawn as paths), before it becomes a PNG. */
export async function renderOgSvg(card: OgCard): Promise<string> {
  const titleSize = card.title.length > 34 ? 64 : card.title.length > 22 ? 80 : 96;
  const tree = el(
    'div',
    {
      width: '100%',
      height: '100%',
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: '64px 72px',
      background: '#0f172a',
      color: '#f8fafc',
      fontFamily: 'Inter',
    },
    [
      el('div', { display: 'flex', fontSize: 32, color: '#93c5fd', fontWeight: 700 }, card.kicker),
      el('div', { display: 'flex', flexDirection: 'column' }, [
        el('div', { display: 'flex', fontSize: titleSize, fontWeight: 700, lineHeight: 1.1 }, card.title),
        el('div', { display: 'flex', fontSize: 34, color: '#cbd5e1', marginTop: 24, lineHeight: 1.35 }, card.subtitle),
      ]),
      el('div', { display: 'flex', fontSize: 30, fontWeight: 700, color: '#f8fafc' }, 'Backend Atlas'),
    ],
  );
  return satori(tree as unknown as Parameters<typeof satori>[0], {
    width: OG_WIDTH,
    height: OG_HEIGHT,
    fonts,
    loadAdditionalAsset: additionalFonts,
  });
}

export async function renderOgPng(card: OgCard): Promise<Uint8Array> {
  await initResvg();
  const svg = await renderOgSvg(card);
  return new Resvg(svg, { fitTo: { mode: 'width', value: OG_WIDTH } }).render().asPng();
}
