import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { assetsOf, BUDGETS, overBudget, pageTypeOf } from '../../scripts/budgets.ts';
import { PAGE_SCRIPT } from '../../src/lib/shared/page-script.ts';

describe('budgets', () => {
  it('knows the page type of every kind of built path', () => {
    expect(pageTypeOf('/')).toBe('home');
    expect(pageTypeOf('/frameworks/django/')).toBe('profile');
    expect(pageTypeOf('/features/sessions/')).toBe('feature');
    expect(pageTypeOf('/features/orm/'), 'the database task shows its code on the ORM page').toBe('task');
    expect(pageTypeOf('/features/websockets/')).toBe('task');
    expect(pageTypeOf('/features/routing/code/2/')).toBe('code');
    expect(pageTypeOf('/compare/django-vs-rails/')).toBe('pair');
    expect(pageTypeOf('/compare/')).toBe('compare');
    expect(pageTypeOf('/matrix/')).toBe('matrix');
    expect(pageTypeOf('/matrix/language/python/')).toBe('matrix');
    expect(pageTypeOf('/matrix/kind/framework/2/')).toBe('matrix');
    expect(pageTypeOf('/frameworks/')).toBe('list');
    expect(pageTypeOf('/stale/')).toBe('info');
    expect(pageTypeOf('/lifecycle/')).toBe('lifecycle');
    expect(pageTypeOf('/lifecycle/3/')).toBe('lifecycle');
    expect(pageTypeOf('/lifecycle/by-name/')).toBe('lifecycle');
    expect(pageTypeOf('/lifecycle/by-name/2/')).toBe('lifecycle');
    expect(pageTypeOf('/lifecycle/by-kind/')).toBeNull();
    expect(pageTypeOf('/404.html')).toBeNull();
  });
  it('names every size over budget, and says when a page type must ship no script', () => {
    const page = { path: '/frameworks/x/', type: 'profile' as const, html: 99_999, css: 1, js: 10 };
    const problems = overBudget(page, { ...BUDGETS, profile: { html: 16_000, css: 12_000, js: 0 } });
    expect(problems).toHaveLength(2);
    expect(problems[1]).toContain('must ship none');
  });
  it('lets a content page carry the inline page script ("/" shortcut, copy link) and nothing more', () => {
    const shortcut = gzipSync(PAGE_SCRIPT).length;
    expect(shortcut, 'the page script stays small').toBeLessThan(600);
    expect(overBudget({ path: '/frameworks/x/', type: 'profile', html: 1, css: 1, js: shortcut })).toEqual([]);
    expect(overBudget({ path: '/frameworks/x/', type: 'profile', html: 1, css: 1, js: shortcut + 1024 })).toHaveLength(1);
  });
  it('finds stylesheets, scripts and inline scripts, but not JSON data blocks', () => {
    const html =
      '<link rel="stylesheet" href="/a.css"><script type="module" src="/b.js"></script><script>x()</script><script type="application/json">{}</script>';
    expect(assetsOf(html)).toEqual({ stylesheets: ['/a.css'], scripts: ['/b.js'], inlineScripts: ['x()'] });
  });
});
