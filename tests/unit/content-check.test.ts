import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { checkContent, checkFrameworkFile, splitFrontmatter } from '../../src/lib/content-check.ts';
import { readFeatureIds } from '../../src/lib/feature-registry.ts';
import { formatProblem } from '../../src/lib/problems.ts';

const root = resolve(import.meta.dirname, '../..');
const ids = readFeatureIds();

function messages(fixture: string): string[] {
  return checkFrameworkFile(root, join(root, 'tests/fixtures/bad', `${fixture}.mdx`), ids).problems.map(formatProblem);
}

describe('splitFrontmatter', () => {
  it('separates the YAML block from the body', () => {
    expect(splitFrontmatter('---\na: 1\n---\n\n# Body\n')).toEqual({ yaml: 'a: 1', body: '\n# Body\n' });
  });
  it('returns null when there is no frontmatter', () => {
    expect(splitFrontmatter('# Just a body\n')).toBeNull();
  });
});

describe('a valid framework file', () => {
  it('passes the schema', () => {
    const result = checkFrameworkFile(root, join(root, 'tests/fixtures/content/example.mdx'), ids);
    expect(result.problems).toEqual([]);
    expect(result.framework?.slug).toBe('example');
    expect(result.framework?.data.features['orm']?.level).toBe('built-in');
  });
});

describe('bad frontmatter names the file, field, value received and what was expected', () => {
  const file = 'tests/fixtures/bad';
  it('unknown feature id, with a suggestion', () => {
    expect(messages('unknown-feature-id')).toContain(
      `${file}/unknown-feature-id.mdx › features.migrashuns: received "migrashuns"; expected a feature id from content/features.yaml (did you mean "migrations"?)`,
    );
  });
  it('level outside the enum', () => {
    expect(messages('bad-level')).toEqual([
      `${file}/bad-level.mdx › features.orm.level: received "builtin"; expected one of built-in, official, community, none, unknown`,
    ]);
  });
  it('missing evidence on a community cell', () => {
    expect(messages('missing-evidence')).toEqual([
      `${file}/missing-evidence.mdx › features.migrations.evidence: received nothing (the field is missing); expected an evidence URL proving "community" support`,
    ]);
  });
  it('license that is not an SPDX id', () => {
    expect(messages('bad-license')).toEqual([
      `${file}/bad-license.mdx › license: received "MIT License"; expected an SPDX license identifier such as MIT, Apache-2.0 or BSD-3-Clause, or an expression such as "MIT OR Apache-2.0"`,
    ]);
  });
  it('malformed URL', () => {
    expect(messages('malformed-url')).toEqual([
      `${file}/malformed-url.mdx › repository: received "github.com/example/example"; expected an absolute https:// URL, such as https://example.org/page`,
    ]);
  });
  it('missing required field', () => {
    expect(messages('missing-name')).toEqual([`${file}/missing-name.mdx › name: received nothing (the field is missing); expected this required field, as text`]);
  });
  it('a feature left out is named by the schema', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-'));
    copyFileSync(join(root, 'tests/fixtures/bad/missing-feature.mdx'), join(dir, 'missing-feature.mdx'));
    const { problems } = checkContent(root, dir);
    expect(problems.map((p) => `${p.field}: ${p.expected}`)).toEqual([
      'features.caching: a support statement for "caching" (use level: unknown with a note if it is not verified yet)',
    ]);
  });
});

describe('the build stops on bad frontmatter', () => {
  it('check-content exits 1 and prints the problem without a stack trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-'));
    copyFileSync(join(root, 'tests/fixtures/bad/bad-level.mdx'), join(dir, 'bad-level.mdx'));
    let stderr = '';
    let status = 0;
    try {
      execFileSync(process.execPath, ['scripts/check-content.ts', dir], { cwd: root, stdio: 'pipe' });
    } catch (error) {
      const e = error as { status: number; stderr: Buffer };
      status = e.status;
      stderr = e.stderr.toString();
    }
    expect(status).toBe(1);
    expect(stderr).toContain('bad-level.mdx › features.orm.level: received "builtin"; expected one of built-in');
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('astro build fails with the same message', () => {
    const site = mkdtempSync(join(root, 'node_modules/.atlas-bad-'));
    mkdirSync(join(site, 'content/frameworks'), { recursive: true });
    copyFileSync(join(root, 'content/features.yaml'), join(site, 'content/features.yaml'));
    copyFileSync(join(root, 'tests/fixtures/bad/bad-license.mdx'), join(site, 'content/frameworks/bad-license.mdx'));
    const integration = join(root, 'src/integrations/content-check.ts');
    writeFileSync(join(site, 'astro.config.mjs'), `import { contentCheck } from ${JSON.stringify(integration)};\nexport default { integrations: [contentCheck()] };\n`);
    let output = '';
    let status = 0;
    try {
      execFileSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', site], {
        cwd: root,
        stdio: 'pipe',
        env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
      });
    } catch (error) {
      const e = error as { status: number; stdout: Buffer; stderr: Buffer };
      status = e.status;
      output = e.stdout.toString() + e.stderr.toString();
    }
    expect(status).toBe(1);
    rmSync(site, { recursive: true, force: true });
    expect(output).toContain('content/frameworks/bad-license.mdx › license: received "MIT License"; expected an SPDX license identifier');
  });
});
