/**
 * Feature ids, read from content/features.yaml so that the file stays the single source of truth.
 * The frameworks schema uses them as an enum: a typo in a feature id fails the build.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export const FEATURES_FILE = fileURLToPath(new URL('../../content/features.yaml', import.meta.url));

export function readFeatureIds(file: string = FEATURES_FILE): [string, ...string[]] {
  const parsed: unknown = parse(readFileSync(file, 'utf8'));
  const ids = parsed && typeof parsed === 'object' ? Object.keys(parsed) : [];
  if (ids.length === 0) throw new Error(`${file}: expected at least one feature entry`);
  return ids as [string, ...string[]];
}
