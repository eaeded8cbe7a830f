module.exports.routes = {
  'GET /hello/:name': { action: 'hello' },
};
