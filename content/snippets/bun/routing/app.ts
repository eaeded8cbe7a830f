Bun.serve({
  hostname: "127.0.0.1",
  port: Number(process.env.PORT),
  routes: {
    "/hello/:name": (req) => Response.json({ message: `Hello, ${req.params.name}` }),
  },
  fetch: () => new Response("Not Found", { status: 404 }),
});
