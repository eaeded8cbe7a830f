import { createServer } from 'node:http';
import Koa from 'koa';
import { Server } from 'socket.io';

const app = new Koa();
const server = createServer(app.callback());
const io = new Server(server, { path: '/ws' });

io.on('connection', (socket) => {
  socket.on('message', (text) => socket.emit('message', text));
});

server.listen(Number(process.env.PORT), '127.0.0.1');
