/**
 * The search page: the URL (?q=&type=&language=&kind=) is the state. Vocabulary matches are
 * pinned first (with the feature's answer table or the pair's comparison), Pagefind supplies
 * full-text results, and src/lib/shared/search-rank.ts decides the order. Results are shown a page at a
 * time and every counted result can be reached. Nothing from the query or the index is ever
 * inserted as HTML.
 */
import { cleanQuery, excerptParts, mergeHits, PAGE_SIZE, pagePath, plausibleQuery, resultOrder, type RankedHit } from '../lib/shared/search-rank.ts';
import {
  featureWithFacet,
  frameworkPair,
  lookup,
  normalizeTerm,
  slugOfProfile,
  type Facet,
  type PageType,
  type Vocab,
  type VocabPage,
} from '../lib/shared/search-vocab.ts';
import { LEVEL_INFO } from '../lib/model/levels.ts';
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

/**
 * A feature's answer: every framework (or those of the language or kind the query named), grouped
 * by level, strongest first. The strongest group is open; the others are closed disclosures that
 * say how many they hold, so a phone shows a short list and nothing is cut.
 */
function answerTable(feature: ExportedFeatureAnswers, facet: Facet | null): HTMLElement {
  const answers = feature.answers.filter((a) => !facet || (facet.by === 'language' ? a.languages?.includes(facet.value) : a.kind === facet.value));
  const scope = facet ? ` in ${facet.by === 'language' ? facet.value : `${facet.value}s`}` : '';
  const groups = [...new Set(answers.map((a) => a.level))].map((level) => ({ level, rows: answers.filter((a) => a.level === level) }));
  const section = el('section', { className: 'card my-4 answer', ariaLabel: `${feature.name}: the answer` }, [
    el('h2', { className: 'mt-0 text-lg' }, [`${feature.name}${scope}: ${plural(answers.length, 'framework')}, strongest support first`]),
  ]);
  groups.forEach((g, i) => {
    const table = el('table', { className: 'data-table answer-table' }, [
      el('caption', { className: 'sr-only' }, [`${LEVEL_INFO[g.level].label}: ${plural(g.rows.length, 'framework')}`]),
      el('thead', {}, [
        el('tr', {}, [el('th', { scope: 'col' }, ['Framework']), el('th', { scope: 'col' }, ['Support']), el('th', { scope: 'col' }, ['Package'])]),
      ]),
      el(
        'tbody',
        {},
        g.rows.map((a) =>
          el('tr', {}, [
            el('th', { scope: 'row' }, [el('a', { href: urls.profile(a.slug) }, [a.name])]),
            el('td', {}, [levelBadge(a.level, a.partial === true)]),
            el('td', {}, [
              ...(a.package ? [el('code', {}, [a.package])] : ['—']),
              ...(a.needs ? [el('span', { className: 'block text-sm needs' }, [`Needs: ${a.needs}`])] : []),
            ]),
          ]),
        ),
      ),
    ]);
    section.append(
      el('details', { open: i === 0 }, [
        el('summary', { className: 'font-semibold cursor-pointer' }, [`${LEVEL_INFO[g.level].label} (${g.rows.length})`]),
        table,
      ]),
    );
  });
  if (answers.length === 0) section.append(el('p', {}, [`No framework${scope} in the atlas yet.`]));
  section.append(
    el('p', { className: 'mb-0 mt-3 answer-more' }, [
      el('a', { href: urls.feature(feature.id) }, [`Notes and evidence for every framework on the ${feature.name} page`]),
    ]),
  );
  return section;
}

/** The language or kind the filters narrow to, for the answer table. */
function facetOf(filters: Record<string, string>): Facet | null {
  if (filters.language) return { by: 'language', value: filters.language };
  if (filters.kind) return { by: 'kind', value: filters.kind };
  return null;
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
    if (replace || url === `${location.pathname}${location.search}`) history.replaceState(null, '', url);
    else history.pushState(null, '', url);
    if (headerBox) headerBox.value = q;
  }

  function renderHit(hit: RankedHit): HTMLLIElement {
    const excerpt = el('p', { className: 'm-0 text-sm excerpt' });
    const parts = excerptParts(hit.excerpt ?? '');
    // Every card says something: the page's own one-line description when the index gave no excerpt.
    if (parts.length === 0 && hit.description) excerpt.append(hit.description);
    for (const part of parts) excerpt.append(part.mark ? el('mark', {}, [part.text]) : part.text);
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
    // "orm python": the feature's answer for that language, and that language's pages first.
    const faceted = pinned.length === 0 && !pair ? featureWithFacet(v, query) : null;
    if (faceted) {
      pinned = [faceted.feature];
      if (!filters[faceted.facet.by]) filters[faceted.facet.by] = faceted.facet.value;
    }
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
      const exists = await fetch(page, { method: 'HEAD' }).then(
        (r) => r.ok,
        () => false,
      );
      pinned = [{ url: exists ? page : urls.compare([a, b]), title: `${pair[0].title} vs ${pair[1].title}`, type: 'Comparison' }, ...pair];
    }
    pinned = pinned.filter((p) => !filters.type || p.type === filters.type);
    // Comparison pages answer queries that name two frameworks (or ask for comparisons); otherwise
    // hundreds of near-identical pair pages would bury the profiles and feature pages.
    const types = filters.type
      ? [filters.type as PageType]
      : pair
        ? (['Framework', 'Feature', 'Comparison'] as PageType[])
        : (['Framework', 'Feature'] as PageType[]);
    const text = faceted ? faceted.feature.title : (corrected ?? query);
    const perType = await Promise.all(types.map((type) => pf.search(text, { filters: { ...filters, type } })));
    if (id !== run) return;
    pending = resultOrder(Object.fromEntries(types.map((t, i) => [t, perType[i]!.results])) as Partial<Record<PageType, PagefindResult[]>>);
    // With filters on, pinned pages must also pass them: a pinned page counts once, found or not.
    // A feature page answers for every language and kind, so it passes those filters.
    const usablePinned = Object.keys(filters).some((k) => k !== 'type') ? pinned.filter((p) => p.type === 'Feature') : pinned;
    total = pending.length + usablePinned.length;
    const feature = usablePinned.find((p) => p.type === 'Feature');
    if (feature && !filters.type) {
      const data = await fetch(`/data/features/${feature.url.split('/').filter(Boolean).pop()}.json`).then(
        (r) => (r.ok ? (r.json() as Promise<ExportedFeatureAnswers>) : null),
        () => null,
      );
      if (id !== run) return;
      if (data) answer.replaceChildren(answerTable(data, faceted?.facet ?? facetOf(filters)));
    }
    await showMore(id, usablePinned);
    if (id !== run) return;
    if (shown.size === 0) {
      const active = selects.filter((s) => s.value);
      if (active.length > 0) {
        // Say that the filters emptied the list, and offer the same search without them.
        const clear = el('a', { href: urls.search(query) }, ['search without filters']);
        status.replaceChildren('No results for ', ...quoted(query), ` with ${active.map((s) => `${s.name} “${s.value}”`).join(' and ')}. `, clear, '.');
      } else {
        status.replaceChildren('No results for ', ...quoted(query), '.');
      }
      empty.hidden = false;
    }
  }

  // Typing updates the URL as it goes: the first pause of a round of typing adds a history entry,
  // later ones (and the submit that ends it) replace that entry, so Back returns to the query
  // before the typing however fast the keys, the pauses and the Enter came.
  let typedEntry = false;
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    clearTimeout(typing);
    writeUrl(typedEntry);
    typedEntry = false;
    void search();
  });
  input.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => {
      writeUrl(typedEntry);
      typedEntry = true;
      void search();
    }, TYPING_DELAY_MS);
  });
  for (const s of selects)
    s.addEventListener('change', () => {
      writeUrl();
      typedEntry = false;
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
    clearTimeout(typing);
    typedEntry = false;
    readUrl();
    void search();
  });
  readUrl();
  void search();
  if (!input.value) input.focus();
}
