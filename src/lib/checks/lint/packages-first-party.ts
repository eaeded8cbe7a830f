import type { Problem } from '../problems.ts';
import { communityNames, names, namesPackageFrom, registryNames } from './package-names.ts';
import type { LintRule } from './types.ts';

/**
 * "Official" means published by the framework's own organisation, so an official cell must name a
 * package from `firstPartyPackages`. A built-in cell comes with a new project, so a registry
 * package it names (a scoped npm name, a Go module path, or a package the atlas rates community
 * elsewhere) must be first-party or one of the `starterPackages` the new-project command installs.
 */
export const packagesFirstParty: LintRule = {
  id: 'packages-first-party',
  description: 'official cells name a first-party package; built-in cells name no package a new project lacks',
  check({ frameworks }) {
    const community = communityNames(frameworks);
    return frameworks.flatMap((fw) => {
      const { firstPartyPackages: own, starterPackages: starter } = fw.data;
      return Object.entries(fw.data.features).flatMap(([id, cell]): Problem[] => {
        const text = cell.package ?? '';
        if (cell.level === 'official' && !namesPackageFrom(text, own)) {
          return [{ file: fw.file, field: `features.${id}.package`, received: text, expected: own.length === 0
            ? `a package from ${fw.data.name}'s organisation: list its package names or prefixes in firstPartyPackages`
            : `a package from ${fw.data.name}'s organisation (${own.join(', ')}); a package from elsewhere makes the cell community` }];
        }
        if (cell.level !== 'built-in') return [];
        const named = [...new Set([...registryNames(text), ...names(text).filter((n) => community.has(n))])];
        return named
          .filter((name) => !namesPackageFrom(name, [...own, ...starter]))
          .map((name) => ({ file: fw.file, field: `features.${id}.package`, received: name, expected: `no package a new ${fw.data.name} project lacks in a built-in cell: list "${name}" in firstPartyPackages (published by ${fw.data.name}'s organisation) or starterPackages (installed by the new-project command), or rate the cell by that package` }));
      });
    });
  },
};
