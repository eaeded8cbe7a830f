/** NuGet: https://api.nuget.org/v3-flatcontainer/<lower-case id>/index.json (versions only, no dates). */
import { getJson, guarded, noStable } from './http.ts';
import type { RegistryClient } from './types.ts';
import { isStable, newestStable } from './version.ts';

const HOST = 'api.nuget.org';

export const nuget: RegistryClient = {
  latest: (name, fetch) =>
    guarded(HOST, async () => {
      const doc = await getJson<{ versions?: string[] }>(fetch, `https://${HOST}/v3-flatcontainer/${name.toLowerCase()}/index.json`);
      const version = newestStable(doc.versions ?? []);
      if (!version) throw noStable(HOST);
      return { version };
    }),
  page: (name, release) => `https://www.nuget.org/packages/${name}/${release.version}`,
  versions: (name, fetch) =>
    guarded(
      HOST,
      async () =>
        (await getJson<{ versions?: string[] }>(fetch, `https://${HOST}/v3-flatcontainer/${name.toLowerCase()}/index.json`)).versions?.filter(isStable) ?? [],
    ),
};
