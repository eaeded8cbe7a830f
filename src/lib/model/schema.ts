/**
 * The data model of Backend Atlas. This file is the documentation of the data: every field a
 * content author can write is declared here with a comment saying what it means.
 *
 * Rules that a schema cannot express (slug format, unique names, evidence hosts…) live in
 * `src/lib/checks/lint/`, one rule per file; `src/lib/checks/lint/index.ts` lists them.
 */
import { z } from 'astro/zod';
import spdxIds from 'spdx-license-ids/index.json' with { type: 'json' };
import { CATEGORY_IDS } from './categories.ts';
import { parseIsoDate } from './dates.ts';

import { KINDS, LEVELS, REQUIREMENT_KINDS } from './vocab.ts';
import { parseCoordinate, parseOwnerPattern } from './registry.ts';

export { KINDS, LEVELS, REQUIREMENT_KINDS, type Kind, type Level, type RequirementKind } from './vocab.ts';

const SPDX = new Set<string>(spdxIds);

/** An SPDX id ("MIT") or an expression of ids joined by OR / AND ("MIT OR Apache-2.0"). */
export function isSpdxLicense(text: string): boolean {
  const terms = text
    .replace(/[()]/g, ' ')
    .trim()
    .split(/\s+(?:OR|AND)\s+/);
  return terms.length > 0 && terms.every((t) => SPDX.has(t.trim()));
}

/** Longest URL the atlas accepts: real documentation links are far shorter. */
export const MAX_URL_LENGTH = 500;

/**
 * An absolute https URL a reader can open: no user name or password in it, no spaces or control
 * characters (a newline would split the link), at most 500 characters.
 */
export const httpsUrl = z
  .string({ error: 'expected an absolute https:// URL, such as https://example.org/page' })
  .max(MAX_URL_LENGTH, { error: `expected a URL of at most ${MAX_URL_LENGTH} characters` })
  .regex(/^[^\s\p{Cc}\p{Cf}]*$/u, { error: 'expected a URL without spaces, line breaks or invisible characters' })
  .pipe(z.url({ protocol: /^https$/, error: 'expected an absolute https:// URL, such as https://example.org/page' }))
  .refine((url) => !URL.canParse(url) || (new URL(url).username === '' && new URL(url).password === ''), {
    error: 'expected a URL without a user name or password in it',
  });

/** Text shown as a name: no invisible characters (zero-width spaces, direction marks) that would make two names look alike. */
export const visibleText = z
  .string()
  .min(1)
  .regex(/^[^\p{Cc}\p{Cf}]*$/u, { error: 'expected text without invisible characters (zero-width spaces, direction marks or control characters): retype it' });

/** A real calendar day written as YYYY-MM-DD, no later than the build day (see src/lib/model/dates.ts). */
const isoDate = z.unknown().transform((value, ctx) => {
  const date = parseIsoDate(value);
  if (typeof date === 'string') {
    ctx.addIssue({ code: 'custom', message: `expected ${date}`, input: value });
    return z.NEVER;
  }
  return date;
});

/** A registry package name, or a prefix ending in "/", "-", "_" or "." that covers a family of them. */
const packageName = z.string().regex(/^\S{2,}$/, { error: 'expected a package name or prefix without spaces, e.g. "@fastify/" or "multer"' });

/** A package coordinate `<registry>:<name>`, e.g. "pypi:django" (see src/lib/model/registry.ts). */
export const coordinate = z.string().superRefine((text, ctx) => {
  const parsed = parseCoordinate(text);
  if (typeof parsed === 'string') ctx.addIssue({ code: 'custom', message: `expected ${parsed}` });
});

/** A firstPartyPackages entry: a full coordinate, or an owner namespace followed by `*` ("npm:@fastify/*"). */
const ownerPattern = z.string().superRefine((text, ctx) => {
  const parsed = parseOwnerPattern(text);
  if (typeof parsed === 'string') ctx.addIssue({ code: 'custom', message: `expected ${parsed}` });
});

/** A month written YYYY-MM, no later than the build month. */
const isoMonth = z.string({ error: 'expected a month written as YYYY-MM in quotes, e.g. "2025-11"' }).superRefine((text, ctx) => {
  const m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(text);
  if (!m) ctx.addIssue({ code: 'custom', message: 'expected a month written as YYYY-MM in quotes, e.g. "2025-11"' });
  else if (text > new Date().toISOString().slice(0, 7))
    ctx.addIssue({ code: 'custom', message: `expected a month no later than ${new Date().toISOString().slice(0, 7)}` });
});

/** A condition a reader must meet to get the feature at the stated level. */
const requirementSchema = z
  .object({
    /**
     * `cargo-feature`: a non-default Cargo feature (axum's `ws`). `extra`: a pip or Composer extra
     * (`litestar[standard]`). `generator-option`: a new-project option (`vapor new -n`).
     * `runtime`: a particular runtime (Elysia on Bun). `server`: an external server (Redis).
     * `setting`: a configuration switch that is off by default.
     */
    kind: z.enum(REQUIREMENT_KINDS, { error: `expected one of ${REQUIREMENT_KINDS.join(', ')}` }),
    /** What to enable or run, as written in code or config: "ws", "standard", "-n", "Bun", "Redis". */
    name: z.string().min(1).max(80),
    /** Anything else the reader must know, in a few words. */
    note: z.string().min(1).max(200).optional(),
  })
  .strict();
export type Requirement = z.infer<typeof requirementSchema>;

/**
 * Where the named package of an official or community cell is published and whether it is kept
 * up. A package deprecated by its authors or without a release for 24 months is "dormant", and a
 * cell whose package is dormant counts as partial at best (src/lib/shared/support.ts).
 */
const maintenanceSchema = z
  .object({
    /** The package's coordinate, e.g. "crates:tower-sessions": what `npm run check:versions` asks about. */
    registry: coordinate,
    /** Month of the package's newest release, from its registry (or its repository's tags where the registry is out of reach), YYYY-MM. */
    lastRelease: isoMonth,
    /** The authors' own words when they have deprecated the package, e.g. "archived; use tower-sessions". */
    deprecated: z.string().min(1).optional(),
  })
  .strict();
export type Maintenance = z.infer<typeof maintenanceSchema>;

/** A year between 1970 and the build year. */
const year = z
  .number({ error: 'expected a year as a number, e.g. 2005' })
  .int({ error: 'expected a whole year, e.g. 2005' })
  .min(1970, { error: 'expected a year from 1970 on' })
  .max(new Date().getUTCFullYear(), { error: `expected a year no later than ${new Date().getUTCFullYear()}` });

/** A version string such as "5.2" or "22.x". Quote it in YAML so 5.10 does not become 5.1. */
const version = z.string({ error: 'expected a version string in quotes, such as "5.2"' }).regex(/^v?\d+(\.(\d+|x))*([-.+][0-9A-Za-z.]+)?$/, {
  error: 'expected a version such as "5.2", "1.8.0" or "22.x"',
});

/** A real calendar day written as YYYY-MM-DD that may lie in the future (an announced end of support). */
const plannedDate = z.unknown().transform((value, ctx) => {
  const date = parseIsoDate(value, '9999-12-31');
  if (typeof date === 'string') {
    ctx.addIssue({ code: 'custom', message: `expected ${date}`, input: value });
    return z.NEVER;
  }
  return date;
});

/**
 * One release series: the unit a framework's support policy speaks of (Django "5.2", Node.js
 * "24", Spring Boot "3.5", Go "1.26", .NET "10"). Dates come from the framework's own release
 * pages; the series list is newest first (checked in the framework schema).
 */
export const releaseSchema = z
  .object({
    /** The series as the project names it: "5.2", "24", "1.26". */
    series: z.string().regex(/^v?\d+(\.\d+)*$/, { error: 'expected a series such as "5.2", "24" or "1.26"' }),
    /** Day the series' first stable release came out. */
    releaseDate: isoDate,
    /** Newest patch release in the series, e.g. "5.2.8"; it must belong to the series. */
    latest: version,
    /** End of bug fixes (active support), when the policy separates it from security support. */
    activeSupportUntil: plannedDate.optional(),
    /** End of security fixes: the series' end of life. Left out while the project has not announced it. */
    securitySupportUntil: plannedDate.optional(),
    /** A long-term-support series: true, or the day it became LTS (Node.js even releases). */
    lts: z.union([z.boolean(), isoDate]).optional(),
    /** Language or runtime versions the series supports, as the project states them: ["Python 3.12–3.14"]. */
    runtimes: z.array(z.string().min(1).max(60)).max(6).optional(),
    /** Where sources disagree on a date, or anything else a reader must know about this series. */
    note: z.string().min(1).max(300).optional(),
  })
  .strict()
  .superRefine((r, ctx) => {
    const before = (field: 'activeSupportUntil' | 'securitySupportUntil', other: Date, what: string) => {
      const d = r[field];
      if (d && d.getTime() < other.getTime())
        ctx.addIssue({ code: 'custom', path: [field], message: `expected a date on or after ${what} (${other.toISOString().slice(0, 10)})` });
    };
    before('activeSupportUntil', r.releaseDate, 'the release date');
    before('securitySupportUntil', r.releaseDate, 'the release date');
    if (r.activeSupportUntil) before('securitySupportUntil', r.activeSupportUntil, 'the end of active support');
    const series = r.series.replace(/^v/, '');
    const latest = r.latest.replace(/^v/, '');
    if (latest !== series && !latest.startsWith(`${series}.`))
      ctx.addIssue({ code: 'custom', path: ['latest'], message: `expected a release of the ${r.series} series, such as "${series}.0"` });
  });
export type Release = z.infer<typeof releaseSchema>;

/** How a framework says which versions it supports. */
export const releasePolicySchema = z
  .object({
    /** `published`: the project has a written support policy (give its `url`). `none`: it has not; say what is maintained in `summary`. */
    kind: z.enum(['published', 'none'], { error: 'expected published or none' }),
    /** The framework's own page that states the policy. Required when `kind` is published. */
    url: httpsUrl.optional(),
    /** One line on the cadence and support, in the atlas' words: "A feature release every eight months; every third is LTS with three years of security fixes." */
    summary: z.string().min(20).max(300),
  })
  .strict()
  .superRefine((p, ctx) => {
    if (p.kind === 'published' && !p.url) ctx.addIssue({ code: 'custom', path: ['url'], message: 'expected the URL of the page that states the policy' });
  });
export type ReleasePolicy = z.infer<typeof releasePolicySchema>;

/** One entry of the `features` collection (content/features.yaml). */
export const featureSchema = z.object({
  /** Display name, e.g. "ORM". */
  name: visibleText.max(60),
  /** Group the feature is listed under; ids and labels live in src/lib/model/categories.ts. */
  category: z.enum(CATEGORY_IDS, { error: `expected one of ${CATEGORY_IDS.join(', ')}` }),
  /** One sentence saying what the feature lets you do, in plain words. */
  description: z.string().min(10).max(160),
  /** Other names people search for: generic synonyms and well-known package names. Feeds search. */
  aliases: z.array(visibleText.max(60)).default([]),
});
export type FeatureData = z.infer<typeof featureSchema>;

/**
 * How one framework supports one feature. Conditional requirements (package for official and
 * community, evidence unless none or unknown…) are checked in `superRefine` so that each error
 * points at the exact field.
 */
export const supportSchema = z
  .object({
    /**
     * `built-in`: works in a new project made the framework's standard way.
     * `official`: a first-party package from the same project or organisation.
     * `community`: a named third-party package.
     * `none`: no support worth naming.
     * `unknown`: not verified yet; shown as such, never guessed.
     */
    level: z.enum(LEVELS, { error: `expected one of ${LEVELS.join(', ')}` }),
    /** The package, module or namespace that provides it. Required for official and community. */
    package: z.string().min(1).optional(),
    /**
     * The feature is there but covers only part of its description (a scheduler without a queue
     * for background jobs, a bare token bucket for rate limiting). `notes` must say what is missing.
     */
    partial: z.boolean().optional(),
    /** Conditions a reader must meet to get the feature at this level: a Cargo feature, an extra, a runtime, a server. */
    requires: z.array(requirementSchema).min(1).max(6).optional(),
    /** Registry and upkeep of the named package. Required for official and community cells. */
    maintenance: maintenanceSchema.optional(),
    /** What a reader must know: what a partial cell lacks, a catch, a common alternative. Required for unknown and partial. */
    notes: z.string().min(1).optional(),
    /** URL of the docs page or repository that proves the claim. Required unless none or unknown. */
    evidence: httpsUrl.optional(),
    /** The framework version the claim was checked against. Required unless unknown. */
    version: version.optional(),
  })
  .strict()
  .superRefine((cell, ctx) => {
    const need = (field: 'package' | 'notes' | 'evidence' | 'version', why: string) => {
      if (cell[field] === undefined) ctx.addIssue({ code: 'custom', path: [field], message: why });
    };
    if (cell.level === 'official' || cell.level === 'community') {
      need('package', `expected the name of the ${cell.level} package`);
    }
    if (cell.level !== 'none' && cell.level !== 'unknown') {
      need('evidence', `expected an evidence URL proving "${cell.level}" support`);
    }
    if (cell.level !== 'unknown') {
      need('version', 'expected the version this was checked against, e.g. "5.2"');
    }
    if (cell.level === 'unknown') {
      need('notes', 'expected a note saying what could not be verified');
    }
    if (cell.partial) need('notes', 'expected a note saying what the partial support lacks');
    if (cell.partial !== undefined && (cell.level === 'none' || cell.level === 'unknown')) {
      ctx.addIssue({
        code: 'custom',
        path: ['partial'],
        message: `expected no partial flag on a "${cell.level}" cell (partial qualifies built-in, official or community)`,
      });
    }
    if (cell.requires && (cell.level === 'none' || cell.level === 'unknown')) {
      ctx.addIssue({ code: 'custom', path: ['requires'], message: `expected no conditions on a "${cell.level}" cell` });
    }
    if (cell.maintenance && cell.level !== 'official' && cell.level !== 'community') {
      ctx.addIssue({
        code: 'custom',
        path: ['maintenance'],
        message: `expected maintenance only on official or community cells (this one is "${cell.level}"): built-in features ship with the framework`,
      });
    }
  });
export type Support = z.infer<typeof supportSchema>;

/** A person or organisation reported to use the framework, with a source a reader can check. */
const notableUserSchema = z
  .object({
    /** Organisation name, e.g. "Instagram". */
    name: z.string().min(1),
    /** Public page where the organisation (or the framework's maintainers) say so. */
    source: httpsUrl,
    /** What they use it for, if the source says. */
    note: z.string().optional(),
    /** Year the source was published or last updated; claims older than five years need a newer source (lint notable-users). */
    year: year.optional(),
  })
  .strict();

/** A document the profile relied on: license file, release notes, official docs. */
const sourceSchema = z
  .object({
    /** Link text, e.g. "Django 5.2 release notes". */
    title: z.string().min(1),
    /** Where it lives. */
    url: httpsUrl,
  })
  .strict();

/**
 * Frontmatter of `content/frameworks/<slug>.mdx`. The file name is the slug and part of public URLs.
 * `featureIds` are the ids of content/features.yaml, the only keys `features` may have, so a typo in
 * a feature id fails the check; without them (the collection's type only) any id is accepted.
 */
export function frameworkSchema(featureIds?: readonly [string, ...string[]]) {
  return z
    .object({
      /** Display name, e.g. "Ruby on Rails". */
      name: visibleText.max(60),
      /** Other names people search for, e.g. [golang] for Go or [RoR] for Rails. Feeds search; never another framework's name (lint names-unique). */
      aliases: z.array(visibleText.max(60)).default([]),
      /** One sentence for cards, search results and link previews. */
      tagline: z.string().min(20).max(200),
      /** What kind of thing this is (framework, microframework, runtime, language). */
      kind: z.enum(KINDS, { error: `expected one of ${KINDS.join(', ')}` }),
      /** What exactly the profile covers when it is not a framework, e.g. "Go with net/http". */
      scope: z.string().min(1).optional(),
      /** Programming languages you write applications in, e.g. [Python]. */
      languages: z.array(z.string().min(1)).min(1),
      /**
       * License as an SPDX identifier (https://spdx.org/licenses/), e.g. "MIT", "BSD-3-Clause", or
       * an SPDX expression for a choice of licenses, e.g. "MIT OR Apache-2.0".
       */
      license: z.string().refine(isSpdxLicense, {
        error: 'expected an SPDX license identifier such as MIT, Apache-2.0 or BSD-3-Clause, or an expression such as "MIT OR Apache-2.0"',
      }),
      /** Year of the first public release: the first tagged or announced public version, not the year work began. */
      firstReleased: year,
      /** Latest stable release at `lastVerified`, e.g. "5.2.8". */
      latestVersion: version,
      /** Where and when `latestVersion` was confirmed: a first-party release page or registry entry. */
      versionCheck: z
        .object({
          /** Day the version was checked, YYYY-MM-DD. */
          date: isoDate,
          /** Release notes, tag page, changelog or registry page that shows `latestVersion`. */
          source: httpsUrl,
        })
        .strict(),
      /**
       * Where the framework's own main artifact is published, as a coordinate: "pypi:django",
       * "maven:org.springframework.boot:spring-boot", "go:github.com/gin-gonic/gin",
       * "github:nodejs/node". `npm run check:versions` reads `latestVersion` from it.
       */
      registry: coordinate,
      /** Source repository. */
      repository: httpsUrl,
      /**
       * Hosts besides the website and the repository's GitHub organisation whose pages are the
       * framework's own (or its runtime's or standard library's) documentation, accepted as evidence
       * for built-in and official cells: e.g. "pkg.go.dev", "nodejs.org", "github.com/gin-contrib".
       */
      evidenceHosts: z
        .array(z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}(\/[A-Za-z0-9_.-]+)?$/, { error: 'expected a host such as "pkg.go.dev" or "github.com/<org>"' }))
        .default([]),
      /**
       * Packages the framework's own organisation publishes, by owner: a namespace the registry ties
       * to that owner followed by `*` ("npm:@fastify/*", "maven:io.quarkus:*", "go:github.com/gin-contrib/*",
       * "packagist:laravel/*", "nuget:Microsoft.*"), or full coordinates where the registry has no
       * namespaces ("crates:axum-extra", "pypi:channels"). Never a name prefix: anyone can publish
       * `axum-login`. An official cell's `maintenance.registry` must match one (lint packages-first-party).
       */
      firstPartyPackages: z.array(ownerPattern).default([]),
      /**
       * Third-party registry packages a new project gets without asking for them: installed by the
       * standard new-project command ("@vinejs/vine" in an AdonisJS app) or as a dependency of the
       * framework itself ("find-my-way" for Fastify). A built-in cell may name these too.
       */
      starterPackages: z.array(packageName).default([]),
      /** Official website or documentation home. */
      website: httpsUrl,
      /** Who created it (people or company). */
      creator: z.string().min(1),
      /** Who maintains it now. */
      maintainer: z.string().min(1),
      /** Architectural style in a few words, e.g. "MVC", "MTV", "functional, Plug pipeline". */
      architecture: z.string().min(1),
      /** Strengths in the atlas' own words (rendered as a list). */
      strengths: z.array(z.string().min(1)).min(1),
      /** Trade-offs in the atlas' own words (rendered as a list). */
      tradeoffs: z.array(z.string().min(1)).min(1),
      /** Organisations reported to use it, each with a checkable source. */
      notableUsers: z.array(notableUserSchema).default([]),
      /** Required when `notableUsers` is empty: what the project publishes about its users, e.g. "The project publishes no list of users." */
      notableUsersNote: z.string().min(10).max(300).optional(),
      /** Documents the profile's facts come from (license, releases, docs). */
      sources: z.array(sourceSchema).min(1),
      /** Date a person last checked every fact on the profile. */
      lastVerified: isoDate,
      /** How the project decides which versions get fixes, with the page that says so (or `kind: none`). */
      releasePolicy: releasePolicySchema.optional(),
      /** Release series, newest first: at least every series supported today. */
      releases: z
        .array(releaseSchema)
        .min(1)
        .superRefine((list, ctx) => {
          list.forEach((r, i) => {
            const prev = list[i - 1];
            if (prev && prev.releaseDate.getTime() < r.releaseDate.getTime())
              ctx.addIssue({
                code: 'custom',
                path: [i, 'releaseDate'],
                message: `expected series newest first: ${r.series} came out after ${prev.series}, so list it above`,
              });
            if (list.findIndex((o) => o.series === r.series) !== i)
              ctx.addIssue({ code: 'custom', path: [i, 'series'], message: `expected each series once (${r.series} is listed twice)` });
          });
        })
        .optional(),
      /**
       * Support for each feature id. Every id in content/features.yaml must appear (a missing one
       * is reported as such; write `level: unknown` with a note if it is not verified yet).
       */
      features: z.record(featureIds ? z.enum(featureIds, { error: 'expected a feature id from content/features.yaml' }) : z.string(), supportSchema),
    })
    .strict();
}
export type FrameworkData = z.infer<ReturnType<typeof frameworkSchema>>;

/** content/editorial.yaml: curated lists the site shows. */
export const editorialSchema = z
  .object({
    /** Pairs of framework slugs shown as common comparisons; each always gets a pair page. */
    commonComparisons: z.array(z.tuple([z.string().min(1), z.string().min(1)])),
    /** Queries offered on the search page when nothing matches. */
    searchSuggestions: z.array(z.string().min(1)).min(1),
  })
  .strict();
export type EditorialData = z.infer<typeof editorialSchema>;
