import { feathers } from '@feathersjs/feathers'
import { koa, rest, bodyParser, errorHandler } from '@feathersjs/koa'
import { Ajv, hooks as schemaHooks } from '@feathersjs/schema'
import { Type, getValidator } from '@feathersjs/typebox'

const userSchema = Type.Object(
  {
    name: Type.String({ minLength: 1 }),
    age: Type.Integer({ minimum: 0 })
  },
  { $id: 'User', additionalProperties: false }
)
const userValidator = getValidator(userSchema, new Ajv())

const app = koa(feathers())
app.use(errorHandler())
// Answer a failed validation with the fields Ajv reported, e.g. "/age" -> "age".
app.use(async (ctx, next) => {
  try {
    await next()
  } catch (error) {
    if (error.code !== 400 || !Array.isArray(error.data)) throw error
    ctx.status = 400
    ctx.body = {
      errors: error.data.map((e) => ({ field: e.instancePath.slice(1), message: e.message }))
    }
  }
})
app.use(bodyParser())
app.configure(rest())

app.use('users', {
  async create(data) {
    return data
  }
})
app.service('users').hooks({
  before: { create: [schemaHooks.validateData(userValidator)] }
})

app.listen(Number(process.env.PORT), '127.0.0.1')
