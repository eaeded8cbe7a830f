import { describe, expect, it } from 'vitest';
import { dormantReason, isPartial, monthsSince, requirementsText, supportLabel, supportRank } from '../../src/lib/shared/support.ts';
import { ownedBy, parseCoordinate, parseOwnerPattern } from '../../src/lib/model/registry.ts';

const now = new Date(Date.UTC(2026, 11, 2));

describe('dormant packages', () => {
  const pkg = (lastRelease: string, deprecated?: string) => ({
    level: 'community' as const,
    maintenance: { registry: 'npm:x', lastRelease, ...(deprecated ? { deprecated } : {}) },
  });
  it('counts whole months to the build day', () => {
    expect(monthsSince('2026-12', now)).toBe(0);
    expect(monthsSince('2024-12', now)).toBe(24);
    expect(monthsSince('2025-01', now)).toBe(23);
  });
  it('is dormant after 24 months without a release, or when deprecated', () => {
    expect(dormantReason(pkg('2025-01'), now)).toBeNull();
    expect(dormantReason(pkg('2024-12'), now)).toBe('no release since 2024-12');
    expect(dormantReason(pkg('2026-11', 'use y instead'), now)).toBe('deprecated by its authors: use y instead');
  });
  it('makes the cell partial at best, and never partial for none or unknown', () => {
    expect(isPartial(pkg('2022-03'), now)).toBe(true);
    expect(isPartial(pkg('2026-03'), now)).toBe(false);
    expect(isPartial({ level: 'none', partial: true }, now)).toBe(false);
    expect(isPartial({ level: 'community', dormant: true }, now)).toBe(true);
  });
});

describe('partial ranking and labels', () => {
  it('puts each partial level between its full level and the next', () => {
    const order = [
      { level: 'built-in' as const },
      { level: 'built-in' as const, partial: true },
      { level: 'official' as const },
      { level: 'official' as const, partial: true },
      { level: 'community' as const },
    ];
    const ranks = order.map((c) => supportRank(c, now));
    expect([...ranks].sort((x, y) => x - y)).toEqual(ranks);
    expect(new Set(ranks).size).toBe(order.length);
  });
  it('says partial in words', () => {
    expect(supportLabel({ level: 'built-in', partial: true }, now)).toBe('Built-in · partial');
    expect(supportLabel({ level: 'official' }, now)).toBe('Official package');
  });
  it('writes conditions as kind and name', () => {
    expect(
      requirementsText({
        level: 'built-in',
        requires: [
          { kind: 'cargo-feature', name: 'ws' },
          { kind: 'server', name: 'Redis', note: 'for the queue' },
        ],
      }),
    ).toBe('Cargo feature ws; external server Redis (for the queue)');
    expect(requirementsText({ level: 'built-in' })).toBeNull();
  });
});

describe('package coordinates and owners', () => {
  it('parses coordinates and says what was expected', () => {
    expect(parseCoordinate('maven:io.quarkus:quarkus-rest')).toEqual({ registry: 'maven', name: 'io.quarkus:quarkus-rest' });
    expect(parseCoordinate('go:github.com/gin-contrib/sessions')).toEqual({ registry: 'go', name: 'github.com/gin-contrib/sessions' });
    expect(parseCoordinate('tower-sessions')).toMatch(/<registry>:<name>/);
    expect(parseCoordinate('maven:quarkus-rest')).toMatch(/Maven Central package name/);
  });
  it('accepts owner namespaces and refuses name prefixes', () => {
    expect(parseOwnerPattern('npm:@fastify/*')).toMatchObject({ namespace: true });
    expect(parseOwnerPattern('crates:axum-*')).toMatch(/no namespaces/);
    expect(parseOwnerPattern('maven:quarkus-*')).toMatch(/not an owner/);
    expect(parseOwnerPattern('crates:axum-extra')).toMatchObject({ namespace: false });
  });
  it('matches a package to its owner exactly', () => {
    expect(ownedBy({ registry: 'npm', name: '@fastify/websocket' }, ['npm:@fastify/*'])).toBe(true);
    expect(ownedBy({ registry: 'npm', name: '@fastify-x/websocket' }, ['npm:@fastify/*'])).toBe(false);
    expect(ownedBy({ registry: 'maven', name: 'io.quarkus.arc:arc' }, ['maven:io.quarkus:*'])).toBe(true);
    expect(ownedBy({ registry: 'maven', name: 'io.quarkiverse.jdbi:quarkus-jdbi' }, ['maven:io.quarkus:*'])).toBe(false);
    expect(ownedBy({ registry: 'go', name: 'github.com/gin-contrib/sessions' }, ['go:github.com/gin-contrib/*'])).toBe(true);
    expect(ownedBy({ registry: 'crates', name: 'axum-login' }, ['crates:axum-extra'])).toBe(false);
    expect(ownedBy({ registry: 'pypi', name: 'Channels' }, ['pypi:channels'])).toBe(true);
    expect(ownedBy({ registry: 'npm', name: 'x' }, ['pypi:x'])).toBe(false);
  });
});
