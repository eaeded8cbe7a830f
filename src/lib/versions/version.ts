/**
 * Version strings across registries: which are stable, and how two compare. Comparison is
 * numeric, part by part ("3.40.1" < "3.40.1.2" < "3.41"); a missing part counts as 0.
 */

/**
 * Stable: numbers separated by dots, optionally "v" first, a Maven release qualifier
 * (".Final", ".RELEASE", ".GA"), a PyPI post-release (".post1") or build metadata ("+build.5").
 * Anything else is a pre-release: "-alpha.1", "6.1rc1", "3.39.0.CR1", "4.2.0-M1",
 * "1.0-SNAPSHOT", "2.0.dev3", "0.0.0-canary-…", "1.0.0-next.3", "10.0.0-preview.7".
 * Four-part versions ("3.40.1.2") are stable. Go's "+incompatible" is the Go client's business.
 */
export function isStable(version: string): boolean {
  const core = version.replace(/\+[0-9A-Za-z.-]+$/, '');
  return /^v?\d+(\.\d+)*(?:[.-](?:Final|RELEASE|GA)|\.post\d+)?$/i.test(core);
}

/** The leading numbers of a version: "v1.12.0" → [1, 12, 0], "6.1rc1" → [6, 1], "22.x" → [22]. */
export function numericParts(version: string): number[] {
  const m = /^v?(\d+(?:\.\d+)*)/.exec(version.trim());
  return m ? m[1]!.split('.').map(Number) : [];
}

/** Negative when a < b, positive when a > b, 0 when their numbers are equal ("6.1" = "6.1.0"). */
export function compareVersions(a: string, b: string): number {
  const x = numericParts(a);
  const y = numericParts(b);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** The highest stable version in the list, or undefined when there is none. */
export function newestStable(versions: Iterable<string>, stable: (v: string) => boolean = isStable): string | undefined {
  let best: string | undefined;
  for (const v of versions) if (stable(v) && (best === undefined || compareVersions(v, best) > 0)) best = v;
  return best;
}

/** Drop a leading "v" ("v1.12.0" → "1.12.0"). */
export function plain(version: string): string {
  return version.replace(/^v(?=\d)/, '');
}
