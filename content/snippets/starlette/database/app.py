import os

from sqlalchemy.ext.asyncio import async_sessionmaker, create_async_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.responses import JSONResponse
from starlette.routing import Route


class Base(DeclarativeBase):
    pass


class Note(Base):
    __tablename__ = "notes"
    id: Mapped[int] = mapped_column(primary_key=True)
    text: Mapped[str]


engine = create_async_engine(f"sqlite+aiosqlite:///{os.environ['DATABASE_PATH']}")
Session = async_sessionmaker(engine, expire_on_commit=False)


async def create_note(request):
    data = await request.json()
    async with Session() as session:
        note = Note(text=data["text"])
        session.add(note)
        await session.commit()
    return JSONResponse({"id": note.id, "text": note.text}, status_code=201)


async def read_note(request):
    async with Session() as session:
        note = await session.get(Note, request.path_params["note_id"])
    if note is None:
        raise HTTPException(status_code=404)
    return JSONResponse({"id": note.id, "text": note.text})


app = Starlette(
    routes=[
        Route("/notes", create_note, methods=["POST"]),
        Route("/notes/{note_id:int}", read_note),
    ]
)
