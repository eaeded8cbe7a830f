/**
 * Read every snippet folder `content/snippets/<framework>/<task>/`: its snippet.yaml against the
 * schema and its source files. Problems name the file, field, value and what was expected.
 */
import { existsSync, lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { issuesToProblems, parseYaml } from '../model/read.ts';
import type { Problem } from '../model/problems.ts';
import { nearest } from '../shared/suggest.ts';
import { LANGUAGES, extensionOf, snippetMetaSchema, type SnippetMeta } from './meta.ts';
import { TASKS, bySnippetOrder, isTask, type Task } from './tasks.ts';

export interface SnippetFile {
  /** Path relative to the snippet folder, as listed in snippet.yaml. */
  name: string;
  code: string;
  /** Display name of the language, e.g. "Python". */
  language: string;
  /** Shiki grammar id. */
  grammar: string;
}

export interface LoadedSnippet {
  framework: string;
  task: Task;
  /** Folder relative to the project root, e.g. content/snippets/flask/routing. */
  dir: string;
  meta: SnippetMeta;
  files: SnippetFile[];
}

const isDir = (path: string) => statSync(path).isDirectory();

/** Largest source file a snippet may show: snippets are small by design, and a page shows them whole. */
export const MAX_SNIPPET_FILE_BYTES = 64 * 1024;

/**
 * Why a path a snippet lists may not be read, or null when it is a plain file of a sane size. Git
 * stores symbolic links, so a pull request could point a snippet at /etc/passwd or
 * /proc/self/environ; only regular files inside the folder are read (lstat: links are not followed).
 */
export function unreadable(path: string): string | null {
  let info;
  try {
    info = lstatSync(path);
  } catch {
    return 'a file that exists';
  }
  if (info.isSymbolicLink()) return 'a regular file, not a symbolic link (replace the link with the file itself)';
  if (!info.isFile()) return 'a regular file, not a folder or special file';
  if (info.size > MAX_SNIPPET_FILE_BYTES)
    return `a source file of at most ${MAX_SNIPPET_FILE_BYTES / 1024} kB (this one is ${Math.ceil(info.size / 1024)} kB): keep snippets short`;
  return null;
}
const visible = (dir: string) =>
  readdirSync(dir)
    .filter((n) => !n.startsWith('.'))
    .sort();

export function snippetsRoot(root: string): string {
  return join(root, 'content/snippets');
}

/** Load one snippet folder; `framework` and `task` come from its path. */
export function loadSnippet(root: string, framework: string, task: Task): { snippet?: LoadedSnippet; problems: Problem[] } {
  const dir = join(snippetsRoot(root), framework, task);
  const file = relative(root, join(dir, 'snippet.yaml'));
  if (!existsSync(join(dir, 'snippet.yaml'))) {
    return {
      problems: [{ file, field: '', received: 'no snippet.yaml', expected: 'a snippet.yaml beside the source files (fields in src/lib/snippets/meta.ts)' }],
    };
  }
  const yamlProblem = unreadable(join(dir, 'snippet.yaml'));
  if (yamlProblem) return { problems: [{ file, field: '', received: 'snippet.yaml', expected: yamlProblem }] };
  const { value, problem } = parseYaml(file, readFileSync(join(dir, 'snippet.yaml'), 'utf8'), 1, parse);
  if (problem) return { problems: [problem] };
  const result = snippetMetaSchema.safeParse(value ?? {});
  if (!result.success) return { problems: issuesToProblems(file, value, result.error.issues) };
  const meta = result.data;
  const problems: Problem[] = [];
  const files: SnippetFile[] = [];
  for (const [i, name] of meta.files.entries()) {
    const path = join(dir, name);
    const why = unreadable(path);
    if (why) {
      problems.push({ file, field: `files.${i}`, received: name, expected: `${why} in ${relative(root, dir)}/` });
      continue;
    }
    const language = LANGUAGES[extensionOf(name)]!;
    files.push({ name, code: readFileSync(path, 'utf8').replace(/\s+$/, '') + '\n', language: language.name, grammar: language.shiki });
  }
  if (problems.length > 0) return { problems };
  return { snippet: { framework, task, dir: relative(root, dir), meta, files }, problems };
}

/** Every snippet under content/snippets, with problems for folders that do not fit the layout. */
export function loadSnippets(root: string): { snippets: LoadedSnippet[]; problems: Problem[] } {
  const base = snippetsRoot(root);
  if (!existsSync(base)) return { snippets: [], problems: [] };
  const snippets: LoadedSnippet[] = [];
  const problems: Problem[] = [];
  const linked = (path: string) => {
    if (!lstatSync(path).isSymbolicLink()) return false;
    problems.push({
      file: relative(root, path),
      field: '',
      received: 'a symbolic link',
      expected: 'a real folder (snippet folders are never links, so nothing outside content/snippets can be read)',
    });
    return true;
  };
  for (const framework of visible(base).filter((n) => !linked(join(base, n)) && isDir(join(base, n)))) {
    for (const task of visible(join(base, framework))) {
      if (linked(join(base, framework, task)) || !isDir(join(base, framework, task))) continue;
      if (!isTask(task)) {
        const guess = nearest(task, TASKS, 1)[0];
        problems.push({
          file: relative(root, join(base, framework, task)),
          field: '',
          received: task,
          expected: `a folder named after a task: ${TASKS.join(', ')}${guess ? ` (did you mean "${guess}"?)` : ''}`,
        });
        continue;
      }
      const result = loadSnippet(root, framework, task);
      problems.push(...result.problems);
      if (result.snippet) snippets.push(result.snippet);
    }
  }
  // Framework by framework, each in task order: the order pages and the export show them in.
  snippets.sort(bySnippetOrder);
  return { snippets, problems };
}
