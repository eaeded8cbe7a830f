/**
 * Recognising package names in the free text of a cell's `package` and `notes`, shared by the
 * lint rules that ask whose package a cell names.
 */
import type { LoadedFramework } from './types.ts';

/** Registry-looking names: scoped npm packages (@scope/name) and module paths (github.com/org/repo). */
export const REGISTRY_NAME = /@[\w.-]+\/[\w.-]+|\b(?:github\.com|gitlab\.com|golang\.org|gopkg\.in)\/[\w.-]+(?:\/[\w.-]+)*/gi;

/** The registry-looking names in `text`, in order of appearance. */
export function registryNames(text: string): string[] {
  return [...text.matchAll(REGISTRY_NAME)].map((m) => m[0]);
}

/** Distinctive package names in a `package` field: one token with a hyphen, dot or slash inside. */
export function names(pkg: string | undefined): string[] {
  return (pkg ?? '')
    .split(/\s*(?:[,;()]|\bor\b|\band\b|\bwith\b)\s*/)
    .filter((n) => /^[A-Za-z@][\w@./-]*[-./][\w.-]+$/.test(n) && n.length >= 5)
    .map((n) => n.toLowerCase());
}

/** Every package the atlas names in a community cell, lower-cased. */
export function communityNames(frameworks: readonly LoadedFramework[]): Set<string> {
  return new Set(
    frameworks.flatMap((fw) =>
      Object.values(fw.data.features)
        .filter((c) => c.level === 'community')
        .flatMap((c) => names(c.package)),
    ),
  );
}

/** Does `text` name a package from this list (a full name, or a name starting with a prefix ending in / - _ or .)? */
export function namesPackageFrom(text: string, list: readonly string[]): boolean {
  const lower = text.toLowerCase();
  return list.some((entry) => {
    const e = entry.toLowerCase();
    const escaped = e.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    return new RegExp(`(^|[\\s(,\\[:])${escaped}${/[/_.-]$/.test(e) ? '' : '(?![\\w-])'}`).test(lower);
  });
}
