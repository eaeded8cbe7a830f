// Lifts the app the way a generated app.js does, with this snippet's settings.
require('sails').lift({
  port: Number(process.env.PORT),
  explicitHost: '127.0.0.1',
  hooks: { grunt: false }, // no asset pipeline here
  globals: { sails: true, models: false, _: false, async: false },
  log: { level: 'warn' },
});
