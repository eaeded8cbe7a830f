import { LEVELS, type Level } from './vocab.ts';
import type { Support } from './schema.ts';

/** How each support level is named and explained wherever it is shown. */
export const LEVEL_INFO: Record<Level, { label: string; explanation: string }> = {
  'built-in': { label: 'Built-in', explanation: 'works in a new project made the framework’s standard way' },
  official: { label: 'Official package', explanation: 'a first-party package from the same project or organisation' },
  community: { label: 'Community package', explanation: 'a named third-party package' },
  none: { label: 'None', explanation: 'no support worth naming' },
  unknown: { label: 'Unknown', explanation: 'not verified yet' },
};

/** One icon per level (a 16×16 stroked path), so levels differ by shape as well as colour and text. */
export const LEVEL_ICONS: Record<Level, string> = {
  'built-in': 'M3 8.5 6.5 12 13 4.5',
  official: 'M8 1.5 10 6h4.5l-3.6 2.8 1.4 4.7L8 10.8l-4.3 2.7 1.4-4.7L1.5 6H6z',
  community:
    'M5 7a2 2 0 1 0 0-4 2 2 0 0 0 0 4zm6 0a2 2 0 1 0 0-4 2 2 0 0 0 0 4zM1.5 13c0-2 1.5-3.5 3.5-3.5S8.5 11 8.5 13m0 0c0-2 1-3.5 2.5-3.5s3.5 1.5 3.5 3.5',
  none: 'M4 4l8 8M12 4l-8 8',
  unknown: 'M5.5 6a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 .8-1 1.5V11M8 13.5v.01',
};

/** The mark drawn after a level when support is partial: a circle split in half. */
export const PARTIAL_ICON = 'M8 2a6 6 0 1 0 0 12A6 6 0 0 0 8 2zM8 2v12';

/** How partial support is explained in legends. */
export const PARTIAL_EXPLANATION =
  'the feature is there but covers only part of it, or its only package is dormant (deprecated or no release for two years); the note says what is missing';

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

/**
 * The statement for one feature. The schema requires every feature id, so a miss is a caller's
 * mistake (a feature id that is not in content/features.yaml); say so instead of returning undefined.
 */
export function cellOf<C extends Support>(features: Readonly<Record<string, C>>, featureId: string, owner = 'framework'): C {
  const cell = features[featureId];
  if (!cell) throw new Error(`${owner} has no support statement for "${featureId}"`);
  return cell;
}
