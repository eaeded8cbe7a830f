/**
 * Maven Central: https://repo1.maven.org/maven2/<group path>/<artifact>/maven-metadata.xml.
 * `<lastUpdated>` (yyyymmddHHMMSS, UTC) is when `<release>` was published, so it dates the newest
 * stable version only when that version is `<release>` (not when `<release>` is a milestone).
 */
import { getText, guarded, noStable, RegistryError } from './http.ts';
import type { RegistryClient } from './types.ts';
import { isStable, newestStable } from './version.ts';

const HOST = 'repo1.maven.org';

/** "20261126103109" → "2026-11-26T10:31:09Z". */
export function mavenTimestamp(stamp: string): string | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(stamp.trim());
  return m ? `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z` : undefined;
}

export const maven: RegistryClient = {
  latest: (name, fetch) =>
    guarded(HOST, async () => {
      const [group, artifact] = name.split(':') as [string, string];
      const xml = await getText(fetch, `https://${HOST}/maven2/${group.replace(/\./g, '/')}/${artifact}/maven-metadata.xml`);
      if (!xml.includes('<metadata')) throw new RegistryError(HOST, 'answer is not Maven metadata');
      const versions = [...xml.matchAll(/<version>\s*([^<\s]+)\s*<\/version>/g)].map((m) => m[1]!);
      const version = newestStable(versions);
      if (!version) throw noStable(HOST);
      const release = /<release>\s*([^<\s]+)\s*<\/release>/.exec(xml)?.[1];
      const stamp = /<lastUpdated>\s*(\d+)\s*<\/lastUpdated>/.exec(xml)?.[1];
      const date = release === version && stamp ? mavenTimestamp(stamp) : undefined;
      return { version, ...(date ? { date } : {}) };
    }),
  page: (name, release) => `https://central.sonatype.com/artifact/${name.replace(':', '/')}/${release.version}`,
  versions: (name, fetch) =>
    guarded(HOST, async () => {
      const [group, artifact] = name.split(':') as [string, string];
      const xml = await getText(fetch, `https://${HOST}/maven2/${group.replace(/\./g, '/')}/${artifact}/maven-metadata.xml`);
      if (!xml.includes('<metadata')) throw new RegistryError(HOST, 'answer is not Maven metadata');
      return [...xml.matchAll(/<version>\s*([^<\s]+)\s*<\/version>/g)].map((m) => m[1]!).filter(isStable);
    }),
};
