import os

from sanic import NotFound, Sanic, json
from sqlalchemy import String
from sqlalchemy.ext.asyncio import async_sessionmaker, create_async_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

app = Sanic("Notes")
engine = create_async_engine(f"sqlite+aiosqlite:///{os.environ['DATABASE_PATH']}")
Session = async_sessionmaker(engine, expire_on_commit=False)


class Base(DeclarativeBase):
    pass


class Note(Base):
    __tablename__ = "notes"  # created by the Alembic migration, not by the app

    id: Mapped[int] = mapped_column(primary_key=True)
    text: Mapped[str] = mapped_column(String)

    def as_json(self):
        return {"id": self.id, "text": self.text}


# A session per request, opened and closed in middleware.
@app.on_request
async def open_session(request):
    request.ctx.session = Session()


@app.on_response
async def close_session(request, response):
    if hasattr(request.ctx, "session"):
        await request.ctx.session.close()


@app.post("/notes")
async def create_note(request):
    note = Note(text=request.json["text"])
    request.ctx.session.add(note)
    await request.ctx.session.commit()
    return json(note.as_json(), status=201)


@app.get("/notes/<note_id:int>")
async def read_note(request, note_id: int):
    note = await request.ctx.session.get(Note, note_id)
    if note is None:
        raise NotFound()
    return json(note.as_json())
