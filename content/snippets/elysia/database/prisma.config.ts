import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

// Prisma Migrate through the JavaScript schema engine and the better-sqlite3 adapter,
// so `prisma migrate deploy` needs no native engine binary.
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  adapter: async () => new PrismaBetterSQLite3({ url: `file:${process.env.DATABASE_PATH}` }),
  schema: "prisma/schema.prisma",
});
