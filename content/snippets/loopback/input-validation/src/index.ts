import {inject} from '@loopback/core';
import {
  post,
  requestBody,
  Response,
  RestApplication,
  RestBindings,
  SchemaObject,
} from '@loopback/rest';

// The body is validated against this schema (with AJV) before the handler runs;
// a bad body gets 422 with one entry per failing field in error.details.
const userSchema: SchemaObject = {
  type: 'object',
  required: ['name', 'age'],
  properties: {
    name: {type: 'string', minLength: 1},
    age: {type: 'integer', minimum: 0},
  },
};

class UserController {
  constructor(@inject(RestBindings.Http.RESPONSE) private response: Response) {}

  @post('/users')
  create(
    @requestBody({content: {'application/json': {schema: userSchema}}})
    user: {name: string; age: number},
  ) {
    this.response.status(201);
    return user;
  }
}

async function main() {
  const app = new RestApplication({
    rest: {host: '127.0.0.1', port: Number(process.env.PORT)},
  });
  app.controller(UserController);
  await app.start();
}

main().catch(err => {
  console.error(err);
  process.exit(1);
});
