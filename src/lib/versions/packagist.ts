/**
 * Packagist: https://repo.packagist.org/p2/<vendor>/<name>.json (tagged versions; branches live in
 * "~dev.json"). The answer is "minified": each entry lists only the fields that changed from the
 * one before, so `abandoned` on the newest entry carries on down the list.
 */
import { getJson, guarded, noStable } from './http.ts';
import type { RegistryClient } from './types.ts';
import { isStable, newestStable, plain } from './version.ts';

interface Entry {
  version?: string;
  time?: string;
  abandoned?: boolean | string;
}

const HOST = 'repo.packagist.org';

export const packagist: RegistryClient = {
  latest: (name, fetch) =>
    guarded(HOST, async () => {
      const doc = await getJson<{ packages?: Record<string, Entry[]> }>(fetch, `https://${HOST}/p2/${name}.json`);
      const entries = doc.packages?.[name] ?? [];
      const byTag = new Map(entries.filter((e) => e.version).map((e) => [e.version!, e]));
      const tag = newestStable(byTag.keys());
      if (!tag) throw noStable(HOST);
      const abandoned = entries[0]?.abandoned;
      const date = byTag.get(tag)!.time;
      return {
        version: plain(tag),
        ...(tag !== plain(tag) ? { tag } : {}),
        ...(date ? { date } : {}),
        ...(abandoned ? { deprecated: typeof abandoned === 'string' ? `abandoned; use ${abandoned}` : 'abandoned' } : {}),
      };
    }),
  page: (name, release) => `https://packagist.org/packages/${name}#${release.tag ?? release.version}`,
  versions: (name, fetch) =>
    guarded(HOST, async () => {
      const doc = await getJson<{ packages?: Record<string, Entry[]> }>(fetch, `https://${HOST}/p2/${name}.json`);
      return (doc.packages?.[name] ?? [])
        .map((e) => e.version)
        .filter((v): v is string => v !== undefined && isStable(v))
        .map(plain);
    }),
};
