/**
 * The key facts of a framework, in display order: one list feeds the profile's fact list and the
 * side-by-side facts of pair and compare pages, so both always say the same thing the same way.
 */
import { formatDate } from '../shared/format.ts';
import type { FrameworkData } from '../model/schema.ts';
import { KIND_LABELS } from '../model/vocab.ts';
import { parseCoordinate, REGISTRY_LABELS } from '../model/registry.ts';

/** "django on PyPI", from a framework's registry coordinate. */
function published(coordinate: string): string {
  const c = parseCoordinate(coordinate);
  return typeof c === 'string' ? coordinate : `${c.name} on ${REGISTRY_LABELS[c.registry]}`;
}

export interface KeyFact {
  /** Row label; gets every framework shown so it can say "Language" or "Languages". */
  label: (shown: readonly FrameworkData[]) => string;
  /** The fact as text. */
  text: (d: FrameworkData) => string;
  /** Where the fact links to on a profile, if anywhere. */
  href?: (d: FrameworkData) => string;
  /** Machine-readable date for a <time> element. */
  datetime?: (d: FrameworkData) => string;
  /** Also shown in side-by-side comparisons. */
  compare: boolean;
  /** The fact in a side-by-side table, where dates are explained once under the table (default: `text`). */
  sideBySide?: (d: FrameworkData) => string;
}

const fixed = (text: string) => () => text;
const bare = (url: string) => url.replace(/^https:\/\//, '').replace(/\/$/, '');

export const KEY_FACTS: readonly KeyFact[] = [
  { label: fixed('Kind'), text: (d) => KIND_LABELS[d.kind] + (d.scope ? ` (${d.scope})` : ''), compare: true },
  { label: (shown) => (shown.some((d) => d.languages.length > 1) ? 'Languages' : 'Language'), text: (d) => d.languages.join(', '), compare: true },
  {
    label: fixed('License'),
    text: (d) => d.license,
    href: (d) => (/\s/.test(d.license) ? 'https://spdx.org/licenses/' : `https://spdx.org/licenses/${d.license}.html`),
    compare: true,
  },
  { label: fixed('First released'), text: (d) => String(d.firstReleased), compare: true },
  {
    label: fixed('Latest stable'),
    text: (d) => `${d.latestVersion} (as of ${formatDate(d.versionCheck.date)})`,
    href: (d) => d.versionCheck.source,
    compare: true,
    sideBySide: (d) => d.latestVersion,
  },
  { label: fixed('Published as'), text: (d) => published(d.registry), compare: false },
  { label: fixed('Architecture'), text: (d) => d.architecture, compare: true },
  { label: fixed('Created by'), text: (d) => d.creator, compare: false },
  { label: fixed('Maintained by'), text: (d) => d.maintainer, compare: true },
  { label: fixed('Repository'), text: (d) => bare(d.repository), href: (d) => d.repository, compare: false },
  { label: fixed('Website'), text: (d) => bare(d.website), href: (d) => d.website, compare: false },
  { label: fixed('Last verified'), text: (d) => formatDate(d.lastVerified), datetime: (d) => d.lastVerified.toISOString().slice(0, 10), compare: true },
];

/**
 * The sentence under a side-by-side facts table that gives the dates once: when the latest
 * versions were read from the registries, and what "Last verified" means.
 */
export function factDatesNote(shown: readonly FrameworkData[]): string {
  const days = [...new Set(shown.map((d) => d.versionCheck.date.getTime()))].sort((a, b) => a - b).map((t) => formatDate(new Date(t)));
  const read = days.length === 1 ? `on ${days[0]}` : `between ${days[0]} and ${days[days.length - 1]}`;
  return `Latest versions were read from each registry ${read}. “Last verified” is the day someone last checked every statement in that profile against the framework's own docs.`;
}
