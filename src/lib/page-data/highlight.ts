/**
 * How code is highlighted at build time, for snippets (src/lib/page-data/snippets.ts) and for code
 * blocks in framework bodies (Astro's Markdown highlighter, configured in astro.config.mjs): the
 * same themes and the same style-to-class transform, so both produce the same class names and
 * /snippets.css colours both. The Content-Security-Policy allows no inline styles.
 */
import { transformerStyleToClass } from '@shikijs/transformers';

/** Light and dark themes whose every token colour has at least 4.5:1 contrast on their background (tested). */
export const THEMES = { light: 'github-light-default', dark: 'github-dark-default' } as const;

/** A transform that turns Shiki's inline styles into `sk-<hash>` classes; the hash depends only on the style. */
export function styleToClass() {
  return transformerStyleToClass({ classPrefix: 'sk-' });
}

/** The fenced code blocks of a Markdown body, with their language (`text` when none is given). */
export function fencedBlocks(body: string): { lang: string; code: string }[] {
  return [...body.matchAll(/^(`{3,}|~{3,})[ \t]*([\w+#-]*)[^\n]*\n([\s\S]*?)^\1[ \t]*$/gm)].map((m) => ({
    lang: m[2] || 'text',
    code: m[3]!.replace(/\n$/, ''),
  }));
}
