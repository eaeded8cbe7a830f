import type { Problem } from '../../model/problems.ts';
import type { LintRule } from './types.ts';

/** How a name is compared: Unicode-normalised, case-folded, spaces collapsed ("Ｄjango " is "django"). */
export function nameKey(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * Two profiles with one name would be indistinguishable in pickers and tables, and an alias that
 * is another framework's name or alias would make search pin the wrong profile.
 */
export const namesUnique: LintRule = {
  id: 'names-unique',
  description: 'no two frameworks share a display name, and no alias names another framework',
  check({ frameworks }) {
    const problems: Problem[] = [];
    const owner = new Map<string, { file: string; what: string }>();
    for (const fw of frameworks) {
      const key = nameKey(fw.data.name);
      const earlier = owner.get(key);
      if (earlier) problems.push({ file: fw.file, field: 'name', received: fw.data.name, expected: `a name not already used by ${earlier.file}` });
      else owner.set(key, { file: fw.file, what: 'name' });
    }
    for (const fw of frameworks) {
      const own = new Set([nameKey(fw.data.name)]);
      fw.data.aliases.forEach((alias, i) => {
        const key = nameKey(alias);
        const taken = owner.get(key);
        if (taken && taken.file !== fw.file) {
          problems.push({
            file: fw.file,
            field: `aliases.${i}`,
            received: alias,
            expected: `an alias that is not the ${taken.what} of another framework (${taken.file}): search would send readers to the wrong profile`,
          });
        } else if (!own.has(key)) {
          own.add(key);
          owner.set(key, { file: fw.file, what: 'alias' });
        }
      });
    }
    return problems;
  },
};
