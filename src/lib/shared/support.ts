/**
 * What a support statement means beyond its level: partial support (authored, or because its only
 * package is dormant), the conditions it needs, and how directly it supports the feature. Pure and
 * browser-safe: pages, the export, /compare/, /find/ and search all use these, so "partial" and
 * "dormant" mean the same everywhere.
 */
import { LEVEL_INFO, levelRank } from '../model/levels.ts';
import { REQUIREMENT_LABELS, type Level, type RequirementKind } from '../model/vocab.ts';

/** A package with no release for this many months is dormant. */
export const DORMANT_MONTHS = 24;

/** The parts of a statement these rules read; authored cells and exported cells both fit. */
export interface SupportFacts {
  level: Level;
  partial?: boolean | undefined;
  requires?: readonly { kind: RequirementKind; name: string; note?: string | undefined }[] | undefined;
  maintenance?: { registry: string; lastRelease: string; deprecated?: string | undefined } | undefined;
  /** Set in the export, where the build has already decided it. */
  dormant?: boolean | undefined;
}

/** Whole months from `month` (YYYY-MM) to `now`. */
export function monthsSince(month: string, now: Date): number {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return (now.getUTCFullYear() - y) * 12 + (now.getUTCMonth() + 1 - m);
}

/** Why a cell's package is dormant (deprecated, or silent for 24 months), or null when it is kept up. */
export function dormantReason(cell: SupportFacts, now: Date = new Date()): string | null {
  const m = cell.maintenance;
  if (!m) return null;
  if (m.deprecated) return `deprecated by its authors: ${m.deprecated}`;
  if (monthsSince(m.lastRelease, now) >= DORMANT_MONTHS) return `no release since ${m.lastRelease}`;
  return null;
}

export function isDormant(cell: SupportFacts, now: Date = new Date()): boolean {
  return cell.dormant === true || dormantReason(cell, now) !== null;
}

/** Partial as authored, or because the cell's only package is dormant ("partial at best"). */
export function isPartial(cell: SupportFacts, now: Date = new Date()): boolean {
  if (cell.level === 'none' || cell.level === 'unknown') return false;
  return cell.partial === true || isDormant(cell, now);
}

/**
 * How directly a statement supports the feature, lower is better: each level, with its partial
 * form just below it (built-in, built-in partial, official, official partial, …).
 */
export function supportRank(cell: SupportFacts, now: Date = new Date()): number {
  return levelRank(cell.level) * 2 + (isPartial(cell, now) ? 1 : 0);
}

/** "Built-in", or "Built-in · partial". */
export function supportLabel(cell: SupportFacts, now: Date = new Date()): string {
  return `${LEVEL_INFO[cell.level].label}${isPartial(cell, now) ? ' · partial' : ''}`;
}

/** "Cargo feature ws; external server Redis", for the line under a level. */
export function requirementsText(cell: SupportFacts): string | null {
  if (!cell.requires?.length) return null;
  return cell.requires.map((r) => `${REQUIREMENT_LABELS[r.kind]} ${r.name}${r.note ? ` (${r.note})` : ''}`).join('; ');
}

/** Two statements say the same thing when level and partial agree. */
export function sameSupport(a: SupportFacts, b: SupportFacts, now: Date = new Date()): boolean {
  return a.level === b.level && isPartial(a, now) === isPartial(b, now);
}
