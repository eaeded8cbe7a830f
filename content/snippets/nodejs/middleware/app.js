import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import connect from 'connect';

const app = connect();

// First in the stack, so it runs for every request; the id travels on the request object.
app.use((req, res, next) => {
  req.requestId = randomUUID();
  res.setHeader('X-Request-Id', req.requestId);
  next();
});

app.use((req, res, next) => {
  if (req.url !== '/') return next();
  res.end(req.requestId);
});

createServer(app).listen(Number(process.env.PORT), '127.0.0.1');
