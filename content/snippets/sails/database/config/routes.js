module.exports.routes = {
  'POST /notes': { action: 'notes/create' },
  'GET /notes/:id': { action: 'notes/find-one' },
};
