import { feathers } from '@feathersjs/feathers'
import { koa } from '@feathersjs/koa'
import socketio from '@feathersjs/socketio'

const app = koa(feathers())

// Service calls and channel events travel over this Socket.IO server too;
// the echo talks to the raw socket because it is not a service call.
app.configure(
  socketio({ path: '/ws' }, (io) => {
    io.on('connection', (socket) => {
      socket.on('message', (text) => socket.emit('message', text))
    })
  })
)

app.listen(Number(process.env.PORT), '127.0.0.1')
