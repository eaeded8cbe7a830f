/**
 * /find/: reads ?need= and ?min=, loads each needed feature's answers from
 * /data/features/<id>.json and lists the frameworks that meet every need, then the near misses.
 * Parsing and matching live in src/lib/shared/find.ts; this file only touches the DOM.
 */
import {
  describeFindProblem,
  findMatches,
  findQuery,
  MIN_LABELS,
  parseFindQuery,
  type Candidate,
  type FindProblem,
  type FindState,
} from '../lib/shared/find.ts';
import { limitProblems, plural } from '../lib/shared/format.ts';
import { urls } from '../lib/shared/urls.ts';
import type { ExportedFeatureAnswers } from '../lib/shared/export.ts';
import { supportLabel } from '../lib/shared/support.ts';
import { $, $$, el, levelBadge } from './dom.ts';

export async function initFindPage(): Promise<void> {
  const form = $<HTMLFormElement>('[data-find-form]');
  const messages = $<HTMLElement>('#find-messages');
  const results = $<HTMLElement>('[data-find-results]');
  const summary = $<HTMLElement>('[data-find-summary]');
  const matchingList = $<HTMLUListElement>('[data-find-matching]');
  const nearList = $<HTMLUListElement>('[data-find-near]');
  const link = $<HTMLInputElement>('[data-find-link]');
  const copied = $<HTMLElement>('[data-find-copied]');
  const boxes = $$<HTMLInputElement>('input[name=need]', form);
  const radios = $$<HTMLInputElement>('input[name=min]', form);
  const countPartial = $<HTMLInputElement>('input[name=partial]', form);
  const languageBoxes = $$<HTMLInputElement>('input[name=language]', form);
  const kindBoxes = $$<HTMLInputElement>('input[name=kind]', form);
  const narrowOf = (s: FindState) => ({ language: s.language, kind: s.kind });
  const featureName = new Map(boxes.map((b) => [b.value, $<HTMLLabelElement>(`label[for="${b.id}"]`, form).textContent!.trim()]));
  const ids = boxes.map((b) => b.value);
  const cache = new Map<string, Promise<ExportedFeatureAnswers>>();
  const load = (id: string) => {
    if (!cache.has(id))
      cache.set(
        id,
        fetch(`/data/features/${id}.json`).then((r) => r.json() as Promise<ExportedFeatureAnswers>),
      );
    return cache.get(id)!;
  };
  let state: FindState = parseFindQuery(location.search, ids);
  let run = 0;

  function problemItem(p: FindProblem): HTMLLIElement {
    const item = el('li', {}, [el('bdi', {}, [describeFindProblem(p)])]);
    if (p.kind === 'unknown')
      p.suggestions.forEach((s, i) =>
        item.append(
          i === 0 ? ' ' : ', ',
          el('a', { href: `${location.pathname}${findQuery([...state.need, s], state.min, state.partial, narrowOf(state))}` }, [featureName.get(s) ?? s]),
        ),
      );
    return item;
  }

  function levelLine(cell: Candidate['cells'][string] | undefined, id: string): HTMLLIElement {
    const level = cell?.level ?? 'unknown';
    return el('li', {}, [
      `${featureName.get(id)}: `,
      levelBadge(level, cell?.partial === true),
      ...(cell?.package ? [' ', el('code', {}, [cell.package])] : []),
    ]);
  }

  async function render(): Promise<void> {
    const id = ++run;
    for (const box of boxes) box.checked = state.need.includes(box.value);
    for (const radio of radios) radio.checked = radio.value === state.min;
    countPartial.checked = state.partial;
    for (const box of languageBoxes) box.checked = state.language.some((l) => l.toLowerCase() === box.value.toLowerCase());
    for (const box of kindBoxes) box.checked = state.kind.includes(box.value.toLowerCase());
    const { shown, more } = limitProblems(state.problems.filter((p) => p.kind !== 'missing'));
    messages.replaceChildren();
    if (shown.length > 0) {
      const list = el('ul', { className: 'list-disc pl-5 m-0' }, shown.map(problemItem));
      if (more > 0) list.append(el('li', {}, [`and ${more} more like these.`]));
      messages.append(el('p', { className: 'font-semibold m-0' }, ['Some of this address could not be used:']), list);
    }
    messages.hidden = shown.length === 0;
    if (state.need.length === 0) {
      results.toggleAttribute('data-idle', true);
      document.title = 'Find frameworks by the features you need · Backend Atlas';
      return;
    }
    const answers = await Promise.all(state.need.map(load));
    if (id !== run) return;
    const bySlug = new Map<string, Candidate>();
    answers.forEach((feature) => {
      for (const a of feature.answers) {
        const c = bySlug.get(a.slug) ?? { slug: a.slug, name: a.name, languages: a.languages, kind: a.kind, cells: {} };
        (c.cells as Record<string, Candidate['cells'][string]>)[feature.id] = {
          level: a.level,
          ...(a.partial ? { partial: true } : {}),
          ...(a.package ? { package: a.package } : {}),
        };
        bySlug.set(a.slug, c);
      }
    });
    const { matching, nearMisses } = findMatches([...bySlug.values()], state.need, state.min, state.partial, narrowOf(state));
    const names = state.need.map((n) => featureName.get(n)).join(', ');
    const scope = [state.language.length ? ` in ${state.language.join(' or ')}` : '', state.kind.length ? ` (${state.kind.join(' or ')})` : ''].join('');
    summary.textContent = `${plural(matching.length, `framework${scope} has`, `frameworks${scope} have`)} ${state.need.length === 1 ? names : `all of ${names}`} (${MIN_LABELS[state.min].toLowerCase()}${state.partial ? ', partial support counted' : ', full support only'}).`;
    matchingList.replaceChildren(
      ...matching.map((c) =>
        el('li', { className: 'card' }, [
          el('h3', { className: 'm-0 text-base' }, [el('a', { href: urls.profile(c.slug) }, [c.name])]),
          el(
            'ul',
            { className: 'text-sm mt-1' },
            state.need.map((n) => levelLine(c.cells[n], n)),
          ),
        ]),
      ),
    );
    if (matching.length === 0) matchingList.append(el('li', {}, ['None: see the near misses below, or accept more kinds of package.']));
    nearList.replaceChildren(
      ...nearMisses.map(({ candidate, missing }) =>
        el('li', {}, [
          el('a', { href: urls.profile(candidate.slug) }, [candidate.name]),
          ` misses ${featureName.get(missing)} (`,
          supportLabel(candidate.cells[missing] ?? { level: 'unknown' }).toLowerCase(),
          ')',
        ]),
      ),
    );
    if (nearMisses.length === 0) nearList.append(el('li', { className: 'text-muted' }, ['None.']));
    link.value = location.href;
    document.title = `Frameworks with ${names} · Backend Atlas`;
    results.toggleAttribute('data-idle', false);
  }

  function update(): void {
    const need = boxes.filter((b) => b.checked).map((b) => b.value);
    const min = (radios.find((r) => r.checked)?.value ?? 'official') as FindState['min'];
    const partial = countPartial.checked;
    const narrow = { language: languageBoxes.filter((b) => b.checked).map((b) => b.value), kind: kindBoxes.filter((b) => b.checked).map((b) => b.value) };
    // Keep the order the reader ticked things in: earlier needs first, new ones appended.
    const ordered = [...state.need.filter((n) => need.includes(n)), ...need.filter((n) => !state.need.includes(n))];
    history.pushState(null, '', `${location.pathname}${findQuery(ordered, min, partial, narrow)}`);
    state = parseFindQuery(location.search, ids);
    copied.textContent = '';
    void render();
  }

  form.addEventListener('change', update);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    update();
  });
  window.addEventListener('popstate', () => {
    state = parseFindQuery(location.search, ids);
    void render();
  });
  // Boxes ticked before this script ran count as the question.
  const early = boxes.filter((b) => b.checked).map((b) => b.value);
  if (state.need.length === 0 && early.length > 0)
    state = parseFindQuery(findQuery(early, state.min, state.partial || countPartial.checked, narrowOf(state)), ids);
  if (state.need.length > 0) history.replaceState(null, '', `${location.pathname}${findQuery(state.need, state.min, state.partial, narrowOf(state))}`);
  await render();
}
