module.exports.session = {
  secret: process.env.SESSION_SECRET || 'snippet-only-secret-change-me', // signs the session cookie
};
