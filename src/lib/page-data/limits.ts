/**
 * How lists that grow with the atlas stay within their page budgets (50 kB of gzipped HTML at
 * 1,000 frameworks). Below each limit a reader sees everything in full; past it the page switches
 * to a compact form and says so.
 */

/** Framework cards with taglines (home, /frameworks/) and the 404 page's framework list. */
export const FULL_LIST_UP_TO = 60;

/** Feature pages: full rows (package, notes, evidence) up to this many frameworks; past it, rows show level and package, and the notes stay on each profile. */
export const FEATURE_ROWS_FULL_UP_TO = 150;

/** Framework cards on the home page past FULL_LIST_UP_TO: the curated ones, then by name. */
export const HOME_FEATURED = 24;

/** Frameworks drawn on the release timeline (the oldest first); the rest are in /frameworks/. */
export const TIMELINE_UP_TO = 60;

/**
 * Task feature pages (routing, orm…) show every framework's snippet inline up to this many; past it, the code moves to numbered
 * code pages. One code page's worth: the database task's snippets carry their migrations (two or three files each), and 44 of them
 * inline made the ORM page 57 kB gzipped.
 */
export const SNIPPETS_INLINE_UP_TO = 24;

/** Snippets per numbered code page (/features/<task>/code/<n>/) once a task has more than SNIPPETS_INLINE_UP_TO. */
export const SNIPPETS_PER_PAGE = 24;

/** Rows per /lifecycle/ page (each order); past it the list continues on /lifecycle/2/, /lifecycle/by-name/2/… */
export const LIFECYCLE_PER_PAGE = 120;

/** Frameworks drawn on the home page's chart of how long security fixes last (the longest first); the table lists the same. */
export const HORIZON_CHART_UP_TO = 15;
