// Release lifecycles: series status on a day, current series, soonest end, which series a profile
// shows, timeline geometry, /lifecycle/ order and pages, the comparison rows, the home chart, the
// stale rule and the export. Fixtures only: the live content may not have releases yet.
import { describe, expect, it } from 'vitest';
import {
  addMonths,
  currentSeries,
  endOfLifeSource,
  endsSoon,
  lifecycleFacts,
  lifecycleRow,
  seriesOf,
  seriesStatus,
  shownSeries,
  soonestEnd,
  sortLifecycle,
  supportedLts,
  supportedSeries,
  supportHorizon,
  timelineGeometry,
  toLifecycle,
  type LifecycleRelease,
} from '../../src/lib/shared/lifecycle.ts';
import { lifecyclePages } from '../../src/lib/page-data/lifecycle-pages.ts';
import { staleReason } from '../../src/lib/shared/stale.ts';
import { exportFramework } from '../../src/lib/shared/export.ts';
import type { FrameworkData } from '../../src/lib/model/schema.ts';
import { urls } from '../../src/lib/shared/urls.ts';

const DAY = '2026-12-02';

/** A Django-like policy: 6.1 current, 6.0 security only, 5.2 LTS, 5.1 ended this year, 4.2 LTS ended 2026-04-30, 3.2 ended 2024-04-01. */
const django: LifecycleRelease[] = [
  { series: '6.1', releaseDate: '2026-08-05', latest: '6.1.3', activeSupportUntil: '2027-04-01', securitySupportUntil: '2027-12-01' },
  { series: '6.0', releaseDate: '2025-12-03', latest: '6.0.10', activeSupportUntil: '2026-08-01', securitySupportUntil: '2027-04-30' },
  { series: '5.2', releaseDate: '2025-04-02', latest: '5.2.19', activeSupportUntil: '2025-12-31', securitySupportUntil: '2028-04-30', lts: true },
  { series: '5.1', releaseDate: '2024-08-07', latest: '5.1.14', activeSupportUntil: '2025-04-30', securitySupportUntil: '2025-12-31' },
  { series: '4.2', releaseDate: '2023-04-03', latest: '4.2.27', activeSupportUntil: '2023-12-04', securitySupportUntil: '2026-04-30', lts: true },
  { series: '3.2', releaseDate: '2021-04-06', latest: '3.2.25', securitySupportUntil: '2024-04-01', lts: true },
];
const byId = (series: string) => django.find((r) => r.series === series)!;

describe('series status on a day', () => {
  it('active, security only, ended, and not released yet', () => {
    expect(seriesStatus(byId('6.1'), DAY)).toBe('active');
    expect(seriesStatus(byId('6.0'), DAY)).toBe('security');
    expect(seriesStatus(byId('5.1'), DAY)).toBe('ended');
    expect(seriesStatus({ series: '7.0', releaseDate: '2027-04-01', latest: '7.0.0' }, DAY)).toBe('unreleased');
  });
  it('the last day of support is still supported; the day after is not', () => {
    expect(seriesStatus(byId('6.0'), '2027-04-30')).toBe('security');
    expect(seriesStatus(byId('6.0'), '2027-05-01')).toBe('ended');
    expect(seriesStatus(byId('6.1'), '2027-04-01')).toBe('active');
    expect(seriesStatus(byId('6.1'), '2027-04-02')).toBe('security');
  });
  it('without an announced end a series stays supported', () => {
    expect(seriesStatus({ series: '0.8', releaseDate: '2024-12-01', latest: '0.8.9' }, '2040-01-01')).toBe('active');
  });
  it('ends within six months: only supported series with an end up to six months ahead', () => {
    expect(endsSoon(byId('6.0'), DAY)).toBe(true); // 2027-04-30
    expect(endsSoon(byId('6.1'), DAY)).toBe(false); // 2027-12-01
    expect(endsSoon(byId('6.1'), '2027-06-01')).toBe(true);
    expect(endsSoon(byId('5.1'), DAY)).toBe(false); // already ended
    expect(endsSoon({ series: '1', releaseDate: '2026-01-01', latest: '1.0' }, DAY)).toBe(false);
    expect(endsSoon({ series: '1', releaseDate: '2026-01-01', latest: '1.0', securitySupportUntil: addMonths(DAY, 6) }, DAY)).toBe(true);
  });
  it('adds months without overflowing short months', () => {
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2026-12-02', -24)).toBe('2024-12-02');
  });
});

describe('current series, supported series, LTS and the soonest end', () => {
  it('the current series is the newest one still supported', () => {
    expect(currentSeries(django, DAY)?.series).toBe('6.1');
    expect(currentSeries(django, '2028-01-01')?.series).toBe('5.2');
    expect(currentSeries(django, '2029-01-01')).toBeUndefined();
  });
  it('lists supported series newest first, whatever order they come in', () => {
    expect(supportedSeries([...django].reverse(), DAY).map((r) => r.series)).toEqual(['6.1', '6.0', '5.2']);
    expect(supportedLts(django, DAY).map((r) => r.series)).toEqual(['5.2']);
  });
  it('the soonest end of security support among supported series', () => {
    expect(soonestEnd(django, DAY)?.series).toBe('6.0');
    expect(soonestEnd([{ series: '1', releaseDate: '2026-01-01', latest: '1.0' }], DAY)).toBeUndefined();
  });
});

describe('which series a profile shows', () => {
  it('every supported series and those ended within the last two years', () => {
    // 3.2 ended 2024-04-01, more than two years before 2026-12-02.
    expect(shownSeries(django, DAY).map((r) => r.series)).toEqual(['6.1', '6.0', '5.2', '5.1', '4.2']);
    expect(shownSeries(django, '2026-03-31').map((r) => r.series)).toContain('3.2');
    expect(shownSeries(django, '2026-04-02').map((r) => r.series)).not.toContain('3.2');
    expect(shownSeries([{ series: '7.0', releaseDate: '2027-04-01', latest: '7.0.0' }], DAY)).toEqual([]);
  });
});

describe('timeline geometry', () => {
  const shown = shownSeries(django, DAY);
  const g = timelineGeometry(shown, DAY, 100, 500);
  it('spans whole years from the oldest release to the year after the last end', () => {
    expect(g.from).toBe('2023-01-01');
    expect(g.to).toBe('2029-01-01');
    expect(g.ticks.map((t) => t.year)).toEqual([2023, 2024, 2025, 2026, 2027, 2028, 2029]);
    expect(g.ticks[0]!.x).toBe(100);
    expect(g.ticks.at(-1)!.x).toBe(600);
  });
  it('places today and splits bars at the end of active support', () => {
    expect(g.todayX).toBeGreaterThan(g.ticks[3]!.x);
    expect(g.todayX).toBeLessThan(g.ticks[4]!.x);
    const bar = g.bars.find((b) => b.release.series === '5.2')!;
    expect(bar.status).toBe('security');
    expect(bar.security).toBeDefined();
    expect(bar.active.x + bar.active.width).toBeCloseTo(bar.security!.x, 0);
    expect(bar.security!.x + bar.security!.width).toBeLessThan(600);
    expect(bar.open).toBe(false);
  });
  it('a series without an announced end runs to the edge and says so', () => {
    const open = timelineGeometry([{ series: '0.8', releaseDate: '2025-01-10', latest: '0.8.9' }], DAY, 0, 100);
    expect(open.to).toBe('2028-01-01');
    expect(open.bars[0]!.open).toBe(true);
    expect(open.bars[0]!.active.x + open.bars[0]!.active.width).toBeCloseTo(100, 0);
    expect(open.bars[0]!.security).toBeUndefined();
  });
});

describe('side-by-side rows (pair pages and /compare/)', () => {
  it('supported series, LTS, security end and cadence; a missing list says so', () => {
    const rows = lifecycleFacts(
      [{ releases: django, releasePolicy: { kind: 'published', url: 'https://example.org/policy/', summary: 'A feature release every eight months.' } }, {}],
      DAY,
    );
    expect(rows.map((r) => r.label)).toEqual(['Supported series', 'LTS', 'Security fixes until', 'Release cadence']);
    expect(rows.map((r) => r.cells[0])).toEqual([
      '6.1 (current), 6.0, 5.2',
      '5.2',
      '6.1: 1 December 2027; 6.0: 30 April 2027 (ends within 6 months); 5.2: 30 April 2028',
      'A feature release every eight months.',
    ]);
    expect(rows.map((r) => r.cells[1])).toEqual(['not recorded yet', 'not recorded yet', 'not recorded yet', 'not recorded yet']);
  });
  it('a framework whose series have all ended', () => {
    const rows = lifecycleFacts([{ releases: [byId('3.2')] }], DAY);
    expect(rows.map((r) => r.cells[0])).toEqual(['none supported today', 'no supported LTS series', 'no supported series', 'not recorded yet']);
  });
});

describe('/lifecycle/', () => {
  const frameworks = [
    { slug: 'django', name: 'Django', releases: django },
    { slug: 'zeta', name: 'Zeta', releases: [{ series: '2.0', releaseDate: '2026-01-01', latest: '2.0.1', securitySupportUntil: '2027-01-15' }] },
    { slug: 'open', name: 'Open', releases: [{ series: '0.8', releaseDate: '2025-01-10', latest: '0.8.9' }] },
    { slug: 'gone', name: 'Gone', releases: [byId('3.2')] },
    { slug: 'alpha', name: 'Alpha' },
  ];
  it('soonest end of support first, then no announced end, then nothing supported, then not recorded', () => {
    const rows = sortLifecycle(
      frameworks.map((f) => lifecycleRow(f, DAY)),
      'soonest',
    );
    expect(rows.map((r) => r.slug)).toEqual(['zeta', 'django', 'open', 'gone', 'alpha']);
    expect(rows.map((r) => r.soon)).toEqual([true, true, false, false, false]);
    expect(rows[1]!.soonest?.series).toBe('6.0');
    expect(rows[1]!.current?.series).toBe('6.1');
  });
  it('by name, and in pages past the page size', () => {
    expect(
      sortLifecycle(
        frameworks.map((f) => lifecycleRow(f, DAY)),
        'name',
      ).map((r) => r.slug),
    ).toEqual(['alpha', 'django', 'gone', 'open', 'zeta']);
    const pages = lifecyclePages(frameworks, 'soonest', DAY, 2);
    expect(pages.map((p) => [p.page, p.pages, p.offset, p.rows.length])).toEqual([
      [1, 3, 0, 2],
      [2, 3, 2, 2],
      [3, 3, 4, 1],
    ]);
    expect(pages[0]).toMatchObject({ total: 5, soon: 2, missing: 1 });
    expect(lifecyclePages([], 'name', DAY)).toHaveLength(1);
  });
  it('has stable URLs for each order and page', () => {
    expect(urls.lifecycle()).toBe('/lifecycle/');
    expect(urls.lifecycle('soonest', 2)).toBe('/lifecycle/2/');
    expect(urls.lifecycle('name')).toBe('/lifecycle/by-name/');
    expect(urls.lifecycle('name', 3)).toBe('/lifecycle/by-name/3/');
  });
});

describe('home chart: how long security fixes last', () => {
  it('the current LTS (the one lasting longest), else the newest series; frameworks without an end left out', () => {
    const rows = supportHorizon(
      [
        { slug: 'django', name: 'Django', releases: django },
        { slug: 'zeta', name: 'Zeta', releases: [{ series: '2.0', releaseDate: '2026-01-01', latest: '2.0.1', securitySupportUntil: '2027-01-15' }] },
        { slug: 'open', name: 'Open', releases: [{ series: '0.8', releaseDate: '2025-01-10', latest: '0.8.9' }] },
        { slug: 'none', name: 'None' },
      ],
      DAY,
    );
    expect(rows.map((r) => [r.slug, r.series.series, r.lts, r.days])).toEqual([
      ['django', '5.2', true, 515],
      ['zeta', '2.0', false, 44],
    ]);
  });
});

describe('stale rule and lifecycles', () => {
  const profile = { latestVersion: '6.1.3', lastVerified: new Date('2026-11-21'), releases: django };
  const now = new Date(`${DAY}T12:00:00Z`);
  it('a cell checked against a series out of security support is stale, with that reason', () => {
    expect(staleReason(profile, { version: '5.1' }, now)).toBe('checked against 5.1; the 5.1 series has been out of security support since 31 December 2025');
    expect(staleReason(profile, { version: '4.2.1' }, now)).toBe('checked against 4.2.1; the 4.2 series has been out of security support since 30 April 2026');
  });
  it('a supported series is not stale on that ground; the major rule still applies', () => {
    expect(staleReason(profile, { version: '6.0' }, now)).toBeNull();
    expect(staleReason(profile, { version: '5.2' }, now)).toBe('checked against 5.2; the latest release is 6.1.3');
  });
  it('reads releases as authored (Dates) too, and ignores versions outside every listed series', () => {
    const authored = {
      ...profile,
      releases: [{ series: '5.1', releaseDate: new Date('2024-08-07'), latest: '5.1.14', securitySupportUntil: new Date('2025-12-31') }],
    };
    expect(staleReason(authored, { version: '5.1.3' }, now)).toMatch(/5\.1 series has been out of security support/);
    expect(staleReason({ ...profile, latestVersion: '6.1.3' }, { version: '6.2' }, now)).toBeNull();
  });
  it('finds the series of a version: the longest series that it belongs to', () => {
    const node: LifecycleRelease[] = [
      { series: '24', releaseDate: '2025-05-06', latest: '24.11.0' },
      { series: '2', releaseDate: '2015-01-01', latest: '2.0.0' },
    ];
    expect(seriesOf('v24.1.0', node)?.series).toBe('24');
    expect(seriesOf('2.4', node)?.series).toBe('2');
    expect(seriesOf('5.20', [{ series: '5.2', releaseDate: '2025-01-01', latest: '5.2.0' }])).toBeUndefined();
  });
});

describe('export', () => {
  it('publishes releases with dates as YYYY-MM-DD and the policy without empty fields', () => {
    const data = {
      name: 'X',
      latestVersion: '6.1.3',
      lastVerified: new Date('2026-11-21'),
      versionCheck: { date: new Date('2026-11-21'), source: 'https://example.org/' },
      features: {},
      releasePolicy: { kind: 'none', url: undefined, summary: 'No published support policy; only the newest release gets fixes.' },
      releases: [
        {
          series: '6.1',
          releaseDate: new Date('2026-08-05'),
          latest: '6.1.3',
          securitySupportUntil: new Date('2027-12-01'),
          lts: new Date('2026-10-01'),
          activeSupportUntil: undefined,
        },
      ],
    } as unknown as FrameworkData;
    const out = JSON.parse(JSON.stringify(exportFramework('x', data, 'https://example.org')));
    expect(out.releases).toEqual([{ series: '6.1', releaseDate: '2026-08-05', latest: '6.1.3', securitySupportUntil: '2027-12-01', lts: '2026-10-01' }]);
    expect(out.releasePolicy).toEqual({ kind: 'none', summary: 'No published support policy; only the newest release gets fixes.' });
    const without = exportFramework('x', { ...data, releases: undefined, releasePolicy: undefined } as unknown as FrameworkData, 'https://example.org');
    expect(JSON.parse(JSON.stringify(without)).releases).toBeUndefined();
  });
  it('round-trips: exported releases read back the same', () => {
    expect(toLifecycle(django)).toEqual(django);
  });
});

describe('endoflife.date credit', () => {
  it('finds a source from endoflife.date (site or repository) and nothing else', () => {
    expect(
      endOfLifeSource([
        { url: 'https://www.djangoproject.com/download/' },
        { url: 'https://github.com/endoflife-date/endoflife.date/blob/master/products/django.md' },
      ])?.url,
    ).toMatch(/endoflife-date/);
    expect(endOfLifeSource([{ url: 'https://endoflife.date/django' }])).toBeDefined();
    expect(endOfLifeSource([{ url: 'https://example.org/endoflife.date' }, { url: 'https://notendoflife.date.example/' }])).toBeUndefined();
  });
});
