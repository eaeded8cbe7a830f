import { randomUUID } from 'node:crypto'
import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'

export default class RequestIdMiddleware {
  async handle({ response }: HttpContext, next: NextFn) {
    response.header('X-Request-Id', randomUUID())
    await next()
  }
}
