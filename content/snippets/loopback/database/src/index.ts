import {NotesApplication} from './application';

async function main() {
  const app = new NotesApplication();
  await app.start();
}

main().catch(err => {
  console.error(err);
  process.exit(1);
});
