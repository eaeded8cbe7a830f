/** Registry id → client, and the two questions the check asks of a coordinate ("pypi:django"). */
import { parseCoordinate, type Registry } from '../model/registry.ts';
import { crates } from './crates.ts';
import { github } from './github.ts';
import { go } from './go.ts';
import { hex } from './hex.ts';
import { jsr } from './jsr.ts';
import { maven } from './maven.ts';
import { npm } from './npm.ts';
import { nuget } from './nuget.ts';
import { packagist } from './packagist.ts';
import { pypi } from './pypi.ts';
import { rubygems } from './rubygems.ts';
import type { FetchLike, Lookup, RegistryClient, Release, Unreachable } from './types.ts';

export const CLIENTS: Record<Registry, RegistryClient> = { npm, jsr, pypi, crates, go, maven, rubygems, packagist, hex, nuget, github };

/** Ask the coordinate's registry for its newest stable release; a malformed coordinate is reported, not thrown. */
export async function latestOf(coordinate: string, fetch: FetchLike): Promise<Lookup> {
  const c = parseCoordinate(coordinate);
  if (typeof c === 'string') return { unreachable: `"${coordinate}" is not ${c}` };
  return CLIENTS[c.registry].latest(c.name, fetch);
}

/** Every stable version of the coordinate, or why they could not be listed. */
export async function versionsOf(coordinate: string, fetch: FetchLike): Promise<string[] | Unreachable> {
  const c = parseCoordinate(coordinate);
  if (typeof c === 'string') return { unreachable: `"${coordinate}" is not ${c}` };
  const client = CLIENTS[c.registry];
  return client.versions ? client.versions(c.name, fetch) : { unreachable: `${c.registry}: the registry answers with its newest release only` };
}

/** The registry's public page for a release of the coordinate ("https://pypi.org/project/django/6.1.3/"). */
export function pageOf(coordinate: string, release: Release): string {
  const c = parseCoordinate(coordinate);
  if (typeof c === 'string') throw new Error(`"${coordinate}" is not ${c}`);
  return CLIENTS[c.registry].page(c.name, release);
}
