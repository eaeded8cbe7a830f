import { serve } from '@hono/node-server';
import { zValidator } from '@hono/zod-validator';
import { Hono } from 'hono';
import * as z from 'zod';

const app = new Hono();

const user = z.object({
  name: z.string().min(1),
  age: z.int().min(0),
});

// The default answer puts Zod's issues in a string; send them as JSON (each has its field's path).
const valid = zValidator('json', user, (result, c) => {
  if (!result.success) return c.json({ errors: result.error.issues }, 400);
});

app.post('/users', valid, (c) => c.json(c.req.valid('json'), 201));

serve({ fetch: app.fetch, hostname: '127.0.0.1', port: Number(process.env.PORT) });
