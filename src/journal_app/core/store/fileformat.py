"""What makes a file a journal, in a module light enough to import before anything else
(the window's first paint reads a journal with it; see core/quicklook.py)."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from urllib.parse import quote

APPLICATION_ID = 0x4C4A524E  # "LJRN", in PRAGMA application_id
SUFFIX = ".ljournal"
SQLITE_MAGIC = b"SQLite format 3\x00"

# One Alembic revision per schema version; user_version N means SCHEMA_REVISIONS[N-1] applied.
SCHEMA_REVISIONS: list[str] = ["0001_initial", "0002_search", "0003_review", "0004_conversations",
                               "0005_tla_journey", "0006_curee", "0007_review_form"]
SCHEMA_VERSION = len(SCHEMA_REVISIONS)


def ro_connect(path: Path) -> sqlite3.Connection:
    """A read-only connection that cannot change the file.

    With no ``-wal`` beside the file (nobody has it open, and it was closed cleanly) the file is
    read as immutable, so looking at a journal leaves no ``-wal``/``-shm`` files behind.
    """
    wal = Path(f"{path}-wal")
    mode = "mode=ro" if wal.exists() else "mode=ro&immutable=1"
    conn = sqlite3.connect(f"file:{quote(str(path))}?{mode}", uri=True, check_same_thread=False)
    conn.execute("PRAGMA trusted_schema = OFF")
    return conn
