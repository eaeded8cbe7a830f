/**
 * Numbers behind the build-time charts (SVG, no script): pure functions, so the charts and their
 * tables always show the same figures.
 */
import { countLevels } from '../model/levels.ts';
import type { Level } from '../model/vocab.ts';

export interface CoverageRow {
  slug: string;
  name: string;
  counts: Record<Level, number>;
}

/** Frameworks by how many features they cover built-in, then official, then community, best first. */
export function coverageRows(frameworks: readonly { slug: string; name: string; levels: readonly Level[] }[], limit: number): CoverageRow[] {
  return frameworks
    .map((f) => ({ slug: f.slug, name: f.name, counts: countLevels(f.levels) }))
    .sort(
      (a, b) =>
        b.counts['built-in'] - a.counts['built-in'] ||
        b.counts.official - a.counts.official ||
        b.counts.community - a.counts.community ||
        a.name.localeCompare(b.name, 'en'),
    )
    .slice(0, limit);
}

/** Segments of a stacked bar: x offset and width (0–total scale) for each level with a count. */
export function barSegments(counts: Record<Level, number>, order: readonly Level[]): { level: Level; x: number; width: number }[] {
  let x = 0;
  return order
    .filter((l) => counts[l] > 0)
    .map((level) => {
      const seg = { level, x, width: counts[level] };
      x += counts[level];
      return seg;
    });
}

export interface TimelineRow {
  slug: string;
  name: string;
  first: number;
  latest: string;
}

/** Frameworks by first release year (oldest first), and the span of years the axis must cover. */
export function timeline(rows: readonly TimelineRow[], currentYear: number): { rows: TimelineRow[]; from: number; to: number } {
  const sorted = [...rows].sort((a, b) => a.first - b.first || a.name.localeCompare(b.name, 'en'));
  const from = Math.min(...sorted.map((r) => r.first), currentYear);
  return { rows: sorted, from: Math.floor(from / 5) * 5, to: currentYear };
}
