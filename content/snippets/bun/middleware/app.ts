import { Hono } from "hono";
import { requestId, type RequestIdVariables } from "hono/request-id";

const app = new Hono<{ Variables: RequestIdVariables }>();

// Sets the X-Request-Id header and c.var.requestId for every request, 404s included.
app.use(requestId());
app.get("/", (c) => c.text(c.var.requestId));

export default {
  hostname: "127.0.0.1",
  port: Number(process.env.PORT),
  fetch: app.fetch,
};
