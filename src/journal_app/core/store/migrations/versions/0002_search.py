"""format 2: full-text search index (FTS5) over notes, reflections, targets and evidence names

Revision ID: 0002_search
Revises: 0001_initial
Create Date: 2026-11-23
"""

from collections.abc import Sequence

from alembic import op

from journal_app.core import search

revision: str = "0002_search"
down_revision: str | None = "0001_initial"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    for statement in search.SCHEMA_SQL:
        op.execute(statement)
    search.rebuild(op.get_bind(), until_format=2)


def downgrade() -> None:
    op.execute("DROP TABLE search_fts")
    op.execute("DROP TABLE search_doc")
