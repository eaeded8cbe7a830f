import { describe, expect, it } from 'vitest';
import { join, resolve } from 'node:path';
import { checkContent, type LoadedFramework } from '../../src/lib/checks/content-check.ts';
import { evidenceSource } from '../../src/lib/checks/lint/evidence-source.ts';
import { evidenceFirstParty } from '../../src/lib/checks/lint/evidence-first-party.ts';
import { namesUnique } from '../../src/lib/checks/lint/names-unique.ts';
import { editorialSlugs } from '../../src/lib/checks/lint/editorial-slugs.ts';
import { noneNamesNoPackage } from '../../src/lib/checks/lint/none-names-no-package.ts';
import { slugFormat } from '../../src/lib/checks/lint/slug-format.ts';
import { taskFeatures } from '../../src/lib/checks/lint/task-features.ts';
import { TASK_FEATURES } from '../../src/lib/snippets/tasks.ts';
import type { LintContext } from '../../src/lib/checks/lint/types.ts';
import type { FrameworkData } from '../../src/lib/model/schema.ts';

// The fixture site has its own feature list, so these tests do not move when content/ grows.
const fixture = checkContent(join(resolve(import.meta.dirname, '../..'), 'tests/fixtures/site')).context;
const base = fixture.frameworks[0]!;
const features = fixture.features;

function fw(slug: string, patch: (d: FrameworkData) => FrameworkData = (d) => d): LoadedFramework {
  return { slug, file: `content/frameworks/${slug}.mdx`, data: patch(structuredClone(base.data)), body: base.body };
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
  it('compares names after Unicode normalisation (full-width letters, extra spaces)', () => {
    const problems = namesUnique.check(
      ctx(
        fw('a', (d) => ({ ...d, name: 'Django' })),
        fw('b', (d) => ({ ...d, name: 'Ｄjango ' })),
      ),
    );
    expect(problems).toEqual([expect.objectContaining({ file: 'content/frameworks/b.mdx', field: 'name' })]);
  });
  it("refuses an alias that is another framework's name or alias", () => {
    const a = fw('a', (d) => ({ ...d, name: 'Django', aliases: ['djangoproject'] }));
    const b = fw('b', (d) => ({ ...d, name: 'Flask', aliases: ['django', 'DjangoProject', 'flask'] }));
    expect(namesUnique.check(ctx(a, b)).map((p) => [p.file, p.field])).toEqual([
      ['content/frameworks/b.mdx', 'aliases.0'],
      ['content/frameworks/b.mdx', 'aliases.1'],
    ]);
  });
  it('flags a second framework with the same name, ignoring case', () => {
    const problems = namesUnique.check(
      ctx(
        fw('a'),
        fw('b', (d) => ({ ...d, name: d.name.toUpperCase() })),
      ),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]!.file).toBe('content/frameworks/b.mdx');
  });
});

describe('evidence-source', () => {
  const withEvidence = (url: string) => fw('a', (d) => ({ ...d, features: { ...d.features, orm: { ...d.features['orm']!, evidence: url } } }));
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

describe('none-names-no-package', () => {
  const withCells = (patch: Record<string, object>) => fw('a', (d) => ({ ...d, features: { ...d.features, ...patch } as typeof d.features }));
  const other = fw('b', (d) => ({
    ...d,
    features: { ...d.features, orm: { level: 'community', package: 'flask-healthz', evidence: 'https://example.org/x', version: '1' } },
  }));
  it('flags a none cell whose note names a package the atlas knows as community', () => {
    const problems = noneNamesNoPackage.check(
      ctx(withCells({ routing: { level: 'none', version: '1', notes: 'Write a route; flask-healthz exists.' } }), other),
    );
    expect(problems).toMatchObject([{ field: 'features.routing.notes', received: 'flask-healthz' }]);
  });
  it('flags scoped npm packages and module paths', () => {
    const problems = noneNamesNoPackage.check(ctx(withCells({ routing: { level: 'none', version: '1', notes: 'See @godaddy/terminus or github.com/a/b.' } })));
    expect(problems.map((p) => p.received)).toEqual(['@godaddy/terminus']);
  });
  it("accepts a note that names only the framework's own parts, or nothing at all", () => {
    const own = withCells({
      orm: { level: 'official', package: 'flask-healthz', evidence: 'https://example.org/x', version: '1' },
      routing: { level: 'none', version: '1', notes: 'Not in flask-healthz either.' },
    });
    expect(noneNamesNoPackage.check(ctx(own, other))).toEqual([]);
    expect(noneNamesNoPackage.check(ctx(withCells({ routing: { level: 'none', version: '1', notes: 'A hand-written route is enough.' } })))).toEqual([]);
  });
});

describe('editorial-slugs', () => {
  const editorial = (commonComparisons: [string, string][]) => ({ commonComparisons, searchSuggestions: ['ORM'] });
  it('accepts pairs of existing frameworks', () => {
    expect(editorialSlugs.check({ ...ctx(fw('django'), fw('flask')), editorial: editorial([['django', 'flask']]) })).toEqual([]);
  });
  it('names a slug that is not in the atlas, with a suggestion, and a pair of one framework', () => {
    const problems = editorialSlugs.check({
      ...ctx(fw('django'), fw('flask')),
      editorial: editorial([
        ['djnago', 'flask'],
        ['flask', 'flask'],
      ]),
    });
    expect(problems).toMatchObject([
      { file: 'content/editorial.yaml', field: 'commonComparisons.0', received: 'djnago', expected: expect.stringContaining('did you mean "django"') },
      { field: 'commonComparisons.1', expected: 'two different framework slugs' },
    ]);
  });
});

describe('evidence-first-party', () => {
  const withOrm = (level: string, evidence: string, evidenceHosts: string[] = []) =>
    fw('a', (d) => ({
      ...d,
      website: 'https://example.org/',
      repository: 'https://github.com/example/example',
      evidenceHosts,
      features: { ...d.features, orm: { level, package: 'p', evidence, version: '1' } } as typeof d.features,
    }));
  it('accepts the website, its subdomains and the repository organisation', () => {
    expect(evidenceFirstParty.check(ctx(withOrm('built-in', 'https://docs.example.org/orm/')))).toEqual([]);
    expect(evidenceFirstParty.check(ctx(withOrm('official', 'https://github.com/example/example-orm')))).toEqual([]);
  });
  it('flags a built-in or official claim proven elsewhere, naming the host to allow', () => {
    const problems = evidenceFirstParty.check(ctx(withOrm('built-in', 'https://github.com/someone/orm')));
    expect(problems).toMatchObject([{ field: 'features.orm.evidence', expected: expect.stringContaining('"github.com/someone" added to evidenceHosts') }]);
  });
  it('accepts listed hosts, and does not check community cells', () => {
    expect(evidenceFirstParty.check(ctx(withOrm('built-in', 'https://pkg.go.dev/net/http', ['pkg.go.dev'])))).toEqual([]);
    expect(evidenceFirstParty.check(ctx(withOrm('community', 'https://github.com/someone/orm')))).toEqual([]);
  });
});

describe('package-maintenance', async () => {
  const { packageMaintenance } = await import('../../src/lib/checks/lint/package-maintenance.ts');
  const withCell = (cell: object) => fw('a', (d) => ({ ...d, features: { ...d.features, orm: cell } as typeof d.features }));
  const community = { level: 'community', package: 'tower-sessions', evidence: 'https://example.org/s', version: '0.8' };
  it('wants the coordinate and last release of a named package', () => {
    expect(packageMaintenance.check(ctx(withCell(community)))).toEqual([
      expect.objectContaining({ field: 'features.orm.maintenance', expected: expect.stringContaining('registry and last release') }),
    ]);
    expect(packageMaintenance.check(ctx(withCell({ ...community, maintenance: { registry: 'crates:tower-sessions', lastRelease: '2026-01' } })))).toEqual([]);
  });
  it('wants the coordinate to be the package the cell shows', () => {
    const wrong = withCell({ ...community, maintenance: { registry: 'crates:axum-login', lastRelease: '2026-01' } });
    expect(packageMaintenance.check(ctx(wrong))).toEqual([
      expect.objectContaining({ received: 'crates:axum-login', expected: expect.stringContaining('"axum-login"') }),
    ]);
  });
  it('reads Maven artifacts and Go module paths by their last part', () => {
    expect(
      packageMaintenance.check(
        ctx(
          withCell({
            ...community,
            level: 'official',
            package: 'quarkus-websockets-next',
            maintenance: { registry: 'maven:io.quarkus:quarkus-websockets-next', lastRelease: '2026-11' },
          }),
        ),
      ),
    ).toEqual([]);
    expect(
      packageMaintenance.check(
        ctx(withCell({ ...community, package: 'gorilla/websocket', maintenance: { registry: 'go:github.com/gorilla/websocket', lastRelease: '2026-11' } })),
      ),
    ).toEqual([]);
  });
});

describe('hosted-services', async () => {
  const { hostedServices } = await import('../../src/lib/checks/lint/hosted-services.ts');
  const withPackage = (pkg: string, notes?: string) =>
    fw('a', (d) => ({
      ...d,
      features: {
        ...d.features,
        orm: { level: 'community', package: pkg, ...(notes ? { notes } : {}), evidence: 'https://example.org/m', version: '4' },
      } as typeof d.features,
    }));
  it('rejects a hosted service named as the package', () => {
    expect(hostedServices.check(ctx(withPackage('Resend (resend)')))).toEqual([
      expect.objectContaining({ field: 'features.orm.package', expected: expect.stringContaining('name Resend in the note') }),
    ]);
    expect(hostedServices.check(ctx(withPackage('Cloudflare Queues')))).toHaveLength(1);
  });
  it('accepts in-app libraries, and services named in the note', () => {
    expect(hostedServices.check(ctx(withPackage('nodemailer', 'Works with SendGrid over SMTP.')))).toEqual([]);
    expect(hostedServices.check(ctx(withPackage('resend-like-smtp')))).toEqual([]);
  });
});

describe('notable-users', async () => {
  const { notableUsers } = await import('../../src/lib/checks/lint/notable-users.ts');
  const today = new Date(Date.UTC(2026, 11, 2));
  const users = (list: FrameworkData['notableUsers'], note?: string) =>
    fw('a', ({ notableUsersNote: _, ...d }) => ({
      ...d,
      notableUsers: list,
      ...(note ? { notableUsersNote: note } : {}),
      creator: 'JetBrains',
      maintainer: 'JetBrains and contributors',
    }));
  it('wants an empty list explained', () => {
    expect(notableUsers.check({ ...ctx(users([])), today })).toEqual([expect.objectContaining({ field: 'notableUsersNote' })]);
    expect(notableUsers.check({ ...ctx(users([], 'The project publishes no list of users.')), today })).toEqual([]);
  });
  it('wants sources from the last five years, dated', () => {
    const problems = notableUsers.check({
      ...ctx(
        users([
          { name: 'Acme', source: 'https://example.org/a', year: 2020 },
          { name: 'Beta', source: 'https://example.org/b' },
          { name: 'Gamma', source: 'https://example.org/c', year: 2021 },
        ]),
      ),
      today,
    });
    expect(problems.map((p) => p.field)).toEqual(['notableUsers.0.year', 'notableUsers.1.year']);
  });
  it('refuses the owner as its own notable user', () => {
    expect(notableUsers.check({ ...ctx(users([{ name: 'JetBrains', source: 'https://example.org/j', year: 2025 }])), today })).toEqual([
      expect.objectContaining({ field: 'notableUsers.0.name' }),
    ]);
  });
});

describe('task-features', () => {
  it('accepts tasks whose features all exist', () => {
    expect(taskFeatures.check(ctx(fw('django')))).toEqual([]);
  });
  it('names a task feature missing from features.yaml, with the nearest id', () => {
    const renamed = { ...TASK_FEATURES, database: ['orm', 'migration'] as const };
    expect(taskFeatures.check(ctx(fw('django')), renamed)).toEqual([
      expect.objectContaining({ file: 'content/features.yaml', field: 'migration', expected: expect.stringContaining('pointed at "migrations"') }),
    ]);
  });
});
