"""One writer at a time: an OS lock held on the journal file itself, and a lock file beside it
that says who holds it.

On Linux and macOS the lock is ``flock`` on a descriptor of the journal: it belongs to the
file, so deleting or replacing the ``.lock`` file cannot let a second writer in, and the OS
drops it when the process ends, however it ends (so a lock file left by a crash is recognised
and cleared). ``flock`` locks are independent of the POSIX (``fcntl``) locks SQLite takes on
the same file, so SQLite's own locking is unchanged (tests/test_locks.py shows both at work).
The ``.lock`` file (``flock``-ed too, so that older versions of the app, which lock only it,
still see the journal as taken) records the holder for the message "open for writing by X on
Y". It is never followed if it is a symbolic link, nor written if it is a hard link to another
file: such a link is removed and a file made in its place; anything else that is not a plain
file is left alone.

On Windows the lock is ``msvcrt.locking`` on the ``.lock`` file only (a byte-range lock on the
journal would also stop readers, and Windows does not let an open file be deleted); written
but not yet tested on Windows.
"""

from __future__ import annotations

import datetime as dt
import errno
import getpass
import json
import os
import socket
import stat
import sys
from dataclasses import dataclass
from pathlib import Path

from journal_app.core.errors import JournalAppError
from journal_app.core.i18n import translate

_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)  # a FIFO named like the file never blocks the open


class JournalLockedError(JournalAppError):
    """The journal is open for writing elsewhere."""

    def __init__(self, message: str, holder: dict | None = None) -> None:
        super().__init__(message)
        self.holder = holder or {}


def lock_path(journal: Path) -> Path:
    return journal.with_name(journal.name + ".lock")


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except OSError:
        return False


def _unlock(fd: int) -> None:
    if sys.platform == "win32":  # pragma: no cover
        import msvcrt

        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        except OSError:
            pass
        return
    import fcntl

    fcntl.flock(fd, fcntl.LOCK_UN)


def describe(holder: dict) -> str:
    who = holder.get("user") or "someone"
    host = holder.get("host") or translate("lock", "another computer")
    since = holder.get("since", "")
    return (translate("lock", "{who} on {host} (process {pid}, since {since})") if since else
            translate("lock", "{who} on {host} (process {pid})")).format(who=who, host=host, pid=holder.get("pid", "?"), since=since)


def _locked_error(journal: Path, holder: dict) -> JournalLockedError:
    if holder:
        return JournalLockedError(translate("lock", "{name} is already open for writing by {describe}. You can open it read-only.").format(name=journal.name, describe=describe(holder)), holder)
    return JournalLockedError(translate("lock", "{name} is already open for writing elsewhere. You can open it read-only.").format(name=journal.name))


def _read_holder(lp: Path) -> dict:
    """Who holds the lock, as the lock file says (never following a link, never blocking)."""
    try:
        fd = os.open(lp, os.O_RDONLY | _NOFOLLOW | _NONBLOCK | _CLOEXEC)
    except OSError:
        return {}
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return {}
        holder = json.loads(os.pread(fd, 4096, 0).decode("utf-8") or "{}")
        return holder if isinstance(holder, dict) else {}
    except (ValueError, OSError, AttributeError):
        return {}
    finally:
        os.close(fd)


def _open_lock_file(lp: Path) -> int | None:
    """The lock file, opened for writing without following a link: a new file (O_EXCL) or the
    plain file left there; a link in its place is removed first. None when something else (a
    folder, a FIFO) has the name: the journal's own lock is enough, the holder goes unrecorded."""
    flags = os.O_RDWR | _NOFOLLOW | _NONBLOCK | _CLOEXEC
    for _ in range(3):
        try:
            fd = os.open(lp, flags | os.O_CREAT | os.O_EXCL, 0o644)
        except FileExistsError:
            try:
                fd = os.open(lp, flags)
            except FileNotFoundError:
                continue  # removed meanwhile: make it again
            except OSError as e:
                if e.errno in (errno.ELOOP, errno.EMLINK) and os.path.islink(lp):
                    os.unlink(lp)  # removes the link itself, never what it points at
                    continue
                if e.errno in (errno.EISDIR, errno.ENXIO):
                    return None
                raise
        st = os.fstat(fd)
        if stat.S_ISREG(st.st_mode) and st.st_nlink > 1:
            # A hard link to some other file: writing the holder would overwrite that file.
            # Remove this name (the other file keeps its content) and make our own.
            os.close(fd)
            os.unlink(lp)
            continue
        if stat.S_ISREG(st.st_mode):
            return fd
        os.close(fd)
        return None
    return None


def _open_journal(journal: Path) -> int | None:
    """A descriptor of the journal file to hold the lock on (None if there is no file yet, say
    a restore into a missing place: then the lock file alone is locked)."""
    if sys.platform == "win32":  # pragma: no cover
        return None
    try:
        fd = os.open(journal, os.O_RDONLY | _NOFOLLOW | _NONBLOCK | _CLOEXEC)
    except FileNotFoundError:
        return None
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise JournalLockedError(translate("lock", "{name} is not a plain file; it cannot be opened for writing").format(name=journal.name))
    return fd


@dataclass
class JournalLock:
    path: Path  # the lock file
    fd: int  # the lock file's descriptor, -1 if it could not be made
    journal_fd: int | None = None  # the journal's descriptor, flock-ed
    stale_cleared: bool = False

    @classmethod
    def acquire(cls, journal: Path) -> JournalLock:
        lp = lock_path(journal)
        try:
            journal_fd = _open_journal(journal)
        except OSError as e:
            raise JournalLockedError(translate("lock", "{name} cannot be opened for writing ({strerror})").format(name=journal.name, strerror=e.strerror)) from None
        if journal_fd is not None and not _try_lock(journal_fd):
            os.close(journal_fd)
            raise _locked_error(journal, _read_holder(lp))
        try:
            lock = cls._lock_file(journal, lp)
        except BaseException:
            if journal_fd is not None:
                os.close(journal_fd)
            raise
        lock.journal_fd = journal_fd
        return lock

    @classmethod
    def _lock_file(cls, journal: Path, lp: Path) -> JournalLock:
        try:
            fd = _open_lock_file(lp)
        except OSError as e:
            raise JournalLockedError(
                translate("lock", "{name} cannot be opened for writing: its folder is not writable ({strerror})").format(name=journal.name, strerror=e.strerror)) from None
        if fd is None:
            return cls(lp, -1)
        if not _try_lock(fd):  # an older version of the app, which locks only this file
            holder = _read_holder(lp)
            os.close(fd)
            raise _locked_error(journal, holder)
        # We hold the OS lock: any details left in the file are from a process that has ended.
        stale = os.fstat(fd).st_size > 0
        info = {"pid": os.getpid(), "host": socket.gethostname(), "user": getpass.getuser(),
                "since": dt.datetime.now().isoformat(timespec="seconds"), "app": "journal-app"}
        try:
            os.ftruncate(fd, 0)
            os.pwrite(fd, json.dumps(info).encode("utf-8"), 0)
        except OSError:
            pass  # a full disk: the lock holds all the same, only the holder goes unrecorded
        return cls(lp, fd, stale_cleared=stale)

    def release(self) -> None:
        if self.fd >= 0:
            try:
                os.ftruncate(self.fd, 0)
                if os.path.samestat(os.fstat(self.fd), os.lstat(self.path)):
                    self.path.unlink()  # only the file we made, not one put in its place
            except OSError:
                pass
            finally:
                _unlock(self.fd)
                os.close(self.fd)
                self.fd = -1
        if self.journal_fd is not None:
            _unlock(self.journal_fd)
            os.close(self.journal_fd)
            self.journal_fd = None
