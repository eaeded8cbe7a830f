// Build-scaling benchmark: builds the real site with 12, 100 and 1,000 frameworks (the real
// profiles plus synthetic ones that pass the real schema) in .bench/, and prints pages built,
// total time, time per page and the largest pages. A measurement, never a pass/fail test.
// Usage: npm run bench [-- 12 100]
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { checkContent } from '../src/lib/content-check.ts';
import { formatProblems } from '../src/lib/problems.ts';

const root = resolve(import.meta.dirname, '..');
const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
const LANGUAGES = ['Python', 'Java', 'Kotlin', 'JavaScript', 'TypeScript', 'Go', 'C#', 'Ruby', 'PHP', 'Elixir', 'Rust', 'Scala', 'Swift', 'Dart', 'Haskell', 'Clojure', 'Perl', 'Lua', 'Crystal', 'Nim'];

function prepare(n: number): string {
  const dir = join(root, '.bench', `n-${n}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'content/frameworks'), { recursive: true });
  for (const item of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) cpSync(join(root, item), join(dir, item), { recursive: true });
  cpSync(join(root, 'content/features.yaml'), join(dir, 'content/features.yaml'));
  const real = readdirSync(join(root, 'content/frameworks')).filter((f) => f.endsWith('.mdx')).sort();
  for (let i = 0; i < n; i++) {
    const template = readFileSync(join(root, 'content/frameworks', real[i % real.length]!), 'utf8');
    if (i < real.length) {
      writeFileSync(join(dir, 'content/frameworks', real[i]!), template);
      continue;
    }
    const id = String(i).padStart(4, '0');
    const synthetic = template
      .replace(/^name: .*$/m, `name: Synthetic ${id}`)
      .replace(/^aliases: .*$/m, 'aliases: []')
      .replace(/^languages: .*$/m, `languages: [${LANGUAGES[i % LANGUAGES.length]}]`);
    writeFileSync(join(dir, 'content/frameworks', `synthetic-${id}.mdx`), synthetic);
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

const results = [];
for (const n of sizes.length ? sizes : [12, 100, 1000]) {
  process.stdout.write(`\n== ${n} frameworks: preparing… `);
  const dir = prepare(n);
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  process.stdout.write('building… ');
  const astro = time(() => execFileSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', dir], { cwd: dir, env, stdio: 'ignore' }));
  process.stdout.write('indexing… ');
  const pagefind = time(() => execFileSync(join(root, 'node_modules/.bin/pagefind'), ['--site', join(dir, 'dist')], { cwd: dir, env, stdio: 'ignore' }));
  const pages = htmlPages(join(dir, 'dist'));
  const largest = [...pages].sort((a, b) => b.bytes - a.bytes).slice(0, 5).map((p) => ({ ...p, gzip: gzipSync(readFileSync(join(dir, 'dist', p.path))).length }));
  const total = astro + pagefind;
  const row = { frameworks: n, pages: pages.length, astroSeconds: +astro.toFixed(1), pagefindSeconds: +pagefind.toFixed(1), totalSeconds: +total.toFixed(1), msPerPage: +((total * 1000) / pages.length).toFixed(1), largest };
  results.push(row);
  console.log(`done.\n   ${row.pages} pages in ${row.totalSeconds} s (astro ${row.astroSeconds} s + pagefind ${row.pagefindSeconds} s) = ${row.msPerPage} ms/page`);
  for (const p of largest) console.log(`   ${(p.bytes / 1024).toFixed(0).padStart(7)} kB (${(p.gzip / 1024).toFixed(0)} kB gzip)  ${p.path}`);
}
mkdirSync(join(root, 'output'), { recursive: true });
writeFileSync(join(root, 'output/bench.json'), `${JSON.stringify({ measuredAt: new Date().toISOString(), results }, null, 2)}\n`);
console.log('\nframeworks   pages   total s   ms/page\n' + results.map((r) => `${String(r.frameworks).padStart(10)}  ${String(r.pages).padStart(6)}  ${String(r.totalSeconds).padStart(8)}  ${String(r.msPerPage).padStart(8)}`).join('\n'));
console.log('Saved output/bench.json');
