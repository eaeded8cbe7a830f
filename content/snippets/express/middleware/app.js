import { randomUUID } from 'node:crypto';
import express from 'express';

const app = express();

// Runs before every route, unknown paths included: the id lives in res.locals for the handlers.
app.use((req, res, next) => {
  res.locals.requestId = randomUUID();
  res.set('X-Request-Id', res.locals.requestId);
  next();
});

app.get('/', (req, res) => {
  res.send(res.locals.requestId);
});

app.listen(Number(process.env.PORT), '127.0.0.1');
