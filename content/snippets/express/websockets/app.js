import { createServer } from 'node:http';
import express from 'express';
import { Server } from 'socket.io';

const app = express();
const server = createServer(app);
const io = new Server(server, { path: '/ws' });

io.on('connection', (socket) => {
  socket.on('message', (text) => socket.emit('message', text));
});

server.listen(Number(process.env.PORT), '127.0.0.1');
