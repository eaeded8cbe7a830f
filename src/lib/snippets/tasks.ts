// The four snippet tasks and what a running snippet must do for each. Pure checks on what the
// driver saw, so they can be unit-tested without a server; scripts/snippets/drive.ts does the I/O.

export const TASKS = ['routing', 'middleware', 'input-validation', 'websockets'] as const;
export type Task = (typeof TASKS)[number];

/** What each task asks of every framework, shown above the snippets and in the README. */
export const TASK_STATEMENTS: Record<Task, string> = {
  routing: 'GET /hello/{name} answers JSON {"message": "Hello, <name>"}.',
  middleware: 'A middleware sets an X-Request-Id header on every response, a new id per request.',
  'input-validation':
    'POST /users with JSON {"name": non-empty string, "age": integer ≥ 0} answers 201 with the user, or 400/422 naming the bad fields.',
  websockets: '/ws echoes every text message back.',
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
}

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

const show = (s: Seen) => `${s.status} ${s.body.slice(0, 160).replace(/\s+/g, ' ')}`;

/** routing: GET /hello/<name> for each name, in order. */
export function checkRouting(names: string[], seen: Seen[]): string[] {
  return names.flatMap((name, i) => {
    const s = seen[i];
    if (!s) return [`GET /hello/${name}: no answer recorded`];
    const want = `Hello, ${name}`;
    const body = json(s.body);
    if (s.status !== 200) return [`GET /hello/${name}: expected 200, got ${show(s)}`];
    if (!/json/i.test(s.contentType)) return [`GET /hello/${name}: expected a JSON content type, got "${s.contentType}"`];
    if (!isRecord(body) || body.message !== want) return [`GET /hello/${name}: expected {"message": "${want}"}, got ${show(s)}`];
    return [];
  });
}

/** middleware: two requests to a route and one to a path no route matches. */
export function checkMiddleware(seen: Seen[]): string[] {
  const problems = seen.flatMap((s, i) =>
    s.requestId ? [] : [`request ${i + 1} (status ${s.status}): no X-Request-Id header`],
  );
  const ids = seen.map((s) => s.requestId).filter(Boolean);
  if (ids.length === seen.length && new Set(ids).size !== ids.length) {
    problems.push(`X-Request-Id repeats across requests: ${ids.join(', ')}`);
  }
  return problems;
}

export const VALID_USER = { name: 'Ada', age: 36 };
export const INVALID_USER = { name: '', age: -1 };
export const MISTYPED_USER = { name: 'Ada', age: 'old' };

/** input-validation: [valid, invalid, mistyped] in that order. */
export function checkValidation([valid, invalid, mistyped]: [Seen, Seen, Seen]): string[] {
  const problems: string[] = [];
  const created = json(valid.body);
  if (valid.status !== 201) problems.push(`valid user: expected 201, got ${show(valid)}`);
  else if (!isRecord(created) || created.name !== VALID_USER.name || created.age !== VALID_USER.age) {
    problems.push(`valid user: expected the user back as JSON, got ${show(valid)}`);
  }
  if (invalid.status !== 400 && invalid.status !== 422) problems.push(`empty name and negative age: expected 400 or 422, got ${show(invalid)}`);
  else {
    for (const field of ['name', 'age']) {
      if (!invalid.body.includes(field)) problems.push(`empty name and negative age: the answer does not name "${field}": ${show(invalid)}`);
    }
  }
  if (mistyped.status !== 400 && mistyped.status !== 422) problems.push(`age "old": expected 400 or 422, got ${show(mistyped)}`);
  return problems;
}

/** websockets: every message sent comes back, in order. */
export function checkEcho(sent: string[], received: string[]): string[] {
  const same = sent.length === received.length && sent.every((m, i) => received[i] === m);
  return same ? [] : [`sent ${JSON.stringify(sent)}, received ${JSON.stringify(received)}`];
}
