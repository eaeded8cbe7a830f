import { LEVELS, type Level } from './vocab.ts';

/** How each support level is named and explained wherever it is shown. */
export const LEVEL_INFO: Record<Level, { label: string; explanation: string }> = {
  'built-in': { label: 'Built-in', explanation: 'works in a new project made the framework’s standard way' },
  official: { label: 'Official package', explanation: 'a first-party package from the same project or organisation' },
  community: { label: 'Community package', explanation: 'a named third-party package' },
  none: { label: 'None', explanation: 'no support worth naming' },
  unknown: { label: 'Unknown', explanation: 'not verified yet' },
};

/** Rank used to sort frameworks by how directly they support a feature (lower is better). */
export function levelRank(level: Level): number {
  return LEVELS.indexOf(level);
}

/** Count of cells per level, in display order, including zeros. */
export function countLevels(levels: Iterable<Level>): Record<Level, number> {
  const counts = Object.fromEntries(LEVELS.map((l) => [l, 0])) as Record<Level, number>;
  for (const level of levels) counts[level] += 1;
  return counts;
}
