module.exports.sockets = {
  path: '/ws',
};
