import { auth } from "./auth.ts";

Deno.serve({ hostname: "127.0.0.1", port: Number(Deno.env.get("PORT")) }, async (req) => {
  const { pathname } = new URL(req.url);
  // Better Auth answers 401 for a wrong password or an unknown user, else the session
  // (a signed cookie, and its token in the JSON body).
  if (pathname === "/login" && req.method === "POST") {
    const { user, password } = await req.json();
    return auth.api.signInUsername({ body: { username: user, password }, asResponse: true });
  }
  if (pathname === "/me" && req.method === "GET") {
    const session = await auth.api.getSession({ headers: req.headers });
    if (!session) return Response.json({ error: "Unauthorized" }, { status: 401 });
    return Response.json({ user: session.user.username });
  }
  if (pathname.startsWith("/api/auth/")) return auth.handler(req); // Better Auth's own endpoints
  return new Response("Not Found", { status: 404 });
});
