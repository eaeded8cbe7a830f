import type { LintRule } from './types.ts';

/** Two profiles with one name would be indistinguishable in pickers and tables. */
export const namesUnique: LintRule = {
  id: 'names-unique',
  description: 'no two frameworks share a display name',
  check({ frameworks }) {
    const first = new Map<string, string>();
    return frameworks.flatMap((fw) => {
      const key = fw.data.name.toLowerCase();
      const earlier = first.get(key);
      if (!earlier) {
        first.set(key, fw.file);
        return [];
      }
      return [{ file: fw.file, field: 'name', received: fw.data.name, expected: `a name not already used by ${earlier}` }];
    });
  },
};
