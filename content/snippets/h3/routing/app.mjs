import { H3, getRouterParam, serve } from 'h3';

const app = new H3();

app.get('/hello/:name', (event) => {
  // Params arrive still percent-encoded; decode: true turns %20 into a space.
  const name = getRouterParam(event, 'name', { decode: true });
  return { message: `Hello, ${name}` };
});

serve(app, { hostname: '127.0.0.1', port: Number(process.env.PORT) });
