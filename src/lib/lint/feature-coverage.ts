import type { LintRule } from './types.ts';

/** Every framework answers every feature: a missing cell would silently read as "no support". */
export const featureCoverage: LintRule = {
  id: 'feature-coverage',
  description: 'each framework has a support statement for every feature id',
  check({ features, frameworks }) {
    return frameworks.flatMap((fw) =>
      features
        .filter((f) => !(f.id in fw.data.features))
        .map((f) => ({
          file: fw.file,
          field: `features.${f.id}`,
          received: undefined,
          expected: `a support statement for "${f.id}" (use level: unknown with a note if it is not verified yet)`,
        })),
    );
  },
};
