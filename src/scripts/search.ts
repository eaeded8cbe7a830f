/**
 * The search page: the URL (?q=&type=&language=&kind=) is the state. Vocabulary matches are
 * pinned first, Pagefind supplies full-text results, src/lib/search-rank.ts orders them.
 * Nothing from the query or the index is ever inserted as HTML.
 */
import { cleanQuery, excerptParts, rankResults, type RankedHit } from '../lib/search-rank.ts';
import { lookup, normalizeTerm, type PageType, type Vocab } from '../lib/search-vocab.ts';
import { correction } from '../lib/suggest.ts';

interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<{ url: string; excerpt: string; meta: Record<string, string> }>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string, o?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] }>;
}

/** Fragments loaded per page type: enough to rank, few enough to keep each search small. */
const LOAD_PER_TYPE: Record<PageType, number> = { Feature: 4, Framework: 6, Comparison: 4 };
const TYPES: PageType[] = ['Feature', 'Framework', 'Comparison'];
const TYPE_LABEL: Record<PageType, string> = { Feature: 'Feature', Framework: 'Framework', Comparison: 'Comparison' };

let pagefind: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  const path = '/pagefind/pagefind.js';
  pagefind ??= (import(/* @vite-ignore */ path) as Promise<Pagefind>).then(async (pf) => {
    await pf.options({ ranking: { termFrequency: 0.8, pageLength: 0.5 } });
    return pf;
  });
  return pagefind;
}
let vocab: Promise<Vocab> | undefined;
function loadVocab(): Promise<Vocab> {
  vocab ??= fetch('/search/vocab.json').then((r) => r.json() as Promise<Vocab>);
  return vocab;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, children: (Node | string)[] = []) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

export function initSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('[data-search-form]')!;
  const input = form.querySelector<HTMLInputElement>('input[name=q]')!;
  const status = document.querySelector<HTMLElement>('[data-search-status]')!;
  const list = document.querySelector<HTMLOListElement>('[data-search-results]')!;
  const empty = document.querySelector<HTMLElement>('[data-search-empty]')!;
  const selects = ['type', 'language', 'kind'].map((n) => form.querySelector<HTMLSelectElement>(`select[name=${n}]`)!);
  let run = 0;

  function readUrl() {
    const params = new URLSearchParams(location.search);
    input.value = cleanQuery(params.get('q'));
    for (const s of selects) {
      const v = params.get(s.name) ?? '';
      s.value = [...s.options].some((o) => o.value === v) ? v : '';
    }
  }

  function writeUrl() {
    const params = new URLSearchParams();
    const q = cleanQuery(input.value);
    if (q) params.set('q', q);
    for (const s of selects) if (s.value) params.set(s.name, s.value);
    const query = params.toString();
    history.pushState(null, '', `${location.pathname}${query ? `?${query}` : ''}`);
  }

  function renderHit(hit: RankedHit): HTMLLIElement {
    const excerpt = el('p', { className: 'm-0 text-sm' });
    for (const part of excerptParts(hit.excerpt ?? '')) excerpt.append(part.mark ? el('mark', {}, [part.text]) : part.text);
    return el('li', { className: 'card' }, [
      el('p', { className: 'm-0 text-sm text-muted' }, [TYPE_LABEL[hit.type]]),
      el('h2', { className: 'm-0 text-lg' }, [el('a', { href: hit.url }, [hit.title])]),
      excerpt,
    ]);
  }

  async function search() {
    const id = ++run;
    const q = cleanQuery(input.value);
    list.replaceChildren();
    empty.hidden = true;
    if (!q) {
      status.textContent = 'Type a feature, package or framework name, for example ORM, Eloquent or WebSockets.';
      empty.hidden = false;
      return;
    }
    status.textContent = 'Searching…';
    const filters: Record<string, string> = {};
    for (const s of selects) if (s.value) filters[s.name] = s.value;
    const [pf, v] = await Promise.all([loadPagefind(), loadVocab()]);
    let pinned = lookup(v, q);
    let corrected: string | undefined;
    if (pinned.length === 0) {
      const guess = correction(normalizeTerm(q), Object.keys(v.terms));
      if (guess && guess !== normalizeTerm(q)) {
        corrected = guess;
        pinned = lookup(v, guess);
      }
    }
    pinned = pinned.filter((p) => !filters.type || p.type === filters.type);
    // One search per page type, so profiles are never crowded out by dozens of similar pairs.
    const types = filters.type ? [filters.type as PageType] : TYPES;
    const perType = await Promise.all(types.map((type) => pf.search(corrected ?? q, { filters: { ...filters, type } })));
    const fragments = await Promise.all(
      perType.flatMap((found, i) => found.results.slice(0, LOAD_PER_TYPE[types[i]!]).map(async (r) => ({ r, d: await r.data() }))),
    );
    if (id !== run) return;
    const hits: RankedHit[] = fragments.map(({ r, d }) => ({
      url: d.url,
      title: d.meta.title ?? d.url,
      type: (d.meta.type as PageType) ?? 'Framework',
      score: r.score,
      excerpt: d.excerpt,
    }));
    // With filters on, pinned pages must also pass them: keep only those Pagefind also returned.
    const hitPaths = new Set(hits.map((h) => h.url));
    const usablePinned = Object.keys(filters).length ? pinned.filter((p) => hitPaths.has(p.url)) : pinned;
    const { results } = rankResults(usablePinned, hits);
    const comparisonsFound = filters.type ? 0 : perType[2]!.results.length;
    const moreComparisons = Math.max(0, comparisonsFound - results.filter((r) => r.type === 'Comparison').length);
    list.replaceChildren(...results.map(renderHit));
    const total = perType.reduce((n, f) => n + f.results.length, 0);
    if (results.length === 0) {
      status.textContent = `No results for “${q}”.`;
      empty.hidden = false;
      return;
    }
    status.replaceChildren(
      corrected ? `No exact match for “${q}”; showing results for “${corrected}”. ` : '',
      `${total} result${total === 1 ? '' : 's'} for “${corrected ?? q}”.`,
      moreComparisons > 0 ? ` ${moreComparisons} more comparison page${moreComparisons === 1 ? ' is' : 's are'} not shown; ` : '',
      moreComparisons > 0 ? el('a', { href: `/search/?q=${encodeURIComponent(corrected ?? q)}&type=Comparison` }, ['show comparisons only']) : '',
    );
  }

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    writeUrl();
    void search();
  });
  for (const s of selects) s.addEventListener('change', () => {
    writeUrl();
    void search();
  });
  window.addEventListener('popstate', () => {
    readUrl();
    void search();
  });
  readUrl();
  void search();
  if (!input.value) input.focus();
}
