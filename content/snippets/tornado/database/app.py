import asyncio
import os

import tornado.escape
import tornado.web
from sqlalchemy import String
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker, create_async_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Note(Base):
    __tablename__ = "notes"  # created by the Alembic migration, not by the app

    id: Mapped[int] = mapped_column(primary_key=True)
    text: Mapped[str] = mapped_column(String)

    def as_json(self):
        return {"id": self.id, "text": self.text}


class NotesHandler(tornado.web.RequestHandler):
    def initialize(self, sessions: async_sessionmaker[AsyncSession]):
        self.sessions = sessions

    async def post(self):
        note = Note(text=tornado.escape.json_decode(self.request.body)["text"])
        async with self.sessions.begin() as session:
            session.add(note)
        self.set_status(201)
        self.write(note.as_json())

    async def get(self, note_id):
        async with self.sessions() as session:
            note = await session.get(Note, int(note_id))
        if note is None:
            raise tornado.web.HTTPError(404)
        self.write(note.as_json())


async def main():
    engine = create_async_engine(f"sqlite+aiosqlite:///{os.environ['DATABASE_PATH']}")
    sessions = async_sessionmaker(engine, expire_on_commit=False)
    app = tornado.web.Application([
        (r"/notes", NotesHandler, {"sessions": sessions}),
        (r"/notes/(\d+)", NotesHandler, {"sessions": sessions}),
    ])
    app.listen(int(os.environ["PORT"]), address="127.0.0.1")
    await asyncio.Event().wait()


if __name__ == "__main__":
    asyncio.run(main())
