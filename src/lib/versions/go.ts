/**
 * Go module proxy: https://proxy.golang.org/<module>/@v/list, then /@v/<version>.info for the
 * time (`@latest` is not served everywhere). Pseudo-versions and "+incompatible" are skipped.
 * The Go toolchain itself is the module golang.org/toolchain, whose versions read
 * "v0.0.1-go1.26.8.linux-amd64": the Go release is the part after "go".
 */
import { getJson, getText, guarded, noStable } from './http.ts';
import type { RegistryClient } from './types.ts';
import { compareVersions, isStable, newestStable, plain } from './version.ts';

const HOST = 'proxy.golang.org';
export const TOOLCHAIN = 'golang.org/toolchain';

/** Module path escaping for the proxy: each capital letter becomes "!" and its lower case. */
export function escapeModulePath(path: string): string {
  return path.replace(/[A-Z]/g, (c) => `!${c.toLowerCase()}`);
}

/** vX.0.0-yyyymmddhhmmss-abcdefabcdef and its variants: commits, not releases. */
export function isPseudoVersion(version: string): boolean {
  return /(?:^|[-.])\d{14}-[0-9a-f]{12}$/.test(version);
}

/** "v0.0.1-go1.26.8.linux-amd64" → "1.26.8"; undefined for pre-releases ("go1.26rc1", "go1.18beta1") and anything else. */
export function toolchainRelease(version: string): string | undefined {
  const m = /^v0\.0\.1-go(\d+(?:\.\d+)*)\.[a-z0-9]+-[a-z0-9]+$/.exec(version);
  return m?.[1];
}

export const go: RegistryClient = {
  latest: (name, fetch) =>
    guarded(HOST, async () => {
      const base = `https://${HOST}/${escapeModulePath(name)}/@v`;
      const list = (await getText(fetch, `${base}/list`))
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
      let tag: string | undefined;
      let version: string | undefined;
      if (name === TOOLCHAIN) {
        for (const v of list) {
          const release = toolchainRelease(v);
          if (!release) continue;
          const newer = version === undefined || compareVersions(release, version) > 0;
          // One tag per platform; link the linux-amd64 one when there is a choice.
          if (newer || (compareVersions(release, version!) === 0 && v.endsWith('.linux-amd64'))) [version, tag] = [release, v];
        }
      } else {
        tag = newestStable(list, (v) => v.startsWith('v') && !v.endsWith('+incompatible') && !isPseudoVersion(v) && isStable(v));
        version = tag && plain(tag);
      }
      if (!tag || !version) throw noStable(HOST);
      // The time is a nicety: a missing .info still leaves the version.
      const info = await getJson<{ Time?: string }>(fetch, `${base}/${escapeModulePath(tag)}.info`).catch(() => ({}) as { Time?: string });
      return { version, tag, ...(info.Time ? { date: info.Time } : {}) };
    }),
  page: (name, release) => `https://pkg.go.dev/${name}@${release.tag ?? `v${release.version}`}`,
  versions: (name, fetch) =>
    guarded(HOST, async () => {
      const list = (await getText(fetch, `https://${HOST}/${escapeModulePath(name)}/@v/list`))
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
      if (name === TOOLCHAIN) return [...new Set(list.map(toolchainRelease).filter((v): v is string => v !== undefined))];
      return list.filter((v) => v.startsWith('v') && !v.endsWith('+incompatible') && !isPseudoVersion(v) && isStable(v)).map(plain);
    }),
};
