import type { EditorialData, FeatureData, FrameworkData } from '../../model/schema.ts';
import type { Problem } from '../../model/problems.ts';
import type { LoadedSnippet } from '../../snippets/load.ts';

/** A framework file that passed the schema. */
export interface LoadedFramework {
  slug: string;
  /** Path from the project root, e.g. content/frameworks/flask.mdx. */
  file: string;
  data: FrameworkData;
  /** The prose after the frontmatter (MDX, checked by body-safety before it is compiled). */
  body: string;
}

/** A feature entry that passed the schema. */
export interface LoadedFeature {
  id: string;
  data: FeatureData;
}

/** Everything the lint rules can see: the parsed, schema-valid content. */
export interface LintContext {
  features: LoadedFeature[];
  frameworks: LoadedFramework[];
  /** content/editorial.yaml, when it passed the schema. */
  editorial?: EditorialData | undefined;
  /** Every snippet under content/snippets that passed its schema. */
  snippets?: LoadedSnippet[] | undefined;
  /**
   * Slugs of framework files that exist but failed the schema. They are reported once, in their
   * own file; rules that look a slug up treat them as present, so one bad field never turns into
   * problems about other files (the editorial list, snippet folders).
   */
  brokenSlugs?: readonly string[] | undefined;
  /** Every feature id in features.yaml, entries that failed the schema included (reported once, in that file). */
  featureIds?: readonly string[] | undefined;
  /** The day rules that age (notable-user sources) are judged on; the build day unless a test sets it. */
  today?: Date | undefined;
}

/** One data rule the schema cannot express. */
export interface LintRule {
  /** Short id, used in test names. */
  id: string;
  /** What the rule guarantees, in one sentence. */
  description: string;
  check(context: LintContext): Problem[];
}
