import {inject} from '@loopback/core';
import {get, Middleware, RestApplication} from '@loopback/rest';
import {randomUUID} from 'node:crypto';

const REQUEST_ID = 'request.id';

// Runs before routing, so 404 answers carry the header too.
const requestId: Middleware = async (ctx, next) => {
  const id = randomUUID();
  ctx.bind(REQUEST_ID).to(id);
  ctx.response.setHeader('X-Request-Id', id);
  return next();
};

class IdController {
  @get('/')
  show(@inject(REQUEST_ID) id: string) {
    return id;
  }
}

async function main() {
  const app = new RestApplication({
    rest: {host: '127.0.0.1', port: Number(process.env.PORT)},
  });
  app.middleware(requestId);
  app.controller(IdController);
  await app.start();
}

main().catch(err => {
  console.error(err);
  process.exit(1);
});
