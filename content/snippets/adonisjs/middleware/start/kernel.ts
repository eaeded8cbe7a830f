import server from '@adonisjs/core/services/server'

server.use([() => import('#middleware/request_id_middleware')])
