import os

import zope.sqlalchemy
from pyramid.config import Configurator
from pyramid.httpexceptions import HTTPNotFound
from sqlalchemy import String, create_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, sessionmaker


class Base(DeclarativeBase):
    pass


class Note(Base):
    __tablename__ = "notes"  # created by the Alembic migration, not by the app

    id: Mapped[int] = mapped_column(primary_key=True)
    text: Mapped[str] = mapped_column(String)

    def as_json(self):
        return {"id": self.id, "text": self.text}


def create_note(request):
    note = Note(text=request.json_body["text"])
    request.dbsession.add(note)
    request.dbsession.flush()  # the database assigns the id; pyramid_tm commits after the view
    request.response.status = 201
    return note.as_json()


def read_note(request):
    note = request.dbsession.get(Note, int(request.matchdict["id"]))
    if note is None:
        raise HTTPNotFound()
    return note.as_json()


engine = create_engine(f"sqlite:///{os.environ['DATABASE_PATH']}")
session_factory = sessionmaker(bind=engine)


def dbsession(request):
    # One session per request, joined to the request's transaction (committed or aborted by pyramid_tm).
    session = session_factory()
    zope.sqlalchemy.register(session, transaction_manager=request.tm)
    return session


with Configurator(settings={"tm.manager_hook": "pyramid_tm.explicit_manager"}) as config:
    config.include("pyramid_tm")
    config.add_request_method(dbsession, reify=True)
    config.add_route("notes", "/notes")
    config.add_route("note", r"/notes/{id:\d+}")
    config.add_view(create_note, route_name="notes", request_method="POST", renderer="json")
    config.add_view(read_note, route_name="note", request_method="GET", renderer="json")
    app = config.make_wsgi_app()
