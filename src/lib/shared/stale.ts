/**
 * Stale data is shown, not hidden. A support statement is stale when the version it was checked
 * against belongs to a release series that is out of security support (per the framework's
 * `releases`), when that version is an older major release than the framework's latest version,
 * or when the whole profile was last verified more than STALE_AFTER_DAYS days before the build.
 *
 * "Major" follows semantic versioning: the first number, or for 0.x versions the first non-zero
 * number (0.8 → 0.9 is a breaking release). An "x" counts as any number: "13.x" covers 13.37.0.
 */
import { formatDay, seriesOf, seriesStatus, toLifecycle } from './lifecycle.ts';

export const STALE_AFTER_DAYS = 365;

/** The breaking-change part of a version: [0, 8] for "0.8.9", [6] for "6.1.2", [5] for "5.x". */
export function majorOf(version: string): number[] {
  const parts = version
    .replace(/^v/, '')
    .split(/[.+-]/)
    .map((p) => (/^\d+$/.test(p) ? Number(p) : NaN));
  const out: number[] = [];
  for (const p of parts) {
    if (Number.isNaN(p)) break;
    out.push(p);
    if (p !== 0) break;
  }
  return out;
}

/** True when `checked` names an older major release than `latest`. */
export function olderMajor(checked: string, latest: string): boolean {
  const a = majorOf(checked);
  const b = majorOf(latest);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    if (x === undefined || y === undefined) return false;
    if (x !== y) return x < y;
  }
  return false;
}

/** Whole days between two dates (b − a). */
function daysBetween(a: Date, b: Date): number {
  return Math.floor((b.getTime() - a.getTime()) / 86_400_000);
}

/** What the stale rule reads of a profile: its latest version, when it was last verified, and its release series (dates as Dates or YYYY-MM-DD). */
export interface StaleProfile {
  latestVersion: string;
  lastVerified: Date;
  releases?: Parameters<typeof toLifecycle>[0];
}

/** Why one of a profile's statements is stale, in words, or null when it is current. */
export function staleReason(
  { latestVersion, lastVerified, releases }: StaleProfile,
  { version }: { version?: string | undefined },
  now: Date = new Date(),
): string | null {
  const series = version && releases ? seriesOf(version, toLifecycle(releases)!) : undefined;
  if (series && seriesStatus(series, now.toISOString().slice(0, 10)) === 'ended') {
    return `checked against ${version}; the ${series.series} series has been out of security support since ${formatDay(series.securitySupportUntil!)}`;
  }
  if (version && olderMajor(version, latestVersion)) return `checked against ${version}; the latest release is ${latestVersion}`;
  if (daysBetween(lastVerified, now) > STALE_AFTER_DAYS)
    return `last verified more than ${STALE_AFTER_DAYS / 365 === 1 ? 'a year' : `${STALE_AFTER_DAYS} days`} ago`;
  return null;
}
