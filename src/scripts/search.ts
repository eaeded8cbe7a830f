/**
 * The search page: the URL (?q=&type=&language=&kind=) is the state. Vocabulary matches are
 * pinned first (with the feature's answer table or the pair's comparison), Pagefind supplies
 * full-text results, and src/lib/shared/search-rank.ts decides the order. Results are shown a page at a
 * time and every counted result can be reached. Nothing from the query or the index is ever
 * inserted as HTML.
 */
import { cleanQuery, excerptParts, mergeHits, PAGE_SIZE, pagePath, plausibleQuery, resultOrder, type RankedHit } from '../lib/shared/search-rank.ts';
import { frameworkPair, lookup, normalizeTerm, slugOfProfile, type PageType, type Vocab, type VocabPage } from '../lib/shared/search-vocab.ts';
import { correction } from '../lib/shared/suggest.ts';
import { plural } from '../lib/shared/format.ts';
import { urls } from '../lib/shared/urls.ts';
import type { ExportedFeatureAnswers } from '../lib/shared/export.ts';
import { $, el, levelBadge } from './dom.ts';

interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<{ url: string; excerpt: string; meta: Record<string, string> }>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string, o?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] }>;
}

/** Rows of a feature's answer table shown in the results; the feature page has them all. */
const ANSWER_ROWS = 12;
/** Wait this long after the last keystroke before searching as one types. */
const TYPING_DELAY_MS = 300;

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

/** "for “<query>”", with the query isolated so right-to-left text cannot reorder the sentence. */
const quoted = (q: string) => ['“', el('bdi', {}, [q]), '”'];

function answerTable(feature: ExportedFeatureAnswers): HTMLElement {
  const rows = feature.answers.slice(0, ANSWER_ROWS).map((a) =>
    el('tr', {}, [
      el('th', { scope: 'row' }, [el('a', { href: urls.profile(a.slug) }, [a.name])]),
      el('td', {}, [levelBadge(a.level, a.partial === true)]),
      el('td', {}, [...(a.package ? [el('code', {}, [a.package])] : ['—']), ...(a.needs ? [el('span', { className: 'block text-sm needs' }, [`Needs: ${a.needs}`])] : [])]),
    ]),
  );
  const more = feature.answers.length - rows.length;
  return el('section', { className: 'card my-4', ariaLabel: `${feature.name}: the answer` }, [
    el('table', { className: 'data-table answer-table' }, [
      el('caption', {}, [`${feature.name}: support in ${plural(feature.answers.length, 'framework')}, strongest first`]),
      el('thead', {}, [el('tr', {}, [el('th', { scope: 'col' }, ['Framework']), el('th', { scope: 'col' }, ['Support']), el('th', { scope: 'col' }, ['Package'])])]),
      el('tbody', {}, rows),
    ]),
    el('p', { className: 'm-0 text-sm' }, [el('a', { href: urls.feature(feature.id) }, [more > 0 ? `All ${feature.answers.length} frameworks, with notes and evidence, on the ${feature.name} page` : `Notes and evidence on the ${feature.name} page`])]),
  ]);
}

export function initSearchPage(): void {
  const form = $<HTMLFormElement>('[data-search-form]');
  const input = $<HTMLInputElement>('input[name=q]', form);
  const status = $<HTMLElement>('[data-search-status]');
  const answer = $<HTMLElement>('[data-search-answer]');
  const list = $<HTMLOListElement>('[data-search-results]');
  const moreButton = $<HTMLButtonElement>('[data-search-more]');
  const empty = $<HTMLElement>('[data-search-empty]');
  const headerBox = document.querySelector<HTMLInputElement>('#site-search');
  const selects = ['type', 'language', 'kind'].map((n) => $<HTMLSelectElement>(`select[name=${n}]`, form));
  let run = 0;
  let typing: ReturnType<typeof setTimeout> | undefined;
  // The current search: what is still to load, what is shown, how many there are.
  let pending: { type: PageType; result: PagefindResult }[] = [];
  let shown = new Set<string>();
  let total = 0;
  let query = '';
  let corrected: string | undefined;

  function readUrl() {
    const params = new URLSearchParams(location.search);
    input.value = cleanQuery(params.get('q'));
    if (headerBox) headerBox.value = input.value;
    for (const s of selects) {
      const v = params.get(s.name) ?? '';
      s.value = [...s.options].some((o) => o.value === v) ? v : '';
    }
  }

  function writeUrl(replace = false) {
    const params = new URLSearchParams();
    const q = cleanQuery(input.value);
    if (q) params.set('q', q);
    for (const s of selects) if (s.value) params.set(s.name, s.value);
    const search = params.toString();
    const url = `${location.pathname}${search ? `?${search}` : ''}`;
    if (replace) history.replaceState(null, '', url);
    else history.pushState(null, '', url);
    if (headerBox) headerBox.value = q;
  }

  function renderHit(hit: RankedHit): HTMLLIElement {
    const excerpt = el('p', { className: 'm-0 text-sm' });
    for (const part of excerptParts(hit.excerpt ?? '')) excerpt.append(part.mark ? el('mark', {}, [part.text]) : part.text);
    return el('li', { className: 'card' }, [
      el('p', { className: 'm-0 text-sm text-muted' }, [hit.pinned ? `${hit.type} · exact match` : hit.type]),
      el('h2', { className: 'm-0 text-lg' }, [el('a', { href: hit.url }, [hit.title])]),
      excerpt,
    ]);
  }

  function showStatus() {
    status.replaceChildren(
      ...(corrected ? ['No exact match for ', ...quoted(query), '; showing results for ', ...quoted(corrected), '. '] : []),
      `Showing ${shown.size} of ${plural(total, 'result')} for `,
      ...quoted(corrected ?? query),
      '.',
    );
    moreButton.hidden = pending.length === 0;
  }

  /** Load and show the next page of full-text results, skipping pages already listed. */
  async function showMore(id: number, pinned: VocabPage[]) {
    const hits: RankedHit[] = [];
    // A page already listed, or pinned above, is counted once. A pinned page's full-text hit still
    // lends the pinned entry its excerpt (mergeHits), but does not take a place of its own.
    const listed = new Set(shown);
    const pinnedPaths = new Set(pinned.map((p) => pagePath(p.url)));
    let places = 0;
    while (pending.length > 0 && places < PAGE_SIZE) {
      const batch = pending.splice(0, PAGE_SIZE - places);
      const loaded = await Promise.all(batch.map(async ({ type, result }) => ({ type, result, d: await result.data() })));
      if (id !== run) return;
      for (const { type, result, d } of loaded) {
        const path = pagePath(d.url);
        if (listed.has(path)) {
          total -= 1;
          continue;
        }
        listed.add(path);
        if (pinnedPaths.has(path)) total -= 1;
        else places += 1;
        hits.push({ url: d.url, title: d.meta.title ?? d.url, type, score: result.score, excerpt: d.excerpt });
      }
    }
    const merged = mergeHits(pinned, hits, shown);
    for (const hit of merged) shown.add(hit.url);
    list.append(...merged.map(renderHit));
    showStatus();
  }

  async function search() {
    const id = ++run;
    query = cleanQuery(input.value);
    list.replaceChildren();
    answer.replaceChildren();
    moreButton.hidden = true;
    empty.hidden = true;
    pending = [];
    shown = new Set();
    if (!query) {
      status.textContent = 'Type a feature, package or framework name, for example ORM, Eloquent or WebSockets.';
      empty.hidden = false;
      return;
    }
    if (!plausibleQuery(query)) {
      status.replaceChildren('No results for ', ...quoted(query.slice(0, 40) + '…'), ': no word in the atlas is that long.');
      empty.hidden = false;
      return;
    }
    status.textContent = 'Searching…';
    const filters: Record<string, string> = {};
    for (const s of selects) if (s.value) filters[s.name] = s.value;
    const [pf, v] = await Promise.all([loadPagefind(), loadVocab()]);
    let pinned = lookup(v, query);
    corrected = undefined;
    const pair = frameworkPair(v, query);
    if (pinned.length === 0 && !pair) {
      const guess = correction(normalizeTerm(query), Object.keys(v.terms));
      if (guess && guess !== normalizeTerm(query)) {
        corrected = guess;
        pinned = lookup(v, guess);
      }
    }
    if (pair) {
      const [a, b] = pair.map((p) => slugOfProfile(p.url)) as [string, string];
      const page = urls.pair(a, b);
      const exists = await fetch(page, { method: 'HEAD' }).then((r) => r.ok, () => false);
      pinned = [{ url: exists ? page : urls.compare([a, b]), title: `${pair[0].title} vs ${pair[1].title}`, type: 'Comparison' }, ...pair];
    }
    pinned = pinned.filter((p) => !filters.type || p.type === filters.type);
    const types = filters.type ? [filters.type as PageType] : (['Framework', 'Feature', 'Comparison'] as PageType[]);
    const perType = await Promise.all(types.map((type) => pf.search(corrected ?? query, { filters: { ...filters, type } })));
    if (id !== run) return;
    pending = resultOrder(Object.fromEntries(types.map((t, i) => [t, perType[i]!.results])) as Partial<Record<PageType, PagefindResult[]>>);
    // With filters on, pinned pages must also pass them: a pinned page counts once, found or not.
    const usablePinned = Object.keys(filters).some((k) => k !== 'type') ? [] : pinned;
    total = pending.length + usablePinned.length;
    const feature = usablePinned.find((p) => p.type === 'Feature');
    if (feature && !filters.type) {
      const data = await fetch(`/data/features/${feature.url.split('/').filter(Boolean).pop()}.json`).then((r) => (r.ok ? (r.json() as Promise<ExportedFeatureAnswers>) : null), () => null);
      if (id !== run) return;
      if (data) answer.replaceChildren(answerTable(data));
    }
    await showMore(id, usablePinned);
    if (id !== run) return;
    if (shown.size === 0) {
      status.replaceChildren('No results for ', ...quoted(query), '.');
      empty.hidden = false;
    }
  }

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    clearTimeout(typing);
    writeUrl();
    void search();
  });
  input.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => {
      writeUrl(true);
      void search();
    }, TYPING_DELAY_MS);
  });
  for (const s of selects) s.addEventListener('change', () => {
    writeUrl();
    void search();
  });
  moreButton.addEventListener('click', () => {
    const first = list.children.length;
    void showMore(run, []).then(() => {
      // Move focus to the first new result so keyboard users continue where the list grew.
      list.children[first]?.querySelector('a')?.focus();
    });
  });
  window.addEventListener('popstate', () => {
    readUrl();
    void search();
  });
  readUrl();
  void search();
  if (!input.value) input.focus();
}
