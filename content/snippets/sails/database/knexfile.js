// Read by the Knex CLI: knex migrate:latest applies ./migrations to the app's SQLite file.
module.exports = {
  client: 'better-sqlite3',
  connection: { filename: process.env.DATABASE_PATH },
  useNullAsDefault: true,
};
