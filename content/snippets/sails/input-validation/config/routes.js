module.exports.routes = {
  'POST /users': { action: 'create-user' },
};
