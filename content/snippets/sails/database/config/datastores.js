module.exports.datastores = {
  default: { adapter: 'sails-sqlite', url: process.env.DATABASE_PATH },
};
