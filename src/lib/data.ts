/**
 * Pre-sorted views of the collections, so pages only render. Everything here reads
 * `astro:content`; pure logic lives in the other modules of src/lib so it can be unit tested.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { CATEGORIES, type CategoryId } from './categories.ts';
import { readFeatureIds } from './feature-registry.ts';

export type Framework = CollectionEntry<'frameworks'>;
export type Feature = CollectionEntry<'features'>;

/** All frameworks, sorted by display name. */
export async function getFrameworks(): Promise<Framework[]> {
  const all = await getCollection('frameworks');
  return all.sort((a, b) => a.data.name.localeCompare(b.data.name, 'en'));
}

/** All features in category order, then in the order of content/features.yaml. */
export async function getFeatures(): Promise<Feature[]> {
  const all = await getCollection('features');
  const categories = CATEGORIES.map((c) => c.id as CategoryId);
  const fileOrder = readFeatureIds();
  return all.sort(
    (a, b) =>
      categories.indexOf(a.data.category) - categories.indexOf(b.data.category) || fileOrder.indexOf(a.id) - fileOrder.indexOf(b.id),
  );
}

/** Features grouped by category, in display order; empty categories left out. */
export function groupByCategory(features: Feature[]): { id: CategoryId; label: string; features: Feature[] }[] {
  return CATEGORIES.map((c) => ({ id: c.id, label: c.label, features: features.filter((f) => f.data.category === c.id) })).filter(
    (g) => g.features.length > 0,
  );
}

/** Distinct values of a field across frameworks, sorted: used by the language and kind filters. */
export function distinct(values: Iterable<string>): string[] {
  return [...new Set(values)].sort((a, b) => a.localeCompare(b, 'en'));
}
