/**
 * One feature across all frameworks, as shown on /features/<id>/: each framework once, grouped by
 * support level (strongest first), by name within a level.
 */
import { supportRank } from '../shared/support.ts';
import type { Support } from '../model/schema.ts';
import { LEVELS, type Level } from '../model/vocab.ts';

export interface FeatureAnswer {
  slug: string;
  name: string;
  languages: readonly string[];
  cell: Support;
}

/** Answers sorted by level (built-in first, each level's partial answers after its full ones), then by name. Each framework appears once. */
export function sortAnswers<T extends FeatureAnswer>(answers: readonly T[], now: Date = new Date()): T[] {
  return [...answers].sort((x, y) => supportRank(x.cell, now) - supportRank(y.cell, now) || x.name.localeCompare(y.name, 'en'));
}

/** Answers grouped by level in display order; levels nobody has are left out. */
export function groupAnswersByLevel<T extends FeatureAnswer>(answers: readonly T[]): { level: Level; answers: T[] }[] {
  const sorted = sortAnswers(answers);
  return LEVELS.map((level) => ({ level, answers: sorted.filter((a) => a.cell.level === level) })).filter((g) => g.answers.length > 0);
}

/**
 * The version every cell was checked against, when they all agree (profiles then say it once
 * instead of repeating it on every row); undefined when versions differ or are missing.
 */
export function commonVersion(cells: readonly Support[]): string | undefined {
  const versions = new Set(cells.map((c) => c.version));
  const [only] = versions;
  return versions.size === 1 && only !== undefined ? only : undefined;
}
