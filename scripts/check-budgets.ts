// Measure every built page against the size budgets in scripts/budgets.ts; exit 1 on any excess.
// Usage: node scripts/check-budgets.ts [dist-dir]   (npm run check:budgets, after npm run build)
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { assetsOf, BUDGETS, BUILT_PAST_A_LIMIT, overBudget, pageTypeOf, type Measured, type PageType } from './budgets.ts';

const dist = resolve(process.argv[2] ?? 'dist');
const gz = (data: string | Buffer) => gzipSync(data, { level: 9 }).length;
const assetCache = new Map<string, number>();
const assetSize = (url: string) => {
  if (!assetCache.has(url)) assetCache.set(url, gz(readFileSync(join(dist, url.split(/[?#]/)[0]!))));
  return assetCache.get(url)!;
};

/** A script's URL plus every module it statically imports, each once. */
function scriptClosure(url: string, seen = new Set<string>()): Set<string> {
  if (seen.has(url)) return seen;
  seen.add(url);
  const code = readFileSync(join(dist, url), 'utf8');
  for (const m of code.matchAll(/(?:\bfrom|\bimport)\s*["']([^"']+\.js)["']/g)) scriptClosure(new URL(m[1]!, `https://x.invalid${url}`).pathname, seen);
  return seen;
}

function* htmlFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) {
      if (name !== 'pagefind' && name !== '_astro' && name !== 'og') yield* htmlFiles(full);
    } else if (name === 'index.html') yield full;
  }
}

const measured: Measured[] = [];
for (const file of htmlFiles(dist)) {
  const path = `/${relative(dist, file).replace(/index\.html$/, '')}`;
  const type = pageTypeOf(path);
  const html = readFileSync(file, 'utf8');
  if (!type || /http-equiv="refresh"/.test(html)) continue;
  const assets = assetsOf(html);
  measured.push({
    path,
    type,
    html: gz(html),
    css: assets.stylesheets.reduce((n, u) => n + assetSize(u), 0),
    js:
      [...new Set(assets.scripts.flatMap((u) => [...scriptClosure(u)]))].reduce((n, u) => n + assetSize(u), 0) +
      assets.inlineScripts.reduce((n, s) => n + gz(s), 0),
  });
}

const types = Object.keys(BUDGETS) as PageType[];
const rows = types.map((type) => {
  const pages = measured.filter((m) => m.type === type);
  const max = (k: 'html' | 'css' | 'js') => Math.max(0, ...pages.map((p) => p[k]));
  return { type, pages: pages.length, html: max('html'), css: max('css'), js: max('js'), budget: BUDGETS[type] };
});
const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
console.log('Page type   pages   HTML (max / budget)     CSS (max / budget)     JS (max / budget)');
for (const r of rows) {
  console.log(
    `${r.type.padEnd(10)} ${String(r.pages).padStart(5)}   ${`${kb(r.html)} / ${kb(r.budget.html)}`.padEnd(22)}  ${`${kb(r.css)} / ${kb(r.budget.css)}`.padEnd(21)}  ${kb(r.js)} / ${kb(r.budget.js)}`,
  );
}
mkdirSync('output', { recursive: true });
writeFileSync('output/budgets.json', `${JSON.stringify({ measuredAt: new Date().toISOString(), rows, pages: measured }, null, 2)}\n`);

const missing = types.filter((t) => !BUILT_PAST_A_LIMIT.includes(t) && !measured.some((m) => m.type === t));
const problems = [...measured.flatMap((m) => overBudget(m)), ...missing.map((t) => `no built page of type ${t} was found in ${dist}`)];
if (problems.length > 0) {
  console.error(`\nOver budget (${problems.length}):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(`\nAll ${measured.length} pages within budget. Details: output/budgets.json`);
