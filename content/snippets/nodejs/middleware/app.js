import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import connect from 'connect';

const app = connect();

app.use((req, res, next) => {
  res.setHeader('X-Request-Id', randomUUID());
  next();
});

app.use((req, res, next) => {
  if (req.url !== '/') return next();
  res.end('ok');
});

createServer(app).listen(Number(process.env.PORT), '127.0.0.1');
