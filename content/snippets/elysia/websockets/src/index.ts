import { Elysia } from "elysia";

new Elysia()
  .ws("/ws", {
    message(ws, message) {
      ws.send(message);
    },
  })
  .listen({ hostname: "127.0.0.1", port: Number(process.env.PORT) });
