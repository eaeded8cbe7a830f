import Hapi from '@hapi/hapi';

const server = Hapi.server({ host: '127.0.0.1', port: Number(process.env.PORT) });

server.route({
  method: 'GET',
  path: '/hello/{name}',
  // An object return value is sent as JSON.
  handler: (request) => ({ message: `Hello, ${request.params.name}` }),
});

await server.start();
