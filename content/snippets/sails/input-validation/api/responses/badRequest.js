// Replaces Sails' default 400 response so the client gets each invalid
// input's name as data, not only inside the sentences in `problems`.
module.exports = function badRequest(err) {
  const res = this.res;
  if (err && err.code === 'E_MISSING_OR_INVALID_PARAMS') {
    const fields = err.problems.map((problem) => /"([^"]+)"/.exec(problem)?.[1]);
    return res.status(400).json({
      errors: [...new Set(fields)].filter(Boolean).map((field) => ({ field })),
    });
  }
  return res.status(400).json({ message: err?.message ?? 'Bad request' });
};
