/**
 * Draws the same comparison table as src/components/ComparisonTable.astro (same classes, same
 * structure, same accessible names) from exported framework records, for /compare/ in the browser.
 */
import { buildMatrix } from '../lib/shared/matrix.ts';
import { linkLabel, plural } from '../lib/shared/format.ts';
import { FIT_COLUMNS } from '../lib/shared/compare-params.ts';
import { urls } from '../lib/shared/urls.ts';
import type { ExportedFramework, ExportedSupport } from '../lib/shared/export.ts';
import { el, levelBadge } from './dom.ts';
import { dormantReason, isPartial, requirementsText } from '../lib/shared/support.ts';
import { lifecycleFacts, today } from '../lib/shared/lifecycle.ts';

/** A feature as /compare/ embeds it in the page (id, name, category label), in display order. */
export interface TableFeature {
  id: string;
  name: string;
  category: string;
}

function cellContent(cell: ExportedSupport, claim: string): Node[] {
  const parts: Node[] = [el('p', { className: 'm-0' }, [levelBadge(cell.level, isPartial(cell))])];
  const needs = requirementsText(cell);
  const dormant = cell.dormant ? (dormantReason(cell) ?? 'no recent release') : null;
  if (cell.package) parts.push(el('p', { className: 'm-0' }, [el('code', {}, [cell.package])]));
  if (needs) parts.push(el('p', { className: 'm-0 text-sm needs' }, [el('strong', {}, ['Needs:']), ` ${needs}`]));
  if (dormant) parts.push(el('p', { className: 'm-0 text-sm dormant-note' }, [el('strong', {}, ['Dormant package:']), ` ${dormant}.`]));
  if (cell.notes) parts.push(el('p', { className: 'm-0 text-sm' }, [cell.notes]));
  if (!cell.package && !cell.notes && !needs) parts.push(el('p', { className: 'm-0 text-muted' }, ['—']));
  if (cell.staleReason) parts.push(el('p', { className: 'm-0 text-sm stale-note' }, [el('strong', {}, ['Stale:']), ` ${cell.staleReason}.`]));
  if (cell.evidence) {
    const a = el('a', { href: cell.evidence }, [linkLabel(cell.evidence), el('span', { className: 'sr-only' }, [` (evidence for ${claim})`])]);
    parts.push(el('p', { className: 'm-0 text-sm' }, ['Evidence: ', a, ...(cell.version ? [` (v${cell.version})`] : [])]));
  }
  return parts;
}

/**
 * The scroll hint, the table box and (with "only differences") a note on what is hidden, plus a
 * one-line summary for the page's status region ("Comparing 4 frameworks: …"), so a screen reader
 * hears what changed, not the whole table.
 */
export function drawComparison(
  frameworks: readonly ExportedFramework[],
  features: readonly TableFeature[],
  onlyDifferences: boolean,
): { nodes: HTMLElement[]; summary: string } {
  const caption = `${frameworks.map((f) => f.name).join(' vs ')}, feature by feature`;
  const rows = buildMatrix(
    frameworks.map((f) => ({ slug: f.slug, name: f.name, features: f.features })),
    features,
  );
  const table = el('table', { className: 'data-table compare-table' }, [
    el('caption', {}, [caption]),
    el('thead', {}, [
      el('tr', {}, [
        el('th', { scope: 'col' }, ['Feature']),
        ...frameworks.map((f) => el('th', { scope: 'col' }, [el('a', { href: urls.profile(f.slug) }, [f.name])])),
      ]),
    ]),
  ]);
  let hidden = 0;
  const categories = [...new Set(features.map((f) => f.category))];
  for (const category of categories) {
    const shown = rows.filter((r, i) => features[i]!.category === category && (!onlyDifferences || r.differs));
    hidden += rows.filter((_, i) => features[i]!.category === category).length - shown.length;
    if (shown.length === 0) continue;
    const body = el('tbody', {}, [el('tr', { className: 'category-row' }, [el('th', { scope: 'rowgroup', colSpan: frameworks.length + 1 }, [category])])]);
    for (const row of shown) {
      const tr = body.appendChild(
        el('tr', {}, [
          el('th', { scope: 'row' }, [el('a', { href: urls.feature(row.feature.id) }, [row.feature.name])]),
          ...row.cells.map((cell, i) => el('td', {}, cellContent(cell, `${frameworks[i]!.name}: ${row.feature.name}`))),
        ]),
      );
      tr.dataset.feature = row.feature.id;
    }
    table.append(body);
  }
  // Release lifecycles: always shown (never hidden by "only differences"), same words as pair pages.
  const lifecycle = el('tbody', {}, [
    el('tr', { className: 'category-row' }, [el('th', { scope: 'rowgroup', colSpan: frameworks.length + 1 }, ['Versions and support'])]),
  ]);
  for (const row of lifecycleFacts(frameworks, today())) {
    lifecycle.append(
      el('tr', {}, [el('th', { scope: 'row' }, [row.label]), ...row.cells.map((text) => el('td', {}, [el('p', { className: 'm-0' }, [text])]))]),
    );
  }
  table.append(lifecycle);
  const box = el(
    'div',
    {
      className: `compare-box${frameworks.length > FIT_COLUMNS ? ' is-wide' : ''}`,
      tabIndex: 0,
      role: 'region',
      ariaLabel: `${caption} (scrolls sideways when it is wider than the screen)`,
    },
    [table],
  );
  box.dataset.cols = String(frameworks.length);
  const out: HTMLElement[] = [el('p', { className: 'scroll-hint' }, ['Scroll the table sideways to see every framework.']), box];
  const hiddenNote = `${plural(hidden, 'feature')} with the same support everywhere ${hidden === 1 ? 'is' : 'are'} hidden.`;
  if (onlyDifferences) out.push(el('p', { className: 'text-sm text-muted' }, [hiddenNote]));
  const summary = `Comparing ${plural(frameworks.length, 'framework')}: ${frameworks.map((f) => f.name).join(', ')}.${onlyDifferences ? ` ${hiddenNote}` : ''}`;
  return { nodes: out, summary };
}
