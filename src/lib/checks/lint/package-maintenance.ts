import type { Problem } from '../../model/problems.ts';
import { parseCoordinate } from '../../model/registry.ts';
import type { LintRule } from './types.ts';

/** The part of a coordinate a reader would see in the package field: the artifact, crate or repository name. */
function shortName(coordinate: string): string | null {
  const parsed = parseCoordinate(coordinate);
  if (typeof parsed === 'string') return null;
  const tail =
    parsed.name
      .split(/[:/]/)
      .filter((part) => !/^v\d+$/.test(part))
      .pop() ?? parsed.name;
  return tail.toLowerCase();
}

/**
 * Every official and community cell says where its package is published and when it was last
 * released (`maintenance`), so dormant packages can be shown as such; the coordinate names the
 * package the cell shows, not another one.
 */
export const packageMaintenance: LintRule = {
  id: 'package-maintenance',
  description: 'official and community cells carry their package coordinate and last release, matching the package they name',
  check({ frameworks }) {
    return frameworks.flatMap((fw) =>
      Object.entries(fw.data.features).flatMap(([id, cell]): Problem[] => {
        if (cell.level !== 'official' && cell.level !== 'community') return [];
        if (!cell.maintenance) {
          return [
            {
              file: fw.file,
              field: `features.${id}.maintenance`,
              received: undefined,
              expected: `the package's registry and last release, e.g. maintenance: { registry: "crates:tower-sessions", lastRelease: "2025-11" } (official and community cells name a package, so the atlas can tell when it goes dormant)`,
            },
          ];
        }
        const short = shortName(cell.maintenance.registry);
        const shown = `${cell.package ?? ''}`.toLowerCase();
        if (short && !shown.includes(short) && !shown.includes(short.replace(/[-_]/g, ' '))) {
          return [
            {
              file: fw.file,
              field: `features.${id}.maintenance.registry`,
              received: cell.maintenance.registry,
              expected: `the coordinate of the package the cell names ("${cell.package}"): write "${short}" in the package field, or point maintenance.registry at the package shown`,
            },
          ];
        }
        return [];
      }),
    );
  },
};
