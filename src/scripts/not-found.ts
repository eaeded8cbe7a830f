/**
 * The 404 page: says what the missing address most likely meant (src/lib/shared/not-found.ts)
 * and ticks those frameworks in the compare picker.
 */
import { explainMissingPage } from '../lib/shared/not-found.ts';
import { urls } from '../lib/shared/urls.ts';
import { $$, el } from './dom.ts';

export async function initNotFoundPage(): Promise<void> {
  // Frameworks from the compare picker's boxes, features from the feature list: what the page already holds.
  const frameworks = $$<HTMLInputElement>('input[name=fw]').map((box) => ({
    id: box.value,
    name: document.querySelector(`label[for="${box.id}"]`)?.textContent?.trim() ?? box.value,
  }));
  const features = $$<HTMLAnchorElement>('[data-known="features"] a').map((a) => ({ id: a.dataset.id!, name: a.textContent!.trim() }));
  const hint = explainMissingPage(location.pathname, frameworks, features);
  const target = document.getElementById('notfound-hint')!;
  if (hint) {
    // Pair pages exist only where the pair policy built them: otherwise link the any-N view.
    const links = await Promise.all(
      hint.links.map(async (l) =>
        l.pair &&
        !(await fetch(l.href, { method: 'HEAD' }).then(
          (r) => r.ok,
          () => false,
        ))
          ? { ...l, href: urls.compare(l.pair) }
          : l,
      ),
    );
    target.append(el('bdi', {}, [hint.message]), ' ');
    links.forEach((l, i) => target.append(i > 0 ? ', ' : '', el('a', { href: l.href }, [l.label])));
    for (const slug of hint.preselect) {
      const box = document.querySelector<HTMLInputElement>(`#notfound-${CSS.escape(slug)}`);
      if (box) box.checked = true;
    }
  }
}
