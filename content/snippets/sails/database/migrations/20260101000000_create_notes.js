exports.up = (knex) =>
  knex.schema.createTable('notes', (table) => {
    table.increments('id');
    table.string('text').notNullable();
  });

exports.down = (knex) => knex.schema.dropTable('notes');
