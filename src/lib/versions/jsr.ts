/** JSR: https://jsr.io/<scope>/<name>/meta.json; "latest", else the highest stable version not yanked. */
import { getJson, guarded, noStable } from './http.ts';
import type { RegistryClient } from './types.ts';
import { isStable, newestStable } from './version.ts';

interface Meta {
  latest?: string | null;
  versions?: Record<string, { yanked?: boolean; createdAt?: string }>;
}

const HOST = 'jsr.io';

export const jsr: RegistryClient = {
  latest: (name, fetch) =>
    guarded(HOST, async () => {
      const meta = await getJson<Meta>(fetch, `https://${HOST}/${name}/meta.json`);
      const versions = meta.versions ?? {};
      const usable = (v: string) => isStable(v) && versions[v] !== undefined && !versions[v].yanked;
      const version = meta.latest && usable(meta.latest) ? meta.latest : newestStable(Object.keys(versions), usable);
      if (!version) throw noStable(HOST);
      const date = versions[version]?.createdAt;
      return { version, ...(date ? { date } : {}) };
    }),
  page: (name, release) => `https://jsr.io/${name}@${release.version}`,
  versions: (name, fetch) =>
    guarded(HOST, async () => {
      const versions = (await getJson<Meta>(fetch, `https://${HOST}/${name}/meta.json`)).versions ?? {};
      return Object.keys(versions).filter((v) => isStable(v) && !versions[v]!.yanked);
    }),
};
