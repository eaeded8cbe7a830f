import { Elysia } from "elysia";

new Elysia()
  .get("/hello/:name", ({ params: { name } }) => ({ message: `Hello, ${name}` }))
  .listen({ hostname: "127.0.0.1", port: Number(process.env.PORT) });
