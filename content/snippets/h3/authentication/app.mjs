import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import { H3, HTTPError, getSession, readBody, serve, useSession } from 'h3';

// h3 keeps the login in a sealed (encrypted and signed) session cookie; it has no login
// flow or password hashing, so the password check below uses node:crypto's scrypt.
const sessionConfig = { name: 'session', password: randomBytes(32).toString('hex') };
const salt = randomBytes(16);
const users = new Map([['ada', scryptSync('lovelace', salt, 32)]]);

const app = new H3();

app.post('/login', async (event) => {
  const { user, password } = (await readBody(event)) ?? {};
  const hash = users.get(user);
  if (hash === undefined || !timingSafeEqual(hash, scryptSync(String(password), salt, 32))) {
    throw HTTPError.status(401, 'Unauthorized', { message: 'wrong user or password' });
  }
  const session = await useSession(event, sessionConfig);
  await session.update({ user });
  return { user };
});

app.get('/me', async (event) => {
  // A missing, tampered or expired cookie unseals to an empty session.
  const { data } = await getSession(event, sessionConfig);
  if (!data.user) throw HTTPError.status(401, 'Unauthorized', { message: 'not logged in' });
  return { user: data.user };
});

serve(app, { hostname: '127.0.0.1', port: Number(process.env.PORT) });
