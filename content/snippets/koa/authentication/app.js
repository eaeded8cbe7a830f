import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import Koa from 'koa';
import Router from '@koa/router';
import { bodyParser } from '@koa/bodyparser';
import jwt from 'koa-jwt';
import jsonwebtoken from 'jsonwebtoken';

const secret = randomBytes(32).toString('hex');
// koa-jwt only verifies tokens: hashing passwords and signing tokens are up to the app.
const salt = randomBytes(16);
const users = new Map([['ada', scryptSync('lovelace', salt, 32)]]);

const router = new Router();

router.post('/login', (ctx) => {
  const { user, password } = ctx.request.body;
  const hash = users.get(user);
  if (hash === undefined || !timingSafeEqual(hash, scryptSync(String(password), salt, 32))) ctx.throw(401, 'wrong user or password');
  ctx.body = { token: jsonwebtoken.sign({ sub: user }, secret, { expiresIn: '1h' }) };
});

// Without a valid bearer token, koa-jwt answers 401.
router.get('/me', jwt({ secret }), (ctx) => {
  ctx.body = { user: ctx.state.user.sub };
});

const app = new Koa();
app.use(bodyParser()).use(router.routes()).use(router.allowedMethods());
app.listen(Number(process.env.PORT), '127.0.0.1');
