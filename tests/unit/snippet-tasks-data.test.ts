// The database and authentication tasks: recorded right and wrong answers replayed against the
// checks, and the SQLite reader run on real files.
import { describe, expect, it } from 'vitest';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import {
  LOGINS,
  TASK_FEATURES,
  checkAuthentication,
  checkDatabase,
  createdIds,
  issuedCredential,
  noteTexts,
  tamper,
  tasksOfFeature,
  taskTitle,
  type Credential,
  type Exchange,
  type Seen,
  type Stored,
} from '../../src/lib/snippets/tasks.ts';
import { storedNotes } from '../../scripts/snippets/drive.ts';
import { tempDir } from './temp.ts';

const seen = (status: number, body: unknown, extra: Partial<Seen> = {}): Seen => ({
  status,
  contentType: 'application/json',
  requestId: null,
  body: typeof body === 'string' ? body : JSON.stringify(body),
  ...extra,
});

// ---- database ------------------------------------------------------------------------------

const [first, second] = noteTexts(41) as [string, string];
/** A correct run: two notes created with ids 1 and 2, read back, and id 1002 unknown. */
function goodNotes(): Exchange[] {
  return [
    { method: 'POST', path: '/notes', sent: { text: first }, seen: seen(201, { id: 1, text: first }) },
    { method: 'POST', path: '/notes', sent: { text: second }, seen: seen(201, { id: 2, text: second }) },
    { method: 'GET', path: '/notes/1', seen: seen(200, { id: 1, text: first }) },
    { method: 'GET', path: '/notes/2', seen: seen(200, { id: 2, text: second }) },
    { method: 'GET', path: '/notes/1002', seen: seen(404, { detail: 'Not Found' }) },
  ];
}
const goodFile = (): Stored => ({
  table: 'notes',
  rows: [
    { id: 1, text: first },
    { id: 2, text: second },
  ],
});

describe('database task', () => {
  it('passes a snippet that stores notes in the SQLite file and reads them back', () => {
    expect(checkDatabase(goodNotes(), goodFile())).toEqual([]);
    expect(createdIds(goodNotes())).toEqual([1, 2]);
  });
  it('fails a store in memory, or in another file, however right the HTTP answers are', () => {
    expect(checkDatabase(goodNotes(), { table: 'notes', rows: [] })).toEqual([
      expect.stringContaining('no row with id 1'),
      expect.stringContaining('no row with id 2'),
    ]);
    expect(checkDatabase(goodNotes(), { problem: 'no file at DATABASE_PATH' })).toEqual([expect.stringContaining('no file at DATABASE_PATH')]);
  });
  it('fails 200 for a create, a missing id, ids given twice and a text changed on the way', () => {
    const ok200 = goodNotes().map((e) => (e.method === 'POST' ? { ...e, seen: { ...e.seen, status: 200 } } : e));
    expect(checkDatabase(ok200, goodFile()).join('\n')).toMatch(/expected 201/);
    const noId = goodNotes().map((e) => (e.method === 'POST' ? { ...e, seen: seen(201, { text: (e.sent as { text: string }).text }) } : e));
    expect(checkDatabase(noId, goodFile()).join('\n')).toMatch(/"id": <integer>/);
    const sameId = goodNotes().map((e) => (e.method === 'POST' ? { ...e, seen: seen(201, { id: 1, text: (e.sent as { text: string }).text }) } : e));
    expect(checkDatabase(sameId, goodFile()).join('\n')).toMatch(/already given/);
    const trimmed = goodNotes().map((e, i) => (i === 2 ? { ...e, seen: seen(200, { id: 1, text: first.slice(0, 10) }) } : e));
    expect(checkDatabase(trimmed, goodFile())).toEqual([expect.stringMatching(/^GET \/notes\/1: expected \{"id": 1/)]);
  });
  it('fails an unknown id answered 200 with null, or 500', () => {
    for (const wrong of [seen(200, 'null'), seen(500, 'Internal Server Error', { contentType: 'text/plain' })]) {
      const notes = goodNotes().map((e) => (e.path === '/notes/1002' ? { ...e, seen: wrong } : e));
      expect(checkDatabase(notes, goodFile())).toEqual([expect.stringMatching(/^GET \/notes\/1002: expected 404/)]);
    }
  });
  it('fails a driver that stops reading back or asking for an unknown id', () => {
    expect(checkDatabase(goodNotes().slice(0, 3), goodFile())).toEqual([
      'the driver read back fewer than two notes it created',
      'the driver asked for no id that was never given',
    ]);
  });
});

describe('reading the notes from the SQLite file', () => {
  const file = (setup: (db: DatabaseSync) => void) => {
    const path = join(tempDir('atlas-notes-'), 'notes.db');
    const db = new DatabaseSync(path);
    setup(db);
    db.close();
    return path;
  };
  it('reads id and text from a table named note or notes, whatever else the schema has', async () => {
    const path = file((db) => {
      db.exec('CREATE TABLE alembic_version (version_num TEXT); CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL, created TEXT)');
      db.exec("INSERT INTO notes (text) VALUES ('one'), ('two')");
    });
    expect(await storedNotes(path)).toEqual({
      table: 'notes',
      rows: [
        { id: 1, text: 'one' },
        { id: 2, text: 'two' },
      ],
    });
  });
  it('says what is missing: the file, or a notes table with id and text', async () => {
    expect(await storedNotes(join(tmpdir(), 'no-such-dir-atlas', 'notes.db'))).toEqual({ problem: expect.stringContaining('no file at DATABASE_PATH') });
    expect(await storedNotes(undefined)).toEqual({ problem: expect.stringContaining('no DATABASE_PATH') });
    const wrong = file((db) => db.exec('CREATE TABLE memo (id INTEGER PRIMARY KEY, text TEXT); CREATE TABLE notes (id INTEGER, body TEXT)'));
    expect(await storedNotes(wrong)).toEqual({ problem: expect.stringContaining('tables: memo, notes') });
  });
});

// ---- authentication ------------------------------------------------------------------------

const me = (credential: Credential, s: Seen): Exchange => ({ method: 'GET', path: '/me', credential, seen: s });
const login = (sent: Record<string, string>, s: Seen): Exchange => ({ method: 'POST', path: '/login', sent, seen: s });
const unauthorised = () => seen(401, { error: 'unauthorised' });
/** A correct run, with the credential as a token in JSON or as a session cookie. */
function goodAuth(by: 'token' | 'cookie' = 'token'): Exchange[] {
  const issued =
    by === 'token' ? seen(200, { access_token: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhZGEifQ.c2lnbmF0dXJl' }) : seen(204, '', { cookies: ['session=abc.def.ghi'] });
  return [
    me('none', unauthorised()),
    ...LOGINS.map((l) => login(l, l.user === 'ada' && l.password === 'lovelace' ? issued : unauthorised())),
    me('issued', seen(200, { user: 'ada' })),
    me('tampered', unauthorised()),
    me('made-up', unauthorised()),
  ];
}
const answer = (exchanges: Exchange[], which: (e: Exchange) => boolean, s: Seen) => exchanges.map((e) => (which(e) ? { ...e, seen: s } : e));

describe('authentication task', () => {
  it('passes a token login and a cookie login', () => {
    expect(checkAuthentication(goodAuth('token'))).toEqual([]);
    expect(checkAuthentication(goodAuth('cookie'))).toEqual([]);
  });
  it('fails a guard that accepts any token, or only checks that one is present', () => {
    const any = answer(goodAuth(), (e) => e.credential === 'tampered' || e.credential === 'made-up', seen(200, { user: 'ada' }));
    expect(checkAuthentication(any)).toEqual([
      expect.stringMatching(/^GET \/me \(tampered credential\): expected 401/),
      expect.stringMatching(/^GET \/me \(made-up credential\): expected 401/),
    ]);
  });
  it('fails a login that takes any password or any user', () => {
    const anyPassword = answer(goodAuth(), (e) => e.path === '/login', seen(200, { token: 'x.y.z' }));
    expect(checkAuthentication(anyPassword)).toHaveLength(2);
  });
  it('fails a redirect to a login page where 401 is asked, and a /me that names someone else', () => {
    const redirect = answer(goodAuth(), (e) => e.credential === 'none', seen(302, '', { contentType: 'text/html' }));
    expect(checkAuthentication(redirect)).toEqual([expect.stringMatching(/^GET \/me: expected 401, got 302/)]);
    const wrongUser = answer(goodAuth(), (e) => e.credential === 'issued', seen(200, { user: 'grace' }));
    expect(checkAuthentication(wrongUser)).toEqual([expect.stringContaining('expected {"user": "ada"}')]);
  });
  it('fails a login that hands out no credential, and a driver that skips the forged requests', () => {
    const nothing = answer(goodAuth(), (e) => e.path === '/login' && e.seen.status === 200, seen(200, { ok: true }));
    expect(checkAuthentication(nothing)).toEqual([expect.stringContaining('expected a session cookie or JSON {"token": …}')]);
    expect(checkAuthentication(goodAuth().filter((e) => e.credential !== 'tampered'))).toEqual(['the driver sent no GET /me with a tampered credential']);
  });
  it('takes the token from JSON first, else the cookies, and changes a character to forge one', () => {
    expect(issuedCredential(seen(200, { token: 't0k3n' }, { cookies: ['a=b'] }))).toEqual({ token: 't0k3n' });
    expect(issuedCredential(seen(200, 'OK', { cookies: ['sid=1'] }))).toEqual({ cookies: ['sid=1'] });
    expect(issuedCredential(seen(200, { token: '' }))).toBeUndefined();
    for (const value of ['abcdef', 'A', 'x7y', '12345', 'eyJ0eXAi.eyJzdWIi.sig']) {
      expect(tamper(value)).not.toBe(value);
      expect(tamper(value)).toHaveLength(value.length);
    }
  });
});

describe('tasks and the features they prove', () => {
  it('the database task proves orm and migrations, and is named after both', () => {
    expect(TASK_FEATURES.database).toEqual(['orm', 'migrations']);
    expect(tasksOfFeature('migrations')).toEqual(['database']);
    expect(tasksOfFeature('sessions')).toEqual([]);
    const names: Record<string, string> = { orm: 'ORM', migrations: 'Schema migrations', websockets: 'WebSockets' };
    expect(taskTitle('database', (id) => names[id])).toBe('ORM and schema migrations');
    expect(taskTitle('websockets', (id) => names[id])).toBe('WebSockets');
  });
});
