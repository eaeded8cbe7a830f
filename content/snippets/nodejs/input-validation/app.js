import { createServer } from 'node:http';
import { json } from 'node:stream/consumers';
import * as z from 'zod';

const User = z.object({
  name: z.string().min(1),
  age: z.int().min(0),
});

function send(res, status, body) {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

createServer(async (req, res) => {
  if (req.method !== 'POST' || req.url !== '/users') return send(res, 404, { error: 'Not Found' });
  const result = User.safeParse(await json(req).catch(() => null));
  if (!result.success) return send(res, 422, z.flattenError(result.error));
  send(res, 201, result.data);
}).listen(Number(process.env.PORT), '127.0.0.1');
