import { describe, expect, it } from 'vitest';
import { majorOf, olderMajor, staleReason } from '../../src/lib/shared/stale.ts';

describe('majorOf', () => {
  it('takes the first number, or the first non-zero one for 0.x', () => {
    expect(majorOf('6.1.2')).toEqual([6]);
    expect(majorOf('5.x')).toEqual([5]);
    expect(majorOf('0.8.9')).toEqual([0, 8]);
    expect(majorOf('v1.27')).toEqual([1]);
  });
});

describe('olderMajor', () => {
  it('flags an older major', () => {
    expect(olderMajor('5.x', '6.1.2')).toBe(true);
    expect(olderMajor('0.7', '0.8.9')).toBe(true);
  });
  it('accepts the same major in any form', () => {
    expect(olderMajor('13.x', '13.37.0')).toBe(false);
    expect(olderMajor('6.1', '6.1.3')).toBe(false);
    expect(olderMajor('1.26', '1.27.4')).toBe(false);
    expect(olderMajor('0.8', '0.8.9')).toBe(false);
  });
  it('never calls a newer version stale', () => {
    expect(olderMajor('7.0', '6.1.2')).toBe(false);
  });
});

describe('staleReason', () => {
  const now = new Date('2026-11-29T00:00:00Z');
  it('names the older version', () => {
    expect(staleReason({ latestVersion: '6.1.2', lastVerified: new Date('2026-11-01') }, { version: '5.x' }, now)).toBe(
      'checked against 5.x; the latest release is 6.1.2',
    );
  });
  it('flags a profile verified more than a year ago, and only then', () => {
    expect(staleReason({ latestVersion: '6.1.2', lastVerified: new Date('2025-11-01') }, { version: '6.1' }, now)).toBe('last verified more than a year ago');
    expect(staleReason({ latestVersion: '6.1.2', lastVerified: new Date('2025-12-01') }, { version: '6.1' }, now)).toBeNull();
  });
});
