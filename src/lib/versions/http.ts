/**
 * HTTP helpers for the registry clients: a `fetch` wrapper that adds the User-Agent and a
 * timeout, getters that turn every failure into a `RegistryError` naming the host, and `guarded`,
 * which turns those errors into `Unreachable` answers so one registry's failure spoils no other line.
 */
import type { FetchLike, Lookup, Unreachable } from './types.ts';

export const USER_AGENT = 'backend-atlas check:versions';
export const TIMEOUT_MS = 8_000;

/** A failed request or an answer the client could not use; `host` says which registry. */
export class RegistryError extends Error {
  host: string;
  constructor(host: string, message: string) {
    super(message);
    this.host = host;
  }
}

/**
 * Wrap `fetch` so each request sends the User-Agent and gives up after `timeoutMs`. The timer
 * also races the promise, so a fetch that ignores its abort signal still times out.
 */
export function withTimeout(fetch: FetchLike, timeoutMs = TIMEOUT_MS, userAgent = USER_AGENT): FetchLike {
  return (url, init = {}) => {
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        controller.abort();
        reject(new RegistryError(new URL(url).host, `timed out after ${Math.round(timeoutMs / 100) / 10} s`));
      }, timeoutMs);
    });
    const headers = new Headers(init.headers);
    headers.set('User-Agent', userAgent);
    return Promise.race([fetch(url, { ...init, headers, signal: controller.signal }), timeout]).finally(() => clearTimeout(timer));
  };
}

/** Words for why a request failed: "ENOTFOUND", "timed out after 8 s", "HTTP 404". */
export function reasonOf(error: unknown): string {
  if (error instanceof RegistryError) return error.message;
  if (error instanceof Error) {
    const cause = error.cause as { code?: unknown; message?: unknown } | undefined;
    if (cause && typeof cause.code === 'string') return cause.code;
    if (cause && typeof cause.message === 'string') return cause.message;
    if (error.name === 'TimeoutError' || error.name === 'AbortError') return 'timed out';
    return error.message;
  }
  return String(error);
}

/** Statuses that usually mean a wrong or withdrawn name rather than a registry that is down. */
const STATUS_WORDS: Record<number, string> = { 403: ' forbidden or not available', 404: ' not found', 410: ' gone' };

/** GET a URL; any rejection or non-2xx answer becomes a `RegistryError` for that URL's host. */
export async function getText(fetch: FetchLike, url: string): Promise<string> {
  const host = new URL(url).host;
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new RegistryError(host, reasonOf(error));
  }
  if (!response.ok) throw new RegistryError(host, `HTTP ${response.status}${STATUS_WORDS[response.status] ?? ''}`);
  try {
    return await response.text();
  } catch (error) {
    throw new RegistryError(host, reasonOf(error));
  }
}

/** GET and parse JSON; a body that is not JSON is a `RegistryError` too. */
export async function getJson<T>(fetch: FetchLike, url: string): Promise<T> {
  const text = await getText(fetch, url);
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new RegistryError(new URL(url).host, 'answer is not JSON');
  }
}

/** Run a client's lookup; any error becomes `{ unreachable: "<host>: <reason>" }` (`host` when the error names none). */
export async function guarded<T = Lookup>(host: string, lookup: () => Promise<T>): Promise<T | Unreachable> {
  try {
    return await lookup();
  } catch (error) {
    const where = error instanceof RegistryError ? error.host : host;
    return { unreachable: `${where}: ${reasonOf(error)}` } satisfies Unreachable;
  }
}

/**
 * A `fetch` that asks each URL once and hands every caller the same body, so the newest release
 * and the list of every release (`versions`) cost one request per registry page.
 */
export function memoFetch(fetch: FetchLike): FetchLike {
  const seen = new Map<string, Promise<{ status: number; body: string }>>();
  return async (url, init) => {
    if (!seen.has(url))
      seen.set(
        url,
        fetch(url, init).then(async (r) => ({ status: r.status, body: await r.text() })),
      );
    const { status, body } = await seen.get(url)!;
    return new Response(body, { status });
  };
}

/** Thrown by clients when a registry answers but lists no stable release. */
export function noStable(host: string): RegistryError {
  return new RegistryError(host, 'no stable release listed');
}
