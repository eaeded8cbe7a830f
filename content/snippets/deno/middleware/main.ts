import { App } from "fresh";

const app = new App()
  .use(async (ctx) => {
    const res = await ctx.next();
    res.headers.set("X-Request-Id", crypto.randomUUID());
    return res;
  })
  .get("/", () => new Response("ok"))
  .all("*", () => new Response("Not Found", { status: 404 }));

app.listen({ hostname: "127.0.0.1", port: Number(Deno.env.get("PORT")) });
