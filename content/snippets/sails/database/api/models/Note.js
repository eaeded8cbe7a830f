module.exports = {
  tableName: 'notes',
  attributes: {
    text: { type: 'string', required: true },
  },
};
