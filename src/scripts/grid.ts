/** Framework grids (home, /frameworks/): language and kind filters kept in the URL. */
import { gridFilterQuery, matchesGridFilter, parseGridFilter } from '../lib/shared/grid-filter.ts';

export function initFrameworkGrids(): void {
  for (const root of document.querySelectorAll<HTMLElement>('[data-framework-grid]')) {
    const form = root.querySelector<HTMLFormElement>('[data-grid-filters]')!;
    const cards = [...root.querySelectorAll<HTMLElement>('li[data-kind]')];
    const count = root.querySelector<HTMLElement>('[data-grid-count]')!;
    const select = (name: string) => form.elements.namedItem(name) as HTMLSelectElement;
    const options = (name: string) => [...form.querySelectorAll<HTMLOptionElement>(`select[name=${name}] option`)].map((o) => o.value).filter(Boolean);
    const apply = () => {
      const filter = parseGridFilter(location.search, options('language'), options('kind'));
      select('language').value = filter.language;
      select('kind').value = filter.kind;
      let shown = 0;
      for (const card of cards) {
        const visible = matchesGridFilter(filter, (card.dataset.languages ?? '').split('|'), card.dataset.kind ?? '');
        card.hidden = !visible;
        if (visible) shown += 1;
      }
      count.textContent = `Showing ${shown} of ${cards.length}`;
    };
    form.hidden = false;
    form.addEventListener('submit', (e) => e.preventDefault());
    form.addEventListener('change', () => {
      const query = gridFilterQuery({ language: select('language').value, kind: select('kind').value });
      history.replaceState(null, '', `${location.pathname}${query}${location.hash}`);
      apply();
    });
    apply();
  }
}
