// npm run test:snippets [-- <framework>[/<task>] ...]
// Installs each executable snippet in its own work copy from its lockfile, starts it on
// 127.0.0.1, drives it (scripts/snippets/drive.ts) and checks the task's behaviour; parses the
// syntax-only ones. One line per snippet, then "N passed, N failed". A missing toolchain skips
// that language on a laptop and fails under CI=true.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatProblems } from '../../src/lib/model/problems.ts';
import { loadSnippets, type LoadedSnippet } from '../../src/lib/snippets/load.ts';
import { isExecuted, type Runner } from '../../src/lib/snippets/meta.ts';
import { drive } from './drive.ts';
import { TOOLCHAINS, runnerEnv } from './runners.ts';
import { syntaxErrors } from './syntax.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const workRoot = join(root, '.snippets');
const CI = process.env.CI === 'true';
const START_TIMEOUT_MS = 120_000;
const STEP_TIMEOUT_MS = 20 * 60_000;

type Outcome = { status: 'passed' | 'failed' | 'skipped'; detail: string };

/** Run a shell command without blocking the other lane; resolves with its exit status and output. */
function sh(command: string, cwd: string, env: NodeJS.ProcessEnv): Promise<{ ok: boolean; output: string }> {
  return new Promise((resolve) => {
    const child = spawn('bash', ['-c', command], { cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const timer = setTimeout(() => {
      output += `\ntimed out after ${STEP_TIMEOUT_MS / 60_000} minutes`;
      try { process.kill(-child.pid!, 'SIGKILL'); } catch { /* already gone */ }
    }, STEP_TIMEOUT_MS);
    child.once('error', (error) => { clearTimeout(timer); resolve({ ok: false, output: error.message }); });
    child.once('close', (code) => { clearTimeout(timer); resolve({ ok: code === 0, output: output.trim() }); });
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
    socket.once('connect', () => { socket.destroy(); resolve(true); });
    socket.once('error', () => resolve(false));
  });
}

type Runnable = Exclude<Runner, 'syntax'>;

/**
 * Copy the snippet's files over its work copy (installed dependencies stay) and install when the
 * lockfiles changed. Returns the lockfiles' text, which also says which versions are pinned.
 */
async function prepare(s: LoadedSnippet, runner: Runnable): Promise<{ work: string; env: NodeJS.ProcessEnv; locked: string; problem?: string }> {
  const { install, lockfiles } = TOOLCHAINS[runner];
  const work = join(workRoot, 'work', s.framework, s.task);
  mkdirSync(work, { recursive: true });
  cpSync(join(root, s.dir), work, { recursive: true });
  const env = runnerEnv(runner, work, root, join(workRoot, 'target', runner));
  const locked = lockfiles.map((f) => (existsSync(join(work, f)) ? readFileSync(join(work, f), 'utf8') : '')).join('\n');
  const stamp = createHash('sha256').update(locked).digest('hex');
  const stampFile = join(work, '.installed');
  if (install && (!existsSync(stampFile) || readFileSync(stampFile, 'utf8') !== stamp)) {
    const installed = await sh(install, work, env);
    if (!installed.ok) return { work, env, locked, problem: `install failed:\n${tail(installed.output)}` };
    writeFileSync(stampFile, stamp);
  }
  return { work, env, locked };
}

/** The version under test must be the one the lockfiles pin (or the runtime's own version). */
function pins(version: string, text: string): boolean {
  return new RegExp(`(^|[^\\d.])${version.replace(/\./g, '\\.')}($|[^\\d.])`, 'm').test(text);
}

async function execute(s: LoadedSnippet): Promise<Outcome> {
  const runner = s.meta.runner as Runnable;
  const toolchain = TOOLCHAINS[runner];
  const missing = toolchain.commands.filter((c) => !has(c));
  if (missing.length > 0) {
    const detail = `${missing.join(', ')} not on PATH`;
    return CI ? { status: 'failed', detail: `${detail} (required under CI=true)` } : { status: 'skipped', detail: `${detail}: install it to run ${runner} snippets` };
  }
  const { work, env, locked, problem } = await prepare(s, runner);
  if (problem) return { status: 'failed', detail: problem };
  const runtime = toolchain.version ? (await sh(toolchain.version, work, env)).output : '';
  if (!pins(s.meta.version, `${locked}\n${runtime}`)) return { status: 'failed', detail: `version ${s.meta.version} is not what ${toolchain.lockfiles.join(' / ')} pins` };
  if (s.meta.build) {
    const built = await sh(s.meta.build, work, env);
    if (!built.ok) return { status: 'failed', detail: `build failed:\n${tail(built.output)}` };
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
    const deadline = Date.now() + START_TIMEOUT_MS;
    while (!(await accepts(port))) {
      if (exited) return { status: 'failed', detail: `the server exited before listening on 127.0.0.1:${port}:\n${tail(log)}` };
      if (Date.now() > deadline) return { status: 'failed', detail: `nothing listened on 127.0.0.1:${port} within ${START_TIMEOUT_MS / 1000} s:\n${tail(log)}` };
      await new Promise((r) => setTimeout(r, 250));
    }
    const problems = await drive(s.task, port, s.meta.protocol).catch((error: Error) => [error.message]);
    return problems.length === 0 ? { status: 'passed', detail: 'ran' } : { status: 'failed', detail: problems.join('\n') };
  } finally {
    try { process.kill(-server.pid!, 'SIGKILL'); } catch { /* already gone */ }
  }
}

async function check(s: LoadedSnippet): Promise<Outcome> {
  if (isExecuted(s.meta.runner)) return execute(s);
  const errors = (await Promise.all(s.files.map(async (f) => (await syntaxErrors(f.grammar, f.code)).map((e) => `${f.name}:${e}`)))).flat();
  return errors.length === 0 ? { status: 'passed', detail: 'parsed, not executed' } : { status: 'failed', detail: `does not parse: ${errors.join('; ')}` };
}

// Toolchains open /dev/null as an empty input (cargo probes rustc with it); as a regular file it
// holds whatever was last sent there, and builds fail with baffling errors.
if (!statSync('/dev/null').isCharacterDevice()) {
  console.error('/dev/null is a regular file on this machine, so programs that read it get stale output. As root: rm /dev/null && mknod -m 666 /dev/null c 1 3');
  process.exit(1);
}
const filters = process.argv.slice(2);
const { snippets, problems: all } = loadSnippets(root);
// With filters, only the chosen frameworks' folders must be in order.
const problems = all.filter((p) => filters.length === 0 || filters.some((f) => p.file.startsWith(`content/snippets/${f.split('/')[0]}/`)));
if (problems.length > 0) {
  console.error(formatProblems(problems));
  process.exit(1);
}
const chosen = snippets.filter((s) => filters.length === 0 || filters.some((f) => f === s.framework || f === `${s.framework}/${s.task}`));
if (chosen.length === 0) {
  console.error(`No snippet matches ${filters.join(' ')}; snippets live in content/snippets/<framework>/<task>/.`);
  process.exit(1);
}
// Two lanes, so one toolchain downloads while another compiles; a toolchain never runs beside
// itself (Maven's local repository and cargo's target directory are shared). SNIPPETS_LANES=1
// runs everything in one lane.
const LANES: Record<string, number> = { syntax: 0, cargo: 0, npm: 0, maven: 1, go: 1, pip: 1 };
const laneCount = process.env.SNIPPETS_LANES === '1' ? 1 : 2;
chosen.sort((a, b) => a.meta.runner.localeCompare(b.meta.runner) || a.dir.localeCompare(b.dir));
const lanes = Array.from({ length: laneCount }, (_, i) => chosen.filter((s) => (LANES[s.meta.runner] ?? 0) % laneCount === i));
const counts = { passed: 0, failed: 0, skipped: 0 };
const began = Date.now();
await Promise.all(
  lanes.map(async (lane) => {
    for (const s of lane) {
      const t0 = Date.now();
      const outcome = await check(s).catch((error: Error): Outcome => ({ status: 'failed', detail: error.message }));
      counts[outcome.status] += 1;
      const mark = { passed: '✓', failed: '✗', skipped: '–' }[outcome.status];
      const [first, ...rest] = outcome.detail.split('\n');
      console.log([`${mark} ${`${s.framework}/${s.task}`.padEnd(32)} ${s.meta.runner.padEnd(6)} ${s.meta.version.padEnd(9)} ${((Date.now() - t0) / 1000).toFixed(1).padStart(6)} s  ${first}`, ...rest.map((line) => `      ${line}`)].join('\n'));
    }
  }),
);
if (counts.skipped > 0) console.log(`${counts.skipped} skipped: their toolchain is not installed here (CI=true makes this a failure).`);
console.log(`${counts.passed} passed, ${counts.failed} failed (${((Date.now() - began) / 1000).toFixed(0)} s)`);
process.exit(counts.failed > 0 ? 1 : 0);
