/**
 * The pages of /lifecycle/: one list per order (soonest end of support first at /lifecycle/, by
 * name at /lifecycle/by-name/), LIFECYCLE_PER_PAGE rows a page (…/2/, …/3/), so the page stays
 * within its budget at any number of frameworks. Pure: the route files only render.
 */
import { lifecycleRow, sortLifecycle, type LifecycleOrder, type LifecyclePolicy, type LifecycleRelease, type LifecycleRow } from '../shared/lifecycle.ts';
import { LIFECYCLE_PER_PAGE } from './limits.ts';

export interface LifecyclePage {
  order: LifecycleOrder;
  /** 1-based. */
  page: number;
  pages: number;
  offset: number;
  rows: LifecycleRow[];
  total: number;
  soon: number;
  missing: number;
}

export function lifecyclePages(
  frameworks: readonly { slug: string; name: string; releases?: LifecycleRelease[] | undefined; releasePolicy?: LifecyclePolicy | undefined }[],
  order: LifecycleOrder,
  day: string,
  perPage = LIFECYCLE_PER_PAGE,
): LifecyclePage[] {
  const rows = sortLifecycle(
    frameworks.map((f) => lifecycleRow(f, day)),
    order,
  );
  const pages = Math.max(1, Math.ceil(rows.length / perPage));
  const soon = rows.filter((r) => r.soon).length;
  const missing = rows.filter((r) => !r.releases).length;
  return Array.from({ length: pages }, (_, i) => ({
    order,
    page: i + 1,
    pages,
    offset: i * perPage,
    rows: rows.slice(i * perPage, (i + 1) * perPage),
    total: rows.length,
    soon,
    missing,
  }));
}
