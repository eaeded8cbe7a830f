/**
 * /compare/: reads ?fw= and &diff= from the URL, loads only the chosen frameworks' records from
 * /data/frameworks/<slug>.json, and draws the comparison table in the page's order. The picker,
 * ordering buttons and the "only differences" switch keep the URL in step. Parsing and messages
 * come from src/lib/shared/compare-params.ts; the table is drawn by compare-table.ts.
 */
import {
  compareQuery,
  describeProblem,
  MAX_COMPARE,
  parseCompareQuery,
  pickedPair,
  type CompareProblem,
  type CompareState,
} from '../lib/shared/compare-params.ts';
import { urls } from '../lib/shared/urls.ts';
import { limitProblems } from '../lib/shared/format.ts';
import type { ExportedFramework } from '../lib/shared/export.ts';
import { $, $$, el } from './dom.ts';
import { drawComparison, type TableFeature } from './compare-table.ts';

const records = new Map<string, Promise<ExportedFramework>>();
function load(slug: string): Promise<ExportedFramework> {
  let record = records.get(slug);
  if (!record) {
    record = fetch(`/data/frameworks/${slug}.json`).then((r) => {
      if (!r.ok) throw new Error(`${slug}: ${r.status}`);
      return r.json() as Promise<ExportedFramework>;
    });
    records.set(slug, record);
  }
  return record;
}

export async function initComparePage(): Promise<void> {
  const form = $<HTMLFormElement>('[data-compare-picker]');
  const pickerBox = $<HTMLDetailsElement>('[data-compare-picker-box]');
  const messages = $<HTMLElement>('#compare-messages');
  const tools = $<HTMLElement>('[data-compare-tools]');
  const order = $<HTMLOListElement>('[data-compare-order]');
  const link = $<HTMLInputElement>('[data-compare-link]');
  const copied = $<HTMLElement>('[data-compare-copied]');
  const output = $<HTMLElement>('[data-compare-output]');
  const summary = $<HTMLElement>('[data-compare-summary]');
  const heading = $<HTMLElement>('h1');
  const boxes = $$<HTMLInputElement>('input[name=fw]', form);
  const diffBox = $<HTMLInputElement>('input[name=diff]', form);
  const features = JSON.parse($<HTMLScriptElement>('#compare-features').textContent ?? '[]') as TableFeature[];
  const names = new Map(boxes.map((b) => [b.value, $<HTMLLabelElement>(`label[for="${b.id}"]`, form).textContent!.trim()]));
  const known = boxes.map((b) => b.value);
  const baseTitle = document.title;
  const nameOf = (slug: string) => names.get(slug) ?? slug;

  // A picker form that named exactly two frameworks lands on their pair page, if it has one.
  const pair = pickedPair(location.search, known);
  if (pair) {
    const target = urls.pair(...pair);
    const exists = await fetch(target, { method: 'HEAD' }).then(
      (r) => r.ok,
      () => false,
    );
    if (exists) return location.replace(target);
  }

  let state: CompareState = parseCompareQuery(location.search, known);
  let drawn = 0;

  const hrefFor = (slugs: string[]) => `${location.pathname}${compareQuery(slugs, state.onlyDifferences)}`;

  function problemItem(p: CompareProblem): HTMLLIElement {
    // <bdi>: a right-to-left character in the address cannot reorder the rest of the line.
    const item = el('li', {}, [el('bdi', {}, [describeProblem(p)])]);
    if (p.kind === 'unknown' && p.suggestions.length > 0) {
      p.suggestions.forEach((s, i) => {
        const fixed = [...state.slugs.filter((x) => x !== s), s];
        item.append(i === 0 ? ' ' : ', ', el('a', { href: hrefFor(fixed) }, [nameOf(s)]));
      });
      item.append('?');
    }
    return item;
  }

  function showMessages(): void {
    messages.replaceChildren();
    const problems = state.problems.filter((p) => p.kind !== 'missing' && p.kind !== 'single');
    if (problems.length > 0) {
      const { shown, more } = limitProblems(problems);
      const list = el('ul', { className: 'list-disc pl-5 m-0' }, shown.map(problemItem));
      if (more > 0) list.append(el('li', {}, [`and ${more} more like these.`]));
      messages.append(el('p', { className: 'font-semibold m-0' }, ['Some of this address could not be used:']), list);
    }
    const single = state.problems.find((p) => p.kind === 'single');
    if (single && single.kind === 'single') {
      messages.append(
        el('p', { className: 'm-0' }, [
          `${nameOf(single.value)} is picked. Pick at least one more framework below, or `,
          el('a', { href: urls.profile(single.value) }, [`read the ${nameOf(single.value)} profile`]),
          '.',
        ]),
      );
    }
    messages.hidden = messages.childElementCount === 0;
  }

  function showOrder(focus?: { slug: string; action: 'left' | 'right' | 'remove' }): void {
    const button = (text: string, label: string, onClick: () => void, disabled = false) =>
      el('button', { type: 'button', className: 'btn btn-quiet chip-button', textContent: text, ariaLabel: label, disabled, onclick: onClick });
    order.replaceChildren(
      ...state.slugs.map((slug, i) => {
        const name = nameOf(slug);
        const chip = el('li', { className: 'chip flex items-center gap-1 text-ink' }, [
          name,
          button('←', `Move ${name} left`, () => move(i, -1, slug), i === 0),
          button('→', `Move ${name} right`, () => move(i, 1, slug), i === state.slugs.length - 1),
          button('×', `Remove ${name}`, () => remove(i, slug)),
        ]);
        chip.dataset.slug = slug;
        return chip;
      }),
    );
    if (!focus) return;
    // Keep keyboard focus on a sensible control after the list is redrawn.
    if (focus.action === 'remove') {
      const next = order.querySelector<HTMLButtonElement>('li:last-child button[aria-label^="Remove"]');
      (next ?? boxes[0])?.focus();
      return;
    }
    const chip = order.querySelector<HTMLElement>(`li[data-slug="${focus.slug}"]`);
    const wanted = chip?.querySelector<HTMLButtonElement>(`button[aria-label^="Move ${CSS.escape(nameOf(focus.slug))} ${focus.action}"]`);
    const fallback = chip?.querySelector<HTMLButtonElement>('button:not(:disabled)');
    (wanted && !wanted.disabled ? wanted : fallback)?.focus();
  }

  async function render(focus?: { slug: string; action: 'left' | 'right' | 'remove' }): Promise<void> {
    const run = ++drawn;
    showMessages();
    for (const box of boxes) box.checked = state.slugs.includes(box.value);
    diffBox.checked = state.onlyDifferences;
    showOrder(focus);
    link.value = location.href;
    tools.toggleAttribute('data-idle', state.slugs.length === 0);
    const chosen = state.slugs.length >= 2;
    heading.textContent = chosen ? state.slugs.map(nameOf).join(' vs ') : 'Compare frameworks';
    document.title = chosen ? `${state.slugs.map(nameOf).join(' vs ')}: comparison · Backend Atlas` : baseTitle;
    if (!chosen) {
      output.replaceChildren(el('p', { className: 'text-muted' }, ['Pick two or more frameworks to see them side by side.']));
      summary.textContent = '';
      pickerBox.open = true;
      return;
    }
    output.setAttribute('aria-busy', 'true');
    try {
      const frameworks = await Promise.all(state.slugs.map(load));
      if (run !== drawn) return;
      const table = drawComparison(frameworks, features, state.onlyDifferences);
      output.replaceChildren(...table.nodes);
      summary.textContent = table.summary;
    } catch {
      if (run !== drawn) return;
      output.replaceChildren(el('p', { className: 'notice' }, ['The data for this comparison could not be loaded. Check the connection and reload the page.']));
      summary.textContent = 'The comparison could not be loaded.';
    } finally {
      output.removeAttribute('aria-busy');
    }
  }

  function update(slugs: string[], onlyDifferences = state.onlyDifferences, focus?: { slug: string; action: 'left' | 'right' | 'remove' }): void {
    history.pushState(null, '', `${location.pathname}${compareQuery(slugs, onlyDifferences)}`);
    state = parseCompareQuery(location.search, known);
    copied.textContent = '';
    void render(focus);
  }

  function move(index: number, delta: number, slug: string): void {
    const slugs = [...state.slugs];
    const [item] = slugs.splice(index, 1);
    slugs.splice(index + delta, 0, item!);
    update(slugs, state.onlyDifferences, { slug, action: delta < 0 ? 'left' : 'right' });
  }

  function remove(index: number, slug: string): void {
    update(
      state.slugs.filter((_, i) => i !== index),
      state.onlyDifferences,
      { slug, action: 'remove' },
    );
  }

  form.addEventListener('change', (event) => {
    const target = event.target as HTMLInputElement;
    if (target === diffBox) return update(state.slugs, diffBox.checked);
    if (target.checked && state.slugs.length >= MAX_COMPARE) {
      // Refused picks never reach the URL.
      target.checked = false;
      messages.replaceChildren(
        el('p', { className: 'm-0' }, [`Up to ${MAX_COMPARE} frameworks fit side by side. Remove one before adding ${nameOf(target.value)}.`]),
      );
      messages.hidden = false;
      return;
    }
    update(target.checked ? [...state.slugs, target.value] : state.slugs.filter((s) => s !== target.value));
  });
  form.addEventListener('submit', (event) => event.preventDefault());
  window.addEventListener('popstate', () => {
    state = parseCompareQuery(location.search, known);
    void render();
  });
  // Boxes ticked before this script ran (a fast reader, a slow connection) count as picks.
  const early = boxes.filter((b) => b.checked).map((b) => b.value);
  if (state.slugs.length === 0 && early.length > 0) state = parseCompareQuery(compareQuery(early.slice(0, MAX_COMPARE), state.onlyDifferences), known);
  // Canonicalise the address (e.g. fw=a&fw=b from a plain form becomes fw=a,b; refused extras go).
  if (state.slugs.length > 0) history.replaceState(null, '', `${location.pathname}${compareQuery(state.slugs, state.onlyDifferences)}`);
  $<HTMLButtonElement>('button[type=submit]', form).hidden = true;
  pickerBox.open = state.slugs.length < 2;
  document.documentElement.classList.add('js-ready');
  await render();
}
