import type { ExportedSnippet } from '../shared/export.ts';
import { compareVersions } from '../versions/version.ts';

/**
 * The line under a snippet's title saying how it was checked and against which version: "Tested
 * in CI with Flask 3.1.3", or "Parsed by PHP's own parser (php -l), not run here; written for
 * Laravel 13.37.0", each followed by ", older than the latest 3.1.4" when the pinned version is
 * behind the profile's latestVersion.
 */
export function snippetStatus(s: Pick<ExportedSnippet, 'tested' | 'version' | 'parsedBy'>, framework: { name: string; latestVersion: string }): string {
  const base = s.tested
    ? `Tested in CI with ${framework.name} ${s.version}`
    : `Parsed by ${s.parsedBy ?? 'a parser'}, not run here; written for ${framework.name} ${s.version}`;
  return compareVersions(s.version, framework.latestVersion) < 0 ? `${base}, older than the latest ${framework.latestVersion}` : base;
}
