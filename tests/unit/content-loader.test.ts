import { cpSync, mkdirSync, readFileSync as realRead, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { tempDir } from './temp.ts';

// Every read of a file by the project's own modules, counted by path.
const reads = vi.hoisted(() => new Map<string, number>());
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const readFileSync = ((path: Parameters<typeof fs.readFileSync>[0], ...rest: unknown[]) => {
    reads.set(String(path), (reads.get(String(path)) ?? 0) + 1);
    return (fs.readFileSync as (...args: unknown[]) => unknown)(path, ...rest);
  }) as typeof fs.readFileSync;
  return { ...fs, default: { ...fs, readFileSync }, readFileSync };
});

const { editorialLoader, featuresLoader, frameworksLoader, snippetsLoader } = await import('../../src/lib/checks/content-loader.ts');
const loaders = { features: featuresLoader, frameworks: frameworksLoader, editorial: editorialLoader, snippets: snippetsLoader };
type Name = keyof typeof loaders;
type Entry = { id: string; data: Record<string, unknown>; filePath?: string; deferredRender?: boolean; body?: string };

const fixture = resolve(import.meta.dirname, '../fixtures/site');
const example = realRead(join(fixture, 'content/frameworks/example.mdx'), 'utf8');

/** The fixture site plus a second framework and one snippet folder. */
function site(): string {
  const root = tempDir('atlas-loader-');
  cpSync(join(fixture, 'content'), join(root, 'content'), { recursive: true });
  writeFileSync(join(root, 'content/frameworks/second.mdx'), example.replace('name: Example Framework', 'name: Second Framework'));
  // A snippet needs a cell it proves: the example's websockets built in.
  const websockets = '  websockets:\n    level: built-in\n    evidence: https://example.org/docs/websockets/\n    version: "1.2"\n';
  writeFileSync(join(root, 'content/frameworks/example.mdx'), example.replace(/ {2}websockets:\n(?: {4}.*\n)+/, websockets));
  const snippet = join(root, 'content/snippets/example/websockets');
  mkdirSync(snippet, { recursive: true });
  writeFileSync(join(snippet, 'snippet.yaml'), 'files: [app.rb]\nrunner: syntax\nversion: "1.2.3"\n');
  writeFileSync(join(snippet, 'app.rb'), 'puts 1\n');
  return root;
}

/** Runs the four loaders as Astro would, into plain maps; `watcher` makes it `astro dev`. */
async function load(root: string, watcher?: { add: () => void; on: (event: string, fn: (path: string) => void) => void }) {
  const stores = {} as Record<Name, Map<string, Entry>>;
  const errors: string[] = [];
  await Promise.all(
    (Object.keys(loaders) as Name[]).map((name) => {
      const entries = (stores[name] = new Map<string, Entry>());
      const ctx = {
        collection: name,
        config: { root: pathToFileURL(`${root}/`) },
        store: { set: (e: Entry) => (entries.set(e.id, e), true), clear: () => entries.clear() },
        logger: { error: (m: string) => errors.push(m) },
        generateDigest: (v: unknown) => JSON.stringify(v).length,
        watcher,
      };
      return loaders[name].load(ctx as unknown as Parameters<(typeof loaders)[Name]['load']>[0]);
    }),
  );
  return { stores, errors };
}

afterEach(() => {
  reads.clear();
  vi.restoreAllMocks();
});

describe('the collections loader', () => {
  it('reads every content file exactly once for all four collections', async () => {
    const root = site();
    const { stores, errors } = await load(root);
    expect(errors).toEqual([]);
    expect(stores.frameworks.get('example')?.data).toMatchObject({ features: { websockets: { level: 'built-in' } } });
    const content = [...reads].filter(([path]) => path.startsWith(join(root, 'content')));
    expect(content.map(([path]) => path.slice(root.length + 1)).sort()).toEqual([
      'content/editorial.yaml',
      'content/features.yaml',
      'content/frameworks/example.mdx',
      'content/frameworks/second.mdx',
      'content/snippets/example/websockets/app.rb',
      'content/snippets/example/websockets/snippet.yaml',
    ]);
    expect(content.filter(([, n]) => n !== 1)).toEqual([]);
    expect([...stores.frameworks.keys()].sort()).toEqual(['example', 'second']);
    expect(stores.frameworks.get('second')).toMatchObject({
      filePath: 'content/frameworks/second.mdx',
      deferredRender: true,
      data: { name: 'Second Framework' },
    });
    const featureIds = Object.keys((await import('yaml')).parse(realRead(join(root, 'content/features.yaml'), 'utf8')) as object);
    expect([...stores.features.values()].map((f) => [f.id, f.data.order])).toEqual(featureIds.map((id, i) => [id, i]));
    expect(stores.editorial.get('editorial')?.data).toMatchObject({ id: 'editorial', searchSuggestions: ['ORM'] });
    expect(stores.snippets.get('example/websockets')?.data).toMatchObject({
      framework: 'example',
      task: 'websockets',
      dir: 'content/snippets/example/websockets',
    });
  });

  it('stops a build at a problem with the author’s message, before storing anything', async () => {
    const root = site();
    writeFileSync(join(root, 'content/frameworks/second.mdx'), example.replace('license: MIT', 'license: MIT License'));
    const exit = vi.spyOn(process, 'exit').mockImplementation(((code: number) => {
      throw new Error(`exit ${code}`);
    }) as typeof process.exit);
    await expect(load(root)).rejects.toThrow('exit 1');
    expect(exit).toHaveBeenCalledWith(1);
  });

  it('in dev leaves a broken file out, says why once, and reloads every collection when content changes', async () => {
    const root = site();
    const listeners: ((path: string) => void)[] = [];
    const watcher = { add: () => {}, on: (_event: string, fn: (path: string) => void) => void listeners.push(fn) };
    const broken = join(root, 'content/frameworks/second.mdx');
    writeFileSync(broken, example.replace('license: MIT', 'license: MIT License'));
    const { stores, errors } = await load(root, watcher);
    expect([...stores.frameworks.keys()]).toEqual(['example']);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('content/frameworks/second.mdx');
    expect(errors[0]).toContain('MIT License');

    writeFileSync(broken, example.replace('name: Example Framework', 'name: Second Framework'));
    for (const listener of listeners) listener(broken);
    await vi.waitFor(() => expect([...stores.frameworks.keys()].sort()).toEqual(['example', 'second']));
    expect(errors).toHaveLength(1);
  });
});
