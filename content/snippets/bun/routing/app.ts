Bun.serve({
  hostname: "127.0.0.1",
  port: Number(process.env.PORT),
  routes: {
    // A plain function answers every method; a per-method object lets Bun answer others with 404.
    "/hello/:name": {
      GET: (req) => Response.json({ message: `Hello, ${req.params.name}` }),
    },
  },
  fetch: () => new Response("Not Found", { status: 404 }),
});
