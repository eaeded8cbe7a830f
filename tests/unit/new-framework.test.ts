import { describe, expect, it } from 'vitest';
import { cpSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkAll } from '../../src/lib/checks/content-check.ts';
import { newFrameworkFile } from '../../src/lib/checks/new-framework.ts';
import { tempDir } from './temp.ts';

const fixture = resolve(import.meta.dirname, '../fixtures/site');
const ids = ['orm', 'migrations', 'routing', 'middleware', 'input-validation', 'websockets', 'authentication'];

describe('npm run new', () => {
  it('writes a file whose every feature is unknown, and whose check lists exactly the facts still to fill', async () => {
    const dir = tempDir('atlas-new-');
    cpSync(join(fixture, 'content'), join(dir, 'content'), { recursive: true });
    writeFileSync(join(dir, 'content/frameworks/fresh-one.mdx'), newFrameworkFile(ids, '2026-11-01'));
    const { problems } = await checkAll(dir);
    const fields = problems.filter((p) => p.file.endsWith('fresh-one.mdx')).map((p) => p.field);
    expect(fields).not.toContain('');
    expect(fields, 'the template body itself passes the prose check').not.toContain('body');
    expect(fields.some((f) => f.startsWith('features'))).toBe(false);
    for (const field of ['name', 'tagline', 'languages', 'license', 'firstReleased', 'latestVersion', 'repository', 'website', 'sources', 'lastVerified']) {
      expect(fields, field).toContain(field);
    }
  });
});
