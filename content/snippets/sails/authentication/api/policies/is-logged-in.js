// A 401 for API clients instead of the template's redirect to the login page.
module.exports = async function (req, res, proceed) {
  if (req.session.userId) return proceed();
  return res.status(401).json({ error: 'Not logged in' });
};
