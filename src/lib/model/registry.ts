/**
 * Package coordinates: where a framework or a package is published, written `<registry>:<name>`
 * ("pypi:django", "npm:@fastify/websocket", "maven:io.quarkus:quarkus-rest",
 * "go:github.com/gin-contrib/sessions", "github:vapor/fluent"). One string names the package
 * exactly, so the version check can ask its registry and the lint can ask who owns it.
 *
 * Browser-safe: no dependencies.
 */

/** Registries the atlas knows, with what a name looks like in each and how its owners are told apart. */
export const REGISTRIES = ['npm', 'jsr', 'pypi', 'crates', 'go', 'maven', 'rubygems', 'packagist', 'hex', 'nuget', 'github'] as const;
export type Registry = (typeof REGISTRIES)[number];

/** How each registry is named in messages and on pages. */
export const REGISTRY_LABELS: Record<Registry, string> = {
  npm: 'npm',
  jsr: 'JSR',
  pypi: 'PyPI',
  crates: 'crates.io',
  go: 'Go module proxy',
  maven: 'Maven Central',
  rubygems: 'RubyGems',
  packagist: 'Packagist',
  hex: 'Hex',
  nuget: 'NuGet',
  github: 'GitHub releases',
};

/**
 * The part of a name that the registry itself ties to an owner, so that a pattern ending in `*`
 * after it ("npm:@fastify/*") proves ownership. Registries without namespaces (PyPI, crates.io,
 * RubyGems, Hex, unscoped npm) have none: anyone may publish `axum-login` or `rocket_csrf_token`,
 * so only full names prove ownership there.
 */
export const OWNER_NAMESPACE: Record<Registry, { pattern: RegExp; example: string } | null> = {
  npm: { pattern: /^@[a-z0-9][\w.-]*\/$/, example: 'npm:@fastify/*' },
  jsr: { pattern: /^@[a-z0-9][\w.-]*\/$/, example: 'jsr:@std/*' },
  maven: { pattern: /^[a-z][\w-]*(\.[\w-]+)+:$/, example: 'maven:io.quarkus:*' },
  go: { pattern: /^[a-z0-9.-]+\.[a-z]{2,}\/[\w.-]+\/$/, example: 'go:github.com/gin-contrib/*' },
  packagist: { pattern: /^[a-z0-9][\w.-]*\/$/, example: 'packagist:laravel/*' },
  // NuGet reserves ID prefixes for verified owners (Microsoft.*), so the prefix is the owner.
  nuget: { pattern: /^[A-Z][\w]*\.$/, example: 'nuget:Microsoft.*' },
  github: { pattern: /^[\w.-]+\/$/, example: 'github:vapor/*' },
  pypi: null,
  crates: null,
  rubygems: null,
  hex: null,
};

/** What a full package name looks like in each registry (checked after the `registry:` prefix). */
const NAME: Record<Registry, RegExp> = {
  npm: /^(@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*$/,
  jsr: /^@[a-z0-9][\w.-]*\/[a-z0-9][\w-]*$/,
  pypi: /^[A-Za-z0-9][\w.-]*$/,
  crates: /^[A-Za-z][\w-]*$/,
  go: /^[a-z0-9.-]+\.[a-z]{2,}(\/[\w.~-]+)+$/,
  maven: /^[a-z][\w-]*(\.[\w-]+)+:[\w.-]+$/,
  rubygems: /^[A-Za-z0-9][\w.-]*$/,
  packagist: /^[a-z0-9][\w.-]*\/[a-z0-9][\w.-]*$/,
  hex: /^[a-z][a-z0-9_]*$/,
  nuget: /^[A-Za-z0-9][\w.-]*$/,
  github: /^[\w.-]+\/[\w.-]+$/,
};

export interface Coordinate {
  registry: Registry;
  name: string;
}

const EXAMPLES = 'e.g. "pypi:django", "npm:@fastify/websocket", "maven:io.quarkus:quarkus-rest" or "github:vapor/fluent"';

/** Parse `registry:name`; a string says what was expected instead. */
export function parseCoordinate(text: string): Coordinate | string {
  const i = text.indexOf(':');
  const registry = text.slice(0, i) as Registry;
  if (i < 1 || !REGISTRIES.includes(registry)) return `a package coordinate "<registry>:<name>" with registry one of ${REGISTRIES.join(', ')}, ${EXAMPLES}`;
  const name = text.slice(i + 1);
  if (!NAME[registry].test(name) || name.length > 214) return `a ${REGISTRY_LABELS[registry]} package name after "${registry}:" (${EXAMPLES})`;
  return { registry, name };
}

/** A firstPartyPackages entry: a full coordinate, or an owner namespace followed by `*`. */
export function parseOwnerPattern(text: string): { registry: Registry; name: string; namespace: boolean } | string {
  if (!text.endsWith('*')) {
    const c = parseCoordinate(text);
    return typeof c === 'string' ? c : { ...c, namespace: false };
  }
  const i = text.indexOf(':');
  const registry = text.slice(0, i) as Registry;
  if (i < 1 || !REGISTRIES.includes(registry))
    return `an owner pattern "<registry>:<namespace>*" or a full coordinate, with registry one of ${REGISTRIES.join(', ')}`;
  const prefix = text.slice(i + 1, -1);
  const ns = OWNER_NAMESPACE[registry];
  if (!ns)
    return `a full package name: ${REGISTRY_LABELS[registry]} has no namespaces, so a name prefix proves nothing about who publishes a package (list each package, e.g. "${registry}:…")`;
  if (!ns.pattern.test(prefix)) return `an owner namespace followed by * (${ns.example}); a name prefix such as "quarkus-" is not an owner`;
  return { registry, name: prefix, namespace: true };
}

/** Does the coordinate belong to one of the owner patterns? Namespaces match exactly, never by name prefix. */
export function ownedBy(coordinate: Coordinate, patterns: readonly string[]): boolean {
  return patterns.some((text) => {
    const p = parseOwnerPattern(text);
    if (typeof p === 'string' || p.registry !== coordinate.registry) return false;
    const name = coordinate.registry === 'pypi' || coordinate.registry === 'nuget' ? coordinate.name.toLowerCase() : coordinate.name;
    const own = coordinate.registry === 'pypi' || coordinate.registry === 'nuget' ? p.name.toLowerCase() : p.name;
    if (!p.namespace) return name === own;
    if (coordinate.registry === 'maven') {
      // Maven Central verifies a group and its sub-groups (io.quarkus owns io.quarkus.arc, not io.quarkiverse.x).
      const group = name.split(':')[0]!;
      const ownGroup = own.slice(0, -1);
      return group === ownGroup || group.startsWith(`${ownGroup}.`);
    }
    if (!name.startsWith(own)) return false;
    // Go module paths nest under their owner's path; other namespaces hold one level of names.
    return coordinate.registry === 'go' || coordinate.registry === 'nuget' || !name.slice(own.length).includes('/');
  });
}

/** The name as it appears in prose and package fields ("@fastify/", "github.com/gin-contrib/"), for text matching. */
export function patternText(text: string): string | null {
  const p = parseOwnerPattern(text);
  if (typeof p === 'string') return null;
  if (p.registry === 'maven') return p.namespace ? null : p.name.split(':')[1]!;
  if (p.registry === 'github') return p.namespace ? null : p.name.split('/')[1]!;
  return p.name;
}
