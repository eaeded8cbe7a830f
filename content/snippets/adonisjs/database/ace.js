// The `node ace` entry point of a built Adonis app.
await import('./bin/console.js')
