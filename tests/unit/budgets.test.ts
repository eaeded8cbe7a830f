import { describe, expect, it } from 'vitest';
import { assetsOf, overBudget, pageTypeOf } from '../../scripts/budgets.ts';

describe('budgets', () => {
  it('knows the page type of every kind of built path', () => {
    expect(pageTypeOf('/')).toBe('home');
    expect(pageTypeOf('/frameworks/django/')).toBe('profile');
    expect(pageTypeOf('/features/orm/')).toBe('feature');
    expect(pageTypeOf('/features/websockets/')).toBe('task');
    expect(pageTypeOf('/features/routing/code/2/')).toBe('code');
    expect(pageTypeOf('/compare/django-vs-rails/')).toBe('pair');
    expect(pageTypeOf('/compare/')).toBe('compare');
    expect(pageTypeOf('/matrix/')).toBe('matrix');
    expect(pageTypeOf('/matrix/language/python/')).toBe('matrix');
    expect(pageTypeOf('/matrix/kind/framework/2/')).toBe('matrix');
    expect(pageTypeOf('/frameworks/')).toBe('list');
    expect(pageTypeOf('/stale/')).toBe('info');
    expect(pageTypeOf('/404.html')).toBeNull();
  });
  it('names every size over budget, and says when a page type must ship no script', () => {
    const page = { path: '/frameworks/x/', type: 'profile' as const, html: 99_999, css: 1, js: 10 };
    const problems = overBudget(page);
    expect(problems).toHaveLength(2);
    expect(problems[1]).toContain('must ship none');
  });
  it('finds stylesheets, scripts and inline scripts, but not JSON data blocks', () => {
    const html = '<link rel="stylesheet" href="/a.css"><script type="module" src="/b.js"></script><script>x()</script><script type="application/json">{}</script>';
    expect(assetsOf(html)).toEqual({ stylesheets: ['/a.css'], scripts: ['/b.js'], inlineScripts: ['x()'] });
  });
});
