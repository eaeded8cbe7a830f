import { defineConfig } from 'prisma/config';
import { PrismaLibSQL } from '@prisma/adapter-libsql';

// Postgrator owns the schema; this config only lets `prisma generate` run on the
// JavaScript schema engine (through the libSQL adapter), so no native engine is downloaded.
export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  adapter: async () => new PrismaLibSQL({ url: process.env.DATABASE_URL! }),
});
