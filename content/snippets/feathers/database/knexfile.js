// Read by the app and by the Knex CLI (knex migrate:latest), as in a generated Feathers app.
export default {
  client: 'better-sqlite3',
  connection: { filename: process.env.DATABASE_PATH },
  useNullAsDefault: true,
  migrations: { directory: './migrations' }
}
