/**
 * crates.io. The API (https://crates.io/api/v1/crates/<name>) is not reachable from every
 * machine, so the sparse index is asked first: https://index.crates.io/<prefix>/<name>, one JSON
 * object per line with `vers`, `yanked` and (for versions published since 2025) `pubtime`.
 */
import { getJson, getText, guarded, noStable, RegistryError } from './http.ts';
import type { FetchLike, Lookup, RegistryClient } from './types.ts';
import { isStable, newestStable } from './version.ts';

const HOST = 'index.crates.io';

/** The sparse-index path of a crate: "1/a", "2/ab", "3/a/abc", "ax/um/axum". */
export function indexPath(name: string): string {
  const n = name.toLowerCase();
  if (n.length <= 2) return `${n.length}/${n}`;
  if (n.length === 3) return `3/${n[0]}/${n}`;
  return `${n.slice(0, 2)}/${n.slice(2, 4)}/${n}`;
}

interface IndexLine {
  vers: string;
  yanked?: boolean;
  pubtime?: string;
}

async function fromIndex(name: string, fetch: FetchLike): Promise<Lookup> {
  const text = await getText(fetch, `https://${HOST}/${indexPath(name)}`);
  const lines: IndexLine[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    try {
      lines.push(JSON.parse(line) as IndexLine);
    } catch {
      throw new RegistryError(HOST, 'index line is not JSON');
    }
  }
  const live = new Map(lines.filter((l) => !l.yanked).map((l) => [l.vers, l]));
  const version = newestStable(live.keys(), isStable);
  if (!version) throw noStable(HOST);
  const date = live.get(version)!.pubtime;
  return { version, ...(date ? { date } : {}) };
}

async function fromApi(name: string, fetch: FetchLike): Promise<Lookup> {
  const doc = await getJson<{ versions?: { num: string; yanked?: boolean; created_at?: string }[] }>(fetch, `https://crates.io/api/v1/crates/${name}`);
  const live = new Map((doc.versions ?? []).filter((v) => !v.yanked).map((v) => [v.num, v]));
  const version = newestStable(live.keys());
  if (!version) throw noStable('crates.io');
  const date = live.get(version)!.created_at;
  return { version, ...(date ? { date } : {}) };
}

export const crates: RegistryClient = {
  latest: async (name, fetch) => {
    const index = await guarded(HOST, () => fromIndex(name, fetch));
    if (!('unreachable' in index)) return index;
    const api = await guarded('crates.io', () => fromApi(name, fetch));
    return 'unreachable' in api ? { unreachable: `${index.unreachable}; ${api.unreachable}` } : api;
  },
  page: (name, release) => `https://crates.io/crates/${name}/${release.version}`,
  versions: (name, fetch) =>
    guarded(HOST, async () => {
      const text = await getText(fetch, `https://${HOST}/${indexPath(name)}`);
      const lines = text
        .split('\n')
        .filter((l) => l.trim() !== '')
        .map((l) => JSON.parse(l) as IndexLine);
      return lines.filter((l) => !l.yanked && isStable(l.vers)).map((l) => l.vers);
    }),
};
