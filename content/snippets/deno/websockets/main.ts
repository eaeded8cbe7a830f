Deno.serve({ hostname: "127.0.0.1", port: Number(Deno.env.get("PORT")) }, (req) => {
  if (new URL(req.url).pathname !== "/ws" || req.headers.get("upgrade") !== "websocket") {
    return new Response("Not Found", { status: 404 });
  }
  const { socket, response } = Deno.upgradeWebSocket(req);
  socket.onmessage = (event) => socket.send(event.data);
  return response;
});
