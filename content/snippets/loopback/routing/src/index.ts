import {get, param, RestApplication} from '@loopback/rest';

class HelloController {
  @get('/hello/{name}')
  greet(@param.path.string('name') name: string) {
    return {message: `Hello, ${name}`};
  }
}

async function main() {
  const app = new RestApplication({
    rest: {host: '127.0.0.1', port: Number(process.env.PORT)},
  });
  app.controller(HelloController);
  await app.start();
}

main().catch(err => {
  console.error(err);
  process.exit(1);
});
