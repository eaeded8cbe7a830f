import os

from aiohttp import web
from sqlalchemy import String
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker, create_async_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

SESSIONS = web.AppKey("sessions", async_sessionmaker[AsyncSession])
routes = web.RouteTableDef()


class Base(DeclarativeBase):
    pass


class Note(Base):
    __tablename__ = "notes"  # created by the Alembic migration, not by the app

    id: Mapped[int] = mapped_column(primary_key=True)
    text: Mapped[str] = mapped_column(String)

    def as_json(self):
        return {"id": self.id, "text": self.text}


@routes.post("/notes")
async def create_note(request: web.Request) -> web.Response:
    note = Note(text=(await request.json())["text"])
    async with request.app[SESSIONS].begin() as session:
        session.add(note)
    return web.json_response(note.as_json(), status=201)


@routes.get(r"/notes/{id:\d+}")
async def read_note(request: web.Request) -> web.Response:
    async with request.app[SESSIONS]() as session:
        note = await session.get(Note, int(request.match_info["id"]))
    if note is None:
        raise web.HTTPNotFound()
    return web.json_response(note.as_json())


async def database(app: web.Application):
    # The engine lives as long as the app; the table comes from the Alembic migration.
    engine = create_async_engine(f"sqlite+aiosqlite:///{os.environ['DATABASE_PATH']}")
    app[SESSIONS] = async_sessionmaker(engine, expire_on_commit=False)
    yield
    await engine.dispose()


def init(argv):
    app = web.Application()
    app.cleanup_ctx.append(database)
    app.add_routes(routes)
    return app
