/**
 * content/features.yaml, read one way everywhere: the content loader, the content check, the
 * feature order and `npm run new` all parse it with `parseFeaturesFile` (the `yaml` package).
 * Node-only (reads the file system): browser code never imports this module.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export const FEATURES_FILE = fileURLToPath(new URL('../../../content/features.yaml', import.meta.url));

/**
 * The feature entries keyed by id, each with `order`, its position in the file (the order in
 * which features are listed within a category). Throws the parser's error on invalid YAML.
 */
export function parseFeaturesFile(text: string): Record<string, Record<string, unknown>> {
  const parsed: unknown = parse(text);
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return {};
  return Object.fromEntries(
    Object.entries(parsed as Record<string, unknown>).map(([id, entry], order) => [id, { ...(entry && typeof entry === 'object' ? entry : {}), order }]),
  );
}

export function readFeatureIds(file: string = FEATURES_FILE): [string, ...string[]] {
  const ids = Object.keys(parseFeaturesFile(readFileSync(file, 'utf8')));
  if (ids.length === 0) throw new Error(`${file}: expected at least one feature entry`);
  return ids as [string, ...string[]];
}
