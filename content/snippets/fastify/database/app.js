import Fastify from 'fastify';
import { PrismaClient } from '@prisma/client';
import { PrismaLibSQL } from '@prisma/adapter-libsql';

const prisma = new PrismaClient({ adapter: new PrismaLibSQL({ url: process.env.DATABASE_URL }) });
const app = Fastify();

app.post('/notes', async (request, reply) => {
  const note = await prisma.note.create({ data: { text: request.body.text } });
  return reply.code(201).send(note);
});

app.get('/notes/:id', async (request, reply) => {
  const id = Number(request.params.id);
  const note = Number.isInteger(id) ? await prisma.note.findUnique({ where: { id } }) : null;
  return note ?? reply.code(404).send({ error: 'note not found' });
});

await app.listen({ host: '127.0.0.1', port: Number(process.env.PORT) });
