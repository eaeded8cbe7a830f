import { randomBytes } from 'node:crypto'
import { feathers } from '@feathersjs/feathers'
import { koa, rest, bodyParser, errorHandler } from '@feathersjs/koa'
import { NotAuthenticated } from '@feathersjs/errors'
import {
  AuthenticationBaseStrategy, AuthenticationService, JWTStrategy, authenticate
} from '@feathersjs/authentication'

// One hard-coded user. `feathers generate authentication` would add @feathersjs/authentication-local,
// which checks a bcrypt hash kept by a users service; a strategy of our own does the same for ada.
class PasswordStrategy extends AuthenticationBaseStrategy {
  async authenticate({ user, password }) {
    if (user !== 'ada' || password !== 'lovelace') throw new NotAuthenticated('Invalid login')
    return { authentication: { strategy: this.name }, user }
  }
}

// No users service (entity: null), so the user name travels in the JWT payload.
class LoginService extends AuthenticationService {
  async getPayload(authResult) {
    return { user: authResult.user }
  }
}

const app = koa(feathers())
app.use(errorHandler())
app.use(bodyParser())
app.configure(rest()) // also reads `Authorization: Bearer <jwt>` into params.authentication

app.set('authentication', { secret: randomBytes(32).toString('hex'), entity: null, authStrategies: ['password', 'jwt'] })
const login = new LoginService(app)
login.register('password', new PasswordStrategy())
login.register('jwt', new JWTStrategy())

// POST /login answers { accessToken, ... }; the JSON body names no strategy, so the hook adds it.
app.use('login', login, { methods: ['create'] })
app.service('login').hooks({ before: { create: [(context) => { context.data = { ...context.data, strategy: 'password' } }] } })

app.use('me', { async find(params) { return { user: params.authentication.payload.user } } }, { methods: ['find'] })
app.service('me').hooks({ before: { find: [authenticate('jwt')] } })

app.listen(Number(process.env.PORT), '127.0.0.1')
