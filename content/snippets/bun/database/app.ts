import { Database } from "bun:sqlite";
import { eq } from "drizzle-orm";
import { drizzle } from "drizzle-orm/bun-sqlite";
import { notes } from "./schema";

// The notes table comes from the drizzle-kit migration that migrate.ts applies before start.
const db = drizzle(new Database(process.env.DATABASE_PATH));

Bun.serve({
  hostname: "127.0.0.1",
  port: Number(process.env.PORT),
  routes: {
    "/notes": {
      POST: async (req) => {
        const { text } = await req.json();
        const note = db.insert(notes).values({ text }).returning().get();
        return Response.json(note, { status: 201 });
      },
    },
    "/notes/:id": {
      GET: (req) => {
        const note = db.select().from(notes).where(eq(notes.id, Number(req.params.id))).get();
        return note ? Response.json(note) : Response.json({ error: "Note not found" }, { status: 404 });
      },
    },
  },
  fetch: () => new Response("Not Found", { status: 404 }),
});
