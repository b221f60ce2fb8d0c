"""The open journal as the window sees it: the core Journal plus Qt signals.

Views call ``session.run(...)`` for every change: it runs the core operation, and if it fails
(disk full, folder gone, a bad request) it reports the failure instead of raising, so the
edit stays on screen and nothing half-done is shown as saved.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QObject, Signal
from sqlalchemy.exc import SQLAlchemyError

from journal_app.core import i18n
from journal_app.core.errors import InvalidOperation, JournalAppError, ReadOnlyError, StorageError
from journal_app.core.events import ChangeEvent
from journal_app.core.frameworks.localize import in_language
from journal_app.core.frameworks.models import Framework
from journal_app.core.journal import Journal

T = TypeVar("T")


class JournalSession(QObject):
    changed = Signal(object)  # a ChangeEvent, after every operation that changed the journal
    saved = Signal(object)  # datetime of the last successful save
    failed = Signal(str)  # a message for the user

    def __init__(self, journal: Journal, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
        self.last_failed: Callable[[Journal], object] | None = None  # the edit that could not be saved
        self.curee_source: Framework | None = None  # the CUREE framework tags refer to (set by the window)
        self._curee: dict[str, Framework] = {}
        # Where the file dialog for evidence opens: the journal's folder, then wherever the
        # teacher last took evidence from (not the program's working folder).
        self.evidence_folder = journal.path.parent
        journal.subscribe(self._on_change)

    @property
    def curee(self) -> Framework | None:
        """The CUREE framework in the chosen language."""
        if self.curee_source is None:
            return None
        lang = i18n.language()
        if self._curee.get(lang) is None:
            self._curee = {lang: in_language(self.curee_source, lang)}
        return self._curee[lang]

    @property
    def readonly(self) -> bool:
        """The teacher's content cannot be edited: a read-only view, or a mentor's review copy."""
        return self.journal.readonly or self.journal.review is not None

    @property
    def review_mode(self) -> bool:
        """A review copy open for the mentor's comments and sign-offs."""
        return self.journal.review is not None and not self.journal.readonly

    def _on_change(self, event: ChangeEvent) -> None:
        # Evidence is added on a worker thread: Qt queues these signals to the window's thread.
        self.saved.emit(dt.datetime.now())
        self.changed.emit(event)

    def run(self, operation: Callable[[Journal], T]) -> tuple[bool, T | None]:
        """Run a change; (True, result) when it was saved, (False, None) when it was not."""
        try:
            result = operation(self.journal)
            self.last_failed = None
            return True, result
        except (InvalidOperation, ReadOnlyError) as e:  # a request that does not fit: nothing to retry
            self.failed.emit(str(e))
        except StorageError as e:  # the disk is full, read-only or failing: said in plain words
            self.last_failed = operation
            self.failed.emit(self.tr("{reason} Your text is still on screen; try again, or save a copy elsewhere.").format(reason=e))
        except (JournalAppError, OSError, sqlite3.Error, SQLAlchemyError) as e:
            reason = getattr(e, "orig", None) or e
            self.last_failed = operation
            self.failed.emit(self.tr("The change could not be saved to {name}: {reason}. Your text is still on screen; "
                                     "try again, or save a copy elsewhere.").format(name=self.journal.path.name, reason=reason))
        return False, None

    def save_copy(self, dest: Path) -> Path:
        """A copy of the journal elsewhere, with the edit that could not be saved applied to it."""
        from journal_app.core.store import db

        if dest.exists():
            raise FileExistsError(self.tr("{dest}: a file of that name already exists; choose another name").format(dest=dest))
        db.backup_to(self.journal.path, dest)
        if self.last_failed is not None:
            copy = Journal.open(dest)
            try:
                self.last_failed(copy)
            finally:
                copy.close()
        return dest

    def close(self) -> None:
        self.journal.close()
