/** PyPI: https://pypi.org/pypi/<name>/json; the highest stable release with at least one file not yanked. */
import { getJson, guarded, noStable } from './http.ts';
import type { RegistryClient } from './types.ts';
import { isStable, newestStable } from './version.ts';

interface File {
  upload_time_iso_8601?: string;
  upload_time?: string;
  yanked?: boolean;
}

const HOST = 'pypi.org';

export const pypi: RegistryClient = {
  latest: (name, fetch) =>
    guarded(HOST, async () => {
      const doc = await getJson<{ releases?: Record<string, File[]> }>(fetch, `https://${HOST}/pypi/${name}/json`);
      const releases = doc.releases ?? {};
      // A release with no files cannot be installed, and one whose files are all yanked is withdrawn.
      const live = (v: string) => isStable(v) && (releases[v] ?? []).some((f) => !f.yanked);
      const version = newestStable(Object.keys(releases), live);
      if (!version) throw noStable(HOST);
      const times = releases[version]!.filter((f) => !f.yanked)
        .map((f) => f.upload_time_iso_8601 ?? `${f.upload_time}Z`)
        .sort();
      return { version, ...(times[0] ? { date: times[0] } : {}) };
    }),
  page: (name, release) => `https://pypi.org/project/${name}/${release.version}/`,
  versions: (name, fetch) =>
    guarded(HOST, async () => {
      const releases = (await getJson<{ releases?: Record<string, File[]> }>(fetch, `https://${HOST}/pypi/${name}/json`)).releases ?? {};
      return Object.keys(releases).filter((v) => isStable(v) && (releases[v] ?? []).some((f) => !f.yanked));
    }),
};
