/**
 * Pre-sorted views of the collections, so pages only render. Everything here reads
 * `astro:content`; pure logic lives in the other modules of src/lib so it can be unit tested.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { CATEGORIES, type CategoryId } from '../model/categories.ts';
import { pairPages } from './pair-policy.ts';
import { pairSlug } from '../shared/pairs.ts';
import { lifecyclePages, type LifecyclePage } from './lifecycle-pages.ts';
import { toLifecycle, today, type LifecycleOrder } from '../shared/lifecycle.ts';

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
  return all.sort((a, b) => categories.indexOf(a.data.category) - categories.indexOf(b.data.category) || a.data.order - b.data.order);
}

/** Features grouped by category, in display order; empty categories left out. */
export function groupByCategory(features: Feature[]): { id: CategoryId; label: string; features: Feature[] }[] {
  return CATEGORIES.map((c) => ({ id: c.id, label: c.label, features: features.filter((f) => f.data.category === c.id) })).filter((g) => g.features.length > 0);
}

/** Distinct values of a field across frameworks, sorted: used by the language and kind filters. */
export function distinct(values: Iterable<string>): string[] {
  return [...new Set(values)].sort((a, b) => a.localeCompare(b, 'en'));
}

/** The curated lists of content/editorial.yaml. */
export async function getEditorial(): Promise<CollectionEntry<'editorial'>['data']> {
  const entry = await getEntry('editorial', 'editorial');
  if (!entry) throw new Error('content/editorial.yaml is missing');
  return entry.data;
}

let pairPagesCache: Promise<[Framework, Framework][]> | undefined;

/**
 * The framework pairs that have a static comparison page (see src/lib/page-data/pair-policy.ts). Computed
 * once per build: every pair page asks for it, and the policy is O(N²) in the number of frameworks.
 */
export function getPairPages(): Promise<[Framework, Framework][]> {
  pairPagesCache ??= Promise.all([getFrameworks(), getEditorial()]).then(([frameworks, editorial]) => {
    const bySlug = new Map(frameworks.map((f) => [f.id, f]));
    return pairPages(
      frameworks.map((f) => ({ slug: f.id, languages: f.data.languages })),
      editorial.commonComparisons,
    ).map(([a, b]): [Framework, Framework] => [bySlug.get(a)!, bySlug.get(b)!]);
  });
  return pairPagesCache;
}

let pairSlugsCache: Promise<Set<string>> | undefined;

/** Canonical slugs of the pairs that have a page, for links that must not point at missing pages. */
export function getPairPageSlugs(): Promise<Set<string>> {
  pairSlugsCache ??= getPairPages().then((pairs) => new Set(pairs.map(([a, b]) => pairSlug(a.id, b.id))));
  return pairSlugsCache;
}

/** Static paths of one /lifecycle/ order's pages (/lifecycle/, /lifecycle/2/, …): both route files use this. */
export async function lifecyclePaths(order: LifecycleOrder): Promise<{ params: { page: string | undefined }; props: { list: LifecyclePage } }[]> {
  const frameworks = (await getFrameworks()).map((f) => ({
    slug: f.id,
    name: f.data.name,
    releases: toLifecycle(f.data.releases),
    releasePolicy: f.data.releasePolicy,
  }));
  return lifecyclePages(frameworks, order, today()).map((p) => ({ params: { page: p.page === 1 ? undefined : String(p.page) }, props: { list: p } }));
}
