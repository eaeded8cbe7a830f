import os

import falcon
from sqlalchemy import String, create_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class Note(Base):
    __tablename__ = "notes"  # created by the Alembic migration, not by the app

    id: Mapped[int] = mapped_column(primary_key=True)
    text: Mapped[str] = mapped_column(String)

    def as_json(self):
        return {"id": self.id, "text": self.text}


class Notes:
    def __init__(self, engine):
        self.engine = engine

    def on_post(self, req, resp):
        with Session(self.engine, expire_on_commit=False) as session, session.begin():
            note = Note(text=req.get_media()["text"])
            session.add(note)
        resp.status = falcon.HTTP_201
        resp.media = note.as_json()

    def on_get_note(self, req, resp, note_id):
        with Session(self.engine) as session:
            note = session.get(Note, note_id)
            if note is None:
                raise falcon.HTTPNotFound()
            resp.media = note.as_json()


engine = create_engine(f"sqlite:///{os.environ['DATABASE_PATH']}")
notes = Notes(engine)
app = falcon.App()
app.add_route("/notes", notes)
app.add_route("/notes/{note_id:int}", notes, suffix="note")
