// Lighthouse (mobile preset) on one page of each type against the built site, with Debian's
// Chromium. Writes output/lighthouse-summary.json; exits 1 if any category scores below 95.
// Usage: npm run lighthouse   (builds nothing: run npm run build first)
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const PORT = Number(process.env.LH_PORT ?? 4329);
const ONLY = process.env.LH_ONLY?.split(',');
const ALL_PAGES: Record<string, string> = {
  home: '/',
  profile: '/frameworks/django/',
  feature: '/features/orm/',
  task: '/features/routing/',
  pair: '/compare/django-vs-rails/',
  compare: '/compare/?fw=django,rails,laravel',
  search: '/search/?q=orm',
  matrix: '/matrix/',
  find: '/find/?need=orm,websockets',
  list: '/frameworks/',
  lifecycle: '/lifecycle/',
};
/** LH_ONLY=compare,find runs only those page types (for a quick check after a change). */
const PAGES = ONLY ? Object.fromEntries(Object.entries(ALL_PAGES).filter(([t]) => ONLY.includes(t))) : ALL_PAGES;
const MIN = 95;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

const server = spawn('npx', ['astro', 'preview', '--ignore-lock', '--port', String(PORT)], { stdio: 'ignore', detached: true });
const base = `http://localhost:${PORT}`;
for (let i = 0; ; i++) {
  try {
    if ((await fetch(`${base}/`)).ok) break;
  } catch {
    if (i > 100) throw new Error('preview server did not start');
    await new Promise((r) => setTimeout(r, 200));
  }
}

const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
const summary: Record<string, Record<string, number>> = {};
const failures: string[] = [];
try {
  for (const [type, path] of Object.entries(PAGES)) {
    const result = await lighthouse(`${base}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
    const scores: Record<string, number> = {};
    for (const c of CATEGORIES) {
      const score = Math.round((result!.lhr.categories[c]?.score ?? 0) * 100);
      scores[c] = score;
      if (score < MIN) {
        const audits = Object.values(result!.lhr.audits)
          .filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative')
          .map((a) => a.id);
        failures.push(`${type} ${path}: ${c} ${score} (weak audits: ${audits.slice(0, 6).join(', ')})`);
      }
    }
    summary[type] = scores;
    console.log(`${type.padEnd(8)} ${path.padEnd(38)} ${CATEGORIES.map((c) => `${c} ${scores[c]}`).join('  ')}`);
  }
} finally {
  chrome.kill();
  process.kill(-server.pid!);
}
mkdirSync('output', { recursive: true });
writeFileSync(
  'output/lighthouse-summary.json',
  `${JSON.stringify({ measuredAt: new Date().toISOString(), preset: 'mobile', minimum: MIN, pages: PAGES, scores: summary }, null, 2)}\n`,
);
if (failures.length) {
  console.error(`\nBelow ${MIN}:\n${failures.map((f) => `  - ${f}`).join('\n')}`);
  process.exit(1);
}
console.log('\nAll categories ≥ 95. Summary: output/lighthouse-summary.json');
