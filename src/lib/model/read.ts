/**
 * Reading content files the same way everywhere (framework files, features.yaml, snippet.yaml):
 * front-matter splitting, YAML parsing that names the line of a mistake, and turning schema
 * issues into problems an author can act on. The content check, the snippet loader and the
 * version check all import this module; it imports nothing of theirs.
 */
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import type { Problem } from './problems.ts';
import { nearest } from '../shared/suggest.ts';

/**
 * Split `---\nyaml\n---\nbody`; returns null when the file has no frontmatter block. `bodyLine`
 * is the file's line number where the body starts, for messages about the body.
 */
export function splitFrontmatter(source: string): { yaml: string; body: string; bodyLine: number } | null {
  const m = /^---\r?\n(?:([\s\S]*?)\r?\n)?---(?:\r?\n|$)([\s\S]*)$/.exec(source);
  if (!m) return null;
  const yaml = m[1] ?? '';
  return { yaml, body: m[2] ?? '', bodyLine: yaml === '' ? 3 : yaml.split('\n').length + 3 };
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
export function issuesToProblems(file: string, input: unknown, issues: z.core.$ZodIssue[], featureIds: readonly string[] = []): Problem[] {
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
            : `no field named "${key}" here (check the spelling against src/lib/model/schema.ts)`,
        };
      });
    }
    if (issue.code === 'invalid_key') {
      const key = issue.path[issue.path.length - 1];
      return [{ file, field: issue.path.join('.'), received: key, expected: expected(issue.issues[0]?.message ?? issue.message) }];
    }
    const received = valueAt(input, issue.path);
    // Messages the schema wrote itself start with "expected"; Zod's own phrasing is put in words.
    const own = /^expected /.test(issue.message);
    const missing = received === undefined && issue.code === 'invalid_type';
    const words =
      missing && own && issue.path[0] !== 'features'
        ? `this required field: ${expected(issue.message)}`
        : own && !missing
          ? expected(issue.message)
          : inWords(issue, received, expected(issue.message));
    return [{ file, field: issue.path.join('.'), received, expected: words }];
  });
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a block of fields',
  date: 'a date written as YYYY-MM-DD',
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

/**
 * Parse YAML; a syntax error names the line and column in the file (`firstLine` is the file's line
 * number of the text's first line) and says what is wrong in one sentence.
 */
export function parseYaml(file: string, text: string, firstLine = 1, parser: (text: string) => unknown = parse): { value?: unknown; problem?: Problem } {
  try {
    return { value: parser(text) };
  } catch (error) {
    const e = error as { message?: string; linePos?: { line: number; col: number }[] };
    const reason = (e.message ?? String(error))
      .split('\n')[0]!
      .replace(/ at line \d+, column \d+:?$/, '')
      .replace(/:$/, '');
    const pos = e.linePos?.[0];
    const where = pos ? `line ${pos.line + firstLine - 1}, column ${pos.col}` : 'somewhere in the block';
    return { problem: { file, field: '', received: `YAML that does not parse at ${where}`, expected: `valid YAML (${reason})` } };
  }
}
