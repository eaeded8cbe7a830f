const hello = new URLPattern({ pathname: "/hello/:name" });

Deno.serve({ hostname: "127.0.0.1", port: Number(Deno.env.get("PORT")) }, (req) => {
  // URLPattern matches the path as sent, so the name is still percent-encoded.
  const match = hello.exec(req.url);
  if (!match) return new Response("Not Found", { status: 404 });
  if (req.method !== "GET") return new Response("Method Not Allowed", { status: 405, headers: { Allow: "GET" } });
  return Response.json({ message: `Hello, ${decodeURIComponent(match.pathname.groups.name!)}` });
});
