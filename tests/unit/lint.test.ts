import { describe, expect, it } from 'vitest';
import { join, resolve } from 'node:path';
import { checkFrameworkFile, type LoadedFramework } from '../../src/lib/content-check.ts';
import { readFeatureIds } from '../../src/lib/feature-registry.ts';
import { evidenceSource } from '../../src/lib/lint/evidence-source.ts';
import { namesUnique } from '../../src/lib/lint/names-unique.ts';
import { slugFormat } from '../../src/lib/lint/slug-format.ts';
import type { LintContext } from '../../src/lib/lint/types.ts';
import type { FrameworkData } from '../../src/lib/schema.ts';

const root = resolve(import.meta.dirname, '../..');
const ids = readFeatureIds();
const base = checkFrameworkFile(root, join(root, 'tests/fixtures/content/example.mdx'), ids).framework!;
const features = ids.map((id) => ({ id, data: { name: id, category: 'data' as const, description: 'A test feature entry.', aliases: [] } }));

function fw(slug: string, patch: (d: FrameworkData) => FrameworkData = (d) => d): LoadedFramework {
  return { slug, file: `content/frameworks/${slug}.mdx`, data: patch(structuredClone(base.data)) };
}
const ctx = (...frameworks: LoadedFramework[]): LintContext => ({ features, frameworks });

describe('slug-format', () => {
  it('accepts kebab-case slugs', () => {
    expect(slugFormat.check(ctx(fw('spring-boot'), fw('aspnet-core')))).toEqual([]);
  });
  it('rejects upper case, underscores and "vs"', () => {
    const problems = slugFormat.check(ctx(fw('Spring'), fw('spring_boot'), fw('a-vs-b')));
    expect(problems.map((p) => p.received)).toEqual(['Spring', 'spring_boot', 'a-vs-b']);
    expect(problems[2]!.expected).toContain('without the word "vs"');
  });
});

describe('names-unique', () => {
  it('flags a second framework with the same name, ignoring case', () => {
    const problems = namesUnique.check(ctx(fw('a'), fw('b', (d) => ({ ...d, name: d.name.toUpperCase() }))));
    expect(problems).toHaveLength(1);
    expect(problems[0]!.file).toBe('content/frameworks/b.mdx');
  });
});

describe('evidence-source', () => {
  const withEvidence = (url: string) =>
    fw('a', (d) => ({ ...d, features: { ...d.features, orm: { ...d.features['orm']!, evidence: url } } }));
  it('accepts documentation links', () => {
    expect(evidenceSource.check(ctx(withEvidence('https://docs.djangoproject.com/en/6.0/topics/db/')))).toEqual([]);
  });
  it('rejects Q&A and tutorial sites, including subdomains', () => {
    const problems = evidenceSource.check(ctx(withEvidence('https://ru.stackoverflow.com/q/1')));
    expect(problems[0]).toMatchObject({ field: 'features.orm.evidence', expected: expect.stringContaining('stackoverflow.com') });
  });
  it('rejects tracking parameters', () => {
    expect(evidenceSource.check(ctx(withEvidence('https://example.org/docs/?utm_source=x')))).toHaveLength(1);
  });
});
