import { describe, expect, it } from 'vitest';
import { featureAnswers } from '../../src/lib/shared/export.ts';

describe('featureAnswers', () => {
  it('lists every framework once, strongest support first (partial just after its level), with languages, kind, conditions and the package only where there is one', () => {
    const out = featureAnswers(
      'orm',
      { name: 'ORM', category: 'data', description: 'Map tables to objects.', aliases: [] },
      [
        { slug: 'b', name: 'B', languages: ['Go'], kind: 'framework', cell: { level: 'community', package: 'pkg', evidence: 'https://x.org', version: '1' } },
        { slug: 'c', name: 'C', languages: ['Ruby'], kind: 'framework', cell: { level: 'none', version: '1' } },
        { slug: 'a', name: 'A', languages: ['Python', 'Hy'], kind: 'microframework', cell: { level: 'built-in', version: '1' } },
        {
          slug: 'd',
          name: 'D',
          languages: ['Rust'],
          kind: 'framework',
          cell: { level: 'built-in', partial: true, notes: 'no queue', requires: [{ kind: 'server', name: 'Redis' }], version: '1' },
        },
      ],
      'https://example.org',
    );
    expect(out.url).toBe('https://example.org/features/orm/');
    expect(out.answers).toEqual([
      { slug: 'a', name: 'A', level: 'built-in', languages: ['Python', 'Hy'], kind: 'microframework' },
      { slug: 'd', name: 'D', level: 'built-in', languages: ['Rust'], kind: 'framework', partial: true, needs: 'external server Redis' },
      { slug: 'b', name: 'B', level: 'community', languages: ['Go'], kind: 'framework', package: 'pkg' },
      { slug: 'c', name: 'C', level: 'none', languages: ['Ruby'], kind: 'framework' },
    ]);
  });
});
