// Drive a running snippet over HTTP or WebSocket on 127.0.0.1 and check the task's behaviour.
// Usage: node scripts/snippets/drive.ts <task> <port> [websocket|socket.io]
// Exits 0 when the snippet does what the task asks, 1 with the reasons otherwise.
import { io } from 'socket.io-client';
import {
  INVALID_USER, MISTYPED_USER, VALID_USER, checkEcho, checkMiddleware, checkRouting, checkValidation, isTask,
  type Seen, type Task,
} from '../../src/lib/snippets/tasks.ts';
import { PROTOCOLS, type Protocol } from '../../src/lib/snippets/meta.ts';

const TIMEOUT_MS = 10_000;

async function request(base: string, path: string, init: RequestInit = {}): Promise<Seen> {
  const response = await fetch(base + path, { ...init, signal: AbortSignal.timeout(TIMEOUT_MS) });
  return {
    status: response.status,
    contentType: response.headers.get('content-type') ?? '',
    requestId: response.headers.get('x-request-id'),
    body: await response.text(),
  };
}

const postJson = (base: string, body: unknown) =>
  request(base, '/users', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

function echoOverWebSocket(url: string, messages: string[]): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url);
    const received: string[] = [];
    const timer = setTimeout(() => { socket.close(); resolve(received); }, TIMEOUT_MS);
    socket.addEventListener('open', () => socket.send(messages[0]!));
    socket.addEventListener('message', (event) => {
      received.push(String(event.data));
      if (received.length < messages.length) socket.send(messages[received.length]!);
      else { clearTimeout(timer); socket.close(); resolve(received); }
    });
    socket.addEventListener('error', () => { clearTimeout(timer); reject(new Error(`could not open a WebSocket to ${url}`)); });
  });
}

function echoOverSocketIo(base: string, messages: string[]): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const socket = io(base, { path: '/ws', transports: ['websocket'], reconnection: false, timeout: TIMEOUT_MS });
    const received: string[] = [];
    const timer = setTimeout(() => { socket.close(); resolve(received); }, TIMEOUT_MS);
    socket.on('connect', () => socket.emit('message', messages[0]));
    socket.on('message', (data: unknown) => {
      received.push(String(data));
      if (received.length < messages.length) socket.emit('message', messages[received.length]);
      else { clearTimeout(timer); socket.close(); resolve(received); }
    });
    socket.on('connect_error', (error) => { clearTimeout(timer); socket.close(); reject(new Error(`Socket.IO could not connect on path /ws: ${error.message}`)); });
  });
}

/** Run one task against a snippet listening on 127.0.0.1:<port>; resolves to the problems found. */
export async function drive(task: Task, port: number, protocol: Protocol = 'websocket'): Promise<string[]> {
  const base = `http://127.0.0.1:${port}`;
  switch (task) {
    case 'routing': {
      const names = ['Ada', `Grace${port % 97}`];
      return checkRouting(names, [await request(base, `/hello/${names[0]}`), await request(base, `/hello/${names[1]}`)]);
    }
    case 'middleware':
      return checkMiddleware([await request(base, '/'), await request(base, '/'), await request(base, '/no-such-page')]);
    case 'input-validation':
      return checkValidation([await postJson(base, VALID_USER), await postJson(base, INVALID_USER), await postJson(base, MISTYPED_USER)]);
    case 'websockets': {
      const sent = ['hello', `second message ${port}`];
      const received = protocol === 'socket.io' ? await echoOverSocketIo(base, sent) : await echoOverWebSocket(`ws://127.0.0.1:${port}/ws`, sent);
      return checkEcho(sent, received);
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [task = '', port = '', protocol = 'websocket'] = process.argv.slice(2);
  if (!isTask(task) || !/^\d+$/.test(port) || !(PROTOCOLS as readonly string[]).includes(protocol)) {
    console.error('usage: node scripts/snippets/drive.ts <routing|middleware|input-validation|websockets> <port> [websocket|socket.io]');
    process.exit(2);
  }
  const problems = await drive(task, Number(port), protocol as Protocol).catch((error: Error) => [error.message]);
  for (const problem of problems) console.error(`✗ ${problem}`);
  console.log(problems.length === 0 ? `✓ ${task}` : `✗ ${task}: ${problems.length} problem(s)`);
  process.exit(problems.length === 0 ? 0 : 1);
}
