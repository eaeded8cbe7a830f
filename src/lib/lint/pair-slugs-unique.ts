import { pairSlug } from '../pairs.ts';
import type { LintRule } from './types.ts';

/** Every pair of frameworks gets its own /compare/<a>-vs-<b>/ URL; two pairs must never share one. */
export const pairSlugsUnique: LintRule = {
  id: 'pair-slugs-unique',
  description: 'no two framework pairs produce the same comparison URL',
  check({ frameworks }) {
    const seen = new Map<string, string>();
    const problems = [];
    const slugs = frameworks.map((f) => f.slug);
    for (const [i, a] of slugs.entries()) {
      for (const b of slugs.slice(i + 1)) {
        const slug = pairSlug(a, b);
        const other = seen.get(slug);
        if (other) {
          problems.push({ file: `content/frameworks/${a}.mdx`, field: '', received: slug, expected: `a slug whose comparison URL does not clash with ${other}` });
        } else seen.set(slug, `${a} + ${b}`);
      }
    }
    return problems;
  },
};
