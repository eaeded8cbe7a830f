import { describe, expect, it } from 'vitest';
import { featureAnswers } from '../../src/lib/shared/export.ts';

describe('featureAnswers', () => {
  it('lists every framework once, strongest support first, with the package only where there is one', () => {
    const out = featureAnswers(
      'orm',
      { name: 'ORM', category: 'data', description: 'Map tables to objects.', aliases: [] },
      [
        { slug: 'b', name: 'B', cell: { level: 'community', package: 'pkg', evidence: 'https://x.org', version: '1' } },
        { slug: 'c', name: 'C', cell: { level: 'none', version: '1' } },
        { slug: 'a', name: 'A', cell: { level: 'built-in', version: '1' } },
      ],
      'https://example.org',
    );
    expect(out.url).toBe('https://example.org/features/orm/');
    expect(out.answers).toEqual([
      { slug: 'a', name: 'A', level: 'built-in' },
      { slug: 'b', name: 'B', level: 'community', package: 'pkg' },
      { slug: 'c', name: 'C', level: 'none' },
    ]);
  });
});
