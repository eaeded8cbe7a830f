// Write content/frameworks/<slug>.mdx with every field to fill and every feature as unknown.
// Usage: npm run new -- <slug>
import { existsSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { readFeatureIds } from '../src/lib/checks/feature-registry.ts';
import { slugProblem } from '../src/lib/checks/lint/slug-format.ts';
import { newFrameworkFile } from '../src/lib/checks/new-framework.ts';
import { todayIso } from '../src/lib/model/dates.ts';

const slug = process.argv[2] ?? '';
const problem = slug ? slugProblem(slug) : 'a slug, e.g. npm run new -- fastapi';
if (problem) {
  console.error(`npm run new: received ${JSON.stringify(slug)}; expected ${problem}`);
  process.exit(1);
}
const root = fileURLToPath(new URL('..', import.meta.url));
const file = join(root, 'content/frameworks', `${slug}.mdx`);
if (existsSync(file)) {
  console.error(`npm run new: content/frameworks/${slug}.mdx already exists; edit it instead.`);
  process.exit(1);
}
writeFileSync(file, newFrameworkFile(readFeatureIds(), todayIso()));
console.log(`Wrote content/frameworks/${slug}.mdx. Fill in the empty fields, then run npm run check:content.`);
