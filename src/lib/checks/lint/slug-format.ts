import type { LintRule } from './types.ts';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** What is wrong with a slug, in words, or undefined when it is fine. */
export function slugProblem(slug: string): string | undefined {
  if (!SLUG.test(slug)) return 'a file name in lowercase kebab-case, e.g. spring-boot.mdx';
  if (slug.split('-').includes('vs')) return 'a slug without the word "vs" (it would make /compare/ URLs ambiguous)';
  return undefined;
}

/** Slugs are URL segments and pair URLs are `<a>-vs-<b>`: keep them lowercase and free of "-vs-". */
export const slugFormat: LintRule = {
  id: 'slug-format',
  description: 'framework file names are lowercase kebab-case slugs without "-vs-"',
  check({ frameworks }) {
    return frameworks.flatMap((fw) => {
      const problem = slugProblem(fw.slug);
      return problem ? [{ file: fw.file, field: '', received: fw.slug, expected: problem }] : [];
    });
  },
};
