/** RubyGems: https://rubygems.org/api/v1/versions/<name>.json (yanked versions are not listed). */
import { getJson, guarded, noStable } from './http.ts';
import type { RegistryClient } from './types.ts';
import { isStable, newestStable } from './version.ts';

interface GemVersion {
  number: string;
  prerelease?: boolean;
  created_at?: string;
  platform?: string;
}

const HOST = 'rubygems.org';

export const rubygems: RegistryClient = {
  latest: (name, fetch) =>
    guarded(HOST, async () => {
      const list = await getJson<GemVersion[]>(fetch, `https://${HOST}/api/v1/versions/${name}.json`);
      const stable = list.filter((v) => !v.prerelease && isStable(v.number));
      const version = newestStable(stable.map((v) => v.number));
      if (!version) throw noStable(HOST);
      // One entry per platform (ruby, java…); the earliest is when the version came out.
      const date = stable
        .filter((v) => v.number === version && v.created_at)
        .map((v) => v.created_at!)
        .sort()[0];
      return { version, ...(date ? { date } : {}) };
    }),
  page: (name, release) => `https://rubygems.org/gems/${name}/versions/${release.version}`,
  versions: (name, fetch) =>
    guarded(HOST, async () => {
      const list = await getJson<GemVersion[]>(fetch, `https://${HOST}/api/v1/versions/${name}.json`);
      return [...new Set(list.filter((v) => !v.prerelease && isStable(v.number)).map((v) => v.number))];
    }),
};
