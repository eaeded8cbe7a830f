import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';
import { json } from 'node:stream/consumers';
import session from 'express-session';
import passport from 'passport';
import { Strategy as LocalStrategy } from 'passport-local';

// Passport has no password hashing: the one user's password is kept as a scrypt hash.
const salt = randomBytes(16);
const users = new Map([['ada', scryptSync('lovelace', salt, 32)]]);

passport.use(
  new LocalStrategy({ usernameField: 'user' }, (user, password, done) => {
    const hash = users.get(user);
    const ok = hash !== undefined && timingSafeEqual(hash, scryptSync(String(password), salt, 32));
    done(null, ok ? { name: user } : false);
  }),
);
passport.serializeUser((user, done) => done(null, user.name));
passport.deserializeUser((name, done) => done(null, { name }));

// Passport and express-session are Connect-style middleware; on bare node:http each is
// called with a next callback, wrapped in a promise.
const run = (middleware, req, res) =>
  new Promise((resolve, reject) => middleware(req, res, (err) => (err ? reject(err) : resolve())));
const login = (req, res) =>
  new Promise((resolve, reject) => passport.authenticate('local', (err, user) => (err ? reject(err) : resolve(user)))(req, res));
const sessions = session({ secret: randomBytes(32).toString('hex'), resave: false, saveUninitialized: false });

function send(res, status, body) {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

async function handle(req, res) {
  await run(sessions, req, res);
  await run(passport.session(), req, res);
  if (req.method === 'POST' && req.url === '/login') {
    req.body = await json(req);
    const user = await login(req, res);
    if (!user) return send(res, 401, { error: 'wrong user or password' });
    await new Promise((resolve, reject) => req.logIn(user, (err) => (err ? reject(err) : resolve())));
    return send(res, 200, { user: user.name });
  }
  if (req.method === 'GET' && req.url === '/me') {
    if (!req.isAuthenticated()) return send(res, 401, { error: 'not logged in' });
    return send(res, 200, { user: req.user.name });
  }
  send(res, 404, { error: 'Not Found' });
}

// A body that is not JSON rejects: answer 400 instead of ending the process.
const server = createServer((req, res) => handle(req, res).catch(() => send(res, 400, { error: 'Bad Request' })));
server.listen(Number(process.env.PORT), '127.0.0.1');
