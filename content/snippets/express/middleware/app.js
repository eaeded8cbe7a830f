import { randomUUID } from 'node:crypto';
import express from 'express';

const app = express();

app.use((req, res, next) => {
  res.set('X-Request-Id', randomUUID());
  next();
});

app.get('/', (req, res) => {
  res.send('ok');
});

app.listen(Number(process.env.PORT), '127.0.0.1');
