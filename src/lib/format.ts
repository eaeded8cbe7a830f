/** Small formatting helpers shared by pages and exports. */

/** "21 November 2026", always in UTC so the build is the same in every time zone. */
export function formatDate(date: Date): string {
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** Host of a URL without "www.", for compact link text such as "docs.djangoproject.com". */
export function hostOf(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}

/** "1 framework", "3 frameworks". */
export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}
