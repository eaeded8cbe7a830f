import { defineConfig } from "drizzle-kit";

// `drizzle-kit generate` writes SQL migrations for schema.ts into ./drizzle.
export default defineConfig({
  dialect: "sqlite",
  schema: "./schema.ts",
  out: "./drizzle",
});
