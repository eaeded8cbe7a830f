import { createServer } from 'node:http';
import { json } from 'node:stream/consumers';
import { PrismaClient } from '@prisma/client';
import { PrismaLibSQL } from '@prisma/adapter-libsql';

const prisma = new PrismaClient({ adapter: new PrismaLibSQL({ url: process.env.DATABASE_URL }) });

function send(res, status, body) {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

async function handle(req, res) {
  if (req.method === 'POST' && req.url === '/notes') {
    const { text } = await json(req);
    return send(res, 201, await prisma.note.create({ data: { text } }));
  }
  const id = req.method === 'GET' && /^\/notes\/(\d+)$/.exec(req.url)?.[1];
  const note = id ? await prisma.note.findUnique({ where: { id: Number(id) } }) : null;
  if (!note) return send(res, 404, { error: 'Not Found' });
  send(res, 200, note);
}

// A failed query (or a body that is not JSON) answers 500 instead of ending the process.
const server = createServer((req, res) => handle(req, res).catch(() => send(res, 500, { error: 'Internal Server Error' })));
server.listen(Number(process.env.PORT), '127.0.0.1');
