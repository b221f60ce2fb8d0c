"""Errors the core raises. Each carries a message meant for the user, in one line."""

from __future__ import annotations

import errno
import shutil
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from journal_app.core.i18n import QT_TRANSLATE_NOOP, Labels

if TYPE_CHECKING:
    import threading


class JournalAppError(Exception):
    """Base class: str(error) is a complete sentence for the user."""


class FrameworkError(JournalAppError):
    """A framework file is missing, unreadable or invalid."""


class NotAJournalError(JournalAppError):
    """The file is not a Learning Journal (another SQLite file, or not SQLite at all)."""


class NewerVersionError(JournalAppError):
    """The journal was written by a newer version of the app."""


class DamagedJournalError(JournalAppError):
    """The journal file is a journal but damaged."""


class ReadOnlyError(JournalAppError):
    """A change was asked of a journal opened read-only."""


class InvalidOperation(JournalAppError):
    """A request that does not fit the journal (unknown stage, criterion, item...)."""


class DumpError(JournalAppError):
    """A journal dump file is not valid."""


class JournalMissingError(JournalAppError):
    """The open journal's file has gone (a USB stick pulled out, the file moved)."""


class ReviewRefused(JournalAppError):
    """A returned review that cannot be imported (the journal is untouched)."""


class Cancelled(Exception):  # noqa: N818 (what happened, as the caller names it)
    """The person stopped a long read (its ``threading.Event`` was set) before it finished:
    nothing was changed and there is nothing to tell them, so this is no JournalAppError."""


def check_cancelled(cancel: threading.Event | None) -> None:
    """Cancelled if ``cancel`` has been set (None: the caller offers no way to stop)."""
    if cancel is not None and cancel.is_set():
        raise Cancelled


class StorageError(JournalAppError):
    """The disk said no: full, read-only, a file too large, an input/output error. ``cause``
    is one of STORAGE_MESSAGES' keys."""

    def __init__(self, message: str, cause: str) -> None:
        super().__init__(message)
        self.cause = cause


# The one place OS and SQLite errors are told apart, so every message names the real cause.
_ERRNO_CAUSES = {errno.ENOSPC: "full", errno.EROFS: "read-only", errno.EFBIG: "too-large",
                 errno.EIO: "io", errno.EACCES: "permission", errno.EPERM: "permission"}
if hasattr(errno, "EDQUOT"):
    _ERRNO_CAUSES[errno.EDQUOT] = "full"
_SQLITE_CAUSES = {13: "full", 8: "read-only", 10: "io", 3: "permission"}  # SQLITE_FULL, _READONLY, _IOERR, _PERM
_SQLITE_TEXTS = (("database or disk is full", "full"), ("readonly database", "read-only"),
                 ("disk i/o error", "io"))

STORAGE_MESSAGES = Labels("errors", {
    "full": QT_TRANSLATE_NOOP("errors", "The disk is full: {what}. Free some space on it and try again."),
    "read-only": QT_TRANSLATE_NOOP("errors", "The disk or the file is read-only: {what}."),
    "too-large": QT_TRANSLATE_NOOP("errors", "The file has grown larger than this disk or computer allows: {what}."),
    "io": QT_TRANSLATE_NOOP("errors", "The disk could not be read or written (an input/output error): {what}. If it is a USB stick, check that it is still plugged in."),
    "permission": QT_TRANSLATE_NOOP("errors", "Permission was refused: {what}."),
})


def storage_cause(error: BaseException | None) -> str | None:
    """Which of the disk's refusals an OS or SQLite error (or SQLAlchemy's wrapping of one, or
    an error raised from one) is, or None when it is none of them."""
    for _ in range(8):
        if error is None:
            return None
        if isinstance(error, OSError) and error.errno in _ERRNO_CAUSES:
            return _ERRNO_CAUSES[error.errno]
        if isinstance(error, sqlite3.Error):
            code = getattr(error, "sqlite_errorcode", None)
            if isinstance(code, int) and code & 0xFF in _SQLITE_CAUSES:
                return _SQLITE_CAUSES[code & 0xFF]
            text = str(error).lower()
            for needle, cause in _SQLITE_TEXTS:
                if needle in text:
                    return cause
        error = getattr(error, "orig", None) or error.__cause__ or error.__context__
    return None


def storage_error(error: BaseException, what: str, where: Path | None = None) -> StorageError | None:
    """A StorageError saying the real cause and ``what`` did not happen (a clause such as
    "the change was not saved to x.ljournal"), or None when ``error`` is not the disk's.
    ``where`` (a folder written to) tells a full disk from other input/output errors, which
    SQLite reports alike."""
    cause = storage_cause(error)
    if cause is None:
        return None
    if cause == "io" and where is not None and disk_nearly_full(where):
        cause = "full"
    return StorageError(STORAGE_MESSAGES[cause].format(what=what), cause)


def disk_nearly_full(folder: Path, margin: int = 1024 * 1024) -> bool:
    try:
        return shutil.disk_usage(folder).free < margin
    except OSError:
        return False
