import type { Problem } from '../../model/problems.ts';
import { namesPackageFrom } from './package-names.ts';
import type { LintRule } from './types.ts';
import type { Support } from '../../model/schema.ts';
import { TASK_FEATURES } from '../../snippets/tasks.ts';

/** The forms a registry name can take inside a cell's `package` text. */
function spellings(name: string): string[] {
  const lower = name.toLowerCase();
  const artifact = lower.includes(':') ? lower.split(':')[1]! : lower;
  const path = artifact.replace(/^(github\.com|gitlab\.com)\//, '');
  return [...new Set([lower, artifact, path, path.replace(/\/v\d+$/, ''), artifact.replace(/-jvm$/, '')])];
}

/** Does the cell name the registry package `pkg`, in its `package` text or as its `maintenance.registry`? */
function names(cell: Support, pkg: string): boolean {
  const named = `${cell.package ?? ''} ${cell.maintenance?.registry.replace(/^[a-z]+:/, '') ?? ''}`.toLowerCase();
  return spellings(pkg).some((form) => named.includes(form));
}

/** The major version, or major.minor for 0.x releases (where a minor is a breaking release). */
function line(version: string): string {
  const [major = '', minor = ''] = version.split('.');
  return major === '0' ? `0.${minor}` : major;
}

/**
 * A snippet shows how a cell's claim is used, so it must agree with the cell: it exists only where
 * the framework has the feature; a built-in cell's snippet needs no package beyond the framework
 * (and the starter packages a new project already has);
 * an official or community snippet uses the package the cell names, no other; and it pins the
 * framework's current major version, unless its `reason` says why an older one is all that can be
 * installed (the page then shows the version tested and the reason).
 */
export const snippetCells: LintRule = {
  id: 'snippet-cells',
  description: "each snippet matches its framework's cell: level, package and current major version",
  check({ frameworks, snippets = [], brokenSlugs = [] }) {
    const bySlug = new Map(frameworks.map((fw) => [fw.slug, fw]));
    return snippets.flatMap((s): Problem[] => {
      const file = `${s.dir}/snippet.yaml`;
      if (brokenSlugs.includes(s.framework)) return [];
      const fw = bySlug.get(s.framework);
      if (!fw) return [{ file: s.dir, field: '', received: s.framework, expected: 'a folder named after a framework slug in content/frameworks/' }];
      const cells = TASK_FEATURES[s.task].flatMap((feature) => {
        const cell = fw.data.features[feature];
        return cell ? [{ feature, cell }] : [];
      });
      if (cells.length === 0) return [];
      const problems: Problem[] = [];
      const missing = cells.filter(({ cell }) => cell.level === 'none' || cell.level === 'unknown');
      for (const { feature, cell } of missing) {
        problems.push({
          file,
          field: '',
          received: `a snippet for a "${cell.level}" ${feature} cell`,
          expected: `no snippet, or ${fw.file} › features.${feature} rated with the package the snippet uses`,
        });
      }
      const packaged = cells.filter(({ cell }) => cell.level === 'official' || cell.level === 'community');
      if (missing.length === 0) {
        // Every package is named by one of the task's official or community cells (or is a starter package).
        const extra = [...s.meta.packages.entries()].filter(
          ([, pkg]) => !namesPackageFrom(pkg, fw.data.starterPackages) && !packaged.some(({ cell }) => names(cell, pkg)),
        );
        if (packaged.length === 0 && extra.length > 0) {
          problems.push({
            file,
            field: 'packages',
            received: extra.map(([, pkg]) => pkg),
            expected: `no packages beyond the framework and its starterPackages: ${fw.data.name}'s ${cells.map((c) => c.feature).join(' and ')} cell is built-in (if the task needs a package, the cell is not built-in)`,
          });
        } else {
          for (const [i, pkg] of extra) {
            problems.push({
              file,
              field: `packages.${i}`,
              received: pkg,
              expected: `a package the ${packaged.map((c) => c.feature).join(' or ')} cell names (${packaged.map((c) => `"${c.cell.package ?? ''}"`).join(', ')}), or the cell's package updated to name it`,
            });
          }
        }
        // …and every official or community cell has its package among them.
        for (const { feature, cell } of packaged) {
          if (!s.meta.packages.some((pkg) => names(cell, pkg))) {
            problems.push({
              file,
              field: 'packages',
              received: s.meta.packages,
              expected: `the package the ${cell.level} ${feature} cell names (${cell.package ?? 'none named'})`,
            });
          }
        }
      }
      if (line(s.meta.version) !== line(fw.data.latestVersion) && !s.meta.reason) {
        problems.push({
          file,
          field: 'version',
          received: s.meta.version,
          expected: `a version of ${fw.data.name}'s current line ${line(fw.data.latestVersion)} (latest ${fw.data.latestVersion}), or a reason saying why an older line is all this machine can install`,
        });
      }
      return problems;
    });
  },
};
