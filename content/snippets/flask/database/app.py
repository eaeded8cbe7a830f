import os

from flask import Flask, request
from flask_migrate import Migrate
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


db = SQLAlchemy(model_class=Base)


class Note(db.Model):
    __tablename__ = "notes"
    id: Mapped[int] = mapped_column(primary_key=True)
    text: Mapped[str]


app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = f"sqlite:///{os.environ['DATABASE_PATH']}"
db.init_app(app)
Migrate(app, db)  # adds `flask db migrate` / `flask db upgrade`; the schema lives in migrations/


@app.post("/notes")
def create_note():
    note = Note(text=request.get_json()["text"])
    db.session.add(note)
    db.session.commit()
    return {"id": note.id, "text": note.text}, 201


@app.get("/notes/<int:note_id>")
def read_note(note_id):
    note = db.get_or_404(Note, note_id)
    return {"id": note.id, "text": note.text}
