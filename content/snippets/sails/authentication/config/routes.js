module.exports.routes = {
  'POST /login': { action: 'login' },
  'GET /me': { action: 'me' },
};
