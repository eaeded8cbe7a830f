import { randomUUID } from 'node:crypto';
import Hapi from '@hapi/hapi';

const server = Hapi.server({ host: '127.0.0.1', port: Number(process.env.PORT) });

// onRequest runs before route lookup, so 404s get an id too.
server.ext('onRequest', (request, h) => {
  request.app.requestId = randomUUID();
  return h.continue;
});

// onPreResponse sees every response, including errors such as 404.
server.ext('onPreResponse', (request, h) => {
  const { response } = request;
  if (response.isBoom) {
    response.output.headers['X-Request-Id'] = request.app.requestId;
  } else {
    response.header('X-Request-Id', request.app.requestId);
  }
  return h.continue;
});

server.route({
  method: 'GET',
  path: '/',
  handler: (request) => request.app.requestId,
});

await server.start();
