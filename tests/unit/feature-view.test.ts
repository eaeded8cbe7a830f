import { describe, expect, it } from 'vitest';
import { commonVersion, groupAnswersByLevel } from '../../src/lib/page-data/feature-view.ts';
import type { Support } from '../../src/lib/model/schema.ts';

const cell = (level: Support['level'], version = '1'): Support => ({
  level,
  version,
  ...(level === 'community' ? { package: 'p', evidence: 'https://x.org' } : {}),
});

describe('groupAnswersByLevel', () => {
  const answers = [
    { slug: 'b', name: 'B', languages: ['Python'], cell: cell('community') },
    { slug: 'c', name: 'C', languages: ['Java', 'Kotlin'], cell: cell('none') },
    { slug: 'z', name: 'Z', languages: ['Python'], cell: cell('built-in') },
    { slug: 'a', name: 'A', languages: ['Python'], cell: cell('built-in') },
  ];
  it('lists each framework once, even with several languages', () => {
    const slugs = groupAnswersByLevel(answers).flatMap((g) => g.answers.map((a) => a.slug));
    expect(slugs.sort()).toEqual(['a', 'b', 'c', 'z']);
  });
  it('puts the strongest level first, names in order within a level, and skips empty levels', () => {
    expect(groupAnswersByLevel(answers).map((g) => [g.level, g.answers.map((a) => a.slug)])).toEqual([
      ['built-in', ['a', 'z']],
      ['community', ['b']],
      ['none', ['c']],
    ]);
  });
});

describe('commonVersion', () => {
  it('returns the version when every cell names the same one', () => {
    expect(commonVersion([cell('built-in', '3.1'), cell('none', '3.1')])).toBe('3.1');
  });
  it('returns undefined when versions differ or one is missing', () => {
    expect(commonVersion([cell('built-in', '3.1'), cell('none', '3.0')])).toBeUndefined();
    expect(commonVersion([cell('built-in', '3.1'), { level: 'unknown', notes: 'n' }])).toBeUndefined();
  });
});
