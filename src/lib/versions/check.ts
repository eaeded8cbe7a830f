/**
 * The check itself, without I/O: ask registries (through an injected `ask`), compare with what
 * the frontmatter records, format the report lines and plan the `--write` edits.
 */
import { latestOf, pageOf } from './clients.ts';
import type { FrameworkFile } from './load.ts';
import { isUnreachable, type FetchLike, type Lookup, type Release, type Unreachable } from './types.ts';
import { compareVersions, newestStable } from './version.ts';
import type { Edit } from './write.ts';

export type Status = 'current' | 'behind' | 'ahead' | 'unreachable' | 'no registry';
export type PackageStatus = 'current' | 'behind' | 'ahead' | 'no date' | 'unreachable';

/** Ask each coordinate at most once, with at most `limit` requests-worth of lookups running at a time. */
export function makeAsk(fetch: FetchLike, limit = 4): (coordinate: string) => Promise<Lookup> {
  const cache = new Map<string, Promise<Lookup>>();
  const waiting: (() => void)[] = [];
  let running = 0;
  const run = async (coordinate: string): Promise<Lookup> => {
    if (running >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    running++;
    try {
      return await latestOf(coordinate, fetch);
    } finally {
      running--;
      waiting.shift()?.();
    }
  };
  return (coordinate) => {
    if (!cache.has(coordinate)) cache.set(coordinate, run(coordinate));
    return cache.get(coordinate)!;
  };
}

/** Recorded vs the registry's newest stable version. */
export function versionStatus(recorded: string, latest: string): 'current' | 'behind' | 'ahead' {
  const d = compareVersions(recorded, latest);
  return d < 0 ? 'behind' : d > 0 ? 'ahead' : 'current';
}

export interface FrameworkRow {
  slug: string;
  file: string;
  coordinate?: string;
  recorded?: string;
  lookup?: Lookup;
  status: Status;
}

const text = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

export async function checkFrameworks(frameworks: readonly FrameworkFile[], ask: (coordinate: string) => Promise<Lookup>): Promise<FrameworkRow[]> {
  return Promise.all(
    frameworks.map(async ({ slug, file, data }): Promise<FrameworkRow> => {
      const coordinate = text(data.registry);
      const recorded = text(data.latestVersion) ?? (typeof data.latestVersion === 'number' ? String(data.latestVersion) : undefined);
      const base = { slug, file, ...(recorded ? { recorded } : {}) };
      if (!coordinate) return { ...base, status: 'no registry' };
      const lookup = await ask(coordinate);
      const status: Status = isUnreachable(lookup) ? 'unreachable' : recorded ? versionStatus(recorded, lookup.version) : 'behind';
      return { ...base, coordinate, lookup, status };
    }),
  );
}

/** Pad columns so the report reads as a table. */
export function table(rows: readonly string[][]): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return rows.map((row) => row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  '));
}

const statusText = (status: string, lookup?: Lookup) => (lookup && isUnreachable(lookup) ? `unreachable (${lookup.unreachable})` : status);

/** "slug  recorded  registry  status" per framework, then "37 frameworks: 30 current, 2 behind, 0 ahead, 5 unreachable". */
export function frameworkLines(rows: readonly FrameworkRow[]): string[] {
  const lines = table(
    rows.map((r) => [r.slug, r.recorded ?? '—', r.lookup && !isUnreachable(r.lookup) ? r.lookup.version : '—', statusText(r.status, r.lookup)]),
  );
  const n = (s: Status) => rows.filter((r) => r.status === s).length;
  const none = n('no registry');
  lines.push(
    `${rows.length} frameworks: ${n('current')} current, ${n('behind')} behind, ${n('ahead')} ahead, ${n('unreachable')} unreachable${none ? `, ${none} no registry` : ''}`,
  );
  return lines;
}

export type SeriesStatus = 'current' | 'behind' | 'ahead' | 'not on the registry' | 'unreachable';

/** One supported release series: the `latest` the frontmatter records against the registry's newest release in that series. */
export interface SeriesRow {
  slug: string;
  series: string;
  recorded?: string;
  /** The registry's newest stable release in the series. */
  registry?: string;
  status: SeriesStatus;
  /** Why the registry could not be asked, when it could not. */
  unreachable?: string;
}

/** A YAML day as the frontmatter parser gives it (string, or Date for some parsers), as YYYY-MM-DD. */
const dayText = (v: unknown): string | undefined => (v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === 'string' ? v : undefined);

/** The series of a framework's `releases` still supported on `today` (released, security support not ended), in file order. */
export function supportedSeriesOf(data: Record<string, unknown>, today: string): { series: string; latest?: string }[] {
  const list = Array.isArray(data.releases) ? (data.releases as Record<string, unknown>[]) : [];
  return list
    .filter((r) => r && typeof r === 'object' && (typeof r.series === 'string' || typeof r.series === 'number'))
    .filter((r) => {
      const released = dayText(r.releaseDate);
      const end = dayText(r.securitySupportUntil);
      return (!released || released <= today) && (!end || end >= today);
    })
    .map((r) => ({ series: String(r.series), ...(text(r.latest) ? { latest: text(r.latest)! } : {}) }));
}

/** The newest version of `versions` in `series` ("5.2" takes "5.2.9", not "5.20.0"); undefined when there is none. */
export function newestInSeries(versions: readonly string[], series: string): string | undefined {
  const s = series.replace(/^v/, '');
  return newestStable(
    versions.filter((v) => {
      const p = v.replace(/^v/, '');
      return p === s || p.startsWith(`${s}.`);
    }),
  );
}

/**
 * For every framework with `releases` and a registry, each supported series' recorded `latest`
 * against the registry's newest release in that series (`askVersions` lists every stable version).
 */
export async function checkSeries(
  frameworks: readonly FrameworkFile[],
  askVersions: (coordinate: string) => Promise<string[] | Unreachable>,
  today: string,
): Promise<SeriesRow[]> {
  const rows = await Promise.all(
    frameworks.map(async ({ slug, data }): Promise<SeriesRow[]> => {
      const coordinate = text(data.registry);
      const supported = supportedSeriesOf(data, today);
      if (!coordinate || supported.length === 0) return [];
      const versions = await askVersions(coordinate);
      return supported.map(({ series, latest }): SeriesRow => {
        const base = { slug, series, ...(latest ? { recorded: latest } : {}) };
        if (!Array.isArray(versions)) return { ...base, status: 'unreachable', unreachable: versions.unreachable };
        const newest = newestInSeries(versions, series);
        if (!newest) return { ...base, status: 'not on the registry' };
        return { ...base, registry: newest, status: latest ? versionStatus(latest, newest) : 'behind' };
      });
    }),
  );
  return rows.flat();
}

/** "django 5.2: recorded 5.2.8, registry 5.2.9 behind" per supported series, then a count line. */
export function seriesLines(rows: readonly SeriesRow[]): string[] {
  const lines = rows.map((r) => {
    const what = `${r.slug} ${r.series}: recorded ${r.recorded ?? '—'}`;
    if (r.status === 'unreachable') return `${what}, registry unreachable (${r.unreachable})`;
    if (r.status === 'not on the registry') return `${what}, no release of the series on the registry`;
    return `${what}, registry ${r.registry} ${r.status}`;
  });
  const n = (s: SeriesStatus) => rows.filter((r) => r.status === s).length;
  lines.push(
    `${rows.length} supported series: ${n('current')} current, ${n('behind')} behind, ${n('ahead')} ahead, ${n('not on the registry')} not on the registry, ${n('unreachable')} unreachable`,
  );
  return lines;
}

/** One official or community cell that names a registry package. */
export interface PackageCell {
  slug: string;
  file: string;
  feature: string;
  lastRelease?: string;
  deprecated?: string;
}

export interface PackageRow {
  coordinate: string;
  cells: PackageCell[];
  lookup: Lookup;
  /** Month of the registry's newest stable release, YYYY-MM, when it gives a date. */
  month?: string;
  status: PackageStatus;
  /** Set when the registry says the package is deprecated. */
  deprecated?: string;
}

/** Every distinct `maintenance.registry` coordinate and the cells that name it, sorted by coordinate. */
export function collectPackages(frameworks: readonly FrameworkFile[]): Map<string, PackageCell[]> {
  const found = new Map<string, PackageCell[]>();
  for (const { slug, file, data } of frameworks) {
    const features = data.features;
    if (!features || typeof features !== 'object') continue;
    for (const [feature, cell] of Object.entries(features as Record<string, unknown>)) {
      const m = (cell as { maintenance?: unknown } | null)?.maintenance as Record<string, unknown> | undefined;
      const coordinate = text(m?.registry);
      if (!m || !coordinate) continue;
      const lastRelease = text(m.lastRelease);
      const deprecated = text(m.deprecated);
      const entry: PackageCell = { slug, file, feature, ...(lastRelease ? { lastRelease } : {}), ...(deprecated ? { deprecated } : {}) };
      found.set(coordinate, [...(found.get(coordinate) ?? []), entry]);
    }
  }
  return new Map([...found].sort(([a], [b]) => a.localeCompare(b)));
}

export async function checkPackages(frameworks: readonly FrameworkFile[], ask: (coordinate: string) => Promise<Lookup>): Promise<PackageRow[]> {
  return Promise.all(
    [...collectPackages(frameworks)].map(async ([coordinate, cells]): Promise<PackageRow> => {
      const lookup = await ask(coordinate);
      if (isUnreachable(lookup)) return { coordinate, cells, lookup, status: 'unreachable' };
      const month = lookup.date?.slice(0, 7);
      const deprecated = lookup.deprecated ? { deprecated: lookup.deprecated } : {};
      if (!month) return { coordinate, cells, lookup, status: 'no date', ...deprecated };
      const months = cells.map((c) => c.lastRelease ?? '');
      const status: PackageStatus = months.every((m) => m === month) ? 'current' : months.some((m) => m < month) ? 'behind' : 'ahead';
      return { coordinate, cells, lookup, month, status, ...deprecated };
    }),
  );
}

/** "coordinate  recorded  version  month  status[; deprecation]" per package, then a count line. */
export function packageLines(rows: readonly PackageRow[]): string[] {
  const lines = table(
    rows.map((r) => {
      const recorded = [...new Set(r.cells.map((c) => c.lastRelease ?? '—'))].join(',');
      const ok = !isUnreachable(r.lookup);
      let status = statusText(r.status, r.lookup);
      if (r.deprecated) {
        const unrecorded = r.cells.filter((c) => !c.deprecated).map((c) => `${c.slug}/${c.feature}`);
        status += unrecorded.length ? `; deprecated on the registry ("${r.deprecated}"), not recorded in ${unrecorded.join(', ')}` : '; deprecated (recorded)';
      }
      return [r.coordinate, recorded, ok ? (r.lookup as Release).version : '—', r.month ?? '—', status];
    }),
  );
  const n = (s: PackageStatus) => rows.filter((r) => r.status === s).length;
  const deprecated = rows.filter((r) => r.deprecated).length;
  lines.push(
    `${rows.length} packages: ${n('current')} current, ${n('behind')} behind, ${n('ahead')} ahead, ${n('no date')} without a date, ${n('unreachable')} unreachable${deprecated ? `, ${deprecated} deprecated` : ''}`,
  );
  return lines;
}

/**
 * The `--write` edits per file: for a framework that is behind, `latestVersion` and
 * `versionCheck` (`today` as YYYY-MM-DD, the registry's page for the version); for a package
 * newer than a cell's `lastRelease`, that cell's `lastRelease`. Nothing ever moves backwards.
 */
export function planEdits(frameworkRows: readonly FrameworkRow[], packageRows: readonly PackageRow[], today: string): Map<string, Edit[]> {
  const plan = new Map<string, Edit[]>();
  const add = (file: string, edits: Edit[]) => plan.set(file, [...(plan.get(file) ?? []), ...edits]);
  for (const r of frameworkRows) {
    if (r.status !== 'behind' || !r.coordinate || !r.lookup || isUnreachable(r.lookup)) continue;
    add(r.file, [
      { path: ['latestVersion'], value: r.lookup.version },
      { path: ['versionCheck', 'date'], value: today },
      { path: ['versionCheck', 'source'], value: pageOf(r.coordinate, r.lookup) },
    ]);
  }
  for (const r of packageRows) {
    if (!r.month) continue;
    for (const c of r.cells) {
      if (c.lastRelease !== undefined && c.lastRelease < r.month)
        add(c.file, [{ path: ['features', c.feature, 'maintenance', 'lastRelease'], value: r.month }]);
    }
  }
  return plan;
}
