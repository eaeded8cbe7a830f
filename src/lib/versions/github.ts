/**
 * GitHub releases: https://api.github.com/repos/<owner>/<repo>/releases/latest, which already
 * leaves out drafts and pre-releases. The version is the tag from its first digit on
 * ("v26.13.0" → "26.13.0", "bun-v1.3.2" → "1.3.2"); the tag itself is kept for the link.
 */
import { getJson, guarded, noStable } from './http.ts';
import type { RegistryClient } from './types.ts';
import { isStable } from './version.ts';

interface GithubRelease {
  tag_name?: string;
  published_at?: string | null;
  prerelease?: boolean;
  draft?: boolean;
}

const HOST = 'api.github.com';

export const github: RegistryClient = {
  latest: (name, fetch) =>
    guarded(HOST, async () => {
      const release = await getJson<GithubRelease>(fetch, `https://${HOST}/repos/${name}/releases/latest`);
      const tag = release.tag_name ?? '';
      const version = tag.replace(/^\D*/, '');
      if (!version || release.prerelease || release.draft || !isStable(version)) throw noStable(HOST);
      return { version, ...(tag !== version ? { tag } : {}), ...(release.published_at ? { date: release.published_at } : {}) };
    }),
  page: (name, release) => `https://github.com/${name}/releases/tag/${release.tag ?? release.version}`,
};
