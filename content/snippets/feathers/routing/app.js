import { feathers } from '@feathersjs/feathers'
import { koa, rest, errorHandler } from '@feathersjs/koa'

// A route is a service: GET /hello/<id> calls its get method.
class GreetingService {
  async get(name) {
    // The Koa transport hands over the id still percent-encoded.
    return { message: `Hello, ${decodeURIComponent(name)}` }
  }
}

const app = koa(feathers())
app.use(errorHandler()) // unknown paths become JSON 404s
app.configure(rest())
app.use('hello', new GreetingService())

app.listen(Number(process.env.PORT), '127.0.0.1')
