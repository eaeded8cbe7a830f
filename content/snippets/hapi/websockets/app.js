import Hapi from '@hapi/hapi';
import Nes from '@hapi/nes';

const server = Hapi.server({ host: '127.0.0.1', port: Number(process.env.PORT) });

// nes accepts WebSocket connections on any path, /ws included. Whatever
// onMessage returns goes back only to the client that called client.message().
await server.register({
  plugin: Nes,
  options: { onMessage: (socket, message) => message },
});

await server.start();
