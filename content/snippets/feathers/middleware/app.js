import { randomUUID } from 'node:crypto'
import { feathers } from '@feathersjs/feathers'
import { koa, rest, errorHandler } from '@feathersjs/koa'
import { NotFound } from '@feathersjs/errors'

const app = koa(feathers())

// Koa middleware registered first runs for every request, 404s included.
app.use(async (ctx, next) => {
  const requestId = randomUUID()
  ctx.set('X-Request-Id', requestId)
  ctx.feathers = { ...ctx.feathers, requestId } // becomes the service call's params
  await next()
})
app.use(errorHandler())
app.configure(rest())

app.use('/', {
  async find(params) {
    return params.requestId
  },
  // A service on the root path also receives GET /<id>; nothing lives there.
  async get(id) {
    throw new NotFound(`Page ${id} not found`)
  }
})

app.listen(Number(process.env.PORT), '127.0.0.1')
