import Database from "better-sqlite3";
import { eq } from "drizzle-orm";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { notes } from "./schema.ts";

// The notes table comes from the drizzle-kit migration applied before start.
const db = drizzle(new Database(Deno.env.get("DATABASE_PATH")));
const note = new URLPattern({ pathname: "/notes/:id" });

Deno.serve({ hostname: "127.0.0.1", port: Number(Deno.env.get("PORT")) }, async (req) => {
  const { pathname } = new URL(req.url);
  if (pathname === "/notes" && req.method === "POST") {
    const { text } = await req.json();
    const created = db.insert(notes).values({ text }).returning().get();
    return Response.json(created, { status: 201 });
  }
  const match = note.exec(req.url);
  if (match && req.method === "GET") {
    const found = db.select().from(notes).where(eq(notes.id, Number(match.pathname.groups.id))).get();
    if (found) return Response.json(found);
  }
  return Response.json({ error: "Not Found" }, { status: 404 });
});
