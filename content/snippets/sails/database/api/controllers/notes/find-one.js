module.exports = {
  inputs: {
    id: { type: 'number', required: true },
  },

  exits: {
    notFound: { responseType: 'notFound' },
  },

  fn: async function ({ id }) {
    const note = await Note.findOne({ id });
    if (!note) throw 'notFound';
    return note;
  },
};
