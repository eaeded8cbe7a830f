import { defineConfig } from 'prisma/config';
import { PrismaLibSQL } from '@prisma/adapter-libsql';

// Prisma Migrate talks to SQLite through the libSQL driver adapter
// (the JavaScript schema engine), so no native engine is downloaded.
export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  adapter: async () => new PrismaLibSQL({ url: process.env.DATABASE_URL! }),
});
