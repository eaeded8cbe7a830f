// Sails checks the declared inputs before fn runs and answers 400 when one fails.
module.exports = {
  inputs: {
    name: { type: 'string', required: true, isNotEmptyString: true },
    age: { type: 'number', required: true, isInteger: true, min: 0 },
  },

  exits: {
    success: { statusCode: 201 },
  },

  fn: async function ({ name, age }) {
    return { name, age };
  },
};
