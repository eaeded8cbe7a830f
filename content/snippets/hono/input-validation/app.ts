import { serve } from '@hono/node-server';
import { zValidator } from '@hono/zod-validator';
import { Hono } from 'hono';
import * as z from 'zod';

const app = new Hono();

const user = z.object({
  name: z.string().min(1),
  age: z.int().min(0),
});

app.post('/users', zValidator('json', user), (c) => c.json(c.req.valid('json'), 201));

serve({ fetch: app.fetch, hostname: '127.0.0.1', port: Number(process.env.PORT) });
