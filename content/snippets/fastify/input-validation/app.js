import Fastify from 'fastify';

const fastify = Fastify({ ajv: { customOptions: { allErrors: true } } });

const schema = {
  body: {
    type: 'object',
    required: ['name', 'age'],
    properties: {
      name: { type: 'string', minLength: 1 },
      age: { type: 'integer', minimum: 0 },
    },
  },
};

fastify.post('/users', { schema }, async (request, reply) => {
  return reply.code(201).send(request.body);
});

await fastify.listen({ host: '127.0.0.1', port: Number(process.env.PORT) });
