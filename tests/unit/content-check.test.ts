import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkAll, checkContent } from '../../src/lib/checks/content-check.ts';
import { splitFrontmatter } from '../../src/lib/model/read.ts';
import { formatProblem } from '../../src/lib/model/problems.ts';
import { tempDir } from './temp.ts';

const root = resolve(import.meta.dirname, '../..');
/** A small site with its own feature list: the real content/features.yaml can grow freely. */
const fixture = join(root, 'tests/fixtures/site');
const example = readFileSync(join(fixture, 'content/frameworks/example.mdx'), 'utf8');

/** A copy of the fixture site with extra or changed files, checked like the real one. */
function site(files: Record<string, string> = {}, { features }: { features?: string } = {}): string {
  const dir = tempDir('atlas-');
  cpSync(join(fixture, 'content'), join(dir, 'content'), { recursive: true });
  if (features !== undefined) writeFileSync(join(dir, 'content/features.yaml'), features);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, 'content/frameworks', name), text);
  return dir;
}

/** Problems for one framework file made by patching the valid example. */
async function messages(patch: (source: string) => string, name = 'example.mdx'): Promise<string[]> {
  const dir = site({ [name]: patch(example) });
  const { problems } = await checkAll(dir);
  rmSync(dir, { recursive: true, force: true });
  return problems.map(formatProblem);
}
const file = 'content/frameworks/example.mdx';
const replace = (from: string | RegExp, to: string) => (s: string) => {
  const out = s.replace(from, to);
  if (out === s) throw new Error(`fixture patch did not apply: ${from}`);
  return out;
};

describe('splitFrontmatter', () => {
  it('separates the YAML block from the body and says where the body starts', () => {
    expect(splitFrontmatter('---\na: 1\n---\n\n# Body\n')).toEqual({ yaml: 'a: 1', body: '\n# Body\n', bodyLine: 4 });
  });
  it('accepts an empty block and returns null when there is no frontmatter', () => {
    expect(splitFrontmatter('---\n---\nBody')).toEqual({ yaml: '', body: 'Body', bodyLine: 3 });
    expect(splitFrontmatter('# Just a body\n')).toBeNull();
  });
});

describe('a valid site', () => {
  it('passes the schema, the lint rules and the MDX compiler', async () => {
    const { problems, context } = await checkAll(fixture);
    expect(problems).toEqual([]);
    expect(context.frameworks.map((f) => f.slug)).toEqual(['example']);
    expect(context.frameworks[0]!.data.features['orm']?.level).toBe('built-in');
  });
});

describe('bad frontmatter names the file, field, value received and what was expected', () => {
  it('unknown feature id, with a suggestion', async () => {
    expect(await messages(replace('  migrations:\n', '  migrashuns:\n'))).toContain(
      `${file} › features.migrashuns: received "migrashuns"; expected a feature id from content/features.yaml (did you mean "migrations"?)`,
    );
  });
  it('level outside the enum', async () => {
    expect(await messages(replace('level: built-in', 'level: builtin'))).toEqual([
      `${file} › features.orm.level: received "builtin"; expected one of built-in, official, community, none, unknown`,
    ]);
  });
  it('missing evidence on a community cell', async () => {
    expect(await messages(replace('    evidence: https://example.org/docs/migrations/\n', ''))).toEqual([
      `${file} › features.migrations.evidence: received nothing (the field is missing); expected an evidence URL proving "community" support`,
    ]);
  });
  it('license that is not an SPDX id', async () => {
    expect(await messages(replace('license: MIT', 'license: MIT License'))).toEqual([
      `${file} › license: received "MIT License"; expected an SPDX license identifier such as MIT, Apache-2.0 or BSD-3-Clause, or an expression such as "MIT OR Apache-2.0"`,
    ]);
  });
  it('malformed URL', async () => {
    expect(await messages(replace('repository: https://github.com/example/example', 'repository: github.com/example/example'))).toEqual([
      `${file} › repository: received "github.com/example/example"; expected an absolute https:// URL, such as https://example.org/page`,
    ]);
  });
  it('missing required field, in words', async () => {
    expect(await messages(replace('name: Example Framework\n', ''))).toEqual([
      `${file} › name: received nothing (the field is missing); expected this required field, as text`,
    ]);
  });
  it('text too short, in words', async () => {
    expect(await messages(replace(/^tagline: .*$/m, 'tagline: Too short.'))).toEqual([
      `${file} › tagline: received "Too short."; expected at least 20 characters of text`,
    ]);
  });
  it('a feature left out is named once', async () => {
    expect(await messages(replace(/ {2}routing:\n {4}level: none\n {4}version: "1.2"\n/, ''))).toEqual([
      `${file} › features.routing: received nothing (the field is missing); expected a support statement for "routing" (use level: unknown with a note if it is not verified yet)`,
    ]);
  });
});

describe('partial support, conditions and packages say what is wrong', () => {
  it('a partial cell without a note', async () => {
    expect(await messages(replace('    package: example.db\n', '    package: example.db\n    partial: true\n'))).toEqual([
      `${file} › features.orm.notes: received nothing (the field is missing); expected a note saying what the partial support lacks`,
    ]);
  });
  it('a condition of an unknown kind', async () => {
    const found = await messages(replace('    package: example.db\n', '    package: example.db\n    requires:\n      - kind: plugin\n        name: db\n'));
    expect(found).toEqual([
      `${file} › features.orm.requires.0.kind: received "plugin"; expected one of cargo-feature, extra, generator-option, runtime, server, setting`,
    ]);
  });
  it('a package coordinate without its registry, and a month that is not one', async () => {
    expect(await messages(replace('registry: "pypi:example-migrate"', 'registry: "example-migrate"'))).toEqual([
      expect.stringContaining(
        `${file} › features.migrations.maintenance.registry: received "example-migrate"; expected a package coordinate "<registry>:<name>"`,
      ),
    ]);
    expect(await messages(replace('lastRelease: "2026-09"', 'lastRelease: "2026-13"'))).toEqual([
      `${file} › features.migrations.maintenance.lastRelease: received "2026-13"; expected a month written as YYYY-MM in quotes, e.g. "2025-11"`,
    ]);
  });
  it('a first-party name prefix', async () => {
    const found = await messages(replace('registry: "pypi:example-framework"', 'registry: "pypi:example-framework"\nfirstPartyPackages: ["crates:example-*"]'));
    expect(found).toEqual([
      expect.stringContaining(`${file} › firstPartyPackages.0: received "crates:example-*"; expected a full package name: crates.io has no namespaces`),
    ]);
  });
});

describe('dates and years', () => {
  const today = new Date().toISOString().slice(0, 10);
  const withDate = (value: string) => messages(replace('lastVerified: 2026-11-21', `lastVerified: ${value}`));
  it.each([
    ['Nov 23, 2026', 'a date written as YYYY-MM-DD'],
    ['11/23/2026', 'a date written as YYYY-MM-DD'],
    ['01/02/2026', 'a date written as YYYY-MM-DD'],
    ['2026', 'a number such as a year alone is not a date'],
    ['2026-11-23T10:00:00Z', 'a date written as YYYY-MM-DD'],
    ['2026-02-30', 'a real calendar date (2026-02-30 does not exist)'],
    ['2999-01-01', `a date no later than today (${today})`],
  ])('rejects lastVerified: %s', async (value, expected) => {
    const found = await withDate(value);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(`${file} › lastVerified:`);
    expect(found[0]).toContain(expected);
  });
  it('rejects a first-release year after the build year', async () => {
    const year = new Date().getUTCFullYear();
    expect(await messages(replace('firstReleased: 2020', `firstReleased: ${year + 1}`))).toEqual([
      `${file} › firstReleased: received ${year + 1}; expected a year no later than ${year}`,
    ]);
  });
});

describe('whole-file mistakes say what is actually wrong', () => {
  it('a byte-order mark', async () => {
    expect(await messages((s) => `\uFEFF${s}`)).toEqual([
      `${file}: received "a byte-order mark (U+FEFF) before the first ---"; expected the file saved as UTF-8 without a byte-order mark`,
    ]);
  });
  it('an empty frontmatter block', async () => {
    const [only] = await messages(() => '---\n---\n\nBody.\n');
    expect(only).toContain('received "an empty frontmatter block"');
  });
  it('YAML that does not parse names the line in the file, without a dangling colon', async () => {
    const broken = example.replace('kind: framework', 'kind: [framework');
    const line = broken.split('\n').findIndex((l) => l.startsWith('kind:')) + 1;
    const [only] = await messages(() => broken);
    expect(only).toMatch(new RegExp(`YAML that does not parse at line ${line + 1}, column \\d+`));
    expect(only).not.toMatch(/:\)$/);
  });
  it('a file that is not <slug>.mdx is rejected by name', async () => {
    const dir = site({ 'fastapi.md': example });
    const { problems } = checkContent(dir);
    expect(problems.map(formatProblem)).toEqual([
      'content/frameworks/fastapi.md: received "fastapi.md"; expected only <slug>.mdx files in this folder (the build ignores anything else): rename it to fastapi.mdx',
    ]);
  });
  it('HTML and expressions in a body are refused before MDX sees them, naming the line', async () => {
    const bodyStart = example.split('\n').findIndex((l) => l === '## Overview') + 1;
    const unclosed = await messages((s) => s.replace('A fixture profile.', 'A fixture profile.\n\n<div className="x">\n\nNever closed.'));
    expect(unclosed).toEqual([
      `${file} › body: received "a <div> tag at line ${bodyStart + 4}"; expected Markdown only: bodies allow no HTML or components (use Markdown for emphasis, links and lists; write < as &lt; or \\<)`,
    ]);
    const expression = await messages((s) => s.replace('A fixture profile.', 'Sum: {1 +}'));
    expect(expression).toEqual([expect.stringContaining(`received "a { } expression at line ${bodyStart + 2}"`)]);
  });
  it('one bad category in features.yaml is reported once, with no follow-on errors in framework files', async () => {
    const features = readFileSync(join(fixture, 'content/features.yaml'), 'utf8').replace(
      'category: http\n  description: Map URLs',
      'category: htp\n  description: Map URLs',
    );
    const dir = site({}, { features });
    const { problems } = checkContent(dir);
    expect(problems.map((p) => `${p.file} › ${p.field}`)).toEqual(['content/features.yaml › routing.category']);
  });
});

describe('the build stops on bad frontmatter', () => {
  it('check-content exits 1 and prints the problem without a stack trace', () => {
    const dir = site({ 'example.mdx': example.replace('level: built-in', 'level: builtin') });
    let stderr = '';
    let status = 0;
    try {
      execFileSync(process.execPath, ['scripts/check-content.ts', join(dir, 'content/frameworks')], { cwd: root, stdio: 'pipe' });
    } catch (error) {
      const e = error as { status: number; stderr: Buffer };
      status = e.status;
      stderr = e.stderr.toString();
    }
    expect(status).toBe(1);
    expect(stderr).toContain('example.mdx › features.orm.level: received "builtin"; expected one of built-in');
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('astro build fails with the same message, and no stack trace', () => {
    const dir = mkdtempSync(join(root, 'node_modules/.atlas-bad-'));
    cpSync(join(fixture, 'content'), join(dir, 'content'), { recursive: true });
    writeFileSync(join(dir, 'content/frameworks/example.mdx'), example.replace('license: MIT', 'license: MIT License'));
    // The site's own collections (their loader runs the check), on this copy of the content.
    mkdirSync(join(dir, 'src'), { recursive: true });
    writeFileSync(join(dir, 'src/content.config.ts'), `export { collections } from ${JSON.stringify(join(root, 'src/content.config.ts'))};\n`);
    writeFileSync(join(dir, 'astro.config.mjs'), 'export default {};\n');
    let output = '';
    let status = 0;
    try {
      execFileSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', dir], {
        cwd: root,
        stdio: 'pipe',
        env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
      });
    } catch (error) {
      const e = error as { status: number; stdout: Buffer; stderr: Buffer };
      status = e.status;
      output = e.stdout.toString() + e.stderr.toString();
    }
    rmSync(dir, { recursive: true, force: true });
    expect(status).toBe(1);
    expect(output).toContain('content/frameworks/example.mdx › license: received "MIT License"; expected an SPDX license identifier');
    expect(output).not.toMatch(/\n\s+at /);
  });
});

describe('content cannot run code, read files or publish markup', () => {
  const body = (text: string) => messages((s) => s.replace('A fixture profile.', text));
  it.each([
    ["import fs from 'node:fs'\n\n{fs.readFileSync('/etc/hostname', 'utf8')}", 'an import statement'],
    ['Home is {process.env.HOME}.', 'a { } expression'],
    ['<script>alert(1)</script>', 'a <script> tag'],
    ['<iframe src="https://example.org"></iframe>', 'a <iframe> tag'],
    ['<form action="https://example.org"><input name="q" /></form>', 'a <form> tag'],
    ['<base href="https://evil.example/" />', 'a <base> tag'],
    ['<Component />', 'a <Component> tag'],
    ['[click](javascript:alert(1))', 'a javascript: link'],
    ['export const x = 1', 'an export statement'],
  ])('refuses %j', async (text, received) => {
    const found = await body(text);
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]).toContain(`${file} › body: received "${received} at line`);
  });
  it('leaves code alone: braces and tags in fenced blocks and inline code, and escaped braces in prose', async () => {
    expect(await body('Write `<div>{x}</div>` in JSX, or:\n\n```tsx\nimport x from "y";\nconst a = <b>{1}</b>;\n```\n\nA literal \\{ brace.')).toEqual([]);
  });
  it('refuses a snippet file that is a symbolic link, and a huge one', async () => {
    const dir = site();
    const snippet = join(dir, 'content/snippets/example/routing');
    mkdirSync(snippet, { recursive: true });
    writeFileSync(join(snippet, 'snippet.yaml'), 'files: [app.py]\nrunner: syntax\nversion: "1.2.3"\n');
    symlinkSync('/etc/hostname', join(snippet, 'app.py'));
    const linked = checkContent(dir).problems.map(formatProblem);
    expect(linked).toContain(
      'content/snippets/example/routing/snippet.yaml › files.0: received "app.py"; expected a regular file, not a symbolic link (replace the link with the file itself) in content/snippets/example/routing/',
    );
    rmSync(join(snippet, 'app.py'));
    writeFileSync(join(snippet, 'app.py'), '# x\n'.repeat(20_000));
    expect(checkContent(dir).problems.map(formatProblem).join('\n')).toContain('expected a source file of at most 64 kB');
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('feature ids are safe by construction', () => {
  const features = readFileSync(join(fixture, 'content/features.yaml'), 'utf8');
  it.each(['../etc', 'a/../b', 'constructor', 'Has-Caps', 'two--hyphens', 'x'.repeat(41)])(
    'refuses the id %j before anything reads it, without follow-on errors',
    (id) => {
      const dir = site(
        {},
        { features: `${features}\n${JSON.stringify(id)}:\n  name: Odd\n  category: http\n  description: A feature with an id that cannot be a URL.\n` },
      );
      const { problems } = checkContent(dir);
      rmSync(dir, { recursive: true, force: true });
      expect(problems.map(formatProblem)).toEqual([
        expect.stringMatching(new RegExp(`^content/features\\.yaml › .*expected a feature id of lowercase letters`)),
      ]);
    },
  );
});

describe('names and links cannot deceive', () => {
  it('a zero-width space in a name is refused where it is', async () => {
    expect(await messages(replace('name: Example Framework', 'name: "Example\u200bFramework"'))).toEqual([
      `${file} › name: received "Example\u200bFramework"; expected text without invisible characters (zero-width spaces, direction marks or control characters): retype it`,
    ]);
  });
  it.each([
    ['https://user:secret@example.org/docs/', 'without a user name or password'],
    [`https://example.org/${'a'.repeat(600)}`, 'at most 500 characters'],
    ['"https://example.org/docs/\\nmore"', 'without spaces, line breaks'],
    ['javascript:alert(1)', 'an absolute https:// URL'],
  ])('evidence %s is refused', async (url, expected) => {
    const found = await messages(replace('evidence: https://example.org/docs/orm/', `evidence: ${url}`));
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(`${file} › features.orm.evidence:`);
    expect(found[0]).toContain(expected);
  });
});

describe('one mistake is reported once', () => {
  it('a framework file that fails the schema causes no problems about the editorial list or its snippets', () => {
    const dir = site({
      'example.mdx': example.replace('license: MIT', 'license: MIT License'),
      'other.mdx': example.replace('name: Example Framework', 'name: Other Framework'),
    });
    writeFileSync(join(dir, 'content/editorial.yaml'), 'commonComparisons:\n  - [example, other]\nsearchSuggestions: [orm]\n');
    const snippet = join(dir, 'content/snippets/example/routing');
    mkdirSync(snippet, { recursive: true });
    writeFileSync(join(snippet, 'snippet.yaml'), 'files: [app.py]\nrunner: syntax\nversion: "1.2.3"\n');
    writeFileSync(join(snippet, 'app.py'), 'print("hi")\n');
    const { problems } = checkContent(dir);
    rmSync(dir, { recursive: true, force: true });
    expect(problems.map(formatProblem)).toEqual([expect.stringMatching(/^content\/frameworks\/example\.mdx › license: received "MIT License"/)]);
  });
});

describe('release series and support policy: bad dates and lists name the series field', () => {
  const at = (path: string) => `${file} › releases.${path}`;
  it('support that ends before the series came out', async () => {
    expect(await messages(replace('    securitySupportUntil: 2027-03-01\n', '    securitySupportUntil: 2024-03-01\n'))).toEqual([
      `${at('1.securitySupportUntil')}: received "2024-03-01"; expected a date on or after the release date (2025-03-03)`,
    ]);
  });
  it('active support that outlasts security support', async () => {
    expect(await messages(replace('activeSupportUntil: 2027-03-01', 'activeSupportUntil: 2028-06-01'))).toEqual([
      `${at('0.securitySupportUntil')}: received "2028-03-01"; expected a date on or after the end of active support (2028-06-01)`,
    ]);
  });
  it('series out of order (newest first)', async () => {
    expect(await messages(replace('releaseDate: 2025-03-03', 'releaseDate: 2026-05-03'))).toEqual([
      `${at('1.releaseDate')}: received "2026-05-03"; expected series newest first: 1.1 came out after 1.2, so list it above`,
    ]);
  });
  it('the same series twice', async () => {
    expect(await messages((s) => replace('latest: "1.1.9"', 'latest: "1.2.1"')(replace('series: "1.1"', 'series: "1.2"')(s)))).toEqual([
      `${at('1.series')}: received "1.2"; expected each series once (1.2 is listed twice)`,
    ]);
  });
  it('a latest release outside its series ("1.10.0" is not in 1.1)', async () => {
    expect(await messages(replace('latest: "1.1.9"', 'latest: "1.10.0"'))).toEqual([
      `${at('1.latest')}: received "1.10.0"; expected a release of the 1.1 series, such as "1.1.0"`,
    ]);
  });
  it('a release date in the future', async () => {
    const problems = await messages(replace('releaseDate: 2026-03-02', 'releaseDate: 2999-03-02'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^${at('0.releaseDate').replace(/[.›]/g, '\\$&')}: received "2999-03-02"; expected a date no later than today`));
  });
  it('a published policy without the page that states it', async () => {
    expect(await messages(replace('  url: https://example.org/docs/support/\n', ''))).toEqual([
      `${file} › releasePolicy.url: received nothing (the field is missing); expected the URL of the page that states the policy`,
    ]);
  });
  it('"no published policy" needs no url', async () => {
    expect(await messages(replace('  kind: published\n  url: https://example.org/docs/support/\n', '  kind: none\n'))).toEqual([]);
  });
});
