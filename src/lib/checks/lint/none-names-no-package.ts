import type { LintRule } from './types.ts';

/** Package-like names: npm scopes (@scope/name) and module paths (github.com/org/repo). */
const PACKAGE_PATTERN = /@[a-z0-9-]+\/[a-z0-9._-]+|\b(?:github\.com|gitlab\.com|golang\.org)\/[\w.-]+\/[\w.-]+/i;

/** Distinctive package names in a `package` field: one token with a hyphen, dot or slash inside. */
export function names(pkg: string | undefined): string[] {
  return (pkg ?? '')
    .split(/\s*(?:[,;()]|\bor\b|\band\b|\bwith\b)\s*/)
    .filter((n) => /^[A-Za-z@][\w@./-]*[-./][\w.-]+$/.test(n) && n.length >= 5)
    .map((n) => n.toLowerCase());
}

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
    const community = new Set(frameworks.flatMap((fw) => Object.values(fw.data.features).filter((c) => c.level === 'community').flatMap((c) => names(c.package))));
    return frameworks.flatMap((fw) => {
      const own = new Set(Object.values(fw.data.features).filter((c) => c.level !== 'community').flatMap((c) => names(c.package)));
      const known = (w: string) => community.has(w) && !own.has(w);
      return Object.entries(fw.data.features).flatMap(([id, cell]) => {
        if (cell.level !== 'none' || !cell.notes) return [];
        const words = cell.notes.toLowerCase().split(/[\s,;:()]+/).map((w) => w.replace(/[.]$/, ''));
        const named = words.find(known) ?? PACKAGE_PATTERN.exec(cell.notes)?.[0];
        if (!named) return [];
        return [{ file: fw.file, field: `features.${id}.notes`, received: named, expected: `no package named in a "none" cell: rate it community with package "${named}", or drop the mention` }];
      });
    });
  },
};
