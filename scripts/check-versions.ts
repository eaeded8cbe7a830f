// Compare each framework's latestVersion (and, with --packages, each cell's maintenance.lastRelease)
// with its registry. A report: exits 0 even when something is behind; 2 on bad arguments.
// Usage: node scripts/check-versions.ts [--packages] [--write] [frameworks-dir]   (npm run check:versions)
//   --packages  also check every distinct maintenance.registry package of official/community cells
//   --write     update latestVersion + versionCheck (and, with --packages, lastRelease) where behind
import { readFileSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  checkFrameworks,
  checkPackages,
  checkSeries,
  frameworkLines,
  makeAsk,
  packageLines,
  planEdits,
  seriesLines,
  type PackageRow,
} from '../src/lib/versions/check.ts';
import { versionsOf } from '../src/lib/versions/clients.ts';
import { memoFetch, withTimeout } from '../src/lib/versions/http.ts';
import { loadFrameworks } from '../src/lib/versions/load.ts';
import { editFrontmatter } from '../src/lib/versions/write.ts';

const USAGE = 'Usage: npm run check:versions -- [--packages] [--write] [frameworks-dir]';
const args = process.argv.slice(2);
const flags = new Set(args.filter((a) => a.startsWith('-')));
const dirs = args.filter((a) => !a.startsWith('-'));
const unknown = [...flags].filter((f) => f !== '--packages' && f !== '--write' && f !== '--help');
if (flags.has('--help')) {
  console.log(USAGE);
  process.exit(0);
}
if (unknown.length > 0 || dirs.length > 1) {
  console.error(`${unknown.length ? `Unknown option ${unknown.join(', ')}. ` : 'At most one directory. '}${USAGE}`);
  process.exit(2);
}

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = dirs[0] ? resolve(dirs[0]) : resolve(root, 'content/frameworks');
const { frameworks, problems } = loadFrameworks(dir);
for (const p of problems) console.error(`skipped ${p}`);

// One request per registry page: the newest release and the per-series lists share answers.
const http = memoFetch(withTimeout(fetch));
const ask = makeAsk(http, 4);
const frameworkRows = await checkFrameworks(frameworks, ask);
console.log(frameworkLines(frameworkRows).join('\n'));

// Each supported release series' recorded `latest` against the newest release of that series.
const seriesRows = await checkSeries(frameworks, (coordinate) => versionsOf(coordinate, http), new Date().toISOString().slice(0, 10));
if (seriesRows.length > 0) console.log(`\n${seriesLines(seriesRows).join('\n')}`);

let packageRows: PackageRow[] = [];
if (flags.has('--packages')) {
  packageRows = await checkPackages(frameworks, ask);
  console.log(`\n${packageLines(packageRows).join('\n')}`);
}

if (flags.has('--write')) {
  const today = new Date().toISOString().slice(0, 10);
  const written: string[] = [];
  for (const [file, edits] of planEdits(frameworkRows, packageRows, today)) {
    try {
      // Read again: the file may have changed since the check began.
      const before = readFileSync(file, 'utf8');
      const after = editFrontmatter(before, edits);
      if (after !== before) {
        writeFileSync(file, after);
        written.push(relative(root, file));
      }
    } catch (error) {
      console.error(`could not update ${relative(root, file)}: ${(error as Error).message}`);
    }
  }
  console.log(written.length ? `\nUpdated ${written.length} file(s): ${written.join(', ')}` : '\nNothing to update.');
}
