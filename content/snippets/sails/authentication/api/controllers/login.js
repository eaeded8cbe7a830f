// One hard-coded user: the name and the bcrypt hash the Web App template's User model would store.
const USERS = { ada: '$2a$10$dUWAFz2YZJHfOnXmUPdbEe65/Y28PkPpFtEBn81Vt.etF8BNEaBqO' };

module.exports = {
  inputs: {
    user: { type: 'string', required: true },
    password: { type: 'string', required: true },
  },

  exits: {
    badCombo: { statusCode: 401 },
  },

  fn: async function ({ user, password }) {
    if (!Object.hasOwn(USERS, user)) throw 'badCombo';
    await sails.helpers.passwords.checkPassword(password, USERS[user]).intercept('incorrect', 'badCombo');
    this.req.session.userId = user; // the session cookie (sails.sid) now identifies ada
    return { user };
  },
};
