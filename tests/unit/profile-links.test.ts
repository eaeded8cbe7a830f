import { describe, expect, it } from 'vitest';
import { compareCandidates } from '../../src/lib/page-data/profile-links.ts';

const fw = (slug: string, languages: string[]) => ({ slug, name: slug.toUpperCase(), languages });
const all = [fw('django', ['Python']), fw('flask', ['Python']), fw('rails', ['Ruby']), fw('laravel', ['PHP']), fw('fastapi', ['Python'])];

describe('compareCandidates', () => {
  it('offers curated pairs first, then shared-language frameworks, then the rest, never itself', () => {
    const got = compareCandidates(all[0]!, all, [['rails', 'django']], 10).map((c) => c.slug);
    expect(got).toEqual(['rails', 'fastapi', 'flask', 'laravel']);
  });
  it('respects the limit', () => {
    expect(compareCandidates(all[0]!, all, [], 2).map((c) => c.slug)).toEqual(['fastapi', 'flask']);
  });
});
