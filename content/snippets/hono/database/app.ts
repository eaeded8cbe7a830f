import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { PrismaClient } from '@prisma/client';
import { PrismaLibSQL } from '@prisma/adapter-libsql';

const prisma = new PrismaClient({ adapter: new PrismaLibSQL({ url: process.env.DATABASE_URL! }) });
const app = new Hono();

app.post('/notes', async (c) => {
  const { text } = await c.req.json<{ text: string }>();
  return c.json(await prisma.note.create({ data: { text } }), 201);
});

app.get('/notes/:id', async (c) => {
  const id = Number(c.req.param('id'));
  const note = Number.isInteger(id) ? await prisma.note.findUnique({ where: { id } }) : null;
  return note ? c.json(note) : c.json({ error: 'note not found' }, 404);
});

serve({ fetch: app.fetch, hostname: '127.0.0.1', port: Number(process.env.PORT) });
