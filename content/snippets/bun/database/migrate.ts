import { Database } from "bun:sqlite";
import { drizzle } from "drizzle-orm/bun-sqlite";
import { migrate } from "drizzle-orm/bun-sqlite/migrator";

// Applies the drizzle-kit migrations in ./drizzle that the database has not seen yet.
migrate(drizzle(new Database(process.env.DATABASE_PATH)), { migrationsFolder: "./drizzle" });
