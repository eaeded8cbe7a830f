import { defineConfig } from "drizzle-kit";

// `drizzle-kit generate` writes SQL migrations for schema.ts into ./drizzle;
// `drizzle-kit migrate` applies the new ones to DATABASE_PATH.
export default defineConfig({
  dialect: "sqlite",
  schema: "./schema.ts",
  out: "./drizzle",
  dbCredentials: { url: Deno.env.get("DATABASE_PATH")! },
});
