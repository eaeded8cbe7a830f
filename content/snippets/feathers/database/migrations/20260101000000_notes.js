export async function up(knex) {
  await knex.schema.createTable('notes', (table) => {
    table.increments('id')
    table.string('text').notNullable()
  })
}

export async function down(knex) {
  await knex.schema.dropTable('notes')
}
