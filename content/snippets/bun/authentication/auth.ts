import { Database } from "bun:sqlite";
import { betterAuth } from "better-auth";
import { getMigrations } from "better-auth/db/migration";
import { bearer, username } from "better-auth/plugins";

// Better Auth keeps users and sessions in SQL: here an in-memory bun:sqlite database.
export const auth = betterAuth({
  database: new Database(":memory:"),
  secret: crypto.randomUUID(),
  baseURL: `http://127.0.0.1:${process.env.PORT}`,
  emailAndPassword: { enabled: true },
  // username(): sign in with a user name instead of an e-mail address;
  // bearer(): the session token in the sign-in answer also works as `Authorization: Bearer`.
  plugins: [username(), bearer()],
});

// Create Better Auth's tables, then the one user (its password is hashed with scrypt).
await (await getMigrations(auth.options)).runMigrations();
await auth.api.signUpEmail({
  body: { email: "ada@example.com", name: "Ada", username: "ada", password: "lovelace" },
});
