import {
  Socket,
  SocketIoApplication,
  SocketIoBindings,
  socketio,
} from '@loopback/socketio';

// One controller instance per connection, so `this.socket` is the sender.
@socketio('/')
class EchoController {
  constructor(@socketio.socket() private socket: Socket) {}

  @socketio.subscribe('message')
  echo(text: string) {
    this.socket.emit('message', text);
  }
}

async function main() {
  const app = new SocketIoApplication({
    httpServerOptions: {host: '127.0.0.1', port: Number(process.env.PORT)},
    socketIoOptions: {path: '/ws'},
  });
  // Plain HTTP requests (outside /ws) get a 404 instead of hanging.
  app.bind(SocketIoBindings.REQUEST_LISTENER).to((_req, res) => {
    res.statusCode = 404;
    res.end();
  });
  app.socketServer.route(EchoController);
  await app.start();
}

main().catch(err => {
  console.error(err);
  process.exit(1);
});
