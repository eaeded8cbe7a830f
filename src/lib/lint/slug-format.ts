import type { LintRule } from './types.ts';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Slugs are URL segments and pair URLs are `<a>-vs-<b>`: keep them lowercase and free of "-vs-". */
export const slugFormat: LintRule = {
  id: 'slug-format',
  description: 'framework file names are lowercase kebab-case slugs without "-vs-"',
  check({ frameworks }) {
    return frameworks.flatMap((fw) => {
      if (!SLUG.test(fw.slug)) {
        return [{ file: fw.file, field: '', received: fw.slug, expected: 'a file name in lowercase kebab-case, e.g. spring-boot.mdx' }];
      }
      if (fw.slug.split('-').includes('vs')) {
        return [{ file: fw.file, field: '', received: fw.slug, expected: 'a slug without the word "vs" (it would make /compare/ URLs ambiguous)' }];
      }
      return [];
    });
  },
};
