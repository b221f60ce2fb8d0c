"""Who a journal file is, as the app decides it: never a name taken from the file's content.

A journal records its id (``journal_info.journal_uuid``) and, if it is a review copy, the export
it came from (``review_info.export_id``). Those are only text in a file anyone can write, so the
app never uses them as a path: the name of a journal's backup folder is the id in its canonical
UUID form when it is one, else a hash of it; a review copy's folder is a hash of its id and its
export, so it can never be mistaken for the teacher's journal.
"""

from __future__ import annotations

import hashlib
import os
import re
import sqlite3
import stat
import uuid
from dataclasses import dataclass
from pathlib import Path

from journal_app.core.errors import JournalAppError
from journal_app.core.store.fileformat import ro_connect

# A name the app itself could have given a folder (used to recognise old folders, never to make one).
SAFE_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,79}")


def canonical_uuid(value: object) -> str | None:
    """``value`` as a canonical lower-case UUID, or None if it is not one."""
    if not isinstance(value, str) or len(value) > 64:
        return None
    try:
        return str(uuid.UUID(value))
    except ValueError:
        return None


def _text(value: object) -> str:
    return value if isinstance(value, str) else f"{type(value).__name__}:{value!r}"


def _digest(*parts: object) -> str:
    return hashlib.sha256("\0".join(_text(p) for p in parts).encode("utf-8", "replace")).hexdigest()[:32]


@dataclass(frozen=True)
class Identity:
    """A journal's identity as read from its file (``journal_uuid`` and ``review_export`` are
    raw values and may be anything); ``key`` is the only thing the app names files after."""

    journal_uuid: object
    review_export: object = None  # the export id of a review copy, None for a teacher's journal

    @property
    def is_review_copy(self) -> bool:
        return self.review_export is not None

    @property
    def key(self) -> str:
        """The name of this journal's backup folder: a plain file name, never a path."""
        if self.is_review_copy:
            return "review-" + _digest(self.journal_uuid, self.review_export)
        return canonical_uuid(self.journal_uuid) or "journal-" + _digest(self.journal_uuid)

    def legacy_key(self) -> str | None:
        """The folder name an older version gave this journal (its id as written), if that
        name was a harmless single folder name and differs from ``key``."""
        raw = self.journal_uuid
        if self.is_review_copy or not isinstance(raw, str) or not SAFE_NAME.fullmatch(raw) or raw == self.key:
            return None
        return raw


def read_identity(path: Path) -> Identity | None:
    """The identity recorded in a journal file, or None when it cannot be read (or it is not a
    regular file: a FIFO or a device is never opened)."""
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return None
        conn = ro_connect(path)
        try:
            row = conn.execute("SELECT journal_uuid FROM journal_info WHERE id = 1").fetchone()
            if row is None:
                return None
            has_review = conn.execute(
                "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'review_info'").fetchone()[0]
            review = conn.execute("SELECT export_id FROM review_info WHERE id = 1").fetchone() if has_review else None
        finally:
            conn.close()
    except (OSError, sqlite3.Error, UnicodeDecodeError, ValueError, OverflowError, MemoryError, JournalAppError):
        return None
    return Identity(row[0], None if review is None else _text(review[0]))


def new_journal_uuid() -> str:
    return str(uuid.uuid4())
