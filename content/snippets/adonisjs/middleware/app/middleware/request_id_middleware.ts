import { randomUUID } from 'node:crypto'
import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'

declare module '@adonisjs/core/http' {
  interface HttpContext {
    requestId: string
  }
}

export default class RequestIdMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    ctx.requestId = randomUUID()
    ctx.response.header('X-Request-Id', ctx.requestId)
    await next()
  }
}
