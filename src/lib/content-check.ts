/**
 * Validates every content file against the schema and the lint rules, and reports problems in
 * author-friendly form. Runs before each build (see astro.config.mjs), in `npm test`, and on its
 * own with `npm run check:content`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import { featureSchema, frameworkSchema, type FeatureData, type FrameworkData } from './schema.ts';
import type { Problem } from './problems.ts';
import { nearest } from './suggest.ts';
import { RULES, type LintContext } from './lint/index.ts';

export interface LoadedFramework {
  slug: string;
  file: string;
  data: FrameworkData;
}
export interface LoadedFeature {
  id: string;
  data: FeatureData;
}

/** Split `---\nyaml\n---\nbody`; returns null when the file has no frontmatter block. */
export function splitFrontmatter(source: string): { yaml: string; body: string } | null {
  const m = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)([\s\S]*)$/.exec(source);
  return m ? { yaml: m[1] ?? '', body: m[2] ?? '' } : null;
}

function valueAt(root: unknown, path: PropertyKey[]): unknown {
  let cur: unknown = root;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[key];
  }
  return cur;
}

/** Turn Zod issues into problems that name the field, the value received and what was expected. */
export function issuesToProblems(
  file: string,
  input: unknown,
  issues: z.core.$ZodIssue[],
  featureIds: readonly string[] = [],
): Problem[] {
  const expected = (message: string) => message.replace(/^(Invalid input: )?expected /, '');
  return issues.flatMap((issue): Problem[] => {
    if (issue.code === 'unrecognized_keys') {
      const inFeatures = issue.path.length === 1 && issue.path[0] === 'features';
      return issue.keys.map((key) => {
        const guess = inFeatures ? nearest(key, featureIds, 1)[0] : undefined;
        return {
          file,
          field: [...issue.path, key].join('.'),
          received: key,
          expected: inFeatures
            ? `a feature id from content/features.yaml${guess ? ` (did you mean "${guess}"?)` : ''}`
            : `no field named "${key}" here (check the spelling against src/lib/schema.ts)`,
        };
      });
    }
    if (issue.code === 'invalid_key') {
      const key = issue.path[issue.path.length - 1];
      return [{ file, field: issue.path.join('.'), received: key, expected: expected(issue.issues[0]?.message ?? issue.message) }];
    }
    const received = valueAt(input, issue.path);
    return [{ file, field: issue.path.join('.'), received, expected: inWords(issue, received, expected(issue.message)) }];
  });
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text', number: 'a number', boolean: 'true or false', array: 'a list', object: 'a block of fields', date: 'a date written as YYYY-MM-DD',
};

/**
 * What a field expects, in words an author can act on. Zod's own phrasing ("expected string,
 * received undefined", "Too small: expected string to have >=20 characters") never reaches them.
 */
function inWords(issue: z.core.$ZodIssue, received: unknown, fallback: string): string {
  const path = issue.path;
  if (received === undefined && issue.code === 'invalid_type') {
    if (path.length === 2 && path[0] === 'features') {
      return `a support statement for "${String(path[1])}" (use level: unknown with a note if it is not verified yet)`;
    }
    const what = TYPE_WORDS[issue.expected] ?? issue.expected;
    return `this required field, as ${what}`;
  }
  if (issue.code === 'invalid_type' && !/^(a|an) /.test(fallback) && TYPE_WORDS[issue.expected]) {
    return TYPE_WORDS[issue.expected]!.replace(/^(?!a )/, 'a value as ');
  }
  if (issue.code === 'too_small' || issue.code === 'too_big') {
    const bound = issue.code === 'too_small' ? 'at least' : 'at most';
    const limit = Number(issue.code === 'too_small' ? issue.minimum : issue.maximum);
    if (issue.origin === 'string') return `${bound} ${limit} character${limit === 1 ? '' : 's'} of text`;
    if (issue.origin === 'array') return `a list with ${bound} ${limit} entr${limit === 1 ? 'y' : 'ies'}`;
    if (issue.origin === 'number') return `a number ${issue.code === 'too_small' ? '≥' : '≤'} ${limit}`;
  }
  return fallback;
}

function parseYaml(file: string, text: string): { value?: unknown; problem?: Problem } {
  try {
    return { value: parse(text) };
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { problem: { file, field: '', received: 'YAML that does not parse', expected: `valid YAML (${message})` } };
  }
}

export function checkFeatures(root: string): { features: LoadedFeature[]; problems: Problem[] } {
  const file = 'content/features.yaml';
  const { value, problem } = parseYaml(file, readFileSync(join(root, file), 'utf8'));
  if (problem) return { features: [], problems: [problem] };
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    return { features: [], problems: [{ file, field: '', received: value, expected: 'a map of feature id to feature entry' }] };
  }
  const features: LoadedFeature[] = [];
  const problems: Problem[] = [];
  for (const [id, entry] of Object.entries(value)) {
    const result = featureSchema.safeParse(entry);
    if (result.success) features.push({ id, data: result.data });
    else problems.push(...issuesToProblems(file, { [id]: entry }, result.error.issues.map((i) => ({ ...i, path: [id, ...i.path] }))));
  }
  return { features, problems };
}

export function checkFrameworkFile(
  root: string,
  path: string,
  featureIds: [string, ...string[]],
): { framework?: LoadedFramework; problems: Problem[] } {
  const file = relative(root, path);
  const parts = splitFrontmatter(readFileSync(path, 'utf8'));
  if (!parts) {
    return { problems: [{ file, field: '', received: 'a file without frontmatter', expected: 'a YAML frontmatter block between --- lines at the top' }] };
  }
  const { value, problem } = parseYaml(file, parts.yaml);
  if (problem) return { problems: [problem] };
  const result = frameworkSchema(featureIds).safeParse(value);
  if (!result.success) return { problems: issuesToProblems(file, value, result.error.issues, featureIds) };
  return { framework: { slug: basename(path, '.mdx'), file, data: result.data }, problems: [] };
}

/** Check the whole content folder: features, every framework file, then the lint rules. */
export function checkContent(root: string, frameworksDir = join(root, 'content/frameworks')): {
  context: LintContext;
  problems: Problem[];
} {
  const { features, problems } = checkFeatures(root);
  const ids = features.map((f) => f.id);
  const frameworks: LoadedFramework[] = [];
  if (ids.length > 0) {
    for (const name of readdirSync(frameworksDir).filter((n) => n.endsWith('.mdx')).sort()) {
      const result = checkFrameworkFile(root, join(frameworksDir, name), ids as [string, ...string[]]);
      problems.push(...result.problems);
      if (result.framework) frameworks.push(result.framework);
    }
  }
  const context: LintContext = { features, frameworks };
  for (const rule of RULES) problems.push(...rule.check(context));
  return { context, problems };
}
