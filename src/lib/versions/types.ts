/**
 * Shared types of the registry clients behind `npm run check:versions`. Each registry has one
 * small module in this folder exporting a `RegistryClient`; `clients.ts` maps registry ids to them.
 */

/** The subset of `fetch` the clients use, so tests can pass recorded answers instead of the network. */
export type FetchLike = (url: string, init?: RequestInit) => Promise<Response>;

/** The newest stable release a registry reports. */
export interface Release {
  /** Version as people write it: no leading "v", no platform suffix ("1.26.8", "3.40.1.2"). */
  version: string;
  /** When it was published, ISO 8601, when the registry says (the crates.io index and NuGet's flat container may not). */
  date?: string;
  /** The authors' deprecation message, when the registry carries one (npm "deprecated", Packagist "abandoned"). */
  deprecated?: string;
  /** The registry's own spelling when it differs from `version` ("v13.1.0", "bun-v1.3.2"); used for page links. */
  tag?: string;
}

/** The registry could not be asked or gave no usable answer; `unreachable` reads "<host>: <reason>". */
export interface Unreachable {
  unreachable: string;
}

export type Lookup = Release | Unreachable;

/** One registry: how to find a package's newest stable release, and the public page of a release. */
export interface RegistryClient {
  /** Ask the registry; never rejects (failures come back as `Unreachable`). */
  latest(name: string, fetch: FetchLike): Promise<Lookup>;
  /** The registry's public web page for that release, for `versionCheck.source`. */
  page(name: string, release: Release): string;
  /**
   * Every stable version the registry lists (no pre-releases, nothing yanked or retired), as
   * people write them, for the per-series check. Absent where the registry answers only with
   * its newest release (GitHub's "latest release").
   */
  versions?(name: string, fetch: FetchLike): Promise<string[] | Unreachable>;
}

export function isUnreachable(lookup: Lookup): lookup is Unreachable {
  return 'unreachable' in lookup;
}
