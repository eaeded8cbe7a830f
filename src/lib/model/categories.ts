/**
 * Feature categories: the registry that feeds `featureSchema.category`. Order here is the order
 * in which categories appear on profiles, feature lists and comparison tables.
 */
export const CATEGORIES = [
  { id: 'data', label: 'Data' },
  { id: 'http', label: 'HTTP and requests' },
  { id: 'views', label: 'Views and content' },
  { id: 'security', label: 'Security' },
  { id: 'architecture', label: 'Architecture' },
  { id: 'realtime-apis', label: 'Real-time and APIs' },
  { id: 'operations', label: 'Operations' },
  { id: 'developer-experience', label: 'Developer experience' },
] as const;

export type CategoryId = (typeof CATEGORIES)[number]['id'];

export const CATEGORY_IDS = CATEGORIES.map((c) => c.id) as [CategoryId, ...CategoryId[]];

export function categoryLabel(id: CategoryId): string {
  return CATEGORIES.find((c) => c.id === id)?.label ?? id;
}
