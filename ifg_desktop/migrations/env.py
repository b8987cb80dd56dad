"""Alembic environment: always run with a connection handed in by db/database.py."""

from alembic import context

from ifg_desktop.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite can only ALTER through table copies
)
with context.begin_transaction():
    context.run_migrations()
