import { fileURLToPath } from 'node:url';
import { createClient } from '@libsql/client';
import Postgrator from 'postgrator';

// Applies migrations/NNN.do.*.sql in order and records them in the schemaversion table.
const db = createClient({ url: process.env.DATABASE_URL });
const postgrator = new Postgrator({
  migrationPattern: fileURLToPath(new URL('migrations/*', import.meta.url)),
  driver: 'sqlite3',
  execQuery: async (query) => ({ rows: (await db.execute(query)).rows }),
  execSqlScript: (script) => db.executeMultiple(script),
});
await postgrator.migrate();
db.close();
