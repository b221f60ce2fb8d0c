"""Alembic environment: always run by the app on a connection it passes in
(``config.attributes["connection"]``), never from an alembic.ini."""

from alembic import context

from journal_app.core.store.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies tables
)
with context.begin_transaction():
    context.run_migrations()
