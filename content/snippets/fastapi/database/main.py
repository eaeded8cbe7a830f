import os
from typing import Annotated

from fastapi import Depends, FastAPI, HTTPException
from sqlmodel import Field, Session, SQLModel, create_engine


class NoteIn(SQLModel):
    text: str


class Note(NoteIn, table=True):  # table "note"
    id: int | None = Field(default=None, primary_key=True)


engine = create_engine(f"sqlite:///{os.environ['DATABASE_PATH']}", connect_args={"check_same_thread": False})


def get_session():
    with Session(engine) as session:
        yield session


SessionDep = Annotated[Session, Depends(get_session)]
app = FastAPI()


@app.post("/notes", status_code=201)
def create_note(data: NoteIn, session: SessionDep) -> Note:
    note = Note.model_validate(data)
    session.add(note)
    session.commit()
    session.refresh(note)
    return note


@app.get("/notes/{note_id}")
def read_note(note_id: int, session: SessionDep) -> Note:
    note = session.get(Note, note_id)
    if note is None:
        raise HTTPException(status_code=404, detail="Note not found")
    return note
