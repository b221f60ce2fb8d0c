"""One writer at a time: a lock file beside the journal, held with an OS file lock.

The OS releases the file lock when the process ends, however it ends, so a lock file left by
a crashed process is recognised (its lock can be taken) and cleared. The file also says who
holds the lock, so a second window or process can tell the user where the journal is open.
"""

from __future__ import annotations

import datetime as dt
import getpass
import json
import os
import socket
import sys
from dataclasses import dataclass
from pathlib import Path

from journal_app.core.errors import JournalAppError
from journal_app.core.i18n import translate


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


@dataclass
class JournalLock:
    path: Path
    fd: int
    stale_cleared: bool = False

    @classmethod
    def acquire(cls, journal: Path) -> JournalLock:
        for _ in range(5):
            lock = cls._acquire_once(journal)
            # Another process may have removed the file between our open and our lock: then
            # we would hold a lock on a file nobody else can see. Check, and try again.
            try:
                same = os.path.samestat(os.fstat(lock.fd), os.stat(lock.path))
            except OSError:
                same = False
            if same:
                return lock
            _unlock(lock.fd)
            os.close(lock.fd)
        raise JournalLockedError(translate("lock", "{name} could not be locked for writing; try again").format(name=journal.name))

    @classmethod
    def _acquire_once(cls, journal: Path) -> JournalLock:
        lp = lock_path(journal)
        try:
            fd = os.open(lp, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as e:
            raise JournalLockedError(
                translate("lock", "{name} cannot be opened for writing: its folder is not writable ({strerror})").format(name=journal.name, strerror=e.strerror)) from None
        if not _try_lock(fd):
            try:
                holder = json.loads(os.pread(fd, 4096, 0).decode("utf-8") or "{}")
            except (ValueError, OSError, AttributeError):
                holder = {}
            os.close(fd)
            raise JournalLockedError(translate("lock", "{name} is already open for writing by {describe}. You can open it read-only.").format(name=journal.name, describe=describe(holder)), holder)
        # We hold the OS lock: any details left in the file are from a process that has ended.
        stale = os.fstat(fd).st_size > 0
        info = {"pid": os.getpid(), "host": socket.gethostname(), "user": getpass.getuser(),
                "since": dt.datetime.now().isoformat(timespec="seconds"), "app": "journal-app"}
        os.ftruncate(fd, 0)
        os.pwrite(fd, json.dumps(info).encode("utf-8"), 0)
        return cls(lp, fd, stale_cleared=stale)

    def release(self) -> None:
        if self.fd < 0:
            return
        try:
            os.ftruncate(self.fd, 0)
            self.path.unlink(missing_ok=True)
        except OSError:
            pass
        finally:
            _unlock(self.fd)
            os.close(self.fd)
            self.fd = -1
