import { Elysia, t } from "elysia";
import { jwt } from "@elysia/jwt";

// One hard-coded user; Bun.password hashes with argon2id. @elysia/jwt only signs and verifies.
const users = new Map([["ada", await Bun.password.hash("lovelace")]]);

new Elysia()
  .use(jwt({ name: "jwt", secret: crypto.randomUUID(), exp: "1h" }))
  .post("/login", async ({ body, jwt, status }) => {
    const hash = users.get(body.user);
    if (!hash || !(await Bun.password.verify(body.password, hash))) {
      return status(401, { error: "Invalid user or password" });
    }
    return { token: await jwt.sign({ sub: body.user }) };
  }, {
    body: t.Object({ user: t.String(), password: t.String() }),
  })
  .get("/me", async ({ headers, jwt, status }) => {
    const token = headers.authorization?.replace(/^Bearer /, "");
    const payload = token ? await jwt.verify(token) : false;
    if (!payload) return status(401, { error: "Unauthorized" });
    return { user: payload.sub };
  })
  .listen({ hostname: "127.0.0.1", port: Number(process.env.PORT) });
