import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { checkContent, type LoadedFramework } from '../../src/lib/checks/content-check.ts';
import { snippetCells } from '../../src/lib/checks/lint/snippet-cells.ts';
import { packagesFirstParty } from '../../src/lib/checks/lint/packages-first-party.ts';
import { namesPackageFrom } from '../../src/lib/checks/lint/package-names.ts';
import type { LintContext } from '../../src/lib/checks/lint/types.ts';
import type { FrameworkData } from '../../src/lib/model/schema.ts';
import { loadSnippets, type LoadedSnippet } from '../../src/lib/snippets/load.ts';
import { snippetMetaSchema } from '../../src/lib/snippets/meta.ts';
import { checkEcho, checkMiddleware, checkRouting, checkValidation, type Seen } from '../../src/lib/snippets/tasks.ts';

const seen = (status: number, body: unknown, extra: Partial<Seen> = {}): Seen => ({
  status, contentType: 'application/json', requestId: 'id-1', body: typeof body === 'string' ? body : JSON.stringify(body), ...extra,
});

describe('task checks', () => {
  it('routing wants each name greeted as JSON', () => {
    expect(checkRouting(['Ada'], [seen(200, { message: 'Hello, Ada' })])).toEqual([]);
    expect(checkRouting(['Ada'], [seen(200, { message: 'Hello, Grace' })])[0]).toContain('expected {"message": "Hello, Ada"}');
    expect(checkRouting(['Ada'], [seen(200, { message: 'Hello, Ada' }, { contentType: 'text/plain' })])[0]).toContain('JSON content type');
    expect(checkRouting(['Ada'], [seen(404, '')])[0]).toContain('expected 200, got 404');
  });
  it('middleware wants a fresh X-Request-Id on every response, 404s included', () => {
    const ok = [seen(200, 'ok', { requestId: 'a' }), seen(200, 'ok', { requestId: 'b' }), seen(404, '', { requestId: 'c' })];
    expect(checkMiddleware(ok)).toEqual([]);
    expect(checkMiddleware([ok[0]!, ok[1]!, seen(404, '', { requestId: null })])).toEqual(['request 3 (status 404): no X-Request-Id header']);
    expect(checkMiddleware([ok[0]!, seen(200, 'ok', { requestId: 'a' })])[0]).toContain('repeats');
  });
  it('input validation wants 201 with the user, and 400/422 naming both bad fields', () => {
    const created = seen(201, { name: 'Ada', age: 36 });
    const rejected = seen(422, { errors: { name: 'empty', age: 'negative' } });
    expect(checkValidation([created, rejected, seen(400, 'bad')])).toEqual([]);
    expect(checkValidation([seen(200, { name: 'Ada', age: 36 }), rejected, seen(400, '')])[0]).toContain('expected 201');
    expect(checkValidation([created, seen(422, { errors: { name: 'empty' } }), seen(400, '')])).toEqual([expect.stringContaining('does not name "age"')]);
    expect(checkValidation([created, rejected, seen(201, { name: 'Ada', age: 'old' })])[0]).toContain('age "old"');
  });
  it('websockets wants every message back in order', () => {
    expect(checkEcho(['a', 'b'], ['a', 'b'])).toEqual([]);
    expect(checkEcho(['a', 'b'], ['b', 'a'])).toHaveLength(1);
    expect(checkEcho(['a', 'b'], ['a'])).toHaveLength(1);
  });
});

describe('snippet.yaml schema', () => {
  it('requires a start command for executed snippets and none for syntax-only ones', () => {
    const paths = (value: unknown) => (snippetMetaSchema.safeParse(value).error?.issues ?? []).map((i) => i.path.join('.'));
    expect(paths({ files: ['app.py'], runner: 'pip', version: '3.1.3' })).toEqual(['start']);
    expect(paths({ files: ['app.rb'], runner: 'syntax', version: '8.1.4', start: 'ruby app.rb' })).toEqual(['start']);
    expect(paths({ files: ['app.rb'], runner: 'syntax', version: '8.1.4' })).toEqual([]);
  });
  it('rejects files outside the folder and unknown languages', () => {
    const result = snippetMetaSchema.safeParse({ files: ['../x.py', 'notes.txt'], runner: 'syntax', version: '1' });
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['files.0', 'files.1']);
  });
});

describe('loadSnippets', () => {
  function site(files: Record<string, string>): string {
    const root = mkdtempSync(join(tmpdir(), 'snippets-'));
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(root, path, '..'), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    return root;
  }
  it('reads the meta and the listed files with their language', () => {
    const root = site({ 'content/snippets/flask/routing/snippet.yaml': 'files: [app.py]\nrunner: pip\nversion: "3.1.3"\nstart: python app.py\n', 'content/snippets/flask/routing/app.py': 'print(1)\n\n' });
    const { snippets, problems } = loadSnippets(root);
    expect(problems).toEqual([]);
    expect(snippets[0]).toMatchObject({ framework: 'flask', task: 'routing', dir: 'content/snippets/flask/routing', files: [{ name: 'app.py', code: 'print(1)\n', language: 'Python' }] });
  });
  it('names a misspelt task folder, a missing file and a missing snippet.yaml', () => {
    const root = site({
      'content/snippets/flask/routeing/app.py': '',
      'content/snippets/flask/routing/snippet.yaml': 'files: [app.py]\nrunner: syntax\nversion: "3"\n',
      'content/snippets/flask/middleware/app.py': '',
    });
    const { snippets, problems } = loadSnippets(root);
    expect(snippets).toEqual([]);
    expect(problems).toEqual([
      expect.objectContaining({ file: 'content/snippets/flask/middleware/snippet.yaml', received: 'no snippet.yaml' }),
      expect.objectContaining({ file: 'content/snippets/flask/routeing', expected: expect.stringContaining('did you mean "routing"') }),
      expect.objectContaining({ file: 'content/snippets/flask/routing/snippet.yaml', field: 'files.0', received: 'app.py' }),
    ]);
  });
});

const fixture = checkContent(join(resolve(import.meta.dirname, '../..'), 'tests/fixtures/site')).context;
const base = fixture.frameworks[0]!;
function fw(patch: (d: FrameworkData) => FrameworkData): LoadedFramework {
  return { slug: 'example', file: 'content/frameworks/example.mdx', data: patch(structuredClone(base.data)) };
}
const withCell = (id: string, cell: object, extra: Partial<FrameworkData> = {}) =>
  fw((d) => ({ ...d, ...extra, latestVersion: '3.1.3', features: { ...d.features, [id]: cell } as typeof d.features }));
const snippet = (task: LoadedSnippet['task'], meta: Partial<LoadedSnippet['meta']> = {}): LoadedSnippet => ({
  framework: 'example', task, dir: `content/snippets/example/${task}`, files: [],
  meta: { files: ['app.py'], runner: 'pip', version: '3.1.3', packages: [], host: [], protocol: 'websocket', start: 'python app.py', ...meta },
});
const ctx = (framework: LoadedFramework, ...snippets: LoadedSnippet[]): LintContext => ({ features: fixture.features, frameworks: [framework], snippets });

describe('snippet-cells', () => {
  const builtIn = { level: 'built-in', package: 'app.route', evidence: 'https://example.org/r', version: '3.1' };
  const community = { level: 'community', package: 'WTForms via Flask-WTF', evidence: 'https://example.org/w', version: '3.1' };
  it('accepts a built-in snippet without packages and a community one using the named package', () => {
    expect(snippetCells.check(ctx(withCell('routing', builtIn), snippet('routing')))).toEqual([]);
    expect(snippetCells.check(ctx(withCell('routing', community), snippet('routing', { packages: ['Flask-WTF', 'github.com/x/wtforms/v2'] })))).toEqual([expect.objectContaining({ field: 'packages.1' })]);
  });
  it('flags a built-in cell whose snippet needs a package', () => {
    expect(snippetCells.check(ctx(withCell('routing', builtIn), snippet('routing', { packages: ['werkzeug'] })))).toEqual([
      expect.objectContaining({ field: 'packages', expected: expect.stringContaining('cell is built-in') }),
    ]);
  });
  it('lets a built-in snippet use the starter packages a new project already has', () => {
    const starter = withCell('routing', builtIn, { starterPackages: ['@vinejs/vine'] });
    expect(snippetCells.check(ctx(starter, snippet('routing', { packages: ['@vinejs/vine'] })))).toEqual([]);
    expect(snippetCells.check(ctx(starter, snippet('routing', { packages: ['@vinejs/vine', 'zod'] })))).toEqual([expect.objectContaining({ received: ['zod'] })]);
  });
  it('flags a snippet for a none cell and a version from an older major', () => {
    const problems = snippetCells.check(ctx(withCell('routing', { level: 'none', version: '3.1' }), snippet('routing', { version: '2.3.0' })));
    expect(problems.map((p) => p.field)).toEqual(['', 'version']);
  });
  it('treats 0.x minors as major lines', () => {
    const zero = fw((d) => ({ ...d, latestVersion: '0.8.9', features: { ...d.features, routing: builtIn } as typeof d.features }));
    expect(snippetCells.check(ctx(zero, snippet('routing', { version: '0.7.5' })))).toEqual([expect.objectContaining({ field: 'version' })]);
    expect(snippetCells.check(ctx(zero, snippet('routing', { version: '0.8.1' })))).toEqual([]);
  });
});

describe('packages-first-party', () => {
  it('matches names and prefixes at a word start only', () => {
    expect(namesPackageFrom('@fastify/session', ['@fastify/'])).toBe(true);
    expect(namesPackageFrom('Microsoft.AspNetCore.OpenApi', ['Microsoft.'])).toBe(true);
    expect(namesPackageFrom('express-session-store', ['express-session'])).toBe(false);
    expect(namesPackageFrom('not-multer', ['multer'])).toBe(false);
  });
  const official = (pkg: string, registry: string) => ({ level: 'official', package: pkg, maintenance: { registry, lastRelease: '2026-10' }, evidence: 'https://example.org/o', version: '3.1' });
  it('wants an official cell to name a package its organisation owns', () => {
    expect(packagesFirstParty.check(ctx(withCell('orm', official('@acme/orm', 'npm:@acme/orm'), { firstPartyPackages: ['npm:@acme/*'] })))).toEqual([]);
    expect(packagesFirstParty.check(ctx(withCell('orm', official('prisma', 'npm:prisma'), { firstPartyPackages: ['npm:@acme/*'] })))).toEqual([
      expect.objectContaining({ field: 'features.orm.maintenance.registry', expected: expect.stringContaining('makes the cell community') }),
    ]);
    expect(packagesFirstParty.check(ctx(withCell('orm', official('@acme/orm', 'npm:@acme/orm'))))[0]!.expected).toContain('list its owner namespace');
  });
  it('never takes a name prefix for an owner (axum-login, Quarkiverse, rocket_csrf_token)', () => {
    const axum = { firstPartyPackages: ['crates:axum-extra'] };
    expect(packagesFirstParty.check(ctx(withCell('authentication', official('axum-login', 'crates:axum-login'), axum)))).toHaveLength(1);
    expect(packagesFirstParty.check(ctx(withCell('authentication', official('axum-extra', 'crates:axum-extra'), axum)))).toEqual([]);
    const quarkus = { firstPartyPackages: ['maven:io.quarkus:*'] };
    expect(packagesFirstParty.check(ctx(withCell('orm', official('quarkus-hibernate-orm-panache', 'maven:io.quarkus:quarkus-hibernate-orm-panache'), quarkus)))).toEqual([]);
    expect(packagesFirstParty.check(ctx(withCell('orm', official('quarkus-jdbi', 'maven:io.quarkiverse.jdbi:quarkus-jdbi'), quarkus)))).toHaveLength(1);
    const actix = { firstPartyPackages: ['crates:actix-session', 'crates:actix-files'] };
    expect(packagesFirstParty.check(ctx(withCell('admin-panel', official('actix-admin', 'crates:actix-admin'), actix)))).toHaveLength(1);
    const rocket = { firstPartyPackages: ['crates:rocket_ws'] };
    expect(packagesFirstParty.check(ctx(withCell('csrf-protection', official('rocket_csrf_token', 'crates:rocket_csrf_token'), rocket)))).toHaveLength(1);
  });
  it('lets a built-in cell name first-party and starter packages only', () => {
    const builtIn = (pkg: string) => ({ level: 'built-in', package: pkg, evidence: 'https://example.org/b', version: '3.1' });
    const lists = { firstPartyPackages: ['npm:@acme/*'], starterPackages: ['@vinejs/vine'] };
    expect(packagesFirstParty.check(ctx(withCell('orm', builtIn('VineJS (@vinejs/vine) with @acme/core'), lists)))).toEqual([]);
    expect(packagesFirstParty.check(ctx(withCell('orm', builtIn('router (github.com/other/mux)'), lists)))).toEqual([
      expect.objectContaining({ received: 'github.com/other/mux' }),
    ]);
  });
});

describe('syntax check for snippets that are not executed', async () => {
  const { syntaxErrors } = await import('../../scripts/snippets/syntax.ts');
  const cases: [string, string, string][] = [
    ['ruby', 'get "/hello/:name" do\n  json message: "Hello"\nend\n', 'get "/hello/:name" do\n  json(message: "Hello"\n'],
    ['php', '<?php\nRoute::get("/x", fn () => 1);\n', '<?php\nRoute::get("/x", fn () => 1;\n'],
    ['elixir', 'defmodule A do\n  def x, do: 1\nend\n', 'defmodule A do\n  def x, do: (1\nend\n'],
    ['csharp', 'app.MapGet("/x", () => 1);\n', 'app.MapGet("/x", () => 1;\n'],
    ['swift', 'app.get("x") { req in "1" }\n', 'app.get("x" { req in "1" }\n'],
    ['python', 'def f():\n    return 1\n', 'def f(:\n    return 1\n'],
    ['kotlin', 'fun main() {\n  println("x")\n}\n', 'fun main() {\n  println("x"\n}\n'],
    ['java', 'class A { int x() { return 1; } }\n', 'class A { int x() { return 1; }\n'],
  ];
  for (const [grammar, good, broken] of cases) {
    it(`parses ${grammar} and points at the line of a mistake`, async () => {
      expect(await syntaxErrors(grammar, good)).toEqual([]);
      const errors = await syntaxErrors(grammar, broken);
      expect(errors.length).toBeGreaterThan(0);
      expect(errors[0]).toMatch(/^[12]:\d+: /);
    });
  }
  it('has a parser for every language a snippet can be written in', async () => {
    const { LANGUAGES } = await import('../../src/lib/snippets/meta.ts');
    for (const { shiki } of Object.values(LANGUAGES)) expect(await syntaxErrors(shiki, ''), shiki).toEqual([]);
  });
  it('refuses a language it has no parser for', async () => {
    await expect(syntaxErrors('cobol', 'x')).rejects.toThrow('no parser configured for cobol');
  });
});

describe('code pages', async () => {
  const { codePageCount, codePageItems } = await import('../../src/lib/build/code-pages.ts');
  it('keeps a task\'s code on its feature page up to the limit, then splits it into numbered pages', () => {
    expect(codePageCount(48, 48, 24)).toBe(0);
    expect(codePageCount(49, 48, 24)).toBe(3);
    expect(codePageCount(1000, 48, 24)).toBe(42);
    const items = Array.from({ length: 50 }, (_, i) => i);
    expect(codePageItems(items, 1, 24)).toEqual(items.slice(0, 24));
    expect(codePageItems(items, 3, 24)).toEqual([48, 49]);
  });
});

describe('snippet colours', async () => {
  const { createHighlighter } = await import('shiki');
  const { THEMES } = await import('../../src/lib/build/snippets.ts');
  const { LANGUAGES } = await import('../../src/lib/snippets/meta.ts');
  const channel = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  const luminance = (hex: string) => {
    const h = hex.replace('#', '');
    const full = h.length <= 4 ? [...h.slice(0, 3)].map((c) => c + c).join('') : h.slice(0, 6);
    const [r, g, b] = [0, 2, 4].map((i) => channel(parseInt(full.slice(i, i + 2), 16) / 255));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const contrast = (a: string, b: string) => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (hi! + 0.05) / (lo! + 0.05);
  };
  it('every token of every snippet reads at 4.5:1 or more in both themes (WCAG AA)', async () => {
    const { snippets } = loadSnippets(resolve(import.meta.dirname, '../..'));
    const hl = await createHighlighter({ themes: Object.values(THEMES), langs: [...new Set(Object.values(LANGUAGES).map((l) => l.shiki))] });
    const weak: string[] = [];
    for (const theme of Object.values(THEMES)) {
      const bg = hl.getTheme(theme).bg;
      for (const s of snippets) {
        for (const f of s.files) {
          for (const token of hl.codeToTokens(f.code, { lang: f.grammar as never, theme }).tokens.flat()) {
            if (token.content.trim() && token.color && contrast(token.color, bg) < 4.5) weak.push(`${theme} ${token.color} on ${bg}: "${token.content.trim()}" in ${s.dir}/${f.name}`);
          }
        }
      }
    }
    expect(weak.slice(0, 5)).toEqual([]);
  });
});
