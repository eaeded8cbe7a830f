/** Hex: https://hex.pm/api/packages/<name>; the highest stable release that is not retired. */
import { getJson, guarded, noStable } from './http.ts';
import type { RegistryClient } from './types.ts';
import { isStable, newestStable } from './version.ts';

interface HexPackage {
  releases?: { version: string; inserted_at?: string }[];
  retirements?: Record<string, { reason?: string; message?: string }>;
}

const HOST = 'hex.pm';

export const hex: RegistryClient = {
  latest: (name, fetch) =>
    guarded(HOST, async () => {
      const doc = await getJson<HexPackage>(fetch, `https://${HOST}/api/packages/${name}`);
      const retired = doc.retirements ?? {};
      const releases = new Map((doc.releases ?? []).filter((r) => !retired[r.version]).map((r) => [r.version, r]));
      const version = newestStable(releases.keys(), isStable);
      if (!version) throw noStable(HOST);
      const date = releases.get(version)!.inserted_at;
      return { version, ...(date ? { date } : {}) };
    }),
  page: (name, release) => `https://hex.pm/packages/${name}/${release.version}`,
  versions: (name, fetch) =>
    guarded(HOST, async () => {
      const doc = await getJson<HexPackage>(fetch, `https://${HOST}/api/packages/${name}`);
      const retired = doc.retirements ?? {};
      return (doc.releases ?? []).map((r) => r.version).filter((v) => !retired[v] && isStable(v));
    }),
};
