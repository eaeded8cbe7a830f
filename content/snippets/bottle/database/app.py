import os

from bottle import Bottle, abort, request, response
from sqlalchemy import String, create_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

engine = create_engine(f"sqlite:///{os.environ['DATABASE_PATH']}")
app = Bottle()


class Base(DeclarativeBase):
    pass


class Note(Base):
    __tablename__ = "notes"  # created by the Alembic migration, not by the app

    id: Mapped[int] = mapped_column(primary_key=True)
    text: Mapped[str] = mapped_column(String)

    def as_json(self):
        return {"id": self.id, "text": self.text}


@app.post("/notes")
def create_note():
    with Session(engine) as session, session.begin():
        note = Note(text=request.json["text"])
        session.add(note)
        session.flush()  # the database assigns the id
        response.status = 201
        return note.as_json()


@app.get("/notes/<note_id:int>")
def read_note(note_id):
    with Session(engine) as session:
        note = session.get(Note, note_id)
        if note is None:
            abort(404)
        return note.as_json()


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=int(os.environ["PORT"]))
