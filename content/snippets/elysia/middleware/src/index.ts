import { Elysia } from "elysia";

new Elysia()
  // onRequest runs first for every request, 404s included; the handler reads what it set.
  .onRequest(({ set }) => {
    set.headers["x-request-id"] = crypto.randomUUID();
  })
  .get("/", ({ set }) => set.headers["x-request-id"])
  .listen({ hostname: "127.0.0.1", port: Number(process.env.PORT) });
