// How each runner installs a snippet in its work copy, and which toolchain it needs.
// The work copy lives in .snippets/work/<framework>/<task>/ and starts clean on every run unless
// --keep; caches (pip, npm, Go, cargo's shared target, Maven) are the machine's own and may be
// warm or cold.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { Runner } from '../../src/lib/snippets/meta.ts';

export interface Toolchain {
  /** Commands that must be on PATH. */
  commands: string[];
  /** Files the runner installs from, all required (go.sum only when go.mod requires modules): a change re-installs a kept work copy. */
  lockfiles: string[];
  /** Install command run in the work copy when the lockfiles changed. */
  install?: string;
  /** Command that prints the toolchain's own version (for runtimes tested as the framework). */
  version?: string;
}

/**
 * Go versions past the machine's own come from the Go module proxy through GOTOOLCHAIN; this is
 * the one such toolchain the proxy serves here (see README, "Snippets").
 */
export const GO_TOOLCHAIN = 'go1.27.3';

export const TOOLCHAINS: Record<Exclude<Runner, 'syntax'>, Toolchain> = {
  pip: {
    commands: ['python3'],
    lockfiles: ['requirements.txt'],
    // The venv is made by SNIPPET_PYTHON when a snippet asks for a newer Python (runnerEnv sets it), else python3.
    install: '"${SNIPPET_PYTHON:-python3}" -m venv .venv && .venv/bin/pip install --quiet --disable-pip-version-check --no-deps -r requirements.txt',
    version: 'python3 --version',
  },
  npm: {
    commands: ['npm'],
    lockfiles: ['package.json', 'package-lock.json'],
    // npm ci: exactly the lockfile's tree; it refuses a missing or out-of-date package-lock.json.
    install: 'npm ci --no-audit --no-fund --loglevel=error',
    version: 'node --version',
  },
  go: {
    commands: ['go'],
    lockfiles: ['go.mod', 'go.sum'],
    install: 'go mod download',
    version: 'go env GOVERSION',
  },
  cargo: { commands: ['cargo'], lockfiles: ['Cargo.toml', 'Cargo.lock'] },
  maven: { commands: ['mvn', 'java'], lockfiles: ['pom.xml'] },
};

/**
 * The interpreter for a snippet that needs a newer Python than the machine's python3: `python3.12`
 * on PATH if it runs, else the newest pyenv build of that minor (pyenv's shims refuse a version
 * that is installed but not selected, so the build is used directly). Undefined if neither exists.
 */
export function pythonFor(minor: string): string | undefined {
  const named = `python${minor}`;
  if (spawnSync(named, ['--version'], { stdio: 'ignore' }).status === 0) return named;
  const versions = join(process.env.PYENV_ROOT ?? join(homedir(), '.pyenv'), 'versions');
  if (!existsSync(versions)) return undefined;
  const patch = (v: string) => Number(v.split('.')[2] ?? 0);
  const builds = readdirSync(versions).filter(
    (v) => new RegExp(`^${minor.replace('.', '\\.')}\\.\\d+$`).test(v) && existsSync(join(versions, v, 'bin', named)),
  );
  const newest = builds.sort((a, b) => patch(b) - patch(a))[0];
  return newest ? join(versions, newest, 'bin', named) : undefined;
}

/** The newest JDK installed under /usr/lib/jvm (Temurin 25 beside OpenJDK 17 on these machines). */
export function newestJdk(): string | undefined {
  if (process.env.SNIPPETS_JAVA_HOME) return process.env.SNIPPETS_JAVA_HOME;
  const base = '/usr/lib/jvm';
  if (!existsSync(base)) return undefined;
  const version = (name: string) => Number(/(\d+)/.exec(name)?.[1] ?? 0);
  const jdks = readdirSync(base)
    .filter((n) => existsSync(join(base, n, 'bin/javac')))
    .sort((a, b) => version(b) - version(a));
  return jdks[0] ? join(base, jdks[0]) : undefined;
}

/** Environment for a runner's commands in a work copy; `python` is the interpreter a pip snippet asked for (see pythonFor). */
export function runnerEnv(runner: Runner, work: string, root: string, targetDir: string, python?: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  if (python) env.SNIPPET_PYTHON = python;
  const path = [join(root, 'node_modules/.bin'), env.PATH ?? ''];
  if (runner === 'pip') path.unshift(join(work, '.venv/bin'));
  if (runner === 'npm') path.unshift(join(work, 'node_modules/.bin'));
  if (runner === 'go') {
    const minor = Number(/^go 1\.(\d+)/m.exec(readFileSync(join(work, 'go.mod'), 'utf8'))?.[1] ?? 0);
    env.GOTOOLCHAIN = minor >= Number(/^go1\.(\d+)/.exec(GO_TOOLCHAIN)![1]) ? GO_TOOLCHAIN : 'local';
    env.GOFLAGS = '-mod=readonly';
  }
  if (runner === 'cargo') {
    // One target directory for every Rust snippet, so shared crates (tokio, hyper, serde) compile
    // once; no debug info and no incremental cache, which a one-off build never reuses.
    env.CARGO_TARGET_DIR = targetDir;
    env.CARGO_PROFILE_DEV_DEBUG = '0';
    env.CARGO_INCREMENTAL = '0';
  }
  if (runner === 'maven') {
    // Maven's own JVM starts faster with the quick JIT tier only; the snippets' JVMs are untouched.
    env.MAVEN_OPTS = `${env.MAVEN_OPTS ?? ''} -XX:TieredStopAtLevel=1`.trim();
    const jdk = newestJdk();
    if (jdk) {
      env.JAVA_HOME = jdk;
      path.unshift(join(jdk, 'bin'));
    }
  }
  env.PATH = path.join(':');
  return env;
}
