import { expect, test } from '@playwright/test';
import { content } from './helpers.ts';
import { isDormant } from '../../src/lib/shared/support.ts';
import { toLifecycle } from '../../src/lib/shared/lifecycle.ts';

const { frameworks, features } = content();

test('frameworks.json publishes every framework with its facts and feature map', async ({ request }) => {
  const response = await request.get('/data/frameworks.json');
  expect(response.headers()['content-type']).toContain('application/json');
  const body = (await response.json()) as Record<string, unknown>[];
  expect(body.map((f) => f.slug).sort()).toEqual(frameworks.map((f) => f.slug).sort());
  for (const fw of frameworks) {
    const item = body.find((f) => f.slug === fw.slug)!;
    expect(item).toMatchObject({
      name: fw.data.name,
      kind: fw.data.kind,
      languages: fw.data.languages,
      license: fw.data.license,
      firstReleased: fw.data.firstReleased,
      repository: fw.data.repository,
      website: fw.data.website,
      lastVerified: fw.data.lastVerified.toISOString().slice(0, 10),
    });
    expect(typeof item.firstReleased).toBe('number');
    // Release series with every date as YYYY-MM-DD, and the policy, as authored.
    expect(item.releases).toEqual(toLifecycle(fw.data.releases));
    for (const r of (item.releases ?? []) as Record<string, unknown>[]) {
      for (const key of ['releaseDate', 'activeSupportUntil', 'securitySupportUntil']) if (r[key] !== undefined) expect(r[key]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(item.releasePolicy).toEqual(
      fw.data.releasePolicy ? Object.fromEntries(Object.entries(fw.data.releasePolicy).filter(([, v]) => v !== undefined)) : undefined,
    );
    const map = item.features as Record<string, Record<string, unknown>>;
    expect(Object.keys(map).sort()).toEqual(features.map((f) => f.id).sort());
    for (const [id, cell] of Object.entries(fw.data.features)) {
      const { stale, staleReason, dormant, ...rest } = map[id]! as { stale: boolean; staleReason?: string; dormant?: boolean };
      expect(rest).toEqual(Object.fromEntries(Object.entries(cell).filter(([, v]) => v !== undefined)));
      // Cells that name a package say whether it is dormant, as the site's own rule decides it.
      expect(dormant).toBe(cell.maintenance ? isDormant(cell) : undefined);
      expect(typeof stale).toBe('boolean');
      expect(stale).toBe(staleReason !== undefined);
    }
  }
});

test('each framework and feature also has a file of its own under /data/, matching the whole export', async ({ request }) => {
  const all = (await (await request.get('/data/frameworks.json')).json()) as { slug: string }[];
  for (const item of all.slice(0, 5)) {
    expect(await (await request.get(`/data/frameworks/${item.slug}.json`)).json()).toEqual(item);
  }
  const orm = (await (await request.get('/data/features/orm.json')).json()) as { answers: { slug: string; level: string }[] };
  expect(orm.answers.map((a) => a.slug).sort()).toEqual(frameworks.map((f) => f.slug).sort());
  for (const a of orm.answers) expect(a.level).toBe(frameworks.find((f) => f.slug === a.slug)!.data.features['orm']!.level);
});

test('features.json publishes every feature with its aliases', async ({ request }) => {
  const body = (await (await request.get('/data/features.json')).json()) as { id: string; name: string; aliases: string[] }[];
  expect(body.map((f) => f.id).sort()).toEqual(features.map((f) => f.id).sort());
  for (const f of features) expect(body.find((b) => b.id === f.id)).toMatchObject({ name: f.data.name, aliases: f.data.aliases });
});
