// npm run test:snippets [-- [--keep] <framework>[/<task>] ...]
// Installs each executable snippet in a clean work copy from its lockfile (npm ci, a venv from a
// fully pinned requirements.txt, go.sum, Cargo.lock --locked, Maven), checks that the framework
// version snippet.yaml states is the one the lockfile resolves, starts it on 127.0.0.1, waits for
// it to answer, drives it (scripts/snippets/drive.ts) and checks the task's behaviour; parses the
// syntax-only ones. One line per snippet, then "N passed, N failed". --keep reuses work copies
// (the line then says "warm"). A missing toolchain skips that language on a laptop and fails
// under CI=true. Timeouts scale with the machine's load and name the step that timed out.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { availableParallelism, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatProblems } from '../../src/lib/model/problems.ts';
import { loadSnippets, type LoadedSnippet } from '../../src/lib/snippets/load.ts';
import { frameworkRegistry, lockedPackage, lockedVersion, requirementPins, runtimeVersion } from '../../src/lib/snippets/locked.ts';
import { isExecuted, type Runner } from '../../src/lib/snippets/meta.ts';
import { BASE_TIMEOUT_MS, drive } from './drive.ts';
import { TOOLCHAINS, pythonFor, runnerEnv } from './runners.ts';
import { parserOf } from '../../src/lib/snippets/parsers.ts';
import { MissingFrontEnd, syntaxErrors } from './syntax.ts';

export type Outcome = { status: 'passed' | 'failed' | 'skipped'; detail: string };

export interface RunOptions {
  /** Project root: content/snippets and content/frameworks are read from here. */
  root: string;
  /** `<framework>` or `<framework>/<task>`; empty for every snippet. */
  filters?: string[];
  /** Reuse work copies and skip unchanged installs ("warm"); otherwise every work copy starts clean. */
  keep?: boolean;
  /** Where work copies and the shared cargo target live; `<root>/.snippets` by default. */
  workRoot?: string;
  /** A missing toolchain fails instead of skipping. */
  ci?: boolean;
  /** Two lanes by default (one toolchain downloads while another compiles). */
  lanes?: number;
  /** Receives one line per snippet as it finishes. */
  log?: (line: string) => void;
}

export interface RunResult {
  passed: number;
  failed: number;
  skipped: number;
  seconds: number;
  /** Problems in snippet folders; nothing ran when there are any. */
  problems: string;
  outcomes: { snippet: string; outcome: Outcome }[];
}

/**
 * How much slower than idle the machine is now: the 1-minute load per core, at least 1. Start,
 * install and request timeouts are multiplied by it, so a busy machine (two lanes of compilers
 * beside other work) is given the time it needs instead of failing with a timeout.
 */
export function loadFactor(load = loadavg()[0]!, cores = availableParallelism()): number {
  return Math.min(6, Math.max(1, load / Math.max(1, cores)));
}

const START_TIMEOUT_MS = 120_000;
const STEP_TIMEOUT_MS = 20 * 60_000;
const seconds = (ms: number) => `${Math.round(ms / 1000)} s`;

/** Run a shell command without blocking the other lane; resolves with its exit status and output. */
function sh(step: string, command: string, cwd: string, env: NodeJS.ProcessEnv): Promise<{ ok: boolean; output: string }> {
  const limit = STEP_TIMEOUT_MS * loadFactor();
  return new Promise((resolve) => {
    const child = spawn('bash', ['-c', command], { cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const timer = setTimeout(() => {
      output += `\n${step} timed out after ${seconds(limit)} (\`${command}\`)`;
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        /* already gone */
      }
    }, limit);
    child.once('error', (error) => {
      clearTimeout(timer);
      resolve({ ok: false, output: error.message });
    });
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ ok: code === 0, output: output.trim() });
    });
  });
}

const tail = (text: string, lines = 12) => text.split('\n').slice(-lines).join('\n');
const found = new Map<string, boolean>();
/** Is `command` on PATH? Asked once per command, not once per snippet. */
function has(command: string): boolean {
  if (!found.has(command)) found.set(command, spawnSync('bash', ['-c', `command -v ${command}`], { encoding: 'utf8' }).status === 0);
  return found.get(command)!;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** Any HTTP answer to GET / (a 404 counts): the app behind the port is ready, not just the socket. */
async function answers(port: number): Promise<boolean> {
  try {
    await (await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(2_000) })).arrayBuffer();
    return true;
  } catch {
    return false;
  }
}

type Runnable = Exclude<Runner, 'syntax'>;

/**
 * Why a snippet's lockfiles cannot give a locked install, or null: every lockfile its runner
 * installs from must be there (npm would otherwise resolve a new tree), requirements must all be
 * exact pins, and cargo must build with --locked.
 */
export function lockProblem(runner: Runnable, dir: string, meta: LoadedSnippet['meta']): string | null {
  const { lockfiles } = TOOLCHAINS[runner];
  const read = (f: string) => (existsSync(join(dir, f)) ? readFileSync(join(dir, f), 'utf8') : undefined);
  for (const f of lockfiles) {
    if (f === 'go.sum' && !/^\s*require\b/m.test(read('go.mod') ?? '')) continue; // nothing to lock
    if (read(f) === undefined) return `${f} is missing: the install must come from a lockfile (${lockfiles.join(', ')})`;
  }
  if (runner === 'pip') {
    const { unpinned } = requirementPins(read('requirements.txt')!);
    if (unpinned.length > 0) return `requirements.txt must pin every package as name==version; not pinned: ${unpinned.slice(0, 3).join(', ')}`;
  }
  if (runner === 'cargo' && !/--locked\b/.test(meta.build ?? '')) return 'the cargo build command must use --locked, so Cargo.lock is used as it is';
  return null;
}

/** The framework version the snippet's lockfile resolves, or a problem. Maven and the Go toolchain need the work copy's tools. */
async function testedVersion(
  s: LoadedSnippet,
  runner: Runnable,
  root: string,
  work: string,
  env: NodeJS.ProcessEnv,
): Promise<{ version: string } | { problem: string }> {
  const registry = frameworkRegistry(root, s.framework);
  if (!registry) return { problem: `content/frameworks/${s.framework}.mdx has no registry, so the framework's package is unknown` };
  const pkg = lockedPackage(registry, runner);
  if ('problem' in pkg) return pkg;
  if (pkg.runtime) {
    const out = await sh('version', TOOLCHAINS[runner].version!, work, env);
    const version = runtimeVersion(out.output);
    return out.ok && version ? { version } : { problem: `could not read the toolchain version: ${tail(out.output, 3)}` };
  }
  const files: Record<string, string | undefined> = {};
  for (const f of TOOLCHAINS[runner].lockfiles) files[f] = existsSync(join(work, f)) ? readFileSync(join(work, f), 'utf8') : undefined;
  if (runner === 'maven') {
    const listed = await sh(
      'resolve',
      'mvn -B -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:list -DoutputFile=.dependency-list.txt -DappendOutput=false',
      work,
      env,
    );
    if (!listed.ok) return { problem: `resolving the Maven dependencies failed:\n${tail(listed.output)}` };
    files['dependency-list'] = readFileSync(join(work, '.dependency-list.txt'), 'utf8');
  }
  return lockedVersion(runner, pkg.name, files);
}

/**
 * A clean work copy (or the kept one with --keep), installed from its lockfiles. Installs in a
 * kept copy are skipped while the lockfiles are unchanged.
 */
async function prepare(s: LoadedSnippet, runner: Runnable, o: Required<Pick<RunOptions, 'root' | 'keep' | 'workRoot'>>, python?: string) {
  const { install, lockfiles } = TOOLCHAINS[runner];
  const work = join(o.workRoot, 'work', s.framework, s.task);
  const warm = o.keep && existsSync(work);
  if (!o.keep) rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  cpSync(join(o.root, s.dir), work, { recursive: true });
  // The database task's SQLite file: a path in a fresh directory, for the snippet's migration to create.
  const dataDir = join(o.workRoot, 'data', s.framework, s.task);
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  const env = { ...runnerEnv(runner, work, o.root, join(o.workRoot, 'target', runner), python), DATABASE_PATH: resolve(dataDir, 'notes.db') };
  const locked = lockfiles.map((f) => (existsSync(join(work, f)) ? readFileSync(join(work, f), 'utf8') : '')).join('\n');
  const stamp = createHash('sha256').update(locked).digest('hex');
  const stampFile = join(work, '.installed');
  return {
    work,
    env,
    warm,
    async install(): Promise<string | null> {
      if (!install || (warm && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp)) return null;
      const installed = await sh('install', install, work, env);
      if (!installed.ok) return `install failed (\`${install}\`):\n${tail(installed.output)}`;
      writeFileSync(stampFile, stamp);
      return null;
    },
  };
}

/** A toolchain this machine lacks: skipped with a hint on a laptop, a failure under CI=true. */
function unavailable(detail: string, hint: string, ci: boolean): Outcome {
  return ci ? { status: 'failed', detail: `${detail} (required under CI=true)` } : { status: 'skipped', detail: `${detail}: ${hint}` };
}

async function execute(s: LoadedSnippet, o: Required<Pick<RunOptions, 'root' | 'keep' | 'workRoot' | 'ci'>>): Promise<Outcome> {
  const runner = s.meta.runner as Runnable;
  const toolchain = TOOLCHAINS[runner];
  const missing = toolchain.commands.filter((c) => !has(c));
  if (missing.length > 0) {
    return unavailable(`${missing.join(', ')} not on PATH`, `install it to run ${runner} snippets`, o.ci);
  }
  const python = s.meta.python ? pythonFor(s.meta.python) : undefined;
  if (s.meta.python && !python) {
    return unavailable(`Python ${s.meta.python} not found (neither python${s.meta.python} on PATH nor a pyenv build)`, 'install it to run this snippet', o.ci);
  }
  const lock = lockProblem(runner, join(o.root, s.dir), s.meta);
  if (lock) return { status: 'failed', detail: lock };
  const { work, env, warm, install } = await prepare(s, runner, o, python);
  const factor = loadFactor();
  const done = (detail: string): Outcome => ({ status: 'passed', detail: `${detail}${warm ? ' (warm: work copy kept)' : ''}` });
  // Versions read from the lockfile itself are checked before anything is installed; Maven's
  // are resolved by Maven, after its downloads.
  const early = runner !== 'maven' ? await testedVersion(s, runner, o.root, work, env) : undefined;
  if (early) {
    if ('problem' in early) return { status: 'failed', detail: `version: ${early.problem}` };
    if (early.version !== s.meta.version)
      return { status: 'failed', detail: `version: snippet.yaml says ${s.meta.version}, the lockfile resolves the framework's package to ${early.version}` };
  }
  const installProblem = await install();
  if (installProblem) return { status: 'failed', detail: installProblem };
  if (!early) {
    const late = await testedVersion(s, runner, o.root, work, env);
    if ('problem' in late) return { status: 'failed', detail: `version: ${late.problem}` };
    if (late.version !== s.meta.version)
      return { status: 'failed', detail: `version: snippet.yaml says ${s.meta.version}, the lockfile resolves the framework's package to ${late.version}` };
  }
  if (s.meta.build) {
    const built = await sh('build', s.meta.build, work, env);
    if (!built.ok) return { status: 'failed', detail: `build failed (\`${s.meta.build}\`):\n${tail(built.output)}` };
  }
  if (!s.meta.start) return { status: 'failed', detail: 'no start command in snippet.yaml' };
  const port = await freePort();
  let log = '';
  const server = spawn('bash', ['-c', s.meta.start], { cwd: work, env: { ...env, PORT: String(port) }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  server.stdout.on('data', (d) => (log += d));
  server.stderr.on('data', (d) => (log += d));
  let exited = false;
  server.once('exit', () => (exited = true));
  try {
    const startLimit = START_TIMEOUT_MS * factor;
    const deadline = Date.now() + startLimit;
    for (const [step, ready] of [
      ['start: port open', () => accepts(port)],
      ['start: first answer', () => answers(port)],
    ] as const) {
      while (!(await ready())) {
        if (exited) return { status: 'failed', detail: `${step}: the server exited before it answered on 127.0.0.1:${port}:\n${tail(log)}` };
        if (Date.now() > deadline)
          return {
            status: 'failed',
            detail: `${step} timed out after ${seconds(startLimit)} (load ${loadavg()[0]!.toFixed(1)}) on 127.0.0.1:${port}:\n${tail(log)}`,
          };
        await new Promise((r) => setTimeout(r, 250));
      }
    }
    const problems = await drive(s.task, port, {
      protocol: s.meta.protocol,
      timeoutMs: Math.round(BASE_TIMEOUT_MS * factor),
      databasePath: env.DATABASE_PATH,
    }).catch((error: Error) => [error.message]);
    return problems.length === 0 ? done('ran') : { status: 'failed', detail: problems.join('\n') };
  } finally {
    try {
      process.kill(-server.pid!, 'SIGKILL');
    } catch {
      /* already gone */
    }
  }
}

async function check(s: LoadedSnippet, o: Required<Pick<RunOptions, 'root' | 'keep' | 'workRoot' | 'ci'>>): Promise<Outcome> {
  if (isExecuted(s.meta.runner)) return execute(s, o);
  try {
    const errors = (await Promise.all(s.files.map(async (f) => (await syntaxErrors(f.grammar, f.code)).map((e) => `${f.name}:${e}`)))).flat();
    return errors.length === 0
      ? { status: 'passed', detail: `parsed by ${parserOf(s.files[0]!.grammar)?.label ?? 'its parser'}, not executed` }
      : { status: 'failed', detail: `does not parse: ${errors.join('; ')}` };
  } catch (error) {
    if (!(error instanceof MissingFrontEnd)) throw error;
    return unavailable(error.message, 'install it to parse these snippets', o.ci);
  }
}

/** Check the chosen snippets; every result is also passed to `log` as a line as it finishes. */
export async function runSnippets(options: RunOptions): Promise<RunResult> {
  const { root, filters = [], keep = false, ci = false, lanes: laneCount = 2, log = () => {} } = options;
  const o = { root, keep, ci, workRoot: options.workRoot ?? join(root, '.snippets') };
  const result: RunResult = { passed: 0, failed: 0, skipped: 0, seconds: 0, problems: '', outcomes: [] };
  const { snippets, problems: all } = loadSnippets(root);
  // With filters, only the chosen frameworks' folders must be in order.
  const problems = all.filter((p) => filters.length === 0 || filters.some((f) => p.file.startsWith(`content/snippets/${f.split('/')[0]}/`)));
  if (problems.length > 0) return { ...result, failed: problems.length, problems: formatProblems(problems) };
  const chosen = snippets.filter((s) => filters.length === 0 || filters.some((f) => f === s.framework || f === `${s.framework}/${s.task}`));
  if (chosen.length === 0)
    return { ...result, failed: 1, problems: `No snippet matches ${filters.join(' ')}; snippets live in content/snippets/<framework>/<task>/.` };
  // A toolchain never runs beside itself (Maven's local repository and cargo's target directory
  // are shared), so each runner has its lane.
  const LANES: Record<string, number> = { syntax: 0, cargo: 0, npm: 0, maven: 1, go: 1, pip: 1 };
  chosen.sort((a, b) => a.meta.runner.localeCompare(b.meta.runner) || a.dir.localeCompare(b.dir));
  const lanes = Array.from({ length: laneCount }, (_, i) => chosen.filter((s) => (LANES[s.meta.runner] ?? 0) % laneCount === i));
  const began = Date.now();
  await Promise.all(
    lanes.map(async (lane) => {
      for (const s of lane) {
        const t0 = Date.now();
        const outcome = await check(s, o).catch((error: Error): Outcome => ({ status: 'failed', detail: error.message }));
        // Installed work copies hold hundreds of megabytes each (node_modules, a venv, Maven's
        // target), 15 GB for the whole atlas: without --keep each is removed when its snippet is
        // done, a failed one only under CI (kept on a laptop to look at).
        if (!keep && (outcome.status !== 'failed' || ci)) {
          for (const dir of ['work', 'data']) rmSync(join(o.workRoot, dir, s.framework, s.task), { recursive: true, force: true });
        }
        result[outcome.status] += 1;
        result.outcomes.push({ snippet: `${s.framework}/${s.task}`, outcome });
        const mark = { passed: '✓', failed: '✗', skipped: '–' }[outcome.status];
        const [first, ...rest] = outcome.detail.split('\n');
        log(
          [
            `${mark} ${`${s.framework}/${s.task}`.padEnd(32)} ${s.meta.runner.padEnd(6)} ${s.meta.version.padEnd(9)} ${((Date.now() - t0) / 1000).toFixed(1).padStart(6)} s  ${first}`,
            ...rest.map((line) => `      ${line}`),
          ].join('\n'),
        );
      }
    }),
  );
  result.seconds = (Date.now() - began) / 1000;
  return result;
}

async function main(): Promise<number> {
  // Toolchains open /dev/null as an empty input (cargo probes rustc with it); as a regular file it
  // holds whatever was last sent there, and builds fail with baffling errors.
  if (!statSync('/dev/null').isCharacterDevice()) {
    console.error(
      '/dev/null is a regular file on this machine, so programs that read it get stale output. As root: rm /dev/null && mknod -m 666 /dev/null c 1 3',
    );
    return 1;
  }
  const args = process.argv.slice(2);
  const keep = args.includes('--keep');
  const unknown = args.filter((a) => a.startsWith('--') && a !== '--keep');
  if (unknown.length > 0) {
    console.error(`unknown option ${unknown.join(' ')}; usage: npm run test:snippets -- [--keep] [<framework>[/<task>] ...]`);
    return 2;
  }
  const result = await runSnippets({
    root: fileURLToPath(new URL('../..', import.meta.url)),
    filters: args.filter((a) => !a.startsWith('--')),
    keep,
    ci: process.env.CI === 'true',
    lanes: process.env.SNIPPETS_LANES === '1' ? 1 : 2,
    log: (line) => console.log(line),
  });
  if (result.problems) {
    console.error(result.problems);
    return 1;
  }
  if (result.skipped > 0) console.log(`${result.skipped} skipped: their toolchain is not installed here (CI=true makes this a failure).`);
  console.log(`${result.passed} passed, ${result.failed} failed (${result.seconds.toFixed(0)} s${keep ? ', warm work copies' : ''})`);
  return result.failed > 0 ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exit(await main());
