import { randomUUID } from 'node:crypto';
import Koa from 'koa';

const app = new Koa();

app.use(async (ctx, next) => {
  ctx.set('X-Request-Id', randomUUID());
  await next();
});

app.use((ctx) => {
  if (ctx.path === '/') ctx.body = 'ok';
});

app.listen(Number(process.env.PORT), '127.0.0.1');
