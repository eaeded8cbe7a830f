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

/** Path segments that say which version or language of the docs, not which page. */
const NOISE_SEGMENT = /^(?:en|en-us|docs?|latest|stable|current|main|master|blob|tree|index(?:\.html?)?|v?\d+(?:\.(?:\d+|x))*(?:\.x)?)$/i;

/**
 * Link text that says which page a URL is, not only its host: "GitHub: pallets-eco/flask-wtf",
 * "flask.palletsprojects.com › patterns/sqlalchemy", "github.com/django/django › docs/ref/csrf.txt".
 */
export function linkLabel(url: string): string {
  const u = new URL(url);
  const host = hostOf(url);
  const parts = u.pathname
    .split('/')
    .filter(Boolean)
    .map((p) => decodeURIComponentSafe(p));
  const anchor = u.hash.length > 1 ? u.hash : '';
  if (host === 'github.com' && parts.length >= 2) {
    const repo = `${parts[0]}/${parts[1]}`;
    const rest = parts.slice(2).filter((p) => !NOISE_SEGMENT.test(p));
    return rest.length === 0 ? `GitHub: ${repo}${anchor}` : `GitHub: ${repo} › ${rest.slice(-2).join('/')}${anchor}`;
  }
  const page = parts
    .filter((p) => !NOISE_SEGMENT.test(p))
    .slice(-2)
    .join('/')
    .replace(/\.html?$/, '');
  return page ? `${host} › ${page}${anchor}` : `${host}${anchor}`;
}

/** decodeURIComponent that never throws: a malformed escape is kept as written. */
export function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** At most `max` problems are listed; the rest are counted in one closing line. */
export function limitProblems<T>(problems: readonly T[], max = 5): { shown: T[]; more: number } {
  return { shown: problems.slice(0, max), more: Math.max(0, problems.length - max) };
}
