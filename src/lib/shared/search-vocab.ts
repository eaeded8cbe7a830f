/**
 * The search vocabulary: every name people type for a feature or a framework (feature names and
 * aliases, framework names and slugs, package names from support statements) mapped to the pages
 * that answer it. Built at build time into /search/vocab.json; the search page pins these
 * matches above Pagefind's full-text results, so "Eloquent" finds the ORM page and Laravel.
 */

import { urls } from './urls.ts';

export type PageType = 'Feature' | 'Framework' | 'Comparison';

export interface VocabPage {
  url: string;
  title: string;
  type: PageType;
  /** One line that says what the page is (a feature's description, a framework's tagline): the card's text when the index has no excerpt. */
  description?: string;
}

/** A language or kind a query can name, with the filter it sets. */
export interface Facet {
  by: 'language' | 'kind';
  /** The value as the data spells it: "Python", "runtime". */
  value: string;
}

export interface Vocab {
  pages: VocabPage[];
  /** Normalised term → indexes into `pages`, best first. */
  terms: Record<string, number[]>;
  /** Normalised language and kind names (and common short forms) → the facet they name. */
  facets: Record<string, Facet>;
}

/** Short forms people type for languages, mapped to the names the data uses. Not per framework: per language. */
export const LANGUAGE_ALIASES: Readonly<Record<string, string>> = {
  js: 'JavaScript',
  node: 'JavaScript',
  nodejs: 'JavaScript',
  ts: 'TypeScript',
  golang: 'Go',
  py: 'Python',
  rb: 'Ruby',
  csharp: 'C#',
  'c sharp': 'C#',
  dotnet: 'C#',
  kt: 'Kotlin',
  jvm: 'Java',
};

/** Lower case, punctuation folded to spaces (keeping + # . inside words), plurals trimmed. */
export function normalizeTerm(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}+#.]+/gu, ' ')
    .replace(/(^|\s)\.+|\.+(\s|$)/g, ' ')
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map(singular)
    .join(' ');
}

function singular(word: string): string {
  if (word.length <= 3 || /(ss|us|is|ous)$/.test(word)) return word;
  if (/ies$/.test(word)) return `${word.slice(0, -3)}y`;
  if (/(xes|ches|shes)$/.test(word)) return word.slice(0, -2);
  return word.endsWith('s') ? word.slice(0, -1) : word;
}

export interface VocabFeature {
  id: string;
  name: string;
  aliases: readonly string[];
  description?: string;
}
export interface VocabFramework {
  slug: string;
  name: string;
  aliases: readonly string[];
  tagline?: string;
  languages?: readonly string[];
  kind?: string;
  /** Package names by feature id, from support statements. */
  packages: Record<string, string | undefined>;
}

/** Split "Django Channels (channels)" or "Flask-Login / Flask-Security" into searchable names. */
export function packageNames(pkg: string): string[] {
  const names = new Set<string>([pkg]);
  for (const part of pkg.split(/\s*(?:[,/;]|\bor\b|\band\b|\(|\)|\bplus\b)\s*/)) if (part.trim().length >= 2) names.add(part.trim());
  return [...names];
}

export function buildVocab(features: readonly VocabFeature[], frameworks: readonly VocabFramework[]): Vocab {
  const pages: VocabPage[] = [];
  const index = new Map<string, number>();
  const page = (p: VocabPage) => {
    if (!index.has(p.url)) {
      index.set(p.url, pages.length);
      pages.push(p);
    }
    return index.get(p.url)!;
  };
  // No prototype: a term such as "constructor" or "__proto__" is a key like any other.
  const terms: Record<string, number[]> = Object.create(null) as Record<string, number[]>;
  const add = (term: string, target: number) => {
    const key = normalizeTerm(term);
    if (!key) return;
    const list = (terms[key] ??= []);
    if (!list.includes(target)) list.push(target);
  };
  const featurePage = new Map<string, number>();
  for (const f of features) {
    const p = page({ url: urls.feature(f.id), title: f.name, type: 'Feature', ...(f.description ? { description: f.description } : {}) });
    featurePage.set(f.id, p);
    add(f.name, p);
    add(f.id.replace(/-/g, ' '), p);
    for (const alias of f.aliases) add(alias, p);
  }
  for (const fw of frameworks) {
    const p = page({ url: urls.profile(fw.slug), title: fw.name, type: 'Framework', ...(fw.tagline ? { description: fw.tagline } : {}) });
    add(fw.name, p);
    add(fw.slug.replace(/-/g, ' '), p);
    for (const alias of fw.aliases) add(alias, p);
    for (const [featureId, pkg] of Object.entries(fw.packages)) {
      if (!pkg) continue;
      for (const name of packageNames(pkg)) {
        // A named package answers both "what is this feature" and "who uses it".
        const fp = featurePage.get(featureId);
        if (fp !== undefined) add(name, fp);
        add(name, p);
      }
    }
  }
  const facets = Object.create(null) as Record<string, Facet>;
  for (const fw of frameworks) {
    for (const value of fw.languages ?? []) facets[normalizeTerm(value)] = { by: 'language', value };
    if (fw.kind) facets[normalizeTerm(fw.kind)] = { by: 'kind', value: fw.kind };
  }
  for (const [short, value] of Object.entries(LANGUAGE_ALIASES)) {
    const known = Object.values(facets).find((f) => f.by === 'language' && f.value === value);
    if (known && !(normalizeTerm(short) in facets)) facets[normalizeTerm(short)] = known;
  }
  return { pages, terms, facets };
}

/**
 * The page indexes for one normalised term. The vocabulary arrives as parsed JSON, a plain object
 * with a prototype, so only its own keys count: "constructor" must not find Object's constructor.
 */
function termPages(vocab: Vocab, term: string): VocabPage[] {
  const list = Object.hasOwn(vocab.terms, term) ? vocab.terms[term] : undefined;
  return Array.isArray(list) ? list.map((i) => vocab.pages[i]).filter((p): p is VocabPage => p !== undefined) : [];
}

/** Pages the vocabulary maps this query to (exact normalised match), best first. */
export function lookup(vocab: Vocab, query: string): VocabPage[] {
  return termPages(vocab, normalizeTerm(query));
}

/** Words that join two names in a comparison query: "django vs rails", "compare flask and django". */
const JOINERS = new Set(['v', 'vs', 'versus', 'and', 'or', 'compare', 'comparison', 'with', 'to', 'against', 'between']);

/**
 * Two different frameworks named in one query ("django rails", "Django vs. Rails", "compare
 * flask and fastapi"), as profile pages in the order typed; null unless exactly that is asked.
 */
export function frameworkPair(vocab: Vocab, query: string): [VocabPage, VocabPage] | null {
  const words = normalizeTerm(query)
    .split(' ')
    .filter((w) => w && !JOINERS.has(w.replace(/\.$/, '')));
  const only = (term: string) => {
    const found = termPages(vocab, term).filter((p) => p.type === 'Framework');
    return found.length === 1 ? found[0]! : null;
  };
  for (let i = 1; i < words.length; i++) {
    const a = only(words.slice(0, i).join(' '));
    const b = only(words.slice(i).join(' '));
    if (a && b && a.url !== b.url) return [a, b];
  }
  return null;
}

/**
 * A query that names a feature and a language or a kind, in either order: "orm python",
 * "websockets rust", "graphql java", "jwt typescript", "python orm". Null unless the words that
 * are not the facet name exactly one feature page (the facet alone, or a framework, is not this).
 */
export function featureWithFacet(vocab: Vocab, query: string): { feature: VocabPage; facet: Facet } | null {
  const words = normalizeTerm(query).split(' ').filter(Boolean);
  const facets = vocab.facets ?? {};
  for (let n = Math.min(2, words.length - 1); n >= 1; n--) {
    for (const [facetWords, rest] of [
      [words.slice(-n), words.slice(0, -n)],
      [words.slice(0, n), words.slice(n)],
    ] as const) {
      const key = facetWords.join(' ');
      const facet = Object.hasOwn(facets, key) ? facets[key] : undefined;
      if (!facet || rest.length === 0) continue;
      const feature = termPages(vocab, rest.filter((w) => w !== 'in' && w !== 'for').join(' ')).find((p) => p.type === 'Feature');
      if (feature) return { feature, facet };
    }
  }
  return null;
}

/** The slug in a profile URL: /frameworks/django/ → django. */
export function slugOfProfile(url: string): string {
  return url.split('/').filter(Boolean).pop() ?? '';
}
