import type { Problem } from '../../model/problems.ts';
import { ownedBy, parseCoordinate, patternText } from '../../model/registry.ts';
import { communityNames, names, namesPackageFrom, registryNames } from './package-names.ts';
import type { LintRule } from './types.ts';

/**
 * "Official" means published by the framework's own organisation, told by owner and never by name
 * prefix: an official cell's package coordinate (`maintenance.registry`) must belong to one of the
 * framework's `firstPartyPackages` (an owner namespace such as `npm:@fastify/*` or a full name such
 * as `crates:axum-extra`). A built-in cell comes with a new project, so a registry package it names
 * (a scoped npm name, a Go module path, or a package the atlas rates community elsewhere) must be
 * first-party or one of the `starterPackages` the new-project command installs.
 */
export const packagesFirstParty: LintRule = {
  id: 'packages-first-party',
  description: 'official cells name a package their organisation owns; built-in cells name no package a new project lacks',
  check({ frameworks }) {
    const community = communityNames(frameworks);
    return frameworks.flatMap((fw) => {
      const { firstPartyPackages: own, starterPackages: starter } = fw.data;
      const ownText = own.map(patternText).filter((t): t is string => t !== null);
      return Object.entries(fw.data.features).flatMap(([id, cell]): Problem[] => {
        if (cell.level === 'official') {
          const coordinate = cell.maintenance ? parseCoordinate(cell.maintenance.registry) : null;
          if (!coordinate || typeof coordinate === 'string') return []; // package-maintenance reports the missing coordinate
          if (ownedBy(coordinate, own)) return [];
          return [
            {
              file: fw.file,
              field: `features.${id}.maintenance.registry`,
              received: cell.maintenance!.registry,
              expected:
                own.length === 0
                  ? `a package owned by ${fw.data.name}'s organisation: list its owner namespace or package in firstPartyPackages (e.g. "npm:@fastify/*", "crates:axum-extra")`
                  : `a package owned by ${fw.data.name}'s organisation (${own.join(', ')}); a name prefix is not an owner, and a package from elsewhere makes the cell community`,
            },
          ];
        }
        if (cell.level !== 'built-in') return [];
        const text = cell.package ?? '';
        const named = [...new Set([...registryNames(text), ...names(text).filter((n) => community.has(n))])];
        return named
          .filter((name) => !namesPackageFrom(name, [...ownText, ...starter]))
          .map((name) => ({
            file: fw.file,
            field: `features.${id}.package`,
            received: name,
            expected: `no package a new ${fw.data.name} project lacks in a built-in cell: list "${name}" in firstPartyPackages (owned by ${fw.data.name}'s organisation) or starterPackages (installed by the new-project command), or rate the cell by that package`,
          }));
      });
    });
  },
};
