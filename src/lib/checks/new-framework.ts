/**
 * The starting file for a new framework (`npm run new -- <slug>`): every field to fill, every
 * feature as `unknown`. Empty values are left empty on purpose, so `npm run check:content` lists
 * exactly what is still to do and nothing unverified can reach the site.
 */
export function newFrameworkFile(featureIds: readonly string[], today: string): string {
  const features = featureIds.map((id) => `  ${id}:\n    level: unknown\n    notes: Not verified yet.`).join('\n');
  return `---
# Every field is documented in src/lib/model/schema.ts; the level rules are in content/data-rules.md.
# Fill each empty value, then run: npm run check:content
name: ""
aliases: []
tagline: ""
kind: framework # framework | microframework | runtime | language
languages: []
license: "" # SPDX id, from the LICENSE file, e.g. MIT
firstReleased: # year of the first public release, e.g. 2014
latestVersion: "" # newest stable release, quoted, e.g. "1.2.3"
versionCheck:
  date: ${today}
  source: "" # release notes, tag or registry page showing latestVersion
registry: "" # where the framework's main artifact is published, e.g. "pypi:django", "npm:express", "maven:io.quarkus:quarkus-core"
repository: ""
firstPartyPackages: [] # what its organisation publishes, by owner: "npm:@scope/*", "maven:group.id:*", "crates:full-name"
website: ""
creator: ""
maintainer: ""
architecture: ""
strengths: []
tradeoffs: []
notableUsers: [] # only with a first-party source from the last five years: { name, source, year }
notableUsersNote: "" # when the list is empty: what the project publishes about its users
sources: []
lastVerified: "" # the day you checked every fact, YYYY-MM-DD
features:
${features}
---

## Overview

Two or three short paragraphs in your own words: what it is, how an app is structured, what it suits.

## A first route

One sentence, then a code block answering \`GET /hello/{name}\` with JSON.
`;
}
