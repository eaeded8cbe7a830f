/**
 * Snippets as pages show them: read once per build from content/snippets (see
 * src/lib/snippets/load.ts) and highlighted at build time by Shiki into class names, never inline
 * styles (the Content-Security-Policy forbids them). /snippets.css carries the colours.
 */
import { createHighlighter, type Highlighter } from 'shiki';
import { transformerStyleToClass } from '@shikijs/transformers';
import { loadSnippets, type LoadedSnippet } from '../snippets/load.ts';
import { isExecuted, LANGUAGES } from '../snippets/meta.ts';
import { TASKS, type Task } from '../snippets/tasks.ts';
import type { ExportedSnippet } from '../shared/export.ts';

/** One snippet ready to render. */
export interface SnippetView {
  framework: string;
  task: Task;
  language: string;
  packages: string[];
  host: string[];
  /** Executed by `npm run test:snippets` in CI (false: parsed only). */
  tested: boolean;
  version: string;
  reason?: string | undefined;
  files: { name: string; html: string }[];
}

/** Light and dark themes whose every token colour has at least 4.5:1 contrast on their background (tested). */
export const THEMES = { light: 'github-light-default', dark: 'github-dark-default' } as const;
const toClass = transformerStyleToClass({ classPrefix: 'sk-' });
let highlighter: Promise<Highlighter> | undefined;
let loaded: LoadedSnippet[] | undefined;
const views = new Map<string, Promise<SnippetView>>();

function snippets(): LoadedSnippet[] {
  loaded ??= loadSnippets(process.cwd()).snippets;
  return loaded;
}

function getHighlighter(): Promise<Highlighter> {
  const langs = [...new Set(Object.values(LANGUAGES).map((l) => l.shiki))];
  highlighter ??= createHighlighter({ themes: Object.values(THEMES), langs });
  return highlighter;
}

async function view(s: LoadedSnippet): Promise<SnippetView> {
  const hl = await getHighlighter();
  return {
    framework: s.framework,
    task: s.task,
    language: s.files[0]!.language,
    packages: s.meta.packages,
    host: s.meta.host,
    tested: isExecuted(s.meta.runner),
    version: s.meta.version,
    reason: s.meta.reason,
    files: s.files.map((f) => ({
      name: f.name,
      html: hl.codeToHtml(f.code, { lang: f.grammar, themes: THEMES, defaultColor: false, transformers: [toClass] }),
    })),
  };
}

function viewOf(s: LoadedSnippet): Promise<SnippetView> {
  const key = `${s.framework}/${s.task}`;
  if (!views.has(key)) views.set(key, view(s));
  return views.get(key)!;
}

/** A framework's snippets, in task order. */
export function snippetsOfFramework(slug: string): Promise<SnippetView[]> {
  const own = snippets().filter((s) => s.framework === slug).sort((a, b) => TASKS.indexOf(a.task) - TASKS.indexOf(b.task));
  return Promise.all(own.map(viewOf));
}

/** Every framework's snippet for one task, keyed by framework slug. */
export async function snippetsOfTask(task: string): Promise<Map<string, SnippetView>> {
  const list = await Promise.all(snippets().filter((s) => s.task === task).map(viewOf));
  return new Map(list.map((v) => [v.framework, v]));
}

/** The colour classes of every highlighted snippet (served as /snippets.css). */
export async function snippetCss(): Promise<string> {
  await Promise.all(snippets().map(viewOf));
  return toClass.getCSS();
}

/** A framework's snippets as the dataset publishes them: plain code, in task order. */
export function exportedSnippetsOf(slug: string): ExportedSnippet[] {
  return snippets()
    .filter((s) => s.framework === slug)
    .sort((a, b) => TASKS.indexOf(a.task) - TASKS.indexOf(b.task))
    .map((s) => ({
      task: s.task,
      language: s.files[0]!.language,
      files: s.files.map((f) => ({ name: f.name, code: f.code })),
      packages: s.meta.packages,
      host: s.meta.host,
      tested: isExecuted(s.meta.runner),
      version: s.meta.version,
      ...(s.meta.reason ? { reason: s.meta.reason } : {}),
    }));
}
