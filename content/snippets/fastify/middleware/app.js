import { randomUUID } from 'node:crypto';
import Fastify from 'fastify';

const fastify = Fastify();
fastify.decorateRequest('requestId', '');

// onRequest runs before routing's handlers, for 404s too.
fastify.addHook('onRequest', async (request, reply) => {
  request.requestId = randomUUID();
  reply.header('X-Request-Id', request.requestId);
});

fastify.get('/', async (request) => request.requestId);

await fastify.listen({ host: '127.0.0.1', port: Number(process.env.PORT) });
