import { Elysia, t } from "elysia";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "./generated/prisma/client";

// The notes table comes from prisma/migrations, applied by `prisma migrate deploy` before start.
const prisma = new PrismaClient({
  adapter: new PrismaBetterSQLite3({ url: `file:${process.env.DATABASE_PATH}` }),
});

new Elysia()
  .post("/notes", async ({ body, status }) => status(201, await prisma.note.create({ data: body })), {
    body: t.Object({ text: t.String() }),
  })
  .get("/notes/:id", async ({ params: { id }, status }) => {
    const note = await prisma.note.findUnique({ where: { id } });
    return note ?? status(404, { error: "Note not found" });
  }, {
    params: t.Object({ id: t.Integer() }),
  })
  .listen({ hostname: "127.0.0.1", port: Number(process.env.PORT) });
