import { App } from "fresh";

const app = new App<{ requestId: string }>()
  // First in the chain, so every request gets an id in ctx.state, 404s included.
  .use(async (ctx) => {
    ctx.state.requestId = crypto.randomUUID();
    const res = await ctx.next();
    res.headers.set("X-Request-Id", ctx.state.requestId);
    return res;
  })
  .get("/", (ctx) => new Response(ctx.state.requestId))
  .all("*", () => new Response("Not Found", { status: 404 }));

app.listen({ hostname: "127.0.0.1", port: Number(Deno.env.get("PORT")) });
