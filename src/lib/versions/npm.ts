/** npm: https://registry.npmjs.org/<name>; the "latest" dist-tag, its publish time and deprecation message. */
import { getJson, guarded, noStable } from './http.ts';
import type { RegistryClient } from './types.ts';
import { isStable, newestStable } from './version.ts';

interface Packument {
  'dist-tags'?: Record<string, string>;
  versions?: Record<string, { deprecated?: string | boolean }>;
  time?: Record<string, string>;
}

const HOST = 'registry.npmjs.org';

export const npm: RegistryClient = {
  latest: (name, fetch) =>
    guarded(HOST, async () => {
      const doc = await getJson<Packument>(fetch, `https://${HOST}/${name.replace('/', '%2f')}`);
      const tagged = doc['dist-tags']?.latest;
      // The latest tag is the authors' choice; fall back to the highest stable version if it points at a pre-release.
      const version = tagged && isStable(tagged) && doc.versions?.[tagged] ? tagged : newestStable(Object.keys(doc.versions ?? {}));
      if (!version) throw noStable(HOST);
      const deprecated = doc.versions?.[version]?.deprecated;
      return {
        version,
        ...(doc.time?.[version] ? { date: doc.time[version] } : {}),
        ...(typeof deprecated === 'string' && deprecated !== '' ? { deprecated } : {}),
      };
    }),
  page: (name, release) => `https://www.npmjs.com/package/${name}/v/${release.version}`,
  versions: (name, fetch) =>
    guarded(HOST, async () => {
      const doc = await getJson<Packument>(fetch, `https://${HOST}/${name.replace('/', '%2f')}`);
      return Object.keys(doc.versions ?? {}).filter(isStable);
    }),
};
