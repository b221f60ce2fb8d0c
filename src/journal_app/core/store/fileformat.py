"""What makes a file a journal, in a module light enough to import before anything else
(the window's first paint reads a journal with it; see core/quicklook.py)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

APPLICATION_ID = 0x4C4A524E  # "LJRN", in PRAGMA application_id
SUFFIX = ".ljournal"
SQLITE_MAGIC = b"SQLite format 3\x00"

# One Alembic revision per schema version; user_version N means SCHEMA_REVISIONS[N-1] applied.
SCHEMA_REVISIONS: list[str] = ["0001_initial", "0002_search", "0003_review", "0004_conversations",
                               "0005_tla_journey", "0006_curee", "0007_review_form"]
SCHEMA_VERSION = len(SCHEMA_REVISIONS)


def ro_connect(path: Path) -> sqlite3.Connection:
    """A read-only connection to a journal, through the guard (see core/store/guard.py)."""
    from journal_app.core.store.guard import ro_connect as guarded

    return guarded(path)
