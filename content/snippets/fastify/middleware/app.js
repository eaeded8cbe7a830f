import { randomUUID } from 'node:crypto';
import Fastify from 'fastify';

const fastify = Fastify();

fastify.addHook('onRequest', async (request, reply) => {
  reply.header('X-Request-Id', randomUUID());
});

fastify.get('/', async () => 'ok');

await fastify.listen({ host: '127.0.0.1', port: Number(process.env.PORT) });
