import { H3, defineWebSocketHandler, serve } from 'h3';
import { plugin as ws } from 'crossws/server';

const app = new H3();

app.get(
  '/ws',
  defineWebSocketHandler({
    // peer is the one connection the message came from.
    message(peer, message) {
      peer.send(message.text());
    },
  }),
);

// crossws handles the upgrade and finds the hooks on the matched route.
serve(app, {
  hostname: '127.0.0.1',
  port: Number(process.env.PORT),
  plugins: [ws({})],
});
