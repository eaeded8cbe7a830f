import { DataSource, type DataSourceOptions } from 'typeorm';
import { Note } from './note.entity.js';
import { CreateNotes1767225600000 } from './migrations/1767225600000-CreateNotes.js';

// Shared by the app and the TypeORM CLI (typeorm migration:run -d dist/data-source.js).
export const options: DataSourceOptions = {
  type: 'better-sqlite3',
  database: process.env.DATABASE_PATH!,
  entities: [Note],
  migrations: [CreateNotes1767225600000],
};

export default new DataSource(options);
