import { communityNames, names, registryNames } from './package-names.ts';
import type { LintRule } from './types.ts';

/**
 * "None" means no package worth naming. A none cell whose note names a third-party package should
 * be rated community (naming it) or lose the mention. A package counts when the atlas names it as
 * a community package somewhere (and it is not one of this framework's own parts), or when it
 * looks like a scoped npm package or a module path.
 */
export const noneNamesNoPackage: LintRule = {
  id: 'none-names-no-package',
  description: 'a "none" cell\'s notes name no package',
  check({ frameworks }) {
    const community = communityNames(frameworks);
    return frameworks.flatMap((fw) => {
      const own = new Set(
        Object.values(fw.data.features)
          .filter((c) => c.level !== 'community')
          .flatMap((c) => names(c.package)),
      );
      const known = (w: string) => community.has(w) && !own.has(w);
      return Object.entries(fw.data.features).flatMap(([id, cell]) => {
        if (cell.level !== 'none' || !cell.notes) return [];
        const words = cell.notes
          .toLowerCase()
          .split(/[\s,;:()]+/)
          .map((w) => w.replace(/[.]$/, ''));
        const named = words.find(known) ?? registryNames(cell.notes)[0];
        if (!named) return [];
        return [
          {
            file: fw.file,
            field: `features.${id}.notes`,
            received: named,
            expected: `no package named in a "none" cell: rate it community with package "${named}", or drop the mention`,
          },
        ];
      });
    });
  },
};
