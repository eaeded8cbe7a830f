import os

from quart import Quart, abort, request
from sqlalchemy.ext.asyncio import async_sessionmaker, create_async_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Note(Base):
    __tablename__ = "notes"
    id: Mapped[int] = mapped_column(primary_key=True)
    text: Mapped[str]


engine = create_async_engine(f"sqlite+aiosqlite:///{os.environ['DATABASE_PATH']}")
Session = async_sessionmaker(engine, expire_on_commit=False)
app = Quart(__name__)


@app.post("/notes")
async def create_note():
    data = await request.get_json()
    async with Session() as session:
        note = Note(text=data["text"])
        session.add(note)
        await session.commit()
    return {"id": note.id, "text": note.text}, 201


@app.get("/notes/<int:note_id>")
async def read_note(note_id):
    async with Session() as session:
        note = await session.get(Note, note_id)
    if note is None:
        abort(404)
    return {"id": note.id, "text": note.text}
