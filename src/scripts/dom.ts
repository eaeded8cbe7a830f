/**
 * DOM helpers for the browser scripts. Text goes in as text nodes, never as HTML, so nothing from
 * a URL, a search query or the data can become markup.
 */
import { LEVEL_ICONS, LEVEL_INFO, PARTIAL_ICON } from '../lib/model/levels.ts';
import type { Level } from '../lib/model/vocab.ts';

/** Create an element with properties and children (strings become text nodes). */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  children: (Node | string)[] = [],
): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/** The first element matching a selector; throws a clear error when the page lacks it. */
export function $<T extends Element>(selector: string, root: ParentNode = document): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`Missing element: ${selector}`);
  return found;
}

/** Every element matching a selector, as an array. */
export function $$<T extends Element>(selector: string, root: ParentNode = document): T[] {
  return [...root.querySelectorAll<T>(selector)];
}

const SVG = 'http://www.w3.org/2000/svg';

/** A support level as the pages draw it (SupportLevel.astro): icon and label in a pill, "· partial" with its mark. */
export function levelBadge(level: Level, partial = false): HTMLSpanElement {
  const badge = el('span', { className: `level level-${level}` }, [icon(LEVEL_ICONS[level]), el('span', {}, [LEVEL_INFO[level].label])]);
  if (partial) badge.append(el('span', { className: 'level-partial' }, [' ', icon(PARTIAL_ICON), '· partial']));
  return badge;
}

/** An inline SVG icon drawn with one stroked path, hidden from assistive technology. */
export function icon(path: string): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  for (const [k, v] of Object.entries({
    viewBox: '0 0 16 16',
    'aria-hidden': 'true',
    fill: 'none',
    stroke: 'currentColor',
    'stroke-width': '1.8',
    'stroke-linecap': 'round',
    'stroke-linejoin': 'round',
  }))
    svg.setAttribute(k, v);
  const p = document.createElementNS(SVG, 'path');
  p.setAttribute('d', path);
  svg.append(p);
  return svg;
}
