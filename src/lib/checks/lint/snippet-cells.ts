import type { Problem } from '../../model/problems.ts';
import { namesPackageFrom } from './package-names.ts';
import type { LintRule } from './types.ts';

/** The forms a registry name can take inside a cell's `package` text. */
function spellings(name: string): string[] {
  const lower = name.toLowerCase();
  const artifact = lower.includes(':') ? lower.split(':')[1]! : lower;
  const path = artifact.replace(/^(github\.com|gitlab\.com)\//, '');
  return [...new Set([lower, artifact, path, path.replace(/\/v\d+$/, ''), artifact.replace(/-jvm$/, '')])];
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
      const cell = fw.data.features[s.task];
      if (!cell) return [];
      const problems: Problem[] = [];
      if (cell.level === 'none' || cell.level === 'unknown') {
        problems.push({
          file,
          field: '',
          received: `a snippet for a "${cell.level}" cell`,
          expected: `no snippet, or ${fw.file} › features.${s.task} rated with the package the snippet uses`,
        });
      } else if (cell.level === 'built-in') {
        const extra = s.meta.packages.filter((pkg) => !namesPackageFrom(pkg, fw.data.starterPackages));
        if (extra.length > 0) {
          problems.push({
            file,
            field: 'packages',
            received: extra,
            expected: `no packages beyond the framework and its starterPackages: ${fw.data.name}'s ${s.task} cell is built-in (if the task needs a package, the cell is not built-in)`,
          });
        }
      } else {
        if (s.meta.packages.length === 0) {
          problems.push({
            file,
            field: 'packages',
            received: s.meta.packages,
            expected: `the package the ${cell.level} cell names (${cell.package ?? 'none named'})`,
          });
        }
        const named = (cell.package ?? '').toLowerCase();
        for (const [i, pkg] of s.meta.packages.entries()) {
          if (!spellings(pkg).some((form) => named.includes(form))) {
            problems.push({
              file,
              field: `packages.${i}`,
              received: pkg,
              expected: `a package the cell names ("${cell.package ?? ''}"), or the cell's package updated to name it`,
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
