import Koa from 'koa';
import Router from '@koa/router';
import { bodyParser } from '@koa/bodyparser';
import { PrismaClient } from '@prisma/client';
import { PrismaLibSQL } from '@prisma/adapter-libsql';

const prisma = new PrismaClient({ adapter: new PrismaLibSQL({ url: process.env.DATABASE_URL }) });
const router = new Router();

router.post('/notes', async (ctx) => {
  ctx.status = 201;
  ctx.body = await prisma.note.create({ data: { text: ctx.request.body.text } });
});

router.get('/notes/:id', async (ctx) => {
  const id = Number(ctx.params.id);
  const note = Number.isInteger(id) ? await prisma.note.findUnique({ where: { id } }) : null;
  if (!note) ctx.throw(404, 'note not found');
  ctx.body = note;
});

const app = new Koa();
app.use(bodyParser()).use(router.routes()).use(router.allowedMethods());
app.listen(Number(process.env.PORT), '127.0.0.1');
