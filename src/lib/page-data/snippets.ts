/**
 * Snippets as pages show them: the snippets collection (read once per build by
 * src/lib/checks/content-loader.ts) highlighted at build
 * time by Shiki into class names, never inline styles (the Content-Security-Policy forbids them).
 * /snippets.css carries the colours.
 */
import { bundledLanguages, createHighlighter, type Highlighter } from 'shiki';
import { styleToClass, THEMES } from './highlight.ts';
import { getCollection } from 'astro:content';
import type { LoadedSnippet } from '../snippets/load.ts';
import { isExecuted, LANGUAGES } from '../snippets/meta.ts';
import { parserOf } from '../snippets/parsers.ts';
import { bySnippetOrder, TASKS, TASK_FEATURES, taskTitle, type Task } from '../snippets/tasks.ts';
import type { ExportedSnippet } from '../shared/export.ts';
import { codePageCount } from './code-pages.ts';

/** One snippet ready to render: the published record, with each file highlighted. */
export interface SnippetView extends Omit<ExportedSnippet, 'task' | 'files'> {
  framework: string;
  task: Task;
  files: { name: string; html: string }[];
}

const toClass = styleToClass();
let highlighter: Promise<Highlighter> | undefined;
let loaded: Promise<LoadedSnippet[]> | undefined;
const views = new Map<LoadedSnippet, Promise<SnippetView>>();

/** Every snippet, by framework, then in task order (a collection comes back in its own order). */
function snippets(): Promise<LoadedSnippet[]> {
  loaded ??= getCollection('snippets').then((entries) => entries.map((e) => e.data as LoadedSnippet).sort(bySnippetOrder));
  return loaded;
}

function getHighlighter(): Promise<Highlighter> {
  const langs = [...new Set(Object.values(LANGUAGES).map((l) => l.shiki))];
  highlighter ??= createHighlighter({ themes: Object.values(THEMES), langs });
  return highlighter;
}

/** A snippet as the dataset publishes it: plain code and how it was checked. */
function exported(s: LoadedSnippet): ExportedSnippet {
  const tested = isExecuted(s.meta.runner);
  const parsedBy = tested ? undefined : parserOf(s.files[0]!.grammar)?.label;
  return {
    task: s.task,
    language: s.files[0]!.language,
    files: s.files.map((f) => ({ name: f.name, code: f.code })),
    packages: s.meta.packages,
    host: s.meta.host,
    tested,
    version: s.meta.version,
    ...(s.meta.reason ? { reason: s.meta.reason } : {}),
    ...(parsedBy ? { parsedBy } : {}),
  };
}

async function view(s: LoadedSnippet): Promise<SnippetView> {
  const hl = await getHighlighter();
  const html = (code: string, grammar: string) => hl.codeToHtml(code, { lang: grammar, themes: THEMES, defaultColor: false, transformers: [toClass] });
  return { ...exported(s), framework: s.framework, task: s.task, files: s.files.map((f) => ({ name: f.name, html: html(f.code, f.grammar) })) };
}

function viewOf(s: LoadedSnippet): Promise<SnippetView> {
  if (!views.has(s)) views.set(s, view(s));
  return views.get(s)!;
}

let byFramework: Promise<Map<string, LoadedSnippet[]>> | undefined;
/** A framework's loaded snippets in task order, from an index built once (not a scan per page). */
async function ofFramework(slug: string): Promise<LoadedSnippet[]> {
  byFramework ??= snippets().then((all) => Map.groupBy(all, (s) => s.framework));
  return (await byFramework).get(slug) ?? [];
}

/** A framework's snippets, in task order. */
export async function snippetsOfFramework(slug: string): Promise<SnippetView[]> {
  return Promise.all((await ofFramework(slug)).map(viewOf));
}

/**
 * A task's code as the feature page and the code pages lay it out: each framework's snippet by
 * slug, the frameworks that have one (in the order given), and how many numbered code pages they
 * fill (0: all shown on the feature page).
 */
export async function taskCode<F extends { id: string }>(
  task: Task,
  frameworks: readonly F[],
): Promise<{ snippets: Map<string, SnippetView>; coded: F[]; pages: number }> {
  const list = await Promise.all((await snippets()).filter((s) => s.task === task).map(viewOf));
  const bySlug = new Map(list.map((v) => [v.framework, v]));
  const coded = frameworks.filter((f) => bySlug.has(f.id));
  return { snippets: bySlug, coded, pages: codePageCount(coded.length) };
}

/** A task as pages name it: its title from its features' names and the feature page that is its home. */
export interface TaskView {
  task: Task;
  title: string;
  /** The feature whose page shows the task's code pages (the first the task proves). */
  home: string;
  features: readonly string[];
}

/** Every task whose home feature exists, in task order. */
export function taskViews(features: readonly { id: string; data: { name: string } }[]): TaskView[] {
  const names = new Map(features.map((f) => [f.id, f.data.name]));
  return TASKS.filter((t) => names.has(TASK_FEATURES[t][0])).map((task) => ({
    task,
    title: taskTitle(task, (id) => names.get(id)),
    home: TASK_FEATURES[task][0],
    features: TASK_FEATURES[task],
  }));
}

/** A framework's snippets as the dataset publishes them, in task order. */
export async function exportedSnippetsOf(slug: string): Promise<ExportedSnippet[]> {
  return (await ofFramework(slug)).map(exported);
}

/**
 * The colour classes of every highlighted snippet and of `blocks`, the code blocks in framework
 * bodies that Astro highlights with the same themes and transform (served as /snippets.css).
 */
export async function snippetCss(blocks: readonly { lang: string; code: string }[] = []): Promise<string> {
  await Promise.all((await snippets()).map(viewOf));
  // The body blocks get a highlighter of their own: grammars loaded into the snippets' one while
  // pages render would change how later snippets are tokenised (a TypeScript comment split into
  // words once 'ts' was loaded beside 'typescript').
  const grammar = (lang: string) => (lang in bundledLanguages ? lang : 'text');
  const langs = [...new Set(blocks.map((b) => grammar(b.lang)).filter((g) => g !== 'text'))];
  const hl = await createHighlighter({ themes: Object.values(THEMES), langs });
  for (const { lang, code } of blocks) hl.codeToHtml(code, { lang: grammar(lang), themes: THEMES, defaultColor: false, transformers: [toClass] });
  hl.dispose();
  return toClass.getCSS();
}
