import { auth } from "./auth";

Bun.serve({
  hostname: "127.0.0.1",
  port: Number(process.env.PORT),
  routes: {
    // Better Auth answers 401 for a wrong password or an unknown user, else the session
    // (a signed cookie, and its token in the JSON body).
    "/login": {
      POST: async (req) => {
        const { user, password } = await req.json();
        return auth.api.signInUsername({ body: { username: user, password }, asResponse: true });
      },
    },
    "/me": {
      GET: async (req) => {
        const session = await auth.api.getSession({ headers: req.headers });
        if (!session) return Response.json({ error: "Unauthorized" }, { status: 401 });
        return Response.json({ user: session.user.username });
      },
    },
    "/api/auth/*": auth.handler, // Better Auth's own endpoints (sign-up, sign-out, …)
  },
  fetch: () => new Response("Not Found", { status: 404 }),
});
