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

/** Kinds of condition a support statement can carry (`requires`). */
export const REQUIREMENT_KINDS = ['cargo-feature', 'extra', 'generator-option', 'runtime', 'server', 'setting'] as const;
export type RequirementKind = (typeof REQUIREMENT_KINDS)[number];

/** How each kind of condition is named under a level ("needs: Cargo feature ws"). */
export const REQUIREMENT_LABELS: Record<RequirementKind, string> = {
  'cargo-feature': 'Cargo feature',
  extra: 'package extra',
  'generator-option': 'new-project option',
  runtime: 'runtime',
  server: 'external server',
  setting: 'setting',
};
