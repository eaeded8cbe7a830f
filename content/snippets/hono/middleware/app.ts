import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { requestId } from 'hono/request-id';

const app = new Hono();

app.use(requestId());

app.get('/', (c) => c.text('ok'));

serve({ fetch: app.fetch, hostname: '127.0.0.1', port: Number(process.env.PORT) });
