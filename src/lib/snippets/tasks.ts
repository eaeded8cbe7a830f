// The six snippet tasks and what a running snippet must do for each. Pure checks on what the
// driver saw, so they can be unit-tested without a server (tests/unit/snippets.test.ts replays
// recorded wrong answers against them); scripts/snippets/drive.ts does the I/O. Each check works
// out what every request should get from the request itself, and also checks that the driver
// asked the questions that catch the usual bugs, so neither side can be weakened alone.

export const TASKS = ['routing', 'middleware', 'input-validation', 'websockets', 'database', 'authentication'] as const;
export type Task = (typeof TASKS)[number];

/**
 * The features each task proves, the first being the one whose page is the task's home. A snippet
 * must agree with every one of these cells (lint rule snippet-cells), and the content check
 * fails when one is not a feature in content/features.yaml, so no task vanishes silently.
 */
export const TASK_FEATURES: Record<Task, readonly [string, ...string[]]> = {
  routing: ['routing'],
  middleware: ['middleware'],
  'input-validation': ['input-validation'],
  websockets: ['websockets'],
  database: ['orm', 'migrations'],
  authentication: ['authentication'],
};

/** The tasks that prove a feature (the database task proves both orm and migrations). */
export function tasksOfFeature(featureId: string): Task[] {
  return TASKS.filter((t) => TASK_FEATURES[t].includes(featureId));
}

/** A task's title from its features' names: "Routing", "ORM and schema migrations". */
export function taskTitle(task: Task, featureName: (id: string) => string | undefined): string {
  const names = TASK_FEATURES[task].map((id) => featureName(id) ?? id);
  const lowerFirst = (s: string) => (/^\p{Lu}\p{Ll}/u.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s);
  return [names[0]!, ...names.slice(1).map(lowerFirst)].join(' and ');
}

/** What each task asks of every framework, shown above the snippets and in the README. */
export const TASK_STATEMENTS: Record<Task, string> = {
  routing:
    'GET /hello/{name} answers JSON {"message": "Hello, <name>"}, the name percent-decoded; other paths answer 404 and other methods on the route 404 or 405.',
  middleware:
    'A middleware gives every request a new id before the handler runs: GET / answers the id it reads as its body, and every response, 404s included, carries it as the X-Request-Id header.',
  'input-validation':
    'POST /users with JSON {"name": non-empty string, "age": integer ≥ 0} answers 201 with the user, or 400/422 naming exactly the bad fields.',
  websockets: '/ws echoes every text message back to the client that sent it, and to no other.',
  database:
    'A Note model (integer id, text) whose table a migration creates in a SQLite file; POST /notes {"text": …} answers 201 with the stored note, GET /notes/{id} answers it with 200, or 404 for an id that does not exist.',
  authentication:
    'POST /login {"user": "ada", "password": "lovelace"} answers a session cookie or a bearer token (a wrong password 401); GET /me answers 401 without it, or with a forged one, and 200 {"user": "ada"} with it.',
};

export function isTask(value: string): value is Task {
  return (TASKS as readonly string[]).includes(value);
}

/** One HTTP exchange as the driver recorded it. */
export interface Seen {
  status: number;
  contentType: string;
  requestId: string | null;
  body: string;
  /** The `name=value` pairs of every Set-Cookie header (authentication). */
  cookies?: string[];
}

/** A request the driver sent and the answer it got. */
export interface Exchange {
  method: string;
  path: string;
  /** The JSON body sent, if any. */
  sent?: unknown;
  /** authentication: which credential the request carried. */
  credential?: Credential;
  seen: Seen;
}

/** What an authentication request carried: nothing, what login gave, that altered, or an invented token. */
export type Credential = 'none' | 'issued' | 'tampered' | 'made-up';

function json(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const show = (s: Seen) => `${s.status} ${s.body.slice(0, 200).replace(/\s+/g, ' ')}`;
const label = (e: Exchange) =>
  `${e.method} ${e.path}${e.sent === undefined ? '' : ` ${JSON.stringify(e.sent)}`}${e.credential && e.credential !== 'none' ? ` (${e.credential} credential)` : ''}`;

// ---------------------------------------------------------------------------------------------
// routing

/** The requests the driver sends for routing; `salt` varies one name per run. */
export function routingRequests(salt: number): { method: string; path: string }[] {
  return [
    { method: 'GET', path: '/hello/Ada' },
    { method: 'GET', path: `/hello/Grace${salt % 97}` },
    { method: 'GET', path: '/hello/Ada%20Lovelace' },
    { method: 'GET', path: '/no-such-page' },
    { method: 'GET', path: '/hello/Ada/extra' },
    { method: 'GET', path: '/goodbye/Ada' },
    { method: 'DELETE', path: '/hello/Ada' },
  ];
}

const GREETING = /^\/hello\/([^/]+)$/;

/**
 * routing: GET /hello/<name> greets the percent-decoded name as JSON; any other path is 404; any
 * other method on the route is 404 or 405. The exchanges must include a percent-encoded name, an
 * unknown path and another method.
 */
export function checkRouting(exchanges: Exchange[]): string[] {
  const problems: string[] = [];
  const asked = { encoded: false, unknown: false, method: false, greeting: false };
  for (const e of exchanges) {
    const s = e.seen;
    const match = GREETING.exec(e.path);
    if (match && e.method === 'GET') {
      const name = decodeURIComponent(match[1]!);
      asked.greeting = true;
      if (name !== match[1]) asked.encoded = true;
      const want = `Hello, ${name}`;
      const body = json(s.body);
      if (s.status !== 200) problems.push(`${label(e)}: expected 200, got ${show(s)}`);
      else if (!/json/i.test(s.contentType)) problems.push(`${label(e)}: expected a JSON content type, got "${s.contentType}"`);
      else if (!isRecord(body) || body.message !== want) problems.push(`${label(e)}: expected {"message": "${want}"}, got ${show(s)}`);
    } else if (match) {
      asked.method = true;
      if (s.status !== 404 && s.status !== 405) problems.push(`${label(e)}: expected 404 or 405 (the route answers GET only), got ${show(s)}`);
    } else {
      asked.unknown = true;
      if (s.status !== 404) problems.push(`${label(e)}: expected 404 (no route matches), got ${show(s)}`);
    }
  }
  if (!asked.greeting) problems.push('the driver sent no GET /hello/<name>');
  if (!asked.encoded) problems.push('the driver sent no percent-encoded name');
  if (!asked.unknown) problems.push('the driver sent no path that no route matches');
  if (!asked.method) problems.push('the driver sent no other method to /hello/<name>');
  return problems;
}

// ---------------------------------------------------------------------------------------------
// middleware

export const MIDDLEWARE_REQUESTS = [
  { method: 'GET', path: '/' },
  { method: 'GET', path: '/' },
  { method: 'GET', path: '/no-such-page' },
  { method: 'GET', path: '/' },
];

/** Does the body carry the id: the whole text, a JSON string, or a string anywhere in the JSON? */
function bodyCarries(body: string, id: string): boolean {
  if (body.trim() === id) return true;
  const strings: string[] = [];
  const walk = (v: unknown) => {
    if (typeof v === 'string') strings.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (isRecord(v)) Object.values(v).forEach(walk);
  };
  walk(json(body));
  return strings.some((s) => s.trim() === id);
}

/**
 * middleware: `/` answers 2xx with the request's id as its body (so the handler could read what
 * the middleware set before it ran), unknown paths 404; every answer has an X-Request-Id header,
 * and no two answers share one.
 */
export function checkMiddleware(exchanges: Exchange[]): string[] {
  const problems: string[] = [];
  const asked = { root: 0, unknown: 0 };
  for (const e of exchanges) {
    const s = e.seen;
    const id = s.requestId?.trim() ?? '';
    if (!id) problems.push(`${label(e)} (status ${s.status}): no X-Request-Id header`);
    if (e.path === '/') {
      asked.root += 1;
      if (s.status < 200 || s.status > 299) problems.push(`${label(e)}: expected 2xx, got ${show(s)}`);
      else if (id && !bodyCarries(s.body, id)) {
        problems.push(
          `${label(e)}: expected the body to carry the id the handler read (X-Request-Id: ${id}), got ${show(s)}; does the middleware run before the handler and pass the id on?`,
        );
      }
    } else {
      asked.unknown += 1;
      if (s.status !== 404) problems.push(`${label(e)}: expected 404 (no route matches), got ${show(s)}`);
    }
  }
  const ids = exchanges.map((e) => e.seen.requestId?.trim()).filter((id): id is string => Boolean(id));
  if (new Set(ids).size !== ids.length) problems.push(`X-Request-Id repeats across requests: ${ids.join(', ')}`);
  if (asked.root < 2) problems.push('the driver sent fewer than two GET / (a fixed id would go unnoticed)');
  if (asked.unknown < 1) problems.push('the driver sent no path that no route matches');
  return problems;
}

// ---------------------------------------------------------------------------------------------
// input-validation

export const FIELDS = ['name', 'age'] as const;
export const VALID_USER = { name: 'Ada', age: 36 };
/** The bodies the driver posts: a valid user, then one bad field at a time. */
export const USERS: Record<string, unknown>[] = [VALID_USER, { name: '', age: 36 }, { name: 'Ada', age: -1 }, { name: 'Ada', age: 'old' }];

/** The fields of `user` that break the task's rules. */
export function badFields(user: Record<string, unknown>): string[] {
  const bad: string[] = [];
  if (typeof user.name !== 'string' || user.name.length === 0) bad.push('name');
  if (typeof user.age !== 'number' || !Number.isInteger(user.age) || user.age < 0) bad.push('age');
  return bad;
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Which of `fields` an error body names, read from the parsed JSON: a key equal to the field
 * (`{"age": ["must be ≥ 0"]}`), or a string value that is the field's name or a path ending in it
 * (`"path": "age"`, `"loc": ["body", "age"]`, `"pointer": "/age"`, `"field": "body.age"`). Words
 * inside messages do not count ("message" contains "age"), and neither does an echo of the body
 * that was sent. A key only counts when it holds an error (words, a list or an object), not a
 * plain value such as `"name": "ValidationError"` from an error class or a sample body such as
 * Elysia's `"expected": {"name": " ", "age": 0}`.
 */
/** An error's kind rather than a message about a field: "ValidationError", "BadRequest" (Feathers), "UnprocessableEntity". */
const ERROR_KIND = /^(?:[A-Z]\w*(?:Error|Exception)|[A-Z][a-z]+(?:[A-Z][a-z]+)+)$/;

export function namedFields(body: unknown, sent: unknown, fields: readonly string[] = FIELDS): string[] {
  const named = new Set<string>();
  const lastSegment = (s: string) =>
    s
      .trim()
      .split(/[./[\]#$]+/)
      .filter(Boolean)
      .pop() ?? '';
  const walk = (v: unknown) => {
    if (sent !== undefined && sameJson(v, sent)) return;
    if (typeof v === 'string') {
      const last = lastSegment(v);
      if (fields.includes(v.trim()) || (/^[\w$#./[\]-]+$/.test(v.trim()) && fields.includes(last))) named.add(fields.includes(v.trim()) ? v.trim() : last);
    } else if (Array.isArray(v)) v.forEach(walk);
    else if (isRecord(v)) {
      for (const [key, value] of Object.entries(v)) {
        if (
          fields.includes(key) &&
          (Array.isArray(value) || isRecord(value) || (typeof value === 'string' && /\p{L}/u.test(value) && !ERROR_KIND.test(value)))
        ) {
          named.add(key);
        }
        walk(value);
      }
    }
  };
  walk(body);
  return fields.filter((f) => named.has(f));
}

/**
 * input-validation: a valid user gets 201 and itself back as JSON; a user with bad fields gets
 * 400 or 422 naming exactly those fields. The exchanges must include a valid user, one with only
 * the name bad, one with only a negative age and one with an age of the wrong type.
 */
export function checkValidation(exchanges: Exchange[]): string[] {
  const problems: string[] = [];
  const asked = new Set<string>();
  for (const e of exchanges) {
    const s = e.seen;
    const user = isRecord(e.sent) ? e.sent : {};
    const bad = badFields(user);
    const answer = json(s.body);
    if (bad.length === 0) {
      asked.add('valid');
      if (s.status !== 201) problems.push(`${label(e)}: expected 201, got ${show(s)}`);
      else if (!isRecord(answer) || !FIELDS.every((f) => answer[f] === user[f])) problems.push(`${label(e)}: expected the user back as JSON, got ${show(s)}`);
      continue;
    }
    if (bad.length === 1 && bad[0] === 'name') asked.add('name');
    if (bad.length === 1 && bad[0] === 'age' && typeof user.age === 'number') asked.add('age range');
    if (bad.length === 1 && bad[0] === 'age' && typeof user.age !== 'number') asked.add('age type');
    if (s.status !== 400 && s.status !== 422) {
      problems.push(`${label(e)}: expected 400 or 422, got ${show(s)}`);
      continue;
    }
    const named = answer === undefined ? [] : namedFields(answer, e.sent);
    const missing = bad.filter((f) => !named.includes(f));
    const extra = named.filter((f) => !bad.includes(f));
    if (answer === undefined) problems.push(`${label(e)}: expected a JSON error naming ${bad.map((f) => `"${f}"`).join(' and ')}, got ${show(s)}`);
    else if (missing.length > 0 || extra.length > 0) {
      problems.push(
        `${label(e)}: expected the error to name exactly ${bad.map((f) => `"${f}"`).join(' and ')} (as a key or as a field name or path value), ` +
          `it names ${named.length ? named.map((f) => `"${f}"`).join(' and ') : 'no field'}: ${show(s)}`,
      );
    }
  }
  for (const [key, what] of [
    ['valid', 'a valid user'],
    ['name', 'a user with only the name bad'],
    ['age range', 'a user with only a negative age'],
    ['age type', 'a user with an age of the wrong type'],
  ]) {
    if (!asked.has(key!)) problems.push(`the driver sent no ${what}`);
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// websockets

/** websockets: every message sent comes back, in order, and nothing else arrives. */
export function checkEcho(sent: string[], received: string[], who = 'one client'): string[] {
  const same = sent.length === received.length && sent.every((m, i) => received[i] === m);
  return same ? [] : [`${who} sent ${JSON.stringify(sent)}, received ${JSON.stringify(received)}`];
}

/**
 * websockets with two clients open at once, sending in turn: each gets its own echoes only (a
 * server that broadcasts, or shares one buffer, fails here).
 */
export function checkEchoPair(a: { sent: string[]; received: string[] }, b: { sent: string[]; received: string[] }): string[] {
  const problems = [...checkEcho(a.sent, a.received, 'client A of two'), ...checkEcho(b.sent, b.received, 'client B of two')];
  if (a.sent.length < 2 || b.sent.length < 2 || a.sent.some((m) => b.sent.includes(m)))
    problems.push('the driver must send two different messages from each of two clients');
  return problems;
}

// ---------------------------------------------------------------------------------------------
// database

/** The notes the driver creates; `salt` makes their text unique to the run. */
export function noteTexts(salt: number): string[] {
  return [`Remember the milk ${salt}`, `Call Grace about note ${salt + 1}`];
}

/** The notes found in the SQLite file after the run: table name and rows, or why none could be read. */
export type Stored = { table: string; rows: { id: unknown; text: unknown }[] } | { problem: string };

/** The integer ids the 201 answers gave, in order. */
export function createdIds(exchanges: Exchange[]): number[] {
  return exchanges.flatMap((e) => {
    const answer = e.seen.status === 201 ? json(e.seen.body) : undefined;
    return isRecord(answer) && Number.isInteger(answer.id) ? [answer.id as number] : [];
  });
}

const NOTE_PATH = /^\/notes\/([^/]+)$/;

/**
 * database: each POST /notes answers 201 with `{"id": <integer>, "text": <the text sent>}`, ids
 * differ; GET /notes/<an id it gave> answers 200 with that note; GET /notes/<any other id> 404.
 * The exchanges must include two notes created, both read back and one id never given; and the
 * SQLite file must hold the created notes in a table named like "note(s)" (so a store in memory,
 * or in another file, fails).
 */
export function checkDatabase(exchanges: Exchange[], stored: Stored): string[] {
  const problems: string[] = [];
  const created = new Map<string, string>();
  const asked = { created: 0, read: 0, unknown: 0 };
  for (const e of exchanges) {
    const s = e.seen;
    const answer = json(s.body);
    if (e.method === 'POST' && e.path === '/notes') {
      const text = isRecord(e.sent) ? e.sent.text : undefined;
      asked.created += 1;
      if (s.status !== 201) problems.push(`${label(e)}: expected 201, got ${show(s)}`);
      else if (!isRecord(answer) || !Number.isInteger(answer.id) || answer.text !== text)
        problems.push(`${label(e)}: expected {"id": <integer>, "text": ${JSON.stringify(text)}}, got ${show(s)}`);
      else if (created.has(String(answer.id))) problems.push(`${label(e)}: the id ${String(answer.id)} was already given to another note`);
      else created.set(String(answer.id), String(text));
      continue;
    }
    const match = NOTE_PATH.exec(e.path);
    if (e.method !== 'GET' || !match) {
      problems.push(`${label(e)}: the driver has no expectation for this request`);
      continue;
    }
    const text = created.get(decodeURIComponent(match[1]!));
    if (text === undefined) {
      asked.unknown += 1;
      if (s.status !== 404) problems.push(`${label(e)}: expected 404 (no note has this id), got ${show(s)}`);
      continue;
    }
    asked.read += 1;
    if (s.status !== 200) problems.push(`${label(e)}: expected 200, got ${show(s)}`);
    else if (!isRecord(answer) || String(answer.id) !== match[1] || answer.text !== text)
      problems.push(`${label(e)}: expected {"id": ${match[1]}, "text": ${JSON.stringify(text)}}, got ${show(s)}`);
  }
  if (asked.created < 2) problems.push('the driver created fewer than two notes');
  if (asked.read < 2) problems.push('the driver read back fewer than two notes it created');
  if (asked.unknown < 1) problems.push('the driver asked for no id that was never given');
  if ('problem' in stored) problems.push(`the SQLite file: ${stored.problem}`);
  else {
    for (const [id, text] of created) {
      if (!stored.rows.some((r) => String(r.id) === id && r.text === text))
        problems.push(`the SQLite file: table "${stored.table}" has no row with id ${id} and text ${JSON.stringify(text)} (is the note stored elsewhere?)`);
    }
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// authentication

export const USER = { user: 'ada', password: 'lovelace' } as const;
/** The logins the driver attempts: the right one, a wrong password, an unknown user. */
export const LOGINS: Record<string, string>[] = [{ user: 'ada', password: 'not-lovelace' }, { user: 'grace', password: 'lovelace' }, { ...USER }];

/** What a successful login handed out: a bearer token from the JSON body, else the cookies set. */
export function issuedCredential(seen: Seen): { token: string } | { cookies: string[] } | undefined {
  const body = json(seen.body);
  if (isRecord(body)) {
    for (const key of ['token', 'access_token', 'accessToken']) {
      const value = body[key];
      if (typeof value === 'string' && value.length > 0) return { token: value };
    }
  }
  return seen.cookies && seen.cookies.length > 0 ? { cookies: seen.cookies } : undefined;
}

/** The credential with one character in the middle of each value changed (breaks a signature or an opaque id). */
export function tamper(value: string): string {
  const i = Math.floor(value.length / 2);
  const c = value[i] ?? 'a';
  const swap = c === 'A' ? 'B' : /[0-9]/.test(c) ? (c === '7' ? '3' : '7') : 'A';
  return value.slice(0, i) + swap + value.slice(i + 1);
}

const isLogin = (e: Exchange) => e.method === 'POST' && e.path === '/login';
/** Is this login body the one user's right password? */
export const isRightLogin = (sent: unknown) => isRecord(sent) && sent.user === USER.user && sent.password === USER.password;

/**
 * authentication: only ada/lovelace logs in (2xx with a token or a cookie); other logins 401;
 * GET /me answers 200 {"user": "ada"} with the issued credential and 401 without one, with a
 * tampered one or with a made-up token. The exchanges must include each of those cases.
 */
export function checkAuthentication(exchanges: Exchange[]): string[] {
  const problems: string[] = [];
  const asked = new Set<string>();
  for (const e of exchanges) {
    const s = e.seen;
    if (isLogin(e)) {
      if (isRightLogin(e.sent)) {
        asked.add('login');
        if (s.status < 200 || s.status > 299) problems.push(`${label(e)}: expected 2xx, got ${show(s)}`);
        else if (!issuedCredential(s)) problems.push(`${label(e)}: expected a session cookie or JSON {"token": …}, got ${show(s)} and no Set-Cookie`);
      } else {
        asked.add(isRecord(e.sent) && e.sent.user === USER.user ? 'wrong password' : 'unknown user');
        if (s.status !== 401) problems.push(`${label(e)}: expected 401, got ${show(s)}`);
      }
      continue;
    }
    if (e.method !== 'GET' || e.path !== '/me') {
      problems.push(`${label(e)}: the driver has no expectation for this request`);
      continue;
    }
    const credential = e.credential ?? 'none';
    asked.add(`me ${credential}`);
    const answer = json(s.body);
    if (credential === 'issued') {
      if (s.status !== 200) problems.push(`${label(e)}: expected 200, got ${show(s)}`);
      else if (!isRecord(answer) || answer.user !== USER.user) problems.push(`${label(e)}: expected {"user": "ada"}, got ${show(s)}`);
    } else if (s.status !== 401) problems.push(`${label(e)}: expected 401, got ${show(s)}`);
  }
  for (const [key, what] of [
    ['login', 'the right login'],
    ['wrong password', 'a wrong password'],
    ['unknown user', 'an unknown user'],
    ['me none', 'GET /me without a credential'],
    ['me issued', 'GET /me with the issued credential'],
    ['me tampered', 'GET /me with a tampered credential'],
    ['me made-up', 'GET /me with a made-up token'],
  ] as const) {
    if (!asked.has(key)) problems.push(`the driver sent no ${what}`);
  }
  return problems;
}

/** The order snippets are listed in everywhere: by framework slug, then in task order. */
export function bySnippetOrder(a: { framework: string; task: Task }, b: { framework: string; task: Task }): number {
  return a.framework.localeCompare(b.framework) || TASKS.indexOf(a.task) - TASKS.indexOf(b.task);
}
