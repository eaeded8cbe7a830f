import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import Hapi from '@hapi/hapi';
import Jwt from '@hapi/jwt';

const secret = randomBytes(32).toString('hex');
// @hapi/jwt signs and verifies tokens; password hashing is up to the app.
const salt = randomBytes(16);
const users = new Map([['ada', scryptSync('lovelace', salt, 32)]]);

const server = Hapi.server({ host: '127.0.0.1', port: Number(process.env.PORT) });
await server.register(Jwt);

server.auth.strategy('token', 'jwt', {
  keys: secret,
  verify: { aud: false, iss: false, sub: false, exp: true, maxAgeSec: 3600 },
  validate: (artifacts) => ({ isValid: true, credentials: { user: artifacts.decoded.payload.user } }),
});
server.auth.default('token');

server.route({
  method: 'POST',
  path: '/login',
  options: { auth: false },
  handler: (request, h) => {
    const { user, password } = request.payload;
    const hash = users.get(user);
    if (hash === undefined || !timingSafeEqual(hash, scryptSync(String(password), salt, 32))) {
      return h.response({ error: 'wrong user or password' }).code(401);
    }
    return { token: Jwt.token.generate({ user }, { key: secret, algorithm: 'HS256' }, { ttlSec: 3600 }) };
  },
});

// Uses the default strategy: no valid bearer token, 401.
server.route({
  method: 'GET',
  path: '/me',
  handler: (request) => ({ user: request.auth.credentials.user }),
});

await server.start();
