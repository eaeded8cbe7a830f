module.exports = {
  fn: async function () {
    return { user: this.req.session.userId };
  },
};
