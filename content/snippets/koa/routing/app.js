import Koa from 'koa';
import Router from '@koa/router';

const app = new Koa();
const router = new Router();

router.get('/hello/:name', (ctx) => {
  ctx.body = { message: `Hello, ${ctx.params.name}` };
});

app.use(router.routes()).use(router.allowedMethods());
app.listen(Number(process.env.PORT), '127.0.0.1');
