/**
 * Shape of the public dataset (/data/frameworks.json, /data/features.json). Built from the same
 * collections as the pages; the field names are a public contract: add, never rename.
 */
import { urls } from './urls.ts';
import type { FeatureData, FrameworkData, Support } from '../model/schema.ts';
import type { Level } from '../model/vocab.ts';
import { staleReason } from './stale.ts';
import { toLifecycle, type LifecyclePolicy, type LifecycleRelease } from './lifecycle.ts';
import { isDormant, isPartial, requirementsText, supportRank } from './support.ts';

/**
 * A support statement as published, with whether it is stale (see src/lib/shared/stale.ts) and
 * why, and, for cells that name a package, whether that package is dormant on the build day (a
 * dormant package makes the cell partial at best: see src/lib/shared/support.ts).
 */
export type ExportedSupport = Support & { stale: boolean; staleReason?: string; dormant?: boolean };

/** A framework's code for one task (see content/snippets/): the files as tested, and whether CI ran them. */
export interface ExportedSnippet {
  task: string;
  language: string;
  files: { name: string; code: string }[];
  /** Packages the feature needs beyond the framework (none for built-in cells). */
  packages: string[];
  /** Packages needed only to serve or compile the app. */
  host: string[];
  /** true: executed by `npm run test:snippets` in CI; false: parsed only. */
  tested: boolean;
  /** The framework version the snippet's lockfile pins (the version tested when `tested`). */
  version: string;
  /** Why a snippet is not executed, when that is not just its language. */
  reason?: string;
  /** For a snippet parsed, not executed: the parser that checked it ("PHP's own parser (php -l)"). */
  parsedBy?: string;
}

export interface ExportedFramework extends Omit<FrameworkData, 'lastVerified' | 'versionCheck' | 'features' | 'releases' | 'releasePolicy'> {
  slug: string;
  url: string;
  /** YYYY-MM-DD */
  lastVerified: string;
  versionCheck: { date: string; source: string };
  /** Release series, newest first, every date as YYYY-MM-DD (see `releaseSchema`); left out while not recorded. */
  releases?: LifecycleRelease[] | undefined;
  /** How the project states which versions get fixes: `published` with its `url`, or `none`. */
  releasePolicy?: LifecyclePolicy | undefined;
  features: Record<string, ExportedSupport>;
  /** Code for the snippet tasks, in task order. */
  snippets: ExportedSnippet[];
}

const day = (d: Date) => d.toISOString().slice(0, 10);

/** One framework as published: slug, profile URL, every fact, and a clean features map. */
export function exportFramework(
  slug: string,
  data: FrameworkData,
  site: URL | string,
  snippets: ExportedSnippet[] = [],
  now: Date = new Date(),
): ExportedFramework {
  const features: Record<string, ExportedSupport> = {};
  for (const [id, cell] of Object.entries(data.features)) {
    const clean = Object.fromEntries(Object.entries(cell).filter(([, v]) => v !== undefined)) as Support;
    const reason = staleReason(data, cell, now);
    features[id] = {
      ...clean,
      stale: reason !== null,
      ...(reason ? { staleReason: reason } : {}),
      ...(cell.maintenance ? { dormant: isDormant(cell, now) } : {}),
    };
  }
  // Dates become YYYY-MM-DD strings; empty optional fields are left out.
  const { releases, releasePolicy, ...rest } = data;
  return {
    slug,
    url: new URL(urls.profile(slug), site).href,
    ...rest,
    lastVerified: day(data.lastVerified),
    versionCheck: { date: day(data.versionCheck.date), source: data.versionCheck.source },
    ...(releases ? { releases: toLifecycle(releases)! } : {}),
    ...(releasePolicy
      ? { releasePolicy: { kind: releasePolicy.kind, ...(releasePolicy.url ? { url: releasePolicy.url } : {}), summary: releasePolicy.summary } }
      : {}),
    features,
    snippets,
  };
}

export interface ExportedFeature extends FeatureData {
  id: string;
  url: string;
}

export function exportFeature(id: string, data: FeatureData, site: URL | string): ExportedFeature {
  return { id, url: new URL(urls.feature(id), site).href, ...data };
}

/** One framework's answer for a feature, as /data/features/<id>.json lists it. */
export interface FeatureAnswerRow {
  slug: string;
  name: string;
  level: Level;
  /** The framework's languages and kind, so a reader (or search) can narrow the answers. */
  languages: readonly string[];
  kind: string;
  /** Partial support, authored or because the package is dormant. */
  partial?: true;
  /** The conditions in words ("Cargo feature ws"). */
  needs?: string;
  package?: string;
}

export interface ExportedFeatureAnswers extends ExportedFeature {
  /** Every framework's answer, strongest support first, then by name. */
  answers: FeatureAnswerRow[];
}

export function featureAnswers(
  id: string,
  data: FeatureData,
  cells: readonly { slug: string; name: string; languages: readonly string[]; kind: string; cell: Support }[],
  site: URL | string,
  now: Date = new Date(),
): ExportedFeatureAnswers {
  const answers = [...cells]
    .sort((a, b) => supportRank(a.cell, now) - supportRank(b.cell, now) || a.name.localeCompare(b.name, 'en'))
    .map(({ slug, name, languages, kind, cell }): FeatureAnswerRow => {
      const needs = requirementsText(cell);
      return {
        slug,
        name,
        level: cell.level,
        languages,
        kind,
        ...(isPartial(cell, now) ? { partial: true as const } : {}),
        ...(needs ? { needs } : {}),
        ...(cell.package ? { package: cell.package } : {}),
      };
    });
  return { ...exportFeature(id, data, site), answers };
}
