import { H3, HTTPError, getRouterParam, readBody, serve } from 'h3';
import { PrismaClient } from '@prisma/client';
import { PrismaLibSQL } from '@prisma/adapter-libsql';

const prisma = new PrismaClient({ adapter: new PrismaLibSQL({ url: process.env.DATABASE_URL }) });
const app = new H3();

app.post('/notes', async (event) => {
  const { text } = await readBody(event);
  event.res.status = 201;
  return prisma.note.create({ data: { text } });
});

app.get('/notes/:id', async (event) => {
  const id = Number(getRouterParam(event, 'id'));
  const note = Number.isInteger(id) ? await prisma.note.findUnique({ where: { id } }) : null;
  if (!note) throw HTTPError.status(404, 'Not Found', { message: 'note not found' });
  return note;
});

serve(app, { hostname: '127.0.0.1', port: Number(process.env.PORT) });
