/**
 * Enhances /compare/: reads ?fw= and &diff= from the URL, shows the chosen columns in order,
 * hides equal rows on request, and keeps the URL in step with the picker. All parsing and
 * messages come from src/lib/compare-params.ts; this file only touches the DOM.
 */
import { compareQuery, describeProblem, parseCompareQuery, type CompareProblem, type CompareState } from '../lib/compare-params.ts';
import { rowDiffers } from '../lib/matrix.ts';
import type { Level } from '../lib/vocab.ts';

const $ = <T extends Element>(sel: string, root: ParentNode = document) => root.querySelector<T>(sel)!;
const $$ = <T extends Element>(sel: string, root: ParentNode = document) => [...root.querySelectorAll<T>(sel)];

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, children: (Node | string)[] = []) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

export function initComparePage(): void {
  const form = $<HTMLFormElement>('[data-compare-picker]');
  const table = $<HTMLTableElement>('.compare-table');
  const messages = $<HTMLElement>('#compare-messages');
  const tools = $<HTMLElement>('[data-compare-tools]');
  const order = $<HTMLOListElement>('[data-compare-order]');
  const link = $<HTMLInputElement>('[data-compare-link]');
  const copied = $<HTMLElement>('[data-compare-copied]');
  const hiddenNote = $<HTMLElement>('[data-compare-hidden-rows]');
  const boxes = $$<HTMLInputElement>('input[name=fw]', form);
  const diffBox = $<HTMLInputElement>('input[name=diff]', form);
  const names = new Map(boxes.map((b) => [b.value, form.querySelector(`label[for="${b.id}"]`)!.textContent!.trim()]));
  const known = boxes.map((b) => b.value);

  let state: CompareState = parseCompareQuery(location.search, known);

  const hrefFor = (slugs: string[]) => `${location.pathname}${compareQuery(slugs, state.onlyDifferences)}`;

  function problemItem(p: CompareProblem): HTMLLIElement {
    const item = el('li', {}, [describeProblem(p)]);
    if (p.kind === 'unknown' && p.suggestions.length > 0) {
      p.suggestions.forEach((s, i) => {
        const fixed = [...state.slugs.filter((x) => x !== s), s];
        item.append(i === 0 ? ' ' : ', ', el('a', { href: hrefFor(fixed) }, [names.get(s) ?? s]));
      });
      item.append('?');
    }
    if (p.kind === 'single') item.append(' ', el('a', { href: `/frameworks/${p.value}/` }, [`Read the ${names.get(p.value) ?? p.value} profile`]), '.');
    return item;
  }

  function render(): void {
    const active = state.slugs.length >= 2 ? state.slugs : known;
    // Messages: what in the address could not be used, and how to fix it.
    messages.replaceChildren();
    const shown = state.problems.filter((p) => p.kind !== 'missing');
    if (shown.length > 0) {
      messages.append(el('p', { className: 'font-semibold m-0' }, ['Some of this address could not be used:']), el('ul', { className: 'list-disc pl-5' }, shown.map(problemItem)));
      if (state.slugs.length < 2) messages.append(el('p', { className: 'm-0 mt-1' }, ['Showing every framework until two or more are picked.']));
    }
    // Picker state.
    for (const box of boxes) box.checked = state.slugs.includes(box.value);
    diffBox.checked = state.onlyDifferences;
    // Columns: chosen ones in order, the rest hidden.
    for (const row of $$<HTMLTableRowElement>('tr', table)) {
      const cells = $$<HTMLElement>(':scope > [data-fw]', row);
      if (cells.length === 0) continue;
      const bySlug = new Map(cells.map((c) => [c.dataset.fw!, c]));
      for (const slug of active) row.append(bySlug.get(slug)!);
      for (const cell of cells) cell.hidden = !active.includes(cell.dataset.fw!);
    }
    for (const th of $$<HTMLTableCellElement>('.category-row th', table)) th.colSpan = active.length + 1;
    // Rows: with "only differences", hide rows where every visible level is the same.
    let hidden = 0;
    for (const row of $$<HTMLTableRowElement>('tr[data-feature]', table)) {
      const levels = active.map((slug) => $<HTMLElement>(`[data-fw="${slug}"]`, row).dataset.level as Level);
      row.hidden = state.onlyDifferences && !rowDiffers(levels);
      if (row.hidden) hidden += 1;
    }
    for (const group of $$<HTMLTableSectionElement>('tbody', table)) group.hidden = $$('tr[data-feature]:not([hidden])', group).length === 0;
    hiddenNote.textContent = state.onlyDifferences ? `${hidden} feature${hidden === 1 ? '' : 's'} with the same support everywhere are hidden.` : '';
    table.caption!.textContent = state.slugs.length >= 2 ? `${active.map((s) => names.get(s)).join(' vs ')}, feature by feature` : 'All frameworks, feature by feature';
    // Ordered list of the selection with move and remove buttons.
    order.replaceChildren(
      ...state.slugs.map((slug, i) => {
        const name = names.get(slug)!;
        const button = (text: string, label: string, onClick: () => void, disabled = false) =>
          el('button', { type: 'button', className: 'btn btn-quiet px-2 py-0', textContent: text, ariaLabel: label, disabled, onclick: onClick });
        return el('li', { className: 'chip flex items-center gap-1 text-ink' }, [
          name,
          button('←', `Move ${name} left`, () => move(i, -1), i === 0),
          button('→', `Move ${name} right`, () => move(i, 1), i === state.slugs.length - 1),
          button('×', `Remove ${name}`, () => update(state.slugs.filter((s) => s !== slug))),
        ]);
      }),
    );
    link.value = location.href;
    tools.hidden = false;
  }

  function update(slugs: string[], onlyDifferences = state.onlyDifferences): void {
    const query = compareQuery(slugs, onlyDifferences);
    history.pushState(null, '', `${location.pathname}${query}`);
    state = parseCompareQuery(location.search, known);
    copied.textContent = '';
    render();
  }

  function move(index: number, delta: number): void {
    const slugs = [...state.slugs];
    const [item] = slugs.splice(index, 1);
    slugs.splice(index + delta, 0, item!);
    update(slugs);
  }

  form.addEventListener('change', (event) => {
    const target = event.target as HTMLInputElement;
    if (target === diffBox) return update(state.slugs, diffBox.checked);
    const slugs = target.checked ? [...state.slugs, target.value] : state.slugs.filter((s) => s !== target.value);
    update(slugs);
  });
  form.addEventListener('submit', (event) => event.preventDefault());
  $<HTMLButtonElement>('[data-compare-copy]').addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(location.href);
      copied.textContent = 'Link copied.';
    } catch {
      link.select();
      copied.textContent = 'Press Ctrl+C (or ⌘C) to copy the selected link.';
    }
  });
  window.addEventListener('popstate', () => {
    state = parseCompareQuery(location.search, known);
    render();
  });
  // Canonicalise the address (e.g. fw=a&fw=b from a plain form becomes fw=a,b).
  if (state.slugs.length >= 2) history.replaceState(null, '', `${location.pathname}${compareQuery(state.slugs, state.onlyDifferences)}`);
  form.querySelector('button[type=submit]')!.setAttribute('hidden', '');
  render();
}
