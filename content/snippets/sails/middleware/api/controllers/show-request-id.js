module.exports = {
  fn: async function () {
    return this.req.requestId;
  },
};
