/**
 * Release lifecycles: which series of a framework get fixes on a given day, which one is current,
 * when support ends, and the geometry of the profile's timeline. Pure and free of Node and Astro
 * imports: the pages, the stale rule, the export and the browser's /compare/ table all use it.
 *
 * Dates are calendar days written YYYY-MM-DD (strings compare in date order). The content's
 * `Date` objects become such strings through `toLifecycle`; the export already carries strings.
 */

/** One release series, dates as YYYY-MM-DD (see `releaseSchema` in src/lib/model/schema.ts). */
export interface LifecycleRelease {
  series: string;
  releaseDate: string;
  latest: string;
  activeSupportUntil?: string;
  securitySupportUntil?: string;
  lts?: boolean | string;
  runtimes?: string[];
  note?: string;
}

/** How a framework states its support policy (see `releasePolicySchema`). */
export interface LifecyclePolicy {
  kind: 'published' | 'none';
  url?: string | undefined;
  summary: string;
}

/** A date as the content holds it (a Date at midnight UTC) or as the export does (YYYY-MM-DD). */
type DayLike = Date | string;
const iso = (d: DayLike): string => (typeof d === 'string' ? d : d.toISOString().slice(0, 10));

/** Releases as authored (Dates) or exported (strings), as YYYY-MM-DD strings without empty fields. */
export function toLifecycle(
  releases:
    | readonly {
        series: string;
        releaseDate: DayLike;
        latest: string;
        activeSupportUntil?: DayLike | undefined;
        securitySupportUntil?: DayLike | undefined;
        lts?: boolean | DayLike | undefined;
        runtimes?: string[] | undefined;
        note?: string | undefined;
      }[]
    | undefined,
): LifecycleRelease[] | undefined {
  return releases?.map((r) => ({
    series: r.series,
    releaseDate: iso(r.releaseDate),
    latest: r.latest,
    ...(r.activeSupportUntil ? { activeSupportUntil: iso(r.activeSupportUntil) } : {}),
    ...(r.securitySupportUntil ? { securitySupportUntil: iso(r.securitySupportUntil) } : {}),
    ...(r.lts !== undefined ? { lts: typeof r.lts === 'boolean' ? r.lts : iso(r.lts) } : {}),
    ...(r.runtimes ? { runtimes: r.runtimes } : {}),
    ...(r.note ? { note: r.note } : {}),
  }));
}

/** Today in UTC, YYYY-MM-DD. */
export function today(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** Whole days since 1970-01-01 for a YYYY-MM-DD day. */
export function dayNumber(day: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

/** The same day `months` later (or earlier, when negative); the 31st becomes the month's last day. */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, last));
  return first.toISOString().slice(0, 10);
}

/** How long "ends soon" looks ahead, in months. */
export const ENDS_SOON_MONTHS = 6;
/** How long an ended series stays on a profile's timeline, in years. */
export const ENDED_SHOWN_YEARS = 2;

/**
 * Where a series stands on a day: `active` (bug and security fixes), `security` (security fixes
 * only), `ended` (no fixes), or `unreleased` (its first release is still to come).
 */
export type SeriesStatus = 'unreleased' | 'active' | 'security' | 'ended';

export function seriesStatus(r: LifecycleRelease, day: string): SeriesStatus {
  if (r.releaseDate > day) return 'unreleased';
  // A support end is the last day of support: the series is ended from the day after.
  if (r.securitySupportUntil && r.securitySupportUntil < day) return 'ended';
  if (r.activeSupportUntil && r.activeSupportUntil < day) return 'security';
  return 'active';
}

/** The status in words, as tables show it. */
export const STATUS_LABELS: Record<SeriesStatus, string> = {
  unreleased: 'not released yet',
  active: 'bug and security fixes',
  security: 'security fixes only',
  ended: 'no longer supported',
};

/** Still gets fixes on `day` (bug or security). */
export function isSupported(r: LifecycleRelease, day: string): boolean {
  const s = seriesStatus(r, day);
  return s === 'active' || s === 'security';
}

/** A supported series whose security support ends within ENDS_SOON_MONTHS of `day`. */
export function endsSoon(r: LifecycleRelease, day: string, months = ENDS_SOON_MONTHS): boolean {
  return isSupported(r, day) && r.securitySupportUntil !== undefined && r.securitySupportUntil <= addMonths(day, months);
}

/** Every series that gets fixes on `day`, newest first. */
export function supportedSeries(releases: readonly LifecycleRelease[], day: string): LifecycleRelease[] {
  return sortNewestFirst(releases).filter((r) => isSupported(r, day));
}

/** The current series: the newest one released by `day` that still gets fixes, if any. */
export function currentSeries(releases: readonly LifecycleRelease[], day: string): LifecycleRelease | undefined {
  return supportedSeries(releases, day)[0];
}

/** The LTS series that get fixes on `day`, newest first. */
export function supportedLts(releases: readonly LifecycleRelease[], day: string): LifecycleRelease[] {
  return supportedSeries(releases, day).filter((r) => r.lts !== undefined && r.lts !== false);
}

/** The supported series whose security support ends first (among those with an announced end). */
export function soonestEnd(releases: readonly LifecycleRelease[], day: string): LifecycleRelease | undefined {
  return supportedSeries(releases, day)
    .filter((r) => r.securitySupportUntil)
    .sort((a, b) => a.securitySupportUntil!.localeCompare(b.securitySupportUntil!) || b.releaseDate.localeCompare(a.releaseDate))[0];
}

/**
 * The series a profile's timeline and table show: every series supported on `day`, and those
 * whose security support ended within the last ENDED_SHOWN_YEARS years. Newest first.
 */
export function shownSeries(releases: readonly LifecycleRelease[], day: string, years = ENDED_SHOWN_YEARS): LifecycleRelease[] {
  const since = addMonths(day, -12 * years);
  return sortNewestFirst(releases).filter((r) => {
    const s = seriesStatus(r, day);
    if (s === 'unreleased') return false;
    return s !== 'ended' || r.securitySupportUntil! >= since;
  });
}

function sortNewestFirst(releases: readonly LifecycleRelease[]): LifecycleRelease[] {
  return [...releases].sort((a, b) => b.releaseDate.localeCompare(a.releaseDate));
}

/** "LTS", "LTS since 29 October 2025", or "" for a series that is not LTS. */
export function ltsText(r: LifecycleRelease, formatDay: (day: string) => string = (d) => d): string {
  if (r.lts === undefined || r.lts === false) return '';
  return r.lts === true ? 'LTS' : `LTS since ${formatDay(r.lts)}`;
}

/** "21 November 2026" for a YYYY-MM-DD day, in UTC so every build says the same. */
export function formatDay(day: string): string {
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}

/** Said wherever a framework's releases are not in the atlas yet. */
export const NOT_RECORDED = 'not recorded yet';

/** One row of the lifecycle comparison (pair pages and /compare/): a label and one text per framework. */
export interface LifecycleFactRow {
  label: string;
  cells: string[];
}

/**
 * The four lifecycle rows of a side-by-side comparison: "Supported series", "LTS", "Security fixes
 * until" and "Release cadence". Same words on pair pages (built) and /compare/ (browser).
 */
export function lifecycleFacts(
  frameworks: readonly { releases?: readonly LifecycleRelease[] | undefined; releasePolicy?: LifecyclePolicy | undefined }[],
  day: string,
): LifecycleFactRow[] {
  const each = (fn: (releases: readonly LifecycleRelease[]) => string) =>
    frameworks.map((f) => (f.releases && f.releases.length > 0 ? fn(f.releases) : NOT_RECORDED));
  return [
    {
      label: 'Supported series',
      cells: each((rs) => {
        const list = supportedSeries(rs, day);
        return list.length === 0 ? 'none supported today' : list.map((r) => r.series + (r === list[0] ? ' (current)' : '')).join(', ');
      }),
    },
    {
      label: 'LTS',
      cells: each((rs) => {
        const list = supportedLts(rs, day);
        return list.length === 0 ? 'no supported LTS series' : list.map((r) => r.series).join(', ');
      }),
    },
    {
      label: 'Security fixes until',
      cells: each((rs) => {
        const list = supportedSeries(rs, day);
        if (list.length === 0) return 'no supported series';
        return list
          .map(
            (r) =>
              `${r.series}: ${r.securitySupportUntil ? formatDay(r.securitySupportUntil) : 'end not announced'}${endsSoon(r, day) ? ' (ends within 6 months)' : ''}`,
          )
          .join('; ');
      }),
    },
    { label: 'Release cadence', cells: frameworks.map((f) => f.releasePolicy?.summary ?? NOT_RECORDED) },
  ];
}

/** A bar of the timeline: x and width in the drawing's units. */
export interface Span {
  x: number;
  width: number;
}

export interface TimelineBar {
  release: LifecycleRelease;
  status: SeriesStatus;
  /** Release to the end of active support (or of all support when the policy makes no split). */
  active: Span;
  /** End of active support to the end of security support, when the policy separates them. */
  security?: Span;
  /** No end of support announced: the bar runs to the edge of the drawing. */
  open: boolean;
}

export interface TimelineGeometry {
  /** First and last day of the axis (1 January of the first year, 1 January after the last). */
  from: string;
  to: string;
  bars: TimelineBar[];
  /** x of the "today" line. */
  todayX: number;
  /** 1 January of each year on the axis, with its x. */
  ticks: { year: number; x: number }[];
}

/**
 * Where each bar of a profile's timeline goes: the axis runs from the year of the oldest release
 * shown to the year after the last announced end (at least a year past `day`); `x0` and `width`
 * are the plot area in the drawing's units.
 */
export function timelineGeometry(releases: readonly LifecycleRelease[], day: string, x0: number, width: number): TimelineGeometry {
  const startYear = Math.min(Number(day.slice(0, 4)), ...releases.map((r) => Number(r.releaseDate.slice(0, 4))));
  const ends = releases.flatMap((r) => [r.securitySupportUntil, r.activeSupportUntil]).filter((d): d is string => d !== undefined);
  const endYear = Math.max(Number(addMonths(day, 12).slice(0, 4)), ...ends.map((d) => Number(d.slice(0, 4)))) + 1;
  const from = `${startYear}-01-01`;
  const to = `${endYear}-01-01`;
  const span = dayNumber(to) - dayNumber(from);
  const xOf = (d: string) => x0 + ((dayNumber(d) - dayNumber(from)) / span) * width;
  const round = (n: number) => Math.round(n * 10) / 10;
  const spanOf = (a: string, b: string): Span => ({ x: round(xOf(a)), width: round(Math.max(1, xOf(b) - xOf(a))) });
  const bars = releases.map((r): TimelineBar => {
    const end = r.securitySupportUntil ?? to;
    const split = r.activeSupportUntil && r.securitySupportUntil && r.activeSupportUntil < r.securitySupportUntil;
    return {
      release: r,
      status: seriesStatus(r, day),
      active: spanOf(r.releaseDate, split ? r.activeSupportUntil! : r.activeSupportUntil && !r.securitySupportUntil ? r.activeSupportUntil : end),
      ...(split
        ? { security: spanOf(r.activeSupportUntil!, r.securitySupportUntil!) }
        : r.activeSupportUntil && !r.securitySupportUntil
          ? { security: spanOf(r.activeSupportUntil, to) }
          : {}),
      open: r.securitySupportUntil === undefined,
    };
  });
  const ticks = Array.from({ length: endYear - startYear + 1 }, (_, i) => ({ year: startYear + i, x: round(xOf(`${startYear + i}-01-01`)) }));
  return { from, to, bars, todayX: round(xOf(day)), ticks };
}

/** One framework on /lifecycle/: its current series, LTS and the soonest end of support. */
export interface LifecycleRow {
  slug: string;
  name: string;
  /** undefined: the framework's releases are not recorded yet. */
  releases?: LifecycleRelease[];
  current?: LifecycleRelease;
  lts: LifecycleRelease[];
  soonest?: LifecycleRelease;
  /** The soonest end of support ends within ENDS_SOON_MONTHS. */
  soon: boolean;
  policy?: LifecyclePolicy;
}

export function lifecycleRow(
  f: { slug: string; name: string; releases?: LifecycleRelease[] | undefined; releasePolicy?: LifecyclePolicy | undefined },
  day: string,
): LifecycleRow {
  const soonest = f.releases ? soonestEnd(f.releases, day) : undefined;
  const current = f.releases ? currentSeries(f.releases, day) : undefined;
  return {
    slug: f.slug,
    name: f.name,
    ...(f.releases ? { releases: f.releases } : {}),
    ...(current ? { current } : {}),
    lts: f.releases ? supportedLts(f.releases, day) : [],
    ...(soonest ? { soonest } : {}),
    soon: soonest ? endsSoon(soonest, day) : false,
    ...(f.releasePolicy ? { policy: f.releasePolicy } : {}),
  };
}

/** The orders /lifecycle/ offers, each a page of its own. */
export const LIFECYCLE_ORDERS = ['soonest', 'name'] as const;
export type LifecycleOrder = (typeof LIFECYCLE_ORDERS)[number];

/**
 * Rows in an order. `soonest`: the soonest announced end of security support first; then the
 * frameworks whose supported series have no announced end; then those with no supported series;
 * then those whose releases are not recorded yet; each group by name. `name`: by name.
 */
export function sortLifecycle(rows: readonly LifecycleRow[], order: LifecycleOrder): LifecycleRow[] {
  const byName = (a: LifecycleRow, b: LifecycleRow) => a.name.localeCompare(b.name, 'en');
  if (order === 'name') return [...rows].sort(byName);
  const group = (r: LifecycleRow) => (r.soonest ? 0 : r.current ? 1 : r.releases ? 2 : 3);
  return [...rows].sort(
    (a, b) =>
      group(a) - group(b) || (a.soonest && b.soonest ? a.soonest.securitySupportUntil!.localeCompare(b.soonest.securitySupportUntil!) : 0) || byName(a, b),
  );
}

/**
 * How long a framework's current LTS series (or, without one, its newest supported series) keeps
 * security fixes after `day`, for the home page's chart. Frameworks without an announced end or
 * without recorded releases are left out (the chart says how many).
 */
export interface HorizonRow {
  slug: string;
  name: string;
  series: LifecycleRelease;
  /** The series is LTS. */
  lts: boolean;
  /** Days from `day` to the end of security support. */
  days: number;
}

export function supportHorizon(frameworks: readonly { slug: string; name: string; releases?: LifecycleRelease[] | undefined }[], day: string): HorizonRow[] {
  const rows: HorizonRow[] = [];
  for (const f of frameworks) {
    if (!f.releases) continue;
    const lts = supportedLts(f.releases, day)
      .filter((r) => r.securitySupportUntil)
      .sort((a, b) => b.securitySupportUntil!.localeCompare(a.securitySupportUntil!))[0];
    const series = lts ?? currentSeries(f.releases, day);
    if (!series?.securitySupportUntil) continue;
    rows.push({ slug: f.slug, name: f.name, series, lts: lts !== undefined, days: dayNumber(series.securitySupportUntil) - dayNumber(day) });
  }
  return rows.sort((a, b) => b.days - a.days || a.name.localeCompare(b.name, 'en'));
}

/** The series a version belongs to: "5.2.3" and "5.2" belong to "5.2", "24.1.0" to "24"; the longest match wins. */
export function seriesOf(version: string, releases: readonly LifecycleRelease[]): LifecycleRelease | undefined {
  const v = version.replace(/^v/, '');
  return releases
    .filter((r) => {
      const s = r.series.replace(/^v/, '');
      return v === s || v.startsWith(`${s}.`);
    })
    .sort((a, b) => b.series.length - a.series.length)[0];
}

/** A source taken from endoflife.date (its site or its GitHub repository), which must then be credited. */
export function endOfLifeSource<T extends { url: string }>(sources: readonly T[]): T | undefined {
  return sources.find((s) =>
    /^https:\/\/(?:[a-z0-9-]+\.)*endoflife\.date(?:\/|$)|^https:\/\/(?:raw\.githubusercontent\.com|github\.com)\/endoflife-date\//.test(s.url),
  );
}
