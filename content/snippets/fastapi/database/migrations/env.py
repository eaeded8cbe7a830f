from alembic import context
from sqlmodel import SQLModel

from main import engine  # the app's engine; importing main also registers its tables on SQLModel.metadata

with engine.connect() as connection:
    context.configure(connection=connection, target_metadata=SQLModel.metadata)
    with context.begin_transaction():
        context.run_migrations()
