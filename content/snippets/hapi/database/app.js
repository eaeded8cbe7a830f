import Hapi from '@hapi/hapi';
import { PrismaClient } from '@prisma/client';
import { PrismaLibSQL } from '@prisma/adapter-libsql';

const prisma = new PrismaClient({ adapter: new PrismaLibSQL({ url: process.env.DATABASE_URL }) });
const server = Hapi.server({ host: '127.0.0.1', port: Number(process.env.PORT) });

server.route({
  method: 'POST',
  path: '/notes',
  handler: async (request, h) => {
    const note = await prisma.note.create({ data: { text: request.payload.text } });
    return h.response(note).code(201);
  },
});

server.route({
  method: 'GET',
  path: '/notes/{id}',
  handler: async (request, h) => {
    const id = Number(request.params.id);
    const note = Number.isInteger(id) ? await prisma.note.findUnique({ where: { id } }) : null;
    return note ?? h.response({ error: 'note not found' }).code(404);
  },
});

await server.start();
