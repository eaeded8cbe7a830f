import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import Fastify from 'fastify';
import fastifyJwt from '@fastify/jwt';

// @fastify/jwt signs and verifies tokens; the user store and password hashing are the app's.
const salt = randomBytes(16);
const users = new Map([['ada', scryptSync('lovelace', salt, 32)]]);

const app = Fastify();
await app.register(fastifyJwt, { secret: randomBytes(32).toString('hex'), sign: { expiresIn: '1h' } });

app.post('/login', async (request, reply) => {
  const { user, password } = request.body;
  const hash = users.get(user);
  if (hash === undefined || !timingSafeEqual(hash, scryptSync(String(password), salt, 32))) {
    return reply.code(401).send({ error: 'wrong user or password' });
  }
  return { token: await reply.jwtSign({ sub: user }) };
});

// jwtVerify rejects a missing, tampered or expired bearer token with a 401.
app.get('/me', { onRequest: (request) => request.jwtVerify() }, async (request) => ({ user: request.user.sub }));

await app.listen({ host: '127.0.0.1', port: Number(process.env.PORT) });
