import { Hono } from 'hono';
import { upgradeWebSocket, websocket } from 'hono/bun';

const app = new Hono();

app.get(
  '/ws',
  upgradeWebSocket(() => ({
    onMessage(event, ws) {
      ws.send(String(event.data));
    },
  })),
);

export default {
  hostname: '127.0.0.1',
  port: Number(process.env.PORT),
  fetch: app.fetch,
  websocket,
};
