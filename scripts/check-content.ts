// Check every content file against the schema and lint rules; exit 1 with readable messages.
// Usage: node scripts/check-content.ts [frameworks-dir]   (npm run check:content)
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkAll } from '../src/lib/checks/content-check.ts';
import { formatProblems } from '../src/lib/model/problems.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = process.argv[2] ? resolve(process.argv[2]) : undefined;
const { context, problems } = await checkAll(root, dir);
if (problems.length > 0) {
  console.error(formatProblems(problems));
  process.exit(1);
}
const cells = context.frameworks.flatMap((f) => Object.values(f.data.features));
const unknown = cells.filter((c) => c.level === 'unknown').length;
console.log(`Content OK: ${context.frameworks.length} frameworks, ${context.features.length} features, ${cells.length} cells (${unknown} unknown).`);
