const hello = new URLPattern({ pathname: "/hello/:name" });

Deno.serve({ hostname: "127.0.0.1", port: Number(Deno.env.get("PORT")) }, (req) => {
  const match = hello.exec(req.url);
  if (match) {
    return Response.json({ message: `Hello, ${match.pathname.groups.name}` });
  }
  return new Response("Not Found", { status: 404 });
});
