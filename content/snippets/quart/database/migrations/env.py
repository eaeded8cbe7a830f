import os

from alembic import context
from sqlalchemy import create_engine

from app import Base  # the models, for `alembic revision --autogenerate`

# Alembic runs before the app starts, so a plain (sync) engine on the same file is enough.
engine = create_engine(f"sqlite:///{os.environ['DATABASE_PATH']}")
with engine.connect() as connection:
    context.configure(connection=connection, target_metadata=Base.metadata)
    with context.begin_transaction():
        context.run_migrations()
