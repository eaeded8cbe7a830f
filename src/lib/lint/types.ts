import type { LoadedFeature, LoadedFramework } from '../content-check.ts';
import type { Problem } from '../problems.ts';

/** Everything the lint rules can see: the parsed, schema-valid content. */
export interface LintContext {
  features: LoadedFeature[];
  frameworks: LoadedFramework[];
}

/** One data rule the schema cannot express. */
export interface LintRule {
  /** Short id, used in test names. */
  id: string;
  /** What the rule guarantees, in one sentence. */
  description: string;
  check(context: LintContext): Problem[];
}
