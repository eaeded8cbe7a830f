/**
 * Where a task's snippets live. Up to SNIPPETS_INLINE_UP_TO frameworks the task's feature page
 * shows them all; past it the feature page links to numbered code pages of SNIPPETS_PER_PAGE each,
 * so every page stays within its size budget however large the atlas grows.
 */
import { SNIPPETS_INLINE_UP_TO, SNIPPETS_PER_PAGE } from './limits.ts';

/** How many numbered code pages a task with `count` snippets has (0: all inline on the feature page). */
export function codePageCount(count: number, inlineUpTo = SNIPPETS_INLINE_UP_TO, perPage = SNIPPETS_PER_PAGE): number {
  return count <= inlineUpTo ? 0 : Math.ceil(count / perPage);
}

/** The items on code page `page` (1-based). */
export function codePageItems<T>(items: readonly T[], page: number, perPage = SNIPPETS_PER_PAGE): T[] {
  return items.slice((page - 1) * perPage, page * perPage);
}
