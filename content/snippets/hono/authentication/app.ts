import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { jwt, sign } from 'hono/jwt';

const secret = randomBytes(32).toString('hex');
// Hono signs and verifies JWTs but has no user store or password hashing: scrypt from node:crypto.
const salt = randomBytes(16);
const users = new Map([['ada', scryptSync('lovelace', salt, 32)]]);

const app = new Hono();

app.post('/login', async (c) => {
  const { user, password } = await c.req.json<{ user: string; password: string }>();
  const hash = users.get(user);
  if (hash === undefined || !timingSafeEqual(hash, scryptSync(String(password), salt, 32))) {
    throw new HTTPException(401, { message: 'wrong user or password' });
  }
  const token = await sign({ sub: user, exp: Math.floor(Date.now() / 1000) + 3600 }, secret, 'HS256');
  return c.json({ token });
});

// Without a valid bearer token, the jwt middleware answers 401.
app.get('/me', jwt({ secret, alg: 'HS256' }), (c) => c.json({ user: c.get('jwtPayload').sub }));

serve({ fetch: app.fetch, hostname: '127.0.0.1', port: Number(process.env.PORT) });
