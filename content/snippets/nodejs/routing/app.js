import { createServer } from 'node:http';
import Router from 'find-my-way';

const router = Router();

router.on('GET', '/hello/:name', (req, res, params) => {
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ message: `Hello, ${params.name}` }));
});

createServer((req, res) => router.lookup(req, res)).listen(Number(process.env.PORT), '127.0.0.1');
