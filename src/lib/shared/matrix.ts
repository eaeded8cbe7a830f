/**
 * The comparison matrix: one row per feature, one cell per framework, in the order asked for.
 * Pure data in, pure data out, so pair pages, /compare/ and the tests share one definition of
 * "the same" and "different".
 */
import { cellOf } from '../model/levels.ts';
import { sameSupport, supportRank, type SupportFacts } from './support.ts';
import type { Support } from '../model/schema.ts';

export interface MatrixFramework<C extends Support = Support> {
  slug: string;
  name: string;
  features: Readonly<Record<string, C>>;
}
export interface MatrixFeature {
  id: string;
  name: string;
}
export interface MatrixRow<C extends Support = Support> {
  feature: MatrixFeature;
  cells: C[];
  /** True when the frameworks do not all have the same support level. */
  differs: boolean;
}

/** Frameworks "support a feature the same way" when their levels are equal and all or none are partial. */
export function rowDiffers(cells: readonly SupportFacts[]): boolean {
  return cells.some((c) => !sameSupport(c, cells[0]!));
}

export function buildMatrix<C extends Support>(frameworks: readonly MatrixFramework<C>[], features: readonly MatrixFeature[]): MatrixRow<C>[] {
  return features.map((feature) => {
    const cells = frameworks.map((fw) => cellOf(fw.features, feature.id, fw.slug));
    return { feature, cells, differs: rowDiffers(cells) };
  });
}

export interface PairSummary {
  /** Features where the first framework's support is more direct than the second's. */
  aAhead: MatrixFeature[];
  /** Features where the second framework's support is more direct. */
  bAhead: MatrixFeature[];
  /** Features with the same level (and partial or not) in both. */
  same: number;
  /** Features where either side is unknown: not counted as a difference. */
  unverified: MatrixFeature[];
}

/**
 * Where two frameworks differ, feature by feature: built-in beats official beats community beats
 * none, and a partial answer ranks just below the full answer at its level.
 */
export function summarisePair(rows: readonly MatrixRow[]): PairSummary {
  const summary: PairSummary = { aAhead: [], bAhead: [], same: 0, unverified: [] };
  for (const row of rows) {
    const [a, b] = row.cells;
    if (!a || !b) throw new Error('summarisePair needs rows of exactly two frameworks');
    if (a.level === 'unknown' || b.level === 'unknown') summary.unverified.push(row.feature);
    else if (supportRank(a) === supportRank(b)) summary.same += 1;
    else if (supportRank(a) < supportRank(b)) summary.aAhead.push(row.feature);
    else summary.bAhead.push(row.feature);
  }
  return summary;
}
