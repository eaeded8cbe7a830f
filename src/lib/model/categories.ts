/**
 * Feature categories: the registry that feeds `featureSchema.category`. Order here is the order
 * in which categories appear on profiles, feature lists and comparison tables.
 */
export const CATEGORIES = [
  { id: 'data', label: 'Data' },
  { id: 'http', label: 'HTTP and requests' },
  { id: 'views', label: 'Views and content' },
  { id: 'security', label: 'Security' },
  // `short`: shown where the group's columns are too narrow for the label (the matrix header), with the full label for screen readers.
  { id: 'architecture', label: 'Architecture', short: 'Arch.' },
  { id: 'realtime-apis', label: 'Real-time and APIs' },
  { id: 'operations', label: 'Operations' },
  { id: 'developer-experience', label: 'Developer experience' },
] as const;

export type CategoryId = (typeof CATEGORIES)[number]['id'];

export const CATEGORY_IDS = CATEGORIES.map((c) => c.id) as [CategoryId, ...CategoryId[]];

/** The label to show in a narrow header: the short form where one is set. */
export function categoryShortLabel(id: CategoryId): string | undefined {
  const found = CATEGORIES.find((c) => c.id === id);
  return found && 'short' in found ? found.short : undefined;
}

export function categoryLabel(id: CategoryId): string {
  return CATEGORIES.find((c) => c.id === id)?.label ?? id;
}
