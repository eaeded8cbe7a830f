import Fastify from 'fastify';
import websocket from '@fastify/websocket';

const fastify = Fastify();
await fastify.register(websocket);

fastify.get('/ws', { websocket: true }, (socket) => {
  socket.on('message', (message) => socket.send(message.toString()));
});

await fastify.listen({ host: '127.0.0.1', port: Number(process.env.PORT) });
