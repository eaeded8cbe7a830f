import { Elysia, t } from "elysia";

new Elysia()
  .post("/users", ({ body, status }) => status(201, body), {
    body: t.Object({
      name: t.String({ minLength: 1 }),
      age: t.Integer({ minimum: 0 }),
    }),
  })
  .listen({ hostname: "127.0.0.1", port: Number(process.env.PORT) });
