import type { LintRule } from './types.ts';
import type { Problem } from '../../model/problems.ts';
import { nearest } from '../../shared/suggest.ts';

/** Curated comparisons name frameworks that exist, and two different ones. */
export const editorialSlugs: LintRule = {
  id: 'editorial-slugs',
  description: 'every slug in content/editorial.yaml is a framework in the atlas',
  check({ editorial, frameworks, brokenSlugs = [] }) {
    if (!editorial) return [];
    const slugs = [...frameworks.map((f) => f.slug), ...brokenSlugs];
    return editorial.commonComparisons.flatMap((pair, i): Problem[] => {
      const field = `commonComparisons.${i}`;
      if (pair[0] === pair[1]) return [{ file: 'content/editorial.yaml', field, received: pair, expected: 'two different framework slugs' }];
      return pair
        .filter((slug) => !slugs.includes(slug))
        .map((slug) => {
          const guess = nearest(slug, slugs, 1)[0];
          return {
            file: 'content/editorial.yaml',
            field,
            received: slug,
            expected: `a framework slug from content/frameworks/${guess ? ` (did you mean "${guess}"?)` : ''}`,
          };
        });
    });
  },
};
