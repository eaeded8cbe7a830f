import { describe, expect, it } from 'vitest';
import { barSegments, coverageRows, timeline } from '../../src/lib/page-data/charts.ts';

describe('chart data', () => {
  it('ranks frameworks by built-in, then official, then community coverage', () => {
    const rows = coverageRows(
      [
        { slug: 'a', name: 'A', levels: ['built-in', 'community', 'none'] },
        { slug: 'b', name: 'B', levels: ['built-in', 'built-in', 'none'] },
        { slug: 'c', name: 'C', levels: ['built-in', 'official', 'none'] },
      ],
      2,
    );
    expect(rows.map((r) => r.slug)).toEqual(['b', 'c']);
    expect(rows[0]!.counts['built-in']).toBe(2);
  });
  it('lays bar segments end to end, skipping empty levels', () => {
    expect(barSegments({ 'built-in': 3, official: 0, community: 2, none: 1, unknown: 0 }, ['built-in', 'official', 'community', 'none', 'unknown'])).toEqual([
      { level: 'built-in', x: 0, width: 3 },
      { level: 'community', x: 3, width: 2 },
      { level: 'none', x: 5, width: 1 },
    ]);
  });
  it('orders the timeline by first release and starts the axis on a five-year mark', () => {
    const t = timeline(
      [
        { slug: 'b', name: 'B', first: 2014, latest: '1' },
        { slug: 'a', name: 'A', first: 2003, latest: '7' },
      ],
      2026,
    );
    expect(t.rows.map((r) => r.slug)).toEqual(['a', 'b']);
    expect([t.from, t.to]).toEqual([2000, 2026]);
  });
});
