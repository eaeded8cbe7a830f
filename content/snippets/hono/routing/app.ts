import { serve } from '@hono/node-server';
import { Hono } from 'hono';

const app = new Hono();

app.get('/hello/:name', (c) => c.json({ message: `Hello, ${c.req.param('name')}` }));

serve({ fetch: app.fetch, hostname: '127.0.0.1', port: Number(process.env.PORT) });
