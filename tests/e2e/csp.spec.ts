import { ONE_OF_EACH } from './helpers.ts';
import { expect, test } from '@playwright/test';

// The reversed pair URL only redirects: checked in network.spec.ts.
const PAGES = ONE_OF_EACH.filter((p) => p !== '/compare/rails-vs-django/');

for (const path of PAGES) {
  test(`${path} carries a strict Content-Security-Policy and breaks none of it`, async ({ page }) => {
    const violations: string[] = [];
    page.on('console', (msg) => {
      if (/Content Security Policy|Refused to (load|execute|apply|evaluate|compile|connect)/i.test(msg.text())) violations.push(msg.text());
    });
    await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { reportViolation(v: string): void }).reportViolation(`${e.violatedDirective}: ${e.blockedURI}`),
      );
    });
    await page.goto(path, { waitUntil: 'networkidle' });
    if (path.startsWith('/search/')) await expect(page.locator('[data-search-status]')).toContainText(/result/);
    if (path.startsWith('/compare/?')) await expect(page.getByRole('table', { name: /feature by feature/ })).toBeVisible();
    const policy = await page.locator('meta[http-equiv="content-security-policy" i]').getAttribute('content');
    expect(policy).toMatch(/script-src [^;]*'self'/);
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).toContain("object-src 'none'");
    expect(violations).toEqual([]);
  });
}
