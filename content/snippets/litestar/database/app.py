import os
from dataclasses import dataclass

from advanced_alchemy.extensions.litestar import SQLAlchemyAsyncConfig, SQLAlchemyPlugin, base
from litestar import Litestar, get, post
from litestar.exceptions import NotFoundException
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Mapped


class Note(base.BigIntBase):  # table "note" with an integer id
    text: Mapped[str]


@dataclass
class NoteIn:
    text: str


@post("/notes")
async def create_note(data: NoteIn, db_session: AsyncSession) -> dict:
    note = Note(text=data.text)
    db_session.add(note)
    await db_session.flush()  # assigns the id; the plugin commits before the response goes out
    return {"id": note.id, "text": note.text}


@get("/notes/{note_id:int}")
async def read_note(note_id: int, db_session: AsyncSession) -> dict:
    note = await db_session.get(Note, note_id)
    if note is None:
        raise NotFoundException()
    return {"id": note.id, "text": note.text}


# Also adds `litestar database make-migrations` / `upgrade`; migrations/ holds the schema.
db = SQLAlchemyAsyncConfig(
    connection_string=f"sqlite+aiosqlite:///{os.environ['DATABASE_PATH']}",
    before_send_handler="autocommit",
)
app = Litestar([create_note, read_note], plugins=[SQLAlchemyPlugin(config=db)])
