module.exports.models = {
  // Waterline never touches the schema: the Knex migrations own it (knex migrate:latest).
  migrate: 'safe',
  attributes: {
    id: { type: 'number', autoIncrement: true },
  },
};
