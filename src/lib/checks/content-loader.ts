/**
 * The one reader of content/ during a build: every collection (features, frameworks, editorial,
 * snippets) is filled from a single run of the content check (src/lib/checks/content-check.ts), so
 * each source file is read and parsed once, and only content that passed the schema and the lint
 * rules reaches a page.
 *
 * `astro build` (and `astro sync`, `astro check`) stops at the first problem with the author's
 * message and no stack trace. `astro dev` reports the problems, leaves the files that have them
 * out, and checks again when anything under content/ changes.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatProblems } from '../model/problems.ts';
import { checkAll } from './content-check.ts';

type Checked = Awaited<ReturnType<typeof checkAll>>;

/** The check of the current content, shared by the four loaders (each asks for it). */
let current: { root: string; result: Promise<Checked> } | undefined;
/** The dev server's loaders, reloaded together when content changes. */
const reloads = new Set<() => Promise<void>>();
const watched = new WeakSet<object>();
const reported = new WeakSet<Checked>();

function checked(root: string): Promise<Checked> {
  if (current?.root !== root) current = { root, result: checkAll(root) };
  return current.result;
}

/** In dev, anything under content/ changing means one new check, then every collection reloads. */
function watch(watcher: NonNullable<LoaderContext['watcher']>, root: string) {
  if (watched.has(watcher)) return;
  watched.add(watcher);
  const content = join(root, 'content');
  watcher.add(content);
  const changed = (path: string) => {
    if (!path.startsWith(content)) return;
    current = undefined;
    for (const reload of reloads) void reload();
  };
  for (const event of ['change', 'add', 'unlink'] as const) watcher.on(event, changed);
}

/** The problems stop a build; in dev they are logged once per check and the files that have them left out. */
function usable(result: Checked, ctx: LoaderContext): Checked {
  if (result.problems.length === 0) return result;
  if (!reported.has(result)) {
    reported.add(result);
    ctx.logger.error(formatProblems(result.problems));
  }
  if (!ctx.watcher) process.exit(1);
  const broken = new Set(result.problems.map((p) => p.file));
  const { context } = result;
  return {
    ...result,
    context: {
      ...context,
      frameworks: context.frameworks.filter((f) => !broken.has(f.file)),
      snippets: context.snippets?.filter((s) => ![...broken].some((file) => file.startsWith(`${s.dir}/`))),
    },
  };
}

function contentLoader(collection: string, fill: (context: Checked['context'], ctx: LoaderContext) => void): Loader {
  return {
    name: `backend-atlas:${collection}`,
    async load(ctx) {
      const root = fileURLToPath(ctx.config.root);
      const run = async () => {
        const { context } = usable(await checked(root), ctx);
        ctx.store.clear();
        fill(context, ctx);
      };
      await run();
      if (ctx.watcher) {
        reloads.add(run);
        watch(ctx.watcher, root);
      }
    },
  };
}

/** content/features.yaml: one entry per feature, with `order`, its position in the file. */
export const featuresLoader = contentLoader('features', (context, { store }) => {
  context.features.forEach((f, order) => store.set({ id: f.id, data: { ...f.data, order } }));
});

/**
 * content/frameworks/<slug>.mdx: the checked frontmatter as data; the body is compiled by
 * @astrojs/mdx when a page renders it (deferredRender, as Astro's own glob loader does for MDX).
 */
export const frameworksLoader = contentLoader('frameworks', (context, { store, generateDigest }) => {
  for (const f of context.frameworks) {
    store.set({
      id: f.slug,
      data: f.data,
      body: f.body,
      filePath: f.file,
      digest: generateDigest({ data: JSON.stringify(f.data), body: f.body }),
      deferredRender: true,
    });
  }
});

/** content/editorial.yaml: one entry, id "editorial". */
export const editorialLoader = contentLoader('editorial', (context, { store }) => {
  if (context.editorial) store.set({ id: 'editorial', data: { id: 'editorial', ...context.editorial } });
});

/** content/snippets/<framework>/<task>/: one entry per snippet, id "<framework>/<task>", data a LoadedSnippet. */
export const snippetsLoader = contentLoader('snippets', (context, { store }) => {
  for (const s of context.snippets ?? []) store.set({ id: `${s.framework}/${s.task}`, data: { ...s } });
});
