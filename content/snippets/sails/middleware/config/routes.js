module.exports.routes = {
  'GET /': { action: 'show-request-id' },
};
