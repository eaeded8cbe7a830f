// An actions2 action: the :name route parameter arrives as a declared input.
module.exports = {
  inputs: {
    name: { type: 'string', required: true },
  },

  fn: async function ({ name }) {
    return { message: `Hello, ${name}` };
  },
};
