const { randomUUID } = require('node:crypto');

module.exports.http = {
  middleware: {
    // Sails' default order with requestId added before the router,
    // so it runs for every HTTP request, 404s included.
    order: ['cookieParser', 'session', 'requestId', 'bodyParser', 'compress', 'poweredBy', 'router', 'www', 'favicon'],

    requestId(req, res, next) {
      req.requestId = randomUUID();
      res.set('X-Request-Id', req.requestId);
      return next();
    },
  },
};
