import Fastify from 'fastify';

const fastify = Fastify();

fastify.get('/hello/:name', async (request) => {
  return { message: `Hello, ${request.params.name}` };
});

await fastify.listen({ host: '127.0.0.1', port: Number(process.env.PORT) });
