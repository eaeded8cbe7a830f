import Koa from 'koa';
import Router from '@koa/router';
import { bodyParser } from '@koa/bodyparser';
import * as z from 'zod';

const User = z.object({
  name: z.string().min(1),
  age: z.int().min(0),
});

const router = new Router();

router.post('/users', (ctx) => {
  const result = User.safeParse(ctx.request.body);
  if (!result.success) {
    // flattenError lists the messages under each bad field's name.
    ctx.status = 422;
    ctx.body = z.flattenError(result.error);
    return;
  }
  ctx.status = 201;
  ctx.body = result.data;
});

const app = new Koa();
app.use(bodyParser()).use(router.routes()).use(router.allowedMethods());
app.listen(Number(process.env.PORT), '127.0.0.1');
