import { Hono } from "hono";
import { requestId } from "hono/request-id";

const app = new Hono();

app.use(requestId());
app.get("/", (c) => c.text("ok"));

export default {
  hostname: "127.0.0.1",
  port: Number(process.env.PORT),
  fetch: app.fetch,
};
