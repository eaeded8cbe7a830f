// Build-scaling benchmark: builds the real site with 12, 100 and 1,000 frameworks (the real
// profiles plus synthetic ones that pass the real schema) in .bench/, and writes output/bench.json:
// per size, pages built, seconds, ms per page, the largest page of each type (gzipped HTML) and
// the bytes Pagefind fetches for the query "orm". A measurement, never a pass/fail test.
// Usage: npm run bench [-- --sizes=1000]
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { chromiumLaunch } from '../playwright.config.ts';
import { pageTypeOf } from './budgets.ts';
import { checkContent } from '../src/lib/checks/content-check.ts';
import { formatProblems } from '../src/lib/model/problems.ts';

const root = resolve(import.meta.dirname, '..');
const sizesArg = process.argv.find((a) => a.startsWith('--sizes='));
const sizes = (sizesArg ? sizesArg.slice('--sizes='.length).split(',') : process.argv.slice(2)).map(Number).filter((n) => n > 0);
const LANGUAGES = [
  'Python',
  'Java',
  'Kotlin',
  'JavaScript',
  'TypeScript',
  'Go',
  'C#',
  'Ruby',
  'PHP',
  'Elixir',
  'Rust',
  'Scala',
  'Swift',
  'Dart',
  'Haskell',
  'Clojure',
  'Perl',
  'Lua',
  'Crystal',
  'Nim',
];

const DAY = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * A synthetic framework whose template has no `releases` yet gets a current series (named after
 * its latestVersion) and an older ended one, with dates spread by its index: some series end
 * within six months, some have ended, some run for years, so /lifecycle/, the profile timeline
 * and the home chart are built with releases at every size.
 */
function withReleases(source: string, i: number): string {
  if (/^releases:/m.test(source)) return source;
  const latest = /^latestVersion: "?([^"\n]+)"?$/m.exec(source)?.[1] ?? '1.0.0';
  const series = latest.split('.').slice(0, 2).join('.');
  const today = Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate());
  const released = today - (((i * 37) % 700) + 30) * DAY;
  const end = Math.max(released, today + (((i * 53) % 1500) - 120) * DAY);
  const block = [
    ...(/^releasePolicy:/m.test(source)
      ? []
      : [
          'releasePolicy:',
          '  kind: published',
          '  url: https://example.org/support/',
          '  summary: "A synthetic policy: a feature release a year, each with security fixes for a while."',
        ]),
    'releases:',
    `  - series: "${series}"`,
    `    releaseDate: ${isoDay(released)}`,
    `    latest: "${latest}"`,
    `    activeSupportUntil: ${isoDay(released + Math.floor((end - released) / 2 / DAY) * DAY)}`,
    `    securitySupportUntil: ${isoDay(end)}`,
    ...(i % 3 === 0 ? ['    lts: true'] : []),
    ...(series === '0.1' ? [] : ['  - series: "0.1"', '    releaseDate: 2019-01-01', '    latest: "0.1.9"', '    securitySupportUntil: 2021-01-01']),
  ];
  return source.replace(/^(lastVerified: .*)$/m, `$1\n${block.join('\n')}`);
}

function prepare(n: number): string {
  const dir = join(root, '.bench', `n-${n}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'content/frameworks'), { recursive: true });
  for (const item of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) cpSync(join(root, item), join(dir, item), { recursive: true });
  for (const file of ['features.yaml', 'editorial.yaml', 'data-rules.md']) cpSync(join(root, 'content', file), join(dir, 'content', file));
  const real = readdirSync(join(root, 'content/frameworks'))
    .filter((f) => f.endsWith('.mdx'))
    .sort();
  for (let i = 0; i < n; i++) {
    const template = readFileSync(join(root, 'content/frameworks', real[i % real.length]!), 'utf8');
    // Each framework gets its template's snippets too, so task and code pages grow with the atlas.
    const snippets = join(root, 'content/snippets', real[i % real.length]!.replace(/\.mdx$/, ''));
    const slug = i < real.length ? real[i]!.replace(/\.mdx$/, '') : `synthetic-${String(i).padStart(4, '0')}`;
    if (existsSync(snippets)) cpSync(snippets, join(dir, 'content/snippets', slug), { recursive: true });
    if (i < real.length) {
      writeFileSync(join(dir, 'content/frameworks', real[i]!), template);
      continue;
    }
    const id = String(i).padStart(4, '0');
    const synthetic = template
      .replace(/^name: .*$/m, `name: Synthetic ${id}`)
      .replace(/^aliases: .*$/m, 'aliases: []')
      .replace(/^languages: .*$/m, `languages: [${LANGUAGES[i % LANGUAGES.length]}]`);
    writeFileSync(join(dir, 'content/frameworks', `synthetic-${id}.mdx`), withReleases(synthetic, i));
  }
  const { problems } = checkContent(dir);
  if (problems.length) throw new Error(`synthetic content is invalid:\n${formatProblems(problems.slice(0, 10))}`);
  return dir;
}

function htmlPages(dir: string): { path: string; bytes: number }[] {
  const out: { path: string; bytes: number }[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.html')) out.push({ path: `/${relative(dir, full)}`, bytes: statSync(full).size });
    }
  };
  walk(dir);
  return out;
}

function time(fn: () => void): number {
  const start = performance.now();
  fn();
  return (performance.now() - start) / 1000;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.css': 'text/css',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** Bytes the browser fetches on /search/?q=orm once results show (pagefind runtime, wasm, index, fragments). */
async function pagefindBytes(dist: string): Promise<number> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = join(dist, path);
    if (path.endsWith('/')) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const port = (server.address() as { port: number }).port;
  const browser = await chromium.launch(chromiumLaunch);
  try {
    const page = await browser.newPage();
    let bytes = 0;
    page.on('response', async (r) => {
      if (new URL(r.url()).pathname.startsWith('/pagefind/')) bytes += (await r.body().catch(() => Buffer.alloc(0))).length;
    });
    await page.goto(`http://127.0.0.1:${port}/search/?q=orm`);
    await page
      .locator('[data-search-status]')
      .filter({ hasText: /result/ })
      .waitFor();
    await page.waitForLoadState('networkidle');
    return bytes;
  } finally {
    await browser.close();
    server.close();
  }
}

const results = [];
for (const n of sizes.length ? sizes : [12, 100, 1000]) {
  process.stdout.write(`\n== ${n} frameworks: preparing… `);
  const dir = prepare(n);
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  process.stdout.write('building… ');
  const astro = time(() =>
    execFileSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', dir], { cwd: dir, env, stdio: 'ignore' }),
  );
  process.stdout.write('indexing… ');
  const pagefind = time(() => execFileSync(join(root, 'node_modules/.bin/pagefind'), ['--site', join(dir, 'dist')], { cwd: dir, env, stdio: 'ignore' }));
  const dist = join(dir, 'dist');
  const pages = htmlPages(dist);
  const largest: Record<string, { path: string; htmlGzipBytes: number }> = {};
  for (const p of pages) {
    const url = p.path.replace(/index\.html$/, '');
    const type = pageTypeOf(url) ?? (url === '/404.html' ? '404' : null);
    if (!type) continue;
    const gzip = gzipSync(readFileSync(join(dist, p.path))).length;
    if (!largest[type] || largest[type].htmlGzipBytes < gzip) largest[type] = { path: url, htmlGzipBytes: gzip };
  }
  process.stdout.write('searching… ');
  const seconds = astro + pagefind;
  const row = {
    frameworks: n,
    pages: pages.length,
    seconds: +seconds.toFixed(1),
    perPageMs: +((seconds * 1000) / pages.length).toFixed(1),
    largest,
    pagefindBytesForOrm: await pagefindBytes(dist),
  };
  results.push(row);
  console.log(
    `done.\n   ${row.pages} pages in ${row.seconds} s = ${row.perPageMs} ms/page; Pagefind fetched ${(row.pagefindBytesForOrm / 1024).toFixed(0)} kB for "orm"`,
  );
  for (const [type, p] of Object.entries(largest)) console.log(`   ${type.padEnd(8)} ${(p.htmlGzipBytes / 1024).toFixed(1).padStart(6)} kB gzip  ${p.path}`);
}
mkdirSync(join(root, 'output'), { recursive: true });
writeFileSync(join(root, 'output/bench.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log('Saved output/bench.json');
