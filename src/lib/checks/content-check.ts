/**
 * Validates every content file against the schema and the lint rules, and reports problems in
 * author-friendly form. Runs before each build (see astro.config.mjs), in `npm test`, and on its
 * own with `npm run check:content`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { mdxToJs } from 'satteri';
import { editorialSchema, featureSchema, frameworkSchema, type EditorialData } from '../model/schema.ts';
import type { Problem } from '../model/problems.ts';
import { issuesToProblems, parseYaml, splitFrontmatter } from '../model/read.ts';
import { parseFeaturesFile } from './feature-registry.ts';
import { RULES, type LintContext } from './lint/index.ts';
import type { LoadedFeature, LoadedFramework } from './lint/types.ts';
import { loadSnippets } from '../snippets/load.ts';
import { bodySafety } from './body-safety.ts';

export type { LoadedFeature, LoadedFramework } from './lint/types.ts';

/** Feature ids are part of URLs and file names: lowercase words joined by hyphens, never a name objects already have. */
const FEATURE_ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const RESERVED_IDS = new Set(Object.getOwnPropertyNames(Object.prototype).map((n) => n.toLowerCase()));
export const FEATURE_ID_RULE =
  'a feature id of lowercase letters and digits joined by single hyphens, at most 40 characters, e.g. "background-jobs" (it becomes /features/<id>/), and not a word JavaScript objects reserve such as "constructor"';
export function isFeatureId(id: string): boolean {
  return id.length <= 40 && FEATURE_ID.test(id) && !RESERVED_IDS.has(id);
}

export function checkFeatures(root: string): { features: LoadedFeature[]; problems: Problem[]; ids: string[] } {
  const file = 'content/features.yaml';
  const { value, problem } = parseYaml(file, readFileSync(join(root, file), 'utf8'), 1, parseFeaturesFile);
  if (problem) return { features: [], problems: [problem], ids: [] };
  if (Object.keys(value as object).length === 0) {
    return {
      features: [],
      problems: [{ file, field: '', received: 'no feature entries', expected: 'a map of feature id to feature entry (name, category, description, aliases)' }],
      ids: [],
    };
  }
  const features: LoadedFeature[] = [];
  const problems: Problem[] = [];
  const badIds = Object.keys(value as object).filter((id) => !isFeatureId(id));
  for (const id of badIds) problems.push({ file, field: id, received: id, expected: FEATURE_ID_RULE });
  if (badIds.length > 0) return { features: [], problems, ids: [] };
  for (const [id, { order: _order, ...entry }] of Object.entries(value as Record<string, Record<string, unknown>>)) {
    const result = featureSchema.safeParse(entry);
    if (result.success) features.push({ id, data: result.data });
    else
      problems.push(
        ...issuesToProblems(
          file,
          { [id]: entry },
          result.error.issues.map((i) => ({ ...i, path: [id, ...i.path] })),
        ),
      );
  }
  // Every id in the file counts, valid entry or not: one bad entry is reported once, not again
  // as an unknown feature id in every framework file.
  return { features, problems, ids: Object.keys(value as object) };
}

/** A framework file's prose after its frontmatter, with the file line it starts on (for messages). */
export interface FrameworkBody {
  file: string;
  body: string;
  bodyLine: number;
}

/**
 * One framework file, read once: its frontmatter against the schema, and its body (returned even
 * when the frontmatter is wrong, so the body is checked too).
 */
export function checkFrameworkFile(
  root: string,
  path: string,
  featureIds: [string, ...string[]],
): { framework?: LoadedFramework; body?: FrameworkBody; problems: Problem[] } {
  const file = relative(root, path);
  const source = readFileSync(path, 'utf8');
  if (source.startsWith('\uFEFF')) {
    return {
      problems: [
        { file, field: '', received: 'a byte-order mark (U+FEFF) before the first ---', expected: 'the file saved as UTF-8 without a byte-order mark' },
      ],
    };
  }
  const parts = splitFrontmatter(source);
  if (!parts) {
    return { problems: [{ file, field: '', received: 'a file without frontmatter', expected: 'a YAML frontmatter block between --- lines at the top' }] };
  }
  const body: FrameworkBody = { file, body: parts.body, bodyLine: parts.bodyLine };
  const { value, problem } = parseYaml(file, parts.yaml, 2);
  if (problem) return { body, problems: [problem] };
  if (value === null || value === undefined) {
    return {
      body,
      problems: [
        {
          file,
          field: '',
          received: 'an empty frontmatter block',
          expected: 'the profile fields between the --- lines (name, tagline, kind, languages…; npm run new -- <slug> writes them all)',
        },
      ],
    };
  }
  const result = frameworkSchema(featureIds).safeParse(value);
  if (!result.success) return { body, problems: issuesToProblems(file, value, result.error.issues, featureIds) };
  return { framework: { slug: basename(path, '.mdx'), file, data: result.data, body: parts.body }, body, problems: [] };
}

/** content/editorial.yaml against its schema; problems are added to `problems`. */
function checkEditorial(root: string, problems: Problem[]): EditorialData | undefined {
  const file = 'content/editorial.yaml';
  let text: string;
  try {
    text = readFileSync(join(root, file), 'utf8');
  } catch {
    return undefined;
  }
  const { value, problem } = parseYaml(file, text);
  if (problem) {
    problems.push(problem);
    return undefined;
  }
  const result = editorialSchema.safeParse(value);
  if (result.success) return result.data;
  problems.push(...issuesToProblems(file, value, result.error.issues));
  return undefined;
}

/** Check the whole content folder: features, every framework file, then the lint rules. */
export function checkContent(
  root: string,
  frameworksDir = join(root, 'content/frameworks'),
): {
  context: LintContext;
  problems: Problem[];
  /** Every framework file's body, for checkAll to compile without reading the files again. */
  bodies: FrameworkBody[];
} {
  const { features, problems, ids } = checkFeatures(root);
  const frameworks: LoadedFramework[] = [];
  const bodies: FrameworkBody[] = [];
  const brokenSlugs: string[] = [];
  const names = readdirSync(frameworksDir)
    .filter((n) => !n.startsWith('.'))
    .sort();
  for (const name of names.filter((n) => !n.endsWith('.mdx'))) {
    const slug = name.replace(/\.[^.]*$/, '');
    problems.push({
      file: relative(root, join(frameworksDir, name)),
      field: '',
      received: name,
      expected: `only <slug>.mdx files in this folder (the build ignores anything else): rename it to ${slug}.mdx`,
    });
  }
  if (ids.length > 0) {
    for (const name of names.filter((n) => n.endsWith('.mdx'))) {
      const result = checkFrameworkFile(root, join(frameworksDir, name), ids as [string, ...string[]]);
      problems.push(...result.problems);
      if (result.body) bodies.push(result.body);
      if (result.framework) frameworks.push(result.framework);
      else brokenSlugs.push(basename(name, '.mdx'));
    }
  }
  const editorial = checkEditorial(root, problems);
  const loaded = loadSnippets(root);
  problems.push(...loaded.problems);
  const context: LintContext = { features, frameworks, editorial, snippets: loaded.snippets, brokenSlugs, featureIds: ids };
  for (const rule of RULES) problems.push(...rule.check(context));
  return { context, problems, bodies };
}

/** One MDX body that does not compile, with the file's line and what to fix. */
export async function checkBody(file: string, body: string, bodyLine: number): Promise<Problem[]> {
  const unsafe = bodySafety(file, body, bodyLine);
  if (unsafe.length > 0) return unsafe;
  try {
    await mdxToJs(body, {});
    return [];
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const m = /^(\d+):(\d+): (.*?)(?: \(\d+:\d+\))?(?: \([a-z-]+:[a-z-]+\))?$/.exec(message.split('\n')[0]!);
    const where = m ? `line ${Number(m[1]) + bodyLine - 1}, column ${m[2]}` : 'the body';
    const reason = m ? m[3]! : message.split('\n')[0]!;
    return [
      {
        file,
        field: 'body',
        received: `MDX that does not compile at ${where}`,
        expected: `valid MDX: ${reason}. In prose, write < and { as &lt; and &#123;, or put code in backticks`,
      },
    ];
  }
}

/** Everything an author can get wrong: schema, lint rules and MDX bodies; each file is read once. */
export async function checkAll(root: string, frameworksDir?: string): Promise<{ context: LintContext; problems: Problem[] }> {
  const { context, problems, bodies } = checkContent(root, frameworksDir);
  const compiled = await Promise.all(bodies.map((b) => checkBody(b.file, b.body, b.bodyLine)));
  return { context, problems: [...problems, ...compiled.flat()] };
}
