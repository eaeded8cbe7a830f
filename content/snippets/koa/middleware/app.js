import { randomUUID } from 'node:crypto';
import Koa from 'koa';

const app = new Koa();

// First in the stack, so it runs for every request; ctx.state hands the id on.
app.use(async (ctx, next) => {
  ctx.state.requestId = randomUUID();
  ctx.set('X-Request-Id', ctx.state.requestId);
  await next();
});

app.use((ctx) => {
  if (ctx.path === '/') ctx.body = ctx.state.requestId;
});

app.listen(Number(process.env.PORT), '127.0.0.1');
