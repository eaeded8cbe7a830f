import { editorialSlugs } from './editorial-slugs.ts';
import { evidenceFirstParty } from './evidence-first-party.ts';
import { evidenceSource } from './evidence-source.ts';
import { namesUnique } from './names-unique.ts';
import { noneNamesNoPackage } from './none-names-no-package.ts';
import { packagesFirstParty } from './packages-first-party.ts';
import { packageMaintenance } from './package-maintenance.ts';
import { hostedServices } from './hosted-services.ts';
import { notableUsers } from './notable-users.ts';
import { slugFormat } from './slug-format.ts';
import { snippetCells } from './snippet-cells.ts';
import { taskFeatures } from './task-features.ts';
import type { LintRule } from './types.ts';

export type { LintContext, LintRule } from './types.ts';

/** Every data rule the schema cannot express, run by src/lib/checks/content-check.ts. */
export const RULES: LintRule[] = [
  slugFormat,
  namesUnique,
  evidenceSource,
  evidenceFirstParty,
  noneNamesNoPackage,
  packagesFirstParty,
  packageMaintenance,
  hostedServices,
  notableUsers,
  editorialSlugs,
  snippetCells,
  taskFeatures,
];
