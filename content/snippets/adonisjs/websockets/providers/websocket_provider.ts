import type { ApplicationService } from '@adonisjs/core/types'
import { Server } from 'socket.io'

export default class WebSocketProvider {
  #io?: Server

  constructor(protected app: ApplicationService) {}

  async ready() {
    const server = await this.app.container.make('server')
    this.#io = new Server(server.getNodeServer(), { path: '/ws' })

    this.#io.on('connection', (socket) => {
      socket.on('message', (text: string) => socket.emit('message', text))
    })
  }

  async shutdown() {
    await this.#io?.close()
  }
}
