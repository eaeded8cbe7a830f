import {NotesApplication} from './application';

// What `npm run migrate` does in a generated app: create or alter the tables
// from the model definitions (existingSchema 'drop' would rebuild them).
async function migrate() {
  const app = new NotesApplication();
  await app.migrateSchema({existingSchema: 'alter'});
  await app.stop();
}

migrate().catch(err => {
  console.error('Cannot migrate database schema', err);
  process.exit(1);
});
