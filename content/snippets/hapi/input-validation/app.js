import Hapi from '@hapi/hapi';
import Joi from 'joi';

const server = Hapi.server({ host: '127.0.0.1', port: Number(process.env.PORT) });

server.route({
  method: 'POST',
  path: '/users',
  options: {
    validate: {
      payload: Joi.object({
        name: Joi.string().min(1).required(),
        age: Joi.number().integer().min(0).required(),
      }),
      options: { abortEarly: false },
      // hapi answers a bare 400 by default; rethrowing sends the details,
      // including validation.keys with the names of the bad fields.
      failAction: (request, h, err) => {
        throw err;
      },
    },
  },
  handler: (request, h) => h.response(request.payload).code(201),
});

await server.start();
