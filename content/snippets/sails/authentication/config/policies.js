module.exports.policies = {
  me: 'is-logged-in',
};
