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

// Fastify's default answer names the field only inside a sentence ("body/age must be >= 0").
fastify.setErrorHandler((error, request, reply) => {
  if (!error.validation) return reply.send(error);
  return reply.code(400).send({
    errors: error.validation.map((e) => ({ field: e.instancePath.slice(1) || e.params.missingProperty, message: e.message })),
  });
});

fastify.post('/users', { schema }, async (request, reply) => {
  return reply.code(201).send(request.body);
});

await fastify.listen({ host: '127.0.0.1', port: Number(process.env.PORT) });
