"""The open journal as the window sees it: the core Journal plus Qt signals.

Views call ``session.run(...)`` for every change: it runs the core operation, and if it fails
(disk full, folder gone, a bad request) it reports the failure instead of raising, so the
edit stays on screen and nothing half-done is shown as saved.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, Signal
from sqlalchemy.exc import SQLAlchemyError

from journal_app.core.errors import JournalAppError
from journal_app.core.journal import Journal

T = TypeVar("T")


class JournalSession(QObject):
    changed = Signal(str, object)  # kind, key: after every committed change
    saved = Signal(object)  # datetime of the last successful save
    failed = Signal(str)  # a message for the user

    def __init__(self, journal: Journal, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
        journal.subscribe(self._on_change)

    @property
    def readonly(self) -> bool:
        return self.journal.readonly

    def _on_change(self, kind: str, key: object) -> None:
        if kind == "evidence-partial":
            return
        self.saved.emit(dt.datetime.now())
        self.changed.emit(kind, key)

    def run(self, operation: Callable[[Journal], T]) -> tuple[bool, T | None]:
        """Run a change; (True, result) when it was saved, (False, None) when it was not."""
        try:
            return True, operation(self.journal)
        except JournalAppError as e:
            self.failed.emit(str(e))
        except (OSError, sqlite3.Error, SQLAlchemyError) as e:
            reason = getattr(e, "orig", None) or e
            self.failed.emit(f"The change could not be saved to {self.journal.path.name}: {reason}. "
                             "Your text is still on screen; try again, or save a copy elsewhere.")
        return False, None

    def close(self) -> None:
        self.journal.close()
