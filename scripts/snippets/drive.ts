// Drive a running snippet over HTTP or WebSocket on 127.0.0.1 and check the task's behaviour.
// Usage: node scripts/snippets/drive.ts <task> <port> [websocket|socket.io] [--show]
// (the database task reads the SQLite file named by the DATABASE_PATH environment variable)
// Exits 0 when the snippet does what the task asks, 1 with the reasons otherwise; --show prints
// every exchange (what a recorded wrong answer in tests/unit/snippets.test.ts looks like).
import { existsSync } from 'node:fs';
import { io, type Socket } from 'socket.io-client';
import {
  LOGINS,
  MIDDLEWARE_REQUESTS,
  USERS,
  checkAuthentication,
  checkDatabase,
  checkEcho,
  createdIds,
  checkEchoPair,
  checkMiddleware,
  checkRouting,
  checkValidation,
  TASKS,
  isRightLogin,
  isTask,
  issuedCredential,
  noteTexts,
  routingRequests,
  tamper,
  type Credential,
  type Exchange,
  type Stored,
  type Task,
} from '../../src/lib/snippets/tasks.ts';
import { PROTOCOLS, type Protocol } from '../../src/lib/snippets/meta.ts';

/** Per request or message; run.ts scales it with the machine's load. */
export const BASE_TIMEOUT_MS = 10_000;

export interface DriveOptions {
  protocol?: Protocol;
  timeoutMs?: number;
  /** Called with every HTTP exchange, for --show. */
  onExchange?: (e: Exchange) => void;
  /** database: the SQLite file the snippet was told to use (DATABASE_PATH). */
  databasePath?: string | undefined;
}

interface Sent {
  method: string;
  path: string;
  sent?: unknown;
  headers?: Record<string, string>;
  credential?: Credential;
  /** authentication: see a redirect (to a login page) as the answer instead of following it. */
  noRedirect?: boolean;
}

async function request(base: string, r: Sent, timeoutMs: number): Promise<Exchange> {
  const { method, path, sent } = r;
  // Accept JSON only with a JSON body: a GET carries no Accept header, so a handler that answers
  // text (middleware's id) is not refused with 406 by content negotiation.
  const headers: Record<string, string> = { ...r.headers };
  const init: RequestInit = { method, headers, signal: AbortSignal.timeout(timeoutMs), redirect: r.noRedirect ? 'manual' : 'follow' };
  if (sent !== undefined) {
    headers['content-type'] = 'application/json';
    headers.accept = 'application/json';
    init.body = JSON.stringify(sent);
  }
  try {
    const response = await fetch(base + path, init);
    const cookies = response.headers.getSetCookie().map((c) => c.split(';')[0]!.trim());
    const seen = {
      status: response.status,
      contentType: response.headers.get('content-type') ?? '',
      requestId: response.headers.get('x-request-id'),
      body: await response.text(),
      ...(cookies.length > 0 ? { cookies } : {}),
    };
    return { method, path, ...(sent === undefined ? {} : { sent }), ...(r.credential ? { credential: r.credential } : {}), seen };
  } catch (error) {
    const why =
      (error as Error).name === 'TimeoutError'
        ? `no answer within ${Math.round(timeoutMs / 1000)} s`
        : `${(error as Error).message} ${(error as { cause?: Error }).cause?.message ?? ''}`.trim();
    throw new Error(`drive: ${method} ${path}: ${why}`, { cause: error });
  }
}

/** A WebSocket or Socket.IO client that records every message it receives. */
interface Client {
  received: string[];
  send(message: string): void;
  /** Resolves when `count` messages have arrived, or after the timeout. */
  waitFor(count: number): Promise<void>;
  close(): void;
}

function collector(timeoutMs: number) {
  const received: string[] = [];
  let wake = () => {};
  return {
    received,
    push(message: string) {
      received.push(message);
      wake();
    },
    waitFor(count: number) {
      return new Promise<void>((resolve) => {
        const timer = setTimeout(done, timeoutMs);
        function done() {
          clearTimeout(timer);
          wake = () => {};
          resolve();
        }
        wake = () => {
          if (received.length >= count) done();
        };
        wake();
      });
    },
  };
}

function openWebSocket(url: string, timeoutMs: number): Promise<Client> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url);
    const c = collector(timeoutMs);
    const timer = setTimeout(() => {
      socket.close();
      reject(new Error(`drive: WebSocket ${url} did not open within ${Math.round(timeoutMs / 1000)} s`));
    }, timeoutMs);
    socket.addEventListener('message', (event) => c.push(String(event.data)));
    socket.addEventListener('open', () => {
      clearTimeout(timer);
      resolve({ received: c.received, send: (m) => socket.send(m), waitFor: c.waitFor, close: () => socket.close() });
    });
    socket.addEventListener('error', () => {
      clearTimeout(timer);
      reject(new Error(`drive: could not open a WebSocket to ${url}`));
    });
  });
}

function openSocketIo(base: string, timeoutMs: number): Promise<Client> {
  return new Promise((resolve, reject) => {
    const socket: Socket = io(base, { path: '/ws', transports: ['websocket'], reconnection: false, timeout: timeoutMs, forceNew: true });
    const c = collector(timeoutMs);
    socket.on('message', (data: unknown) => c.push(String(data)));
    socket.on('connect', () => resolve({ received: c.received, send: (m) => socket.emit('message', m), waitFor: c.waitFor, close: () => socket.close() }));
    socket.on('connect_error', (error) => {
      socket.close();
      reject(new Error(`drive: Socket.IO could not connect on path /ws: ${error.message}`));
    });
  });
}

/** Open `clients` at once and let them send in turn, one message each, waiting for each echo. */
async function echoes(open: () => Promise<Client>, messages: string[][], timeoutMs: number): Promise<string[][]> {
  const clients: Client[] = [];
  try {
    for (let i = 0; i < messages.length; i++) clients.push(await open());
    const rounds = Math.max(...messages.map((m) => m.length));
    for (let round = 0; round < rounds; round++) {
      for (const [i, client] of clients.entries()) {
        const message = messages[i]![round];
        if (message === undefined) continue;
        client.send(message);
        await client.waitFor(round + 1);
      }
    }
    // Anything else, such as another client's echo broadcast late, arrives in this grace period.
    await new Promise((r) => setTimeout(r, Math.min(500, timeoutMs)));
    return clients.map((c) => [...c.received]);
  } finally {
    for (const c of clients) c.close();
  }
}

/**
 * The notes in the SQLite file at `path`: every table named like "note(s)" with `id` and `text`
 * columns, read with Node's own SQLite (read-only, so the snippet's file is left as it is).
 */
export async function storedNotes(path: string | undefined): Promise<Stored> {
  if (!path) return { problem: 'the harness gave no DATABASE_PATH' };
  if (!existsSync(path)) return { problem: `no file at DATABASE_PATH (${path}): did the migration create the table there?` };
  const { DatabaseSync } = await import('node:sqlite');
  let db: InstanceType<typeof DatabaseSync> | undefined;
  try {
    db = new DatabaseSync(path, { readOnly: true });
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((t) => t.name);
    const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;
    for (const table of tables.filter((t) => /^notes?$/i.test(t) || /(^|_)notes?$/i.test(t))) {
      const columns = (db.prepare(`PRAGMA table_info(${quote(table)})`).all() as { name: string }[]).map((c) => c.name.toLowerCase());
      if (!columns.includes('id') || !columns.includes('text')) continue;
      const rows = db.prepare(`SELECT id, text FROM ${quote(table)}`).all() as { id: unknown; text: unknown }[];
      return { table, rows: rows.map((r) => ({ id: typeof r.id === 'bigint' ? Number(r.id) : r.id, text: r.text })) };
    }
    return { problem: `no table named note or notes with id and text columns (tables: ${tables.join(', ') || 'none'})` };
  } catch (error) {
    return { problem: `could not read it as SQLite: ${(error as Error).message}` };
  } finally {
    db?.close();
  }
}

/** The authentication exchanges: logins, then GET /me without, with, and with an altered credential. */
async function authenticate(sendFollowing: (r: Sent) => Promise<Exchange>): Promise<Exchange[]> {
  const send = (r: Sent) => sendFollowing({ ...r, noRedirect: true });
  const exchanges = [await send({ method: 'GET', path: '/me', credential: 'none' })];
  let issued: ReturnType<typeof issuedCredential>;
  for (const login of LOGINS) {
    const e = await send({ method: 'POST', path: '/login', sent: login });
    exchanges.push(e);
    if (isRightLogin(login)) issued = issuedCredential(e.seen);
  }
  if (issued) {
    const header = (token: string) => ({ authorization: `Bearer ${token}` });
    const cookie = (pairs: string[]) => ({ cookie: pairs.join('; ') });
    const altered = (pair: string) => {
      const at = pair.indexOf('=');
      return pair.slice(0, at + 1) + tamper(pair.slice(at + 1));
    };
    const valid = 'token' in issued ? header(issued.token) : cookie(issued.cookies);
    const forged = 'token' in issued ? header(tamper(issued.token)) : cookie(issued.cookies.map(altered));
    exchanges.push(await send({ method: 'GET', path: '/me', headers: valid, credential: 'issued' }));
    exchanges.push(await send({ method: 'GET', path: '/me', headers: forged, credential: 'tampered' }));
  }
  exchanges.push(await send({ method: 'GET', path: '/me', headers: { authorization: 'Bearer made-up-token-0123456789' }, credential: 'made-up' }));
  return exchanges;
}

/** Run one task against a snippet listening on 127.0.0.1:<port>; resolves to the problems found. */
export async function drive(task: Task, port: number, options: DriveOptions = {}): Promise<string[]> {
  const { protocol = 'websocket', timeoutMs = BASE_TIMEOUT_MS, onExchange = () => {} } = options;
  const base = `http://127.0.0.1:${port}`;
  const send = async (r: Sent) => {
    const e = await request(base, r, timeoutMs);
    onExchange(e);
    return e;
  };
  const all = async (requests: Sent[]) => {
    const exchanges: Exchange[] = [];
    for (const r of requests) exchanges.push(await send(r));
    return exchanges;
  };
  switch (task) {
    case 'routing':
      return checkRouting(await all(routingRequests(port)));
    case 'middleware':
      return checkMiddleware(await all(MIDDLEWARE_REQUESTS));
    case 'input-validation':
      return checkValidation(await all(USERS.map((sent) => ({ method: 'POST', path: '/users', sent }))));
    case 'websockets': {
      const open = protocol === 'socket.io' ? () => openSocketIo(base, timeoutMs) : () => openWebSocket(`ws://127.0.0.1:${port}/ws`, timeoutMs);
      const alone = ['hello', `second message ${port}`];
      const [received] = await echoes(open, [alone], timeoutMs);
      const problems = checkEcho(alone, received!);
      const a = ['from A, 1', 'from A, 2'];
      const b = ['from B, 1', 'from B, 2'];
      const [receivedA, receivedB] = await echoes(open, [a, b], timeoutMs);
      return [...problems, ...checkEchoPair({ sent: a, received: receivedA! }, { sent: b, received: receivedB! })];
    }
    case 'database': {
      const created = await all(noteTexts(port).map((text) => ({ method: 'POST', path: '/notes', sent: { text } })));
      const ids = createdIds(created);
      const read = await all([...ids.map((id) => ({ method: 'GET', path: `/notes/${id}` })), { method: 'GET', path: `/notes/${Math.max(0, ...ids) + 1000}` }]);
      return checkDatabase([...created, ...read], await storedNotes(options.databasePath));
    }
    case 'authentication':
      return checkAuthentication(await authenticate(send));
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const show = args.includes('--show');
  const [task = '', port = '', protocol = 'websocket'] = args.filter((a) => a !== '--show');
  if (!isTask(task) || !/^\d+$/.test(port) || !(PROTOCOLS as readonly string[]).includes(protocol)) {
    console.error(`usage: node scripts/snippets/drive.ts <${TASKS.join('|')}> <port> [websocket|socket.io] [--show]`);
    process.exit(2);
  }
  const onExchange = show ? (e: Exchange) => console.log(JSON.stringify(e)) : () => {};
  const problems = await drive(task, Number(port), { protocol: protocol as Protocol, onExchange, databasePath: process.env.DATABASE_PATH }).catch(
    (error: Error) => [error.message],
  );
  for (const problem of problems) console.error(`✗ ${problem}`);
  console.log(problems.length === 0 ? `✓ ${task}` : `✗ ${task}: ${problems.length} problem(s)`);
  process.exit(problems.length === 0 ? 0 : 1);
}
