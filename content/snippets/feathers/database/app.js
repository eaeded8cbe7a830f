import { feathers } from '@feathersjs/feathers'
import { koa, rest, bodyParser, errorHandler } from '@feathersjs/koa'
import { KnexService } from '@feathersjs/knex'
import knex from 'knex'
import config from './knexfile.js'

const app = koa(feathers())
app.use(errorHandler())
app.use(bodyParser())
app.configure(rest())

// The notes table comes from the migration (knex migrate:latest), run before the app starts.
// POST /notes calls create (201), GET /notes/<id> calls get (404 when the row is missing).
app.use('notes', new KnexService({ Model: knex(config), name: 'notes' }), { methods: ['create', 'get'] })

app.listen(Number(process.env.PORT), '127.0.0.1')
