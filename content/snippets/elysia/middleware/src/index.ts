import { Elysia } from "elysia";

new Elysia()
  .onRequest(({ set }) => {
    set.headers["x-request-id"] = crypto.randomUUID();
  })
  .get("/", "ok")
  .listen({ hostname: "127.0.0.1", port: Number(process.env.PORT) });
