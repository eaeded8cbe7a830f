module.exports = {
  inputs: {
    text: { type: 'string', required: true },
  },

  exits: {
    success: { statusCode: 201 },
  },

  fn: async function ({ text }) {
    return await Note.create({ text }).fetch();
  },
};
