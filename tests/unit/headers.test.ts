import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** public/_headers as static hosts read it: a path line, then indented "Name: value" lines. */
function headersFor(path: string): Map<string, string> {
  const found = new Map<string, string>();
  let current: string | null = null;
  for (const line of readFileSync(new URL('../../public/_headers', import.meta.url), 'utf8').split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) current = line.trim();
    else if (current === path) {
      const [name, ...value] = line.trim().split(':');
      found.set(name!.toLowerCase(), value.join(':').trim());
    }
  }
  return found;
}

describe('response headers for static hosts (public/_headers)', () => {
  const all = headersFor('/*');
  it('forbids framing the site in a way old and new browsers both understand', () => {
    const csp = all.get('content-security-policy') ?? '';
    expect(csp.split(';').map((d) => d.trim())).toEqual(
      expect.arrayContaining(["frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"]),
    );
    expect(all.get('x-frame-options')).toBe('DENY');
  });
  it('leaves scripts and styles to the per-page policy, whose hashes the header cannot know', () => {
    expect(all.get('content-security-policy')).not.toMatch(/script-src|style-src|default-src/);
  });
  it('sends the other hardening headers on every path', () => {
    expect(all.get('x-content-type-options')).toBe('nosniff');
    expect(all.get('strict-transport-security')).toMatch(/^max-age=\d{8,}/);
    expect(all.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
  });
});
