// npm run check:links [-- <dist>]: every internal href and src in the built site resolved against
// the files in dist/ (a page is <path>/index.html, the host's trailing-slash rule), and every
// #fragment against the ids of the page it points to. Reads files, no server: seconds for
// thousands of pages, where an HTTP crawl took minutes and grew with every framework.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

/** One link that leads nowhere: where it points, and the page it is on. */
export interface BrokenLink {
  link: string;
  from: string;
  why: string;
}

const ATTRIBUTE = /\s(?:href|src)="([^"]*)"/g;
const ID = /\sid="([^"]+)"/g;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

/** The URL path a built file is served at: dist/a/b/index.html → /a/b/, dist/404.html → /404.html. */
function servedAt(dist: string, file: string): string {
  const path = `/${relative(dist, file).split(sep).join('/')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/** The file a URL path is served from, if any: the file itself, or the folder's index.html. */
function fileFor(dist: string, pathname: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  const target = join(dist, decoded);
  if (!target.startsWith(dist)) return undefined;
  if (existsSync(target) && statSync(target).isFile()) return target;
  const index = join(target, 'index.html');
  return existsSync(index) ? index : undefined;
}

const decodeEntities = (s: string) => s.replace(/&(amp|quot|#39|lt|gt);/g, (_, e: string) => ({ amp: '&', quot: '"', '#39': "'", lt: '<', gt: '>' })[e] ?? '');

/**
 * Every internal link in the HTML files under `dist` that has no file to serve, or whose
 * #fragment names no id on its page. `origin` is the site's own origin: absolute links to it
 * (canonical URLs, link-preview images) are checked too; other origins are left alone.
 */
export function brokenLinks(dist: string, origin = 'http://localhost:4321'): { pages: number; links: number; broken: BrokenLink[] } {
  const files = htmlFiles(dist).sort();
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    if (!ids.has(file)) ids.set(file, new Set([...readFileSync(file, 'utf8').matchAll(ID)].map((m) => decodeEntities(m[1]!))));
    return ids.get(file)!;
  };
  const broken: BrokenLink[] = [];
  let links = 0;
  for (const file of files) {
    const from = servedAt(dist, file);
    const html = readFileSync(file, 'utf8');
    for (const match of html.matchAll(ATTRIBUTE)) {
      const raw = decodeEntities(match[1]!);
      if (raw === '' || /^(mailto|tel|data|javascript):/i.test(raw)) continue;
      let url: URL;
      try {
        url = new URL(raw, origin + from);
      } catch {
        broken.push({ link: raw, from, why: 'not a URL' });
        continue;
      }
      if (url.origin !== new URL(origin).origin) continue;
      links += 1;
      const target = fileFor(dist, url.pathname);
      if (!target) {
        broken.push({ link: raw, from, why: `no file in dist for ${url.pathname}` });
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && target.endsWith('.html') && !idsOf(target).has(fragment)) broken.push({ link: raw, from, why: `no id="${fragment}" on ${url.pathname}` });
    }
  }
  return { pages: files.length, links, broken };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = resolve(process.argv[2] ?? 'dist');
  const started = Date.now();
  const { pages, links, broken } = brokenLinks(dist);
  for (const b of broken) console.error(`✗ ${b.from}: ${b.link} (${b.why})`);
  console.log(`${pages} pages, ${links} internal links, ${broken.length} broken, in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  process.exit(broken.length === 0 ? 0 : 1);
}
