import os

from alembic import context
from sqlalchemy import create_engine

# Migrations run through the plain sqlite3 driver; the app itself uses aiosqlite.
engine = create_engine(f"sqlite:///{os.environ['DATABASE_PATH']}")

with engine.connect() as connection:
    context.configure(connection=connection)
    with context.begin_transaction():
        context.run_migrations()
