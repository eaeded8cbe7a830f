import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import express from 'express';
import session from 'express-session';
import passport from 'passport';
import { Strategy as LocalStrategy } from 'passport-local';

// Passport has no password hashing: the one user's password is kept as a scrypt hash.
const salt = randomBytes(16);
const users = new Map([['ada', scryptSync('lovelace', salt, 32)]]);

passport.use(
  new LocalStrategy({ usernameField: 'user' }, (user, password, done) => {
    const hash = users.get(user);
    const ok = hash !== undefined && timingSafeEqual(hash, scryptSync(password, salt, 32));
    done(null, ok ? { name: user } : false);
  }),
);
passport.serializeUser((user, done) => done(null, user.name));
passport.deserializeUser((name, done) => done(null, { name }));

const app = express();
app.use(express.json());
app.use(session({ secret: randomBytes(32).toString('hex'), resave: false, saveUninitialized: false }));
app.use(passport.session());

// A failed login answers 401 (no failureRedirect is set).
app.post('/login', passport.authenticate('local'), (req, res) => res.json({ user: req.user.name }));

app.get('/me', (req, res) => {
  if (!req.isAuthenticated()) return res.status(401).json({ error: 'not logged in' });
  res.json({ user: req.user.name });
});

app.listen(Number(process.env.PORT), '127.0.0.1');
