// npm run check:versions: registry clients against recorded answers (tests/fixtures/registries/,
// see its README), version rules, report lines, unreachable registries and --write edits.
// Never the network: every client gets a fake fetch that serves fixture files by URL.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  checkFrameworks,
  checkPackages,
  checkSeries,
  frameworkLines,
  makeAsk,
  newestInSeries,
  packageLines,
  planEdits,
  seriesLines,
  supportedSeriesOf,
  versionStatus,
} from '../../src/lib/versions/check.ts';
import { CLIENTS, latestOf, pageOf, versionsOf } from '../../src/lib/versions/clients.ts';
import { indexPath } from '../../src/lib/versions/crates.ts';
import { escapeModulePath, isPseudoVersion, toolchainRelease } from '../../src/lib/versions/go.ts';
import { memoFetch, withTimeout } from '../../src/lib/versions/http.ts';
import type { FrameworkFile } from '../../src/lib/versions/load.ts';
import { readFrontmatter } from '../../src/lib/versions/load.ts';
import type { FetchLike, Lookup, Release } from '../../src/lib/versions/types.ts';
import { compareVersions, isStable, newestStable } from '../../src/lib/versions/version.ts';
import { editFrontmatter } from '../../src/lib/versions/write.ts';

const FIXTURES = fileURLToPath(new URL('../fixtures/registries/', import.meta.url));
const fixture = (file: string) => readFileSync(FIXTURES + file, 'utf8');
// Recorded registry answers are arbitrary JSON that the tests edit freely.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const json = <T = any>(file: string): T => JSON.parse(fixture(file)) as T;

/** URL → fixture file, exactly as the clients should ask. */
const ROUTES: Record<string, string> = {
  'https://registry.npmjs.org/express': 'npm/express.json',
  'https://registry.npmjs.org/csurf': 'npm/csurf.handwritten.json',
  'https://pypi.org/pypi/django/json': 'pypi/django.json',
  'https://index.crates.io/ax/um/axum': 'crates/axum',
  'https://proxy.golang.org/github.com/gin-gonic/gin/@v/list': 'go/gin.list',
  'https://proxy.golang.org/github.com/gin-gonic/gin/@v/v1.12.0.info': 'go/gin-v1.12.0.info',
  'https://proxy.golang.org/github.com/go-chi/chi/@v/list': 'go/chi.list',
  'https://proxy.golang.org/golang.org/toolchain/@v/list': 'go/toolchain.list',
  'https://proxy.golang.org/golang.org/toolchain/@v/v0.0.1-go1.27.4.linux-amd64.info': 'go/toolchain-go1.27.4.info',
  'https://repo1.maven.org/maven2/io/quarkus/quarkus-core/maven-metadata.xml': 'maven/quarkus-core.xml',
  'https://repo1.maven.org/maven2/org/springframework/boot/spring-boot/maven-metadata.xml': 'maven/spring-boot.xml',
  'https://rubygems.org/api/v1/versions/rails.json': 'rubygems/rails.handwritten.json',
  'https://repo.packagist.org/p2/laravel/framework.json': 'packagist/laravel-framework.handwritten.json',
  'https://repo.packagist.org/p2/acme/old-widget.json': 'packagist/abandoned.handwritten.json',
  'https://hex.pm/api/packages/phoenix': 'hex/phoenix.handwritten.json',
  'https://api.nuget.org/v3-flatcontainer/microsoft.aspnetcore.app.ref/index.json': 'nuget/microsoft.aspnetcore.app.ref.handwritten.json',
  'https://api.github.com/repos/vapor/vapor/releases/latest': 'github/vapor-latest.handwritten.json',
  'https://api.github.com/repos/oven-sh/bun/releases/latest': 'github/bun-latest.handwritten.json',
  'https://jsr.io/@std/http/meta.json': 'jsr/std-http.handwritten.json',
};

/** A fetch serving fixtures (404 for anything else); `bodies` overrides or adds answers; requested URLs are kept. */
function fakeFetch(bodies: Record<string, string | object> = {}): FetchLike & { urls: string[] } {
  const urls: string[] = [];
  const fn = async (url: string) => {
    urls.push(url);
    const body = bodies[url];
    if (body !== undefined) return new Response(typeof body === 'string' ? body : JSON.stringify(body));
    const file = ROUTES[url];
    return file ? new Response(fixture(file)) : new Response('not found', { status: 404 });
  };
  return Object.assign(fn, { urls });
}

/** A fetch that fails like Node's does when DNS has no answer for the host. */
const offline: FetchLike = async () => {
  throw new TypeError('fetch failed', { cause: Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' }) });
};

const release = (lookup: Lookup): Release => {
  if ('unreachable' in lookup) throw new Error(`expected a release, got unreachable: ${lookup.unreachable}`);
  return lookup;
};

describe('version rules', () => {
  it('tells stable releases from pre-releases', () => {
    for (const v of ['1.0.0', 'v1.12.0', '3.40.1.2', '6.1', '1.0.0.Final', '5.3.10.RELEASE', '2.0.post1', '1.0.0+build.5']) expect(isStable(v), v).toBe(true);
    for (const v of [
      '4.0.0-beta.1',
      '6.1rc1',
      '6.0a1',
      '3.39.0.CR1',
      '4.2.0-M1',
      '1.0-SNAPSHOT',
      '2.0.dev3',
      '0.0.0-canary-7f3e',
      '1.0.0-next.3',
      '10.0.0-preview.7.25380.108',
      '8.2.0.beta1',
      '1.9.0-rc.0',
    ]) {
      expect(isStable(v), v).toBe(false);
    }
  });

  it('compares numerically, part by part', () => {
    expect(compareVersions('3.40.1', '3.40.1.2')).toBeLessThan(0);
    expect(compareVersions('1.10.0', '1.9.9')).toBeGreaterThan(0);
    expect(compareVersions('0.8.10', '0.8.9')).toBeGreaterThan(0);
    expect(compareVersions('6.1', '6.1.0')).toBe(0);
    expect(compareVersions('v1.12.0', '1.12.0')).toBe(0);
    expect(newestStable(['1.9.0', '1.10.0', '1.11.0-rc.1', '1.2.0'])).toBe('1.10.0');
    expect(versionStatus('6.1.2', '6.1.3')).toBe('behind');
    expect(versionStatus('3.40.1', '3.40.1.2')).toBe('behind');
    expect(versionStatus('1.13.0', '1.12.0')).toBe('ahead');
    expect(versionStatus('5.3.0', '5.3.0')).toBe('current');
  });

  it('builds registry paths', () => {
    expect(indexPath('axum')).toBe('ax/um/axum');
    expect(indexPath('syn')).toBe('3/s/syn');
    expect(indexPath('cc')).toBe('2/cc');
    expect(indexPath('Inflector')).toBe('in/fl/inflector');
    expect(escapeModulePath('github.com/BurntSushi/toml')).toBe('github.com/!burnt!sushi/toml');
    expect(isPseudoVersion('v1.12.1-0.20260626164816-34dac209ffb6')).toBe(true);
    expect(isPseudoVersion('v0.0.0-20231213022851-53fbf4dbfbf4')).toBe(true);
    expect(isPseudoVersion('v1.12.0')).toBe(false);
    expect(toolchainRelease('v0.0.1-go1.26.8.linux-amd64')).toBe('1.26.8');
    expect(toolchainRelease('v0.0.1-go1.26rc1.linux-amd64')).toBeUndefined();
    expect(toolchainRelease('v0.0.1-go1.18beta1.linux-amd64')).toBeUndefined();
  });
});

describe('registry clients on recorded answers', () => {
  it('npm: the latest dist-tag with its publish time', async () => {
    const fetch = fakeFetch();
    expect(await latestOf('npm:express', fetch)).toEqual({ version: '5.3.0', date: '2026-10-09T12:56:54+00:00' });
    // A latest tag on a pre-release falls back to the highest stable version.
    const doc = json('npm/express.json');
    doc['dist-tags'].latest = '5.0.0-beta.3';
    expect(release(await latestOf('npm:express', fakeFetch({ 'https://registry.npmjs.org/express': doc }))).version).toBe('5.3.0');
    expect(release(await latestOf('npm:csurf', fetch)).deprecated).toMatch(/^This package is archived/);
    await latestOf('npm:@fastify/websocket', fetch);
    expect(fetch.urls).toContain('https://registry.npmjs.org/@fastify%2fwebsocket');
  });

  it('PyPI: skips pre-releases, yanked releases and releases without files', async () => {
    expect(await latestOf('pypi:django', fakeFetch())).toEqual({ version: '6.1.3', date: '2026-11-03T15:21:19Z' });
    const doc = json('pypi/django.json');
    for (const v of ['6.1', '6.1.2', '6.1.3']) delete doc.releases[v];
    // 6.1a1, 6.1b1 and 6.1rc1 remain above 6.0.10 but are pre-releases.
    expect(release(await latestOf('pypi:django', fakeFetch({ 'https://pypi.org/pypi/django/json': doc }))).version).toBe('6.0.10');
    const old = { releases: { '5.0.4': doc.releases['5.0.4'], '5.0.5': doc.releases['5.0.5'], '1.1.2': doc.releases['1.1.2'] } };
    // 5.0.5's files are all yanked; 1.1.2 has no files.
    expect(await latestOf('pypi:django', fakeFetch({ 'https://pypi.org/pypi/django/json': old }))).toEqual({
      version: '5.0.4',
      date: '2024-04-03T14:56:56.206912Z',
    });
  });

  it('crates.io: the sparse index, skipping yanked versions and pre-releases', async () => {
    const fetch = fakeFetch();
    expect(await latestOf('crates:axum', fetch)).toEqual({ version: '0.8.9', date: '2026-04-14T07:55:20Z' });
    expect(fetch.urls).toEqual(['https://index.crates.io/ax/um/axum']);
    const lines = fixture('crates/axum').trim().split('\n');
    const without = (drop: string[]) => lines.filter((l) => !drop.includes(JSON.parse(l).vers)).join('\n');
    // 0.8.2 is yanked, so without 0.8.8 and 0.8.9 the newest is 0.8.1.
    expect(release(await latestOf('crates:axum', fakeFetch({ 'https://index.crates.io/ax/um/axum': without(['0.8.9', '0.8.8']) }))).version).toBe('0.8.1');
    // Left with 0.6.0, its release candidates and the 0.8.0 alpha and rc, the answer is 0.6.0.
    expect(
      release(await latestOf('crates:axum', fakeFetch({ 'https://index.crates.io/ax/um/axum': without(['0.8.9', '0.8.8', '0.8.2', '0.8.1', '0.8.0']) })))
        .version,
    ).toBe('0.6.0');
  });

  it('Go: skips pseudo-versions and +incompatible, reads the time from .info', async () => {
    const fetch = fakeFetch();
    const gin = release(await latestOf('go:github.com/gin-gonic/gin', fetch));
    // v1.12.1-0.20260626164816-… sorts above v1.12.0 but is a pseudo-version.
    expect(gin).toEqual({ version: '1.12.0', tag: 'v1.12.0', date: '2026-02-28T10:10:09Z' });
    expect(pageOf('go:github.com/gin-gonic/gin', gin)).toBe('https://pkg.go.dev/github.com/gin-gonic/gin@v1.12.0');
    // chi's v4.x tags are +incompatible; v1.5.5 has no recorded .info, which only costs the date.
    expect(await latestOf('go:github.com/go-chi/chi', fetch)).toEqual({ version: '1.5.5', tag: 'v1.5.5' });
    expect(fetch.urls).not.toContain('https://proxy.golang.org/github.com/gin-gonic/gin/@latest');
  });

  it('Go toolchain: "v0.0.1-go1.27.4.linux-amd64" is Go 1.27.4; rc and beta are skipped', async () => {
    const go = release(await latestOf('go:golang.org/toolchain', fakeFetch()));
    expect(go).toEqual({ version: '1.27.4', tag: 'v0.0.1-go1.27.4.linux-amd64', date: '2026-11-02T20:36:20Z' });
    const list = fixture('go/toolchain.list')
      .split('\n')
      .filter((l) => !l.includes('go1.27.4'))
      .join('\n');
    const older = release(await latestOf('go:golang.org/toolchain', fakeFetch({ 'https://proxy.golang.org/golang.org/toolchain/@v/list': list })));
    expect(older.version).toBe('1.26.8');
  });

  it('Maven Central: four-part versions are stable, CR1 and M1 are not; lastUpdated dates only <release>', async () => {
    expect(await latestOf('maven:io.quarkus:quarkus-core', fakeFetch())).toEqual({ version: '3.40.1.2', date: '2026-11-26T10:31:09Z' });
    // <release> is 4.2.0-M1, a milestone: the newest stable is 4.1.2 and lastUpdated is not its date.
    expect(await latestOf('maven:org.springframework.boot:spring-boot', fakeFetch())).toEqual({ version: '4.1.2' });
  });

  it('RubyGems, Packagist, Hex, NuGet, GitHub and JSR (hand-written answers in their API shapes)', async () => {
    const fetch = fakeFetch();
    expect(await latestOf('rubygems:rails', fetch)).toEqual({ version: '8.1.4', date: '2026-10-29T16:40:05.000Z' });
    const laravel = release(await latestOf('packagist:laravel/framework', fetch));
    expect(laravel).toEqual({ version: '13.37.0', tag: 'v13.37.0', date: '2026-11-18T15:31:02+00:00' });
    expect(pageOf('packagist:laravel/framework', laravel)).toBe('https://packagist.org/packages/laravel/framework#v13.37.0');
    expect(release(await latestOf('packagist:acme/old-widget', fetch))).toEqual({
      version: '2.1.0',
      date: '2021-03-02T08:00:00+00:00',
      deprecated: 'abandoned; use acme/widget',
    });
    // 1.8.16 is retired and 1.9.0-rc.0 a pre-release.
    expect(await latestOf('hex:phoenix', fetch)).toEqual({ version: '1.8.15', date: '2026-09-02T10:20:00.000000Z' });
    const aspnet = release(await latestOf('nuget:Microsoft.AspNetCore.App.Ref', fetch));
    expect(aspnet).toEqual({ version: '10.0.1' });
    expect(pageOf('nuget:Microsoft.AspNetCore.App.Ref', aspnet)).toBe('https://www.nuget.org/packages/Microsoft.AspNetCore.App.Ref/10.0.1');
    expect(await latestOf('github:vapor/vapor', fetch)).toEqual({ version: '4.122.0', date: '2026-11-12T17:05:22Z' });
    const bun = release(await latestOf('github:oven-sh/bun', fetch));
    expect(bun.version).toBe('1.4.5');
    expect(pageOf('github:oven-sh/bun', bun)).toBe('https://github.com/oven-sh/bun/releases/tag/bun-v1.4.5');
    expect(await latestOf('jsr:@std/http', fetch)).toEqual({ version: '1.0.22' });
    // Without "latest", the highest stable version that is not yanked (1.0.23 is).
    const meta = { ...json('jsr/std-http.handwritten.json'), latest: null };
    expect(release(await latestOf('jsr:@std/http', fakeFetch({ 'https://jsr.io/@std/http/meta.json': meta }))).version).toBe('1.0.22');
  });

  it('links each registry’s public page for a version', () => {
    const r = (version: string): Release => ({ version });
    expect(pageOf('pypi:django', r('6.1.3'))).toBe('https://pypi.org/project/django/6.1.3/');
    expect(pageOf('npm:express', r('5.3.0'))).toBe('https://www.npmjs.com/package/express/v/5.3.0');
    expect(pageOf('crates:axum', r('0.8.9'))).toBe('https://crates.io/crates/axum/0.8.9');
    expect(pageOf('maven:io.quarkus:quarkus-core', r('3.40.1.2'))).toBe('https://central.sonatype.com/artifact/io.quarkus/quarkus-core/3.40.1.2');
    expect(pageOf('rubygems:rails', r('8.1.1'))).toBe('https://rubygems.org/gems/rails/versions/8.1.1');
    expect(pageOf('hex:phoenix', r('1.8.2'))).toBe('https://hex.pm/packages/phoenix/1.8.2');
    expect(pageOf('github:vapor/vapor', r('4.115.0'))).toBe('https://github.com/vapor/vapor/releases/tag/4.115.0');
    expect(pageOf('jsr:@std/http', r('1.0.0'))).toBe('https://jsr.io/@std/http@1.0.0');
    expect(Object.keys(CLIENTS).sort()).toEqual(['crates', 'github', 'go', 'hex', 'jsr', 'maven', 'npm', 'nuget', 'packagist', 'pypi', 'rubygems']);
  });
});

describe('unreachable registries', () => {
  it('a rejected request names the host and the reason', async () => {
    expect(await latestOf('github:vapor/vapor', offline)).toEqual({ unreachable: 'api.github.com: ENOTFOUND' });
    expect(await latestOf('rubygems:rails', async () => new Response('', { status: 503 }))).toEqual({ unreachable: 'rubygems.org: HTTP 503' });
    expect(await latestOf('hex:phoenix', async () => new Response('<html>'))).toEqual({ unreachable: 'hex.pm: answer is not JSON' });
    // A name the registry does not know (the fake fetch answers 404 for anything not recorded).
    expect(await latestOf('npm:@hono/casbin', fakeFetch())).toEqual({ unreachable: 'registry.npmjs.org: HTTP 404 not found' });
    // crates.io: both the index and the API are named when neither answers.
    expect(await latestOf('crates:axum', offline)).toEqual({ unreachable: 'index.crates.io: ENOTFOUND; crates.io: ENOTFOUND' });
  });

  it('a request that never answers times out', async () => {
    const hanging: FetchLike = () => new Promise<Response>(() => {});
    const lookup = await latestOf('pypi:django', withTimeout(hanging, 200));
    expect(lookup).toEqual({ unreachable: 'pypi.org: timed out after 0.2 s' });
  });

  it('sends the User-Agent', async () => {
    let agent: string | null = null;
    const spy: FetchLike = async (url, init) => {
      agent = new Headers(init?.headers).get('user-agent');
      return new Response(fixture(ROUTES[url]!));
    };
    await latestOf('npm:express', withTimeout(spy, 1000));
    expect(agent).toBe('backend-atlas check:versions');
  });

  it('runs at most four lookups at once and asks each coordinate once', async () => {
    let running = 0;
    let peak = 0;
    const calls: string[] = [];
    const slow: FetchLike = async (url) => {
      calls.push(url);
      running++;
      peak = Math.max(peak, running);
      await new Promise((r) => setTimeout(r, 10));
      running--;
      return new Response(JSON.stringify({ 'dist-tags': { latest: '1.0.0' }, versions: { '1.0.0': {} } }));
    };
    const ask = makeAsk(slow, 4);
    const names = Array.from({ length: 10 }, (_, i) => `npm:pkg${i}`);
    await Promise.all([...names, ...names].map((n) => ask(n)));
    expect(peak).toBe(4);
    expect(calls).toHaveLength(10);
  });
});

/** Frameworks as the loader gives them, for the report and --write tests. */
const fw = (slug: string, data: Record<string, unknown>): FrameworkFile => ({ slug, file: `/content/frameworks/${slug}.mdx`, data });

describe('report lines', () => {
  it('one line per framework and a count line', async () => {
    const fetch = fakeFetch();
    const flaky: FetchLike = (url, init) => (url.startsWith('https://api.github.com/') ? offline(url, init) : fetch(url, init));
    const rows = await checkFrameworks(
      [
        fw('django', { latestVersion: '6.1.2', registry: 'pypi:django' }),
        fw('express', { latestVersion: '5.3.0', registry: 'npm:express' }),
        fw('gin', { latestVersion: '1.13.0', registry: 'go:github.com/gin-gonic/gin' }),
        fw('hanami', { latestVersion: '3.0.0' }),
        fw('vapor', { latestVersion: '4.122.0', registry: 'github:vapor/vapor' }),
      ],
      makeAsk(flaky),
    );
    const lines = frameworkLines(rows);
    expect(lines.slice(0, -1).map((l) => l.split(/\s{2,}/))).toEqual([
      ['django', '6.1.2', '6.1.3', 'behind'],
      ['express', '5.3.0', '5.3.0', 'current'],
      ['gin', '1.13.0', '1.12.0', 'ahead'],
      ['hanami', '3.0.0', '—', 'no registry'],
      ['vapor', '4.122.0', '—', 'unreachable (api.github.com: ENOTFOUND)'],
    ]);
    expect(lines.at(-1)).toBe('5 frameworks: 1 current, 1 behind, 1 ahead, 1 unreachable, 1 no registry');
  });

  it('--packages: one line per distinct package, months compared, npm deprecation flagged', async () => {
    const cell = (registry: string, lastRelease: string, deprecated?: string) => ({
      level: 'community',
      maintenance: { registry, lastRelease, ...(deprecated ? { deprecated } : {}) },
    });
    const frameworks = [
      fw('express', { features: { csrf: cell('npm:csurf', '2020-01'), sessions: cell('pypi:django', '2026-10'), orm: { level: 'built-in' } } }),
      fw('koa', {
        features: {
          csrf: cell('npm:csurf', '2020-01', 'archived by expressjs'),
          orm: cell('crates:axum', '2026-04'),
          auth: cell('nuget:Microsoft.AspNetCore.App.Ref', '2025-11'),
          mail: cell('maven:io.quarkus:quarkus-core', '2027-01'),
        },
      }),
    ];
    const rows = await checkPackages(frameworks, makeAsk(fakeFetch()));
    const lines = packageLines(rows);
    expect(lines.slice(0, -1).map((l) => l.split(/\s{2,}/))).toEqual([
      ['crates:axum', '2026-04', '0.8.9', '2026-04', 'current'],
      ['maven:io.quarkus:quarkus-core', '2027-01', '3.40.1.2', '2026-11', 'ahead'],
      [
        'npm:csurf',
        '2020-01',
        '1.11.0',
        '2020-01',
        expect.stringMatching(/^current; deprecated on the registry \("This package is archived.*"\), not recorded in express\/csrf$/),
      ],
      ['nuget:Microsoft.AspNetCore.App.Ref', '2025-11', '10.0.1', '—', 'no date'],
      ['pypi:django', '2026-10', '6.1.3', '2026-11', 'behind'],
    ]);
    expect(lines.at(-1)).toBe('5 packages: 2 current, 1 behind, 1 ahead, 1 without a date, 0 unreachable, 1 deprecated');
  });
});

const SAMPLE = `---
name: Django # the display name
latestVersion: "6.1.2"   # quoted so 6.10 stays 6.10
versionCheck:
  date: 2026-11-01
  source: https://pypi.org/project/Django/6.1.2/
registry: pypi:django
firstPartyPackages: ['pypi:channels']
features:
  realtime:
    level: official
    package: channels
    maintenance: { registry: "pypi:channels", lastRelease: '2025-01' }
  tasks:
    level: community
    maintenance:
      registry: "npm:express"
      lastRelease: "2030-01" # newer than the registry: left alone
---

latestVersion: "6.1.2" in the body is prose and stays.
`;

describe('--write', () => {
  it('changes only latestVersion and versionCheck, keeping quotes and comments', () => {
    const rows = [
      {
        slug: 'django',
        file: 'django.mdx',
        coordinate: 'pypi:django',
        recorded: '6.1.2',
        lookup: { version: '6.1.3', date: '2026-11-03T15:21:19Z' },
        status: 'behind' as const,
      },
    ];
    const edits = planEdits(rows, [], '2026-12-02').get('django.mdx')!;
    const expected = SAMPLE.replace('latestVersion: "6.1.2"   #', 'latestVersion: "6.1.3"   #')
      .replace('  date: 2026-11-01', '  date: 2026-12-02')
      .replace('  source: https://pypi.org/project/Django/6.1.2/', '  source: https://pypi.org/project/django/6.1.3/');
    expect(expected.split('\n').filter((l, i) => l !== SAMPLE.split('\n')[i])).toHaveLength(3);
    expect(editFrontmatter(SAMPLE, edits)).toBe(expected);
  });

  it('moves lastRelease forward only, in the quote style it had', () => {
    const cells = [
      { slug: 'django', file: 'django.mdx', feature: 'realtime', lastRelease: '2025-01' },
      { slug: 'django', file: 'django.mdx', feature: 'tasks', lastRelease: '2030-01' },
    ];
    const edits = planEdits(
      [],
      [{ coordinate: 'pypi:channels', cells, lookup: { version: '4.3.2', date: '2025-11-20T10:00:00Z' }, month: '2025-11', status: 'behind' }],
      '2026-12-02',
    ).get('django.mdx')!;
    expect(edits).toEqual([{ path: ['features', 'realtime', 'maintenance', 'lastRelease'], value: '2025-11' }]);
    expect(editFrontmatter(SAMPLE, edits)).toBe(SAMPLE.replace("lastRelease: '2025-01' }", "lastRelease: '2025-11' }"));
  });

  it('never writes for current, ahead or unreachable frameworks', () => {
    const base = { file: 'x.mdx', coordinate: 'pypi:django', recorded: '6.1.3' };
    const rows = [
      { ...base, slug: 'a', lookup: { version: '6.1.3' }, status: 'current' as const },
      { ...base, slug: 'b', lookup: { version: '6.1.0' }, status: 'ahead' as const },
      { ...base, slug: 'c', lookup: { unreachable: 'pypi.org: ENOTFOUND' }, status: 'unreachable' as const },
    ];
    expect(planEdits(rows, [], '2026-12-02').size).toBe(0);
  });

  it('a missing field is an error, not a silent change', () => {
    expect(() => editFrontmatter('---\nname: X\n---\n', [{ path: ['latestVersion'], value: '1.0.0' }])).toThrow(/latestVersion/);
    // The edited file still parses to the new values.
    const edited = editFrontmatter(SAMPLE, [{ path: ['versionCheck', 'source'], value: 'https://packagist.org/packages/laravel/framework#v13.1.0' }]);
    expect((readFrontmatter(edited) as { versionCheck: { source: string } }).versionCheck.source).toBe(
      'https://packagist.org/packages/laravel/framework#v13.1.0',
    );
  });
});

describe('supported release series', () => {
  const TODAY = '2026-12-02';
  const django = fw('django', {
    latestVersion: '6.1.3',
    registry: 'pypi:django',
    releases: [
      { series: '6.1', releaseDate: '2026-08-05', latest: '6.1.2', securitySupportUntil: '2027-12-01' },
      { series: '6.0', releaseDate: '2025-12-03', latest: '6.0.10', securitySupportUntil: '2027-04-30' },
      { series: '5.2', releaseDate: '2025-04-02', latest: '5.2.20', securitySupportUntil: '2028-04-30', lts: true },
      { series: '5.0', releaseDate: '2023-12-04', latest: '5.0.4', securitySupportUntil: '2025-04-30' },
      { series: '4.2', releaseDate: '2023-04-03', latest: '4.2.27', securitySupportUntil: '2027-04-30', lts: true },
    ],
  });

  it('lists every stable version from the same answers the newest-release check reads', async () => {
    const fetch = fakeFetch();
    expect(((await versionsOf('pypi:django', fetch)) as string[]).sort()).toEqual(['5.0.4', '5.2.19', '6.0.10', '6.1', '6.1.2', '6.1.3']);
    expect(await versionsOf('npm:express', fetch)).toEqual(['4.21.2', '5.0.0', '5.2.0', '5.2.1', '5.3.0']);
    expect(await versionsOf('maven:org.springframework.boot:spring-boot', fetch)).toEqual(['4.0.9', '4.1.0', '4.1.2']);
    expect(await versionsOf('go:golang.org/toolchain', fetch)).toEqual(expect.arrayContaining(['1.26.8', '1.27.4']));
    expect(await versionsOf('go:github.com/go-chi/chi', fetch)).not.toContainEqual(expect.stringMatching(/incompatible/));
    expect(await versionsOf('hex:phoenix', fetch)).not.toContain('1.8.16');
    expect(await versionsOf('github:vapor/vapor', fetch)).toEqual({ unreachable: 'github: the registry answers with its newest release only' });
  });

  it('the newest release of a series: "5.2" takes 5.2.x, never 5.20', () => {
    expect(newestInSeries(['5.2.9', '5.2.10', '5.20.1', '5.3.0'], '5.2')).toBe('5.2.10');
    expect(newestInSeries(['24.0.0', '24.11.1', '2.4.0'], '24')).toBe('24.11.1');
    expect(newestInSeries(['1.0.0'], '2')).toBeUndefined();
  });

  it('only series supported today are checked', () => {
    expect(supportedSeriesOf(django.data, TODAY).map((r) => r.series)).toEqual(['6.1', '6.0', '5.2', '4.2']);
    expect(supportedSeriesOf({ releases: 'oops' }, TODAY)).toEqual([]);
  });

  it('reports each supported series against the registry, e.g. "django 6.1: recorded 6.1.2, registry 6.1.3 behind"', async () => {
    const fetch = fakeFetch();
    const rows = await checkSeries(
      [
        django,
        fw('vapor', { registry: 'github:vapor/vapor', releases: [{ series: '4', releaseDate: '2020-01-15', latest: '4.122.0' }] }),
        fw('hanami', { latestVersion: '3.0.0' }),
      ],
      (c) => versionsOf(c, fetch),
      TODAY,
    );
    expect(seriesLines(rows)).toEqual([
      'django 6.1: recorded 6.1.2, registry 6.1.3 behind',
      'django 6.0: recorded 6.0.10, registry 6.0.10 current',
      'django 5.2: recorded 5.2.20, registry 5.2.19 ahead',
      'django 4.2: recorded 4.2.27, no release of the series on the registry',
      'vapor 4: recorded 4.122.0, registry unreachable (github: the registry answers with its newest release only)',
      '5 supported series: 1 current, 1 behind, 1 ahead, 1 not on the registry, 1 unreachable',
    ]);
  });

  it('asks each registry page once when the newest release and the series share it', async () => {
    const fetch = fakeFetch();
    const once = memoFetch(fetch);
    await checkFrameworks([django], makeAsk(once));
    await checkSeries([django], (c) => versionsOf(c, once), TODAY);
    expect(fetch.urls).toEqual(['https://pypi.org/pypi/django/json']);
  });
});
