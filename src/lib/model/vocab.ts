/**
 * Closed vocabularies of the data model, kept free of dependencies so that browser scripts can
 * import them without pulling in the schema library.
 */

/** Support levels, from most to least integrated. Order matters: it is the display order. */
export const LEVELS = ['built-in', 'official', 'community', 'none', 'unknown'] as const;
export type Level = (typeof LEVELS)[number];

/** What kind of thing a profile describes. Go is a language, Node.js a runtime: say so. */
export const KINDS = ['framework', 'microframework', 'runtime', 'language'] as const;
export type Kind = (typeof KINDS)[number];

/** How each kind is named wherever it is shown (profiles, pair tables, cards, filters). */
export const KIND_LABELS: Record<Kind, string> = {
  framework: 'Framework',
  microframework: 'Microframework',
  runtime: 'Runtime',
  language: 'Language',
};
