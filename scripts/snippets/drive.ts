// Drive a running snippet over HTTP or WebSocket on 127.0.0.1 and check the task's behaviour.
// Usage: node scripts/snippets/drive.ts <task> <port> [websocket|socket.io] [--show]
// Exits 0 when the snippet does what the task asks, 1 with the reasons otherwise; --show prints
// every exchange (what a recorded wrong answer in tests/unit/snippets.test.ts looks like).
import { io, type Socket } from 'socket.io-client';
import {
  MIDDLEWARE_REQUESTS,
  USERS,
  checkEcho,
  checkEchoPair,
  checkMiddleware,
  checkRouting,
  checkValidation,
  isTask,
  routingRequests,
  type Exchange,
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
}

async function request(base: string, method: string, path: string, timeoutMs: number, sent?: unknown): Promise<Exchange> {
  const init: RequestInit = { method, signal: AbortSignal.timeout(timeoutMs) };
  if (sent !== undefined) {
    init.headers = { 'content-type': 'application/json', accept: 'application/json' };
    init.body = JSON.stringify(sent);
  }
  try {
    const response = await fetch(base + path, init);
    const seen = {
      status: response.status,
      contentType: response.headers.get('content-type') ?? '',
      requestId: response.headers.get('x-request-id'),
      body: await response.text(),
    };
    return { method, path, ...(sent === undefined ? {} : { sent }), seen };
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

/** Run one task against a snippet listening on 127.0.0.1:<port>; resolves to the problems found. */
export async function drive(task: Task, port: number, options: DriveOptions = {}): Promise<string[]> {
  const { protocol = 'websocket', timeoutMs = BASE_TIMEOUT_MS, onExchange = () => {} } = options;
  const base = `http://127.0.0.1:${port}`;
  const all = async (requests: { method: string; path: string; sent?: unknown }[]) => {
    const exchanges: Exchange[] = [];
    for (const r of requests) {
      const e = await request(base, r.method, r.path, timeoutMs, r.sent);
      onExchange(e);
      exchanges.push(e);
    }
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
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const show = args.includes('--show');
  const [task = '', port = '', protocol = 'websocket'] = args.filter((a) => a !== '--show');
  if (!isTask(task) || !/^\d+$/.test(port) || !(PROTOCOLS as readonly string[]).includes(protocol)) {
    console.error('usage: node scripts/snippets/drive.ts <routing|middleware|input-validation|websockets> <port> [websocket|socket.io] [--show]');
    process.exit(2);
  }
  const onExchange = show ? (e: Exchange) => console.log(JSON.stringify(e)) : () => {};
  const problems = await drive(task, Number(port), { protocol: protocol as Protocol, onExchange }).catch((error: Error) => [error.message]);
  for (const problem of problems) console.error(`✗ ${problem}`);
  console.log(problems.length === 0 ? `✓ ${task}` : `✗ ${task}: ${problems.length} problem(s)`);
  process.exit(problems.length === 0 ? 0 : 1);
}
