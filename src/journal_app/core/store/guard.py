"""Opening a journal file defensively: every operation (the window, the quick look, check,
dump, PDF export, backups, review import) reaches the file through this module.

- Only a regular file is read (a symlink to one is followed); a pipe, device, socket or folder
  is refused before anything is read from it, and the header is read with O_NONBLOCK and
  O_NOFOLLOW so nothing can block.
- A ``-wal`` beside a journal is used only if it belongs to it (``wal_problem``); a stray one
  is never read into the journal, let alone checkpointed into it.
- The file's schema must be exactly the one its format defines (``schema_problems``), so no
  trigger, view or extra object stored in the file ever runs.

Light on purpose (sqlite3 and the standard library): the window's quick look uses it.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import stat
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from journal_app.core.errors import (
    DamagedJournalError,
    JournalAppError,
    NewerVersionError,
    NotAJournalError,
    storage_error,
)
from journal_app.core.i18n import translate
from journal_app.core.store.fileformat import APPLICATION_ID, SCHEMA_VERSION, SQLITE_MAGIC
from journal_app.core.store.schema_sql import BY_VERSION, OBJECTS

WAL_MAGIC = (0x377F0682, 0x377F0683)
WAL_HEADER = 32
_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0) \
    | getattr(os, "O_BINARY", 0)


@dataclass(frozen=True)
class FileHeader:
    application_id: int
    user_version: int
    page_size: int


def regular_file(path: Path) -> Path:
    """``path`` resolved, if it is a regular file (or a symlink to one); else NotAJournalError.

    Never opens the file, so a pipe or a device cannot block or feed endless bytes."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise NotAJournalError(translate("db", "{path}: no such file").format(path=path)) from None
    except OSError as e:
        raise NotAJournalError(translate("db", "{path}: cannot be read ({strerror})").format(path=path, strerror=e.strerror)) from None
    if stat.S_ISDIR(st.st_mode):
        raise NotAJournalError(translate("db", "{path}: is a folder, not a journal file").format(path=path))
    if not stat.S_ISREG(st.st_mode):
        raise NotAJournalError(translate("db", "{path}: is not a regular file (a device, pipe or socket), so it is not a journal").format(path=path))
    return Path(os.path.realpath(path))


def read_bounded(path: Path, size: int) -> bytes:
    """At most ``size`` bytes from the start of a regular file, never blocking, never following
    a symlink swapped in since ``regular_file`` looked."""
    fd = os.open(path, _FLAGS)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(0, translate("db", "not a regular file"))
        chunks = []
        while size > 0:
            chunk = os.read(fd, size)
            if not chunk:
                break
            chunks.append(chunk)
            size -= len(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)


def read_header(path: Path) -> FileHeader:
    """The SQLite header of a regular file, read without SQLite (never writes)."""
    path = regular_file(path)
    try:
        head = read_bounded(path, 100)
    except OSError as e:
        raise NotAJournalError(translate("db", "{path}: cannot be read ({strerror})").format(path=path, strerror=e.strerror)) from None
    if len(head) < 100 or not head.startswith(SQLITE_MAGIC):
        raise NotAJournalError(translate("db", "{path}: not a Learning Journal file").format(path=path))
    page_size = int.from_bytes(head[16:18], "big")
    return FileHeader(
        application_id=int.from_bytes(head[68:72], "big"),
        user_version=int.from_bytes(head[60:64], "big"),
        page_size=65536 if page_size == 1 else page_size,
    )


# ---------------------------------------------------------------- the -wal beside a journal
def siblings(path: Path) -> tuple[Path, Path]:
    return Path(f"{path}-wal"), Path(f"{path}-shm")


class _ReadConnection(sqlite3.Connection):
    """A read-only connection that, on closing, removes the ``-shm`` SQLite had to make to read
    a ``-wal`` (one left by a crash without its ``-shm``), once nobody else uses it: reading a
    journal leaves nothing beside it that was not there before."""

    shm: Path | None = None

    def close(self) -> None:
        super().close()
        if self.shm is not None:
            forget_shm(self.shm)
            self.shm = None


def forget_shm(shm: Path) -> None:
    """Remove ``shm`` if no connection anywhere has it open (SQLite holds a lock on its byte 128
    while connected; taking that lock ourselves shows nobody does)."""
    try:
        fd = os.open(shm, os.O_RDWR | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return
    try:
        import fcntl

        fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB, 1, 128)
        os.unlink(shm)
    except (ImportError, OSError):
        pass  # in use (or not a POSIX system): it stays, as SQLite wants
    finally:
        os.close(fd)


def connect(path: Path, mode: str) -> sqlite3.Connection:
    """A read-only connection with ``trusted_schema`` off (``mode`` is "mode=ro" with or without
    "&immutable=1"); the caller has checked the file."""
    shm = siblings(path)[1]
    new_shm = "immutable" not in mode and not os.path.lexists(shm)
    conn = sqlite3.connect(f"file:{quote(str(path))}?{mode}", uri=True, check_same_thread=False,
                           factory=_ReadConnection)
    if new_shm:
        conn.shm = shm
    conn.execute("PRAGMA trusted_schema = OFF")
    return conn


def _identity(conn: sqlite3.Connection) -> tuple:
    """What never changes in a journal's life: its application id, its id, when it was made and
    its framework. Every write transaction of the app rewrites journal_info's page (it stamps
    modified_at), so a log written for another journal carries that journal's identity."""
    row = conn.execute("SELECT journal_uuid, created_at, framework_id FROM journal_info WHERE id = 1").fetchone()
    return conn.execute("PRAGMA application_id").fetchone()[0], row


def wal_problem(path: Path, page_size: int, *, thorough: bool = True) -> str | None:
    """Why the ``-wal`` beside ``path`` does not belong to it, or None (absent, empty, or its).

    A log belongs if it is a regular file with SQLite's log header for this page size, and the
    journal read through it has a journal's schema and the same identity as the file read
    without it (and, if ``thorough``, passes SQLite's quick check of every table but the
    evidence chunks). A file that cannot be judged without its log is left to the caller."""
    wal, _shm = siblings(path)
    try:
        st = os.lstat(wal)
    except FileNotFoundError:
        return None
    except OSError as e:
        return translate("db", "its -wal file cannot be read ({strerror})").format(strerror=e.strerror)
    if not stat.S_ISREG(st.st_mode):
        return translate("db", "its -wal is not a regular file")
    if st.st_size == 0:
        return None
    try:
        head = read_bounded(wal, WAL_HEADER)
    except OSError as e:
        return translate("db", "its -wal file cannot be read ({strerror})").format(strerror=e.strerror)
    if len(head) < WAL_HEADER or int.from_bytes(head[0:4], "big") not in WAL_MAGIC:
        return translate("db", "its -wal is not an SQLite write-ahead log")
    if int.from_bytes(head[8:12], "big") != page_size:
        return translate("db", "its -wal was written for a database with another page size")
    try:
        own = _checked_identity(path, "mode=ro&immutable=1")
    except (sqlite3.Error, UnicodeDecodeError, ValueError, TypeError):
        own = None
    if own is None:
        return None  # the file alone is not a sound journal: opening it says so
    try:
        with_wal = connect(path, "mode=ro")
        try:
            if _schema_of(with_wal) is not None or _identity(with_wal) != own:
                return translate("db", "its -wal belongs to another database")
            if thorough:
                problem = quick_check_tables(with_wal)
                if problem:
                    return translate("db", "read with its -wal, the journal is damaged ({problem})").format(problem=problem)
        finally:
            with_wal.close()
    except sqlite3.OperationalError as e:
        # Not the log's fault (a full or failing disk, a lock, a folder SQLite cannot write its
        # -shm in): no verdict on the log, which is never set aside for it.
        raise _cannot_read(path, e) from None
    except (sqlite3.Error, UnicodeDecodeError, ValueError, TypeError) as e:
        return translate("db", "it cannot be read with its -wal ({e})").format(e=e)
    return None


def _cannot_read(path: Path, e: BaseException) -> JournalAppError:
    """The disk's refusal in plain words, else "damaged" with SQLite's reason."""
    plain = storage_error(e, translate("db", "{name} could not be opened").format(name=path.name), path.parent)
    if plain is not None:
        return plain
    if isinstance(e, sqlite3.OperationalError) and "malformed" not in str(e):
        return JournalAppError(translate("journal", "{name} could not be read or written ({orig})").format(name=path.name, orig=e))
    return DamagedJournalError(translate("db", "{path}: the journal file is damaged ({e})").format(path=path, e=e))


def _schema_of(conn: sqlite3.Connection) -> str | None:
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    return schema_problem(conn, version)


def _checked_identity(path: Path, mode: str) -> tuple | None:
    conn = connect(path, mode)
    try:
        return None if _schema_of(conn) is not None else _identity(conn)
    finally:
        conn.close()


def quick_check_tables(conn: sqlite3.Connection) -> str | None:
    """SQLite's quick check of every table but the evidence chunks (which can be gigabytes and
    are covered by their checksums in ``journal-app check``): fast enough for every open."""
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name NOT LIKE 'search_fts%' AND name != 'evidence_chunk'")]
    for table in tables:
        rows = [r[0] for r in conn.execute(f'PRAGMA quick_check("{table}")')]
        if rows != ["ok"]:
            return f"{table}: {'; '.join(rows[:3])}"
    return None


def set_strays_aside(path: Path) -> list[Path]:
    """Rename a ``-wal`` (and ``-shm``) that does not belong to ``path`` beside it, so SQLite
    never merges it; returns the new names. Nothing is deleted."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    moved = []
    for sibling in siblings(path):
        if os.path.lexists(sibling):
            dest = sibling.with_name(f"{sibling.name}.stray-{stamp}")
            os.rename(sibling, dest)
            moved.append(dest)
    return moved


def strays_note(path: Path, problem: str, moved: list[Path]) -> str:
    return translate("db", "{name}: {problem}; it was set aside as {names} and the journal opened without it").format(
        name=path.name, problem=problem, names=", ".join(p.name for p in moved))


def ro_connect(path: Path, *, immutable: bool | None = None) -> sqlite3.Connection:
    """A read-only connection to a journal that cannot change the file (or anything beside
    it), opened only once the file has shown it is a regular file holding a journal of a
    format this version reads, with exactly that format's schema.

    With no ``-wal`` beside the file (nobody has it open, and it was closed cleanly), or one
    that does not belong to it, the file is read as immutable: the log is ignored and no
    ``-wal``/``-shm`` files are left behind. Raises NotAJournalError, NewerVersionError or
    DamagedJournalError, each one line naming the file."""
    path = regular_file(path)
    header = read_header(path)
    if header.application_id != APPLICATION_ID:
        raise NotAJournalError(
            translate("db", "{path}: not a Learning Journal file (it belongs to another application)").format(path=path))
    if immutable is None:
        wal, _shm = siblings(path)
        immutable = not os.path.lexists(wal) or wal_problem(path, header.page_size, thorough=False) is not None
    conn = connect(path, "mode=ro&immutable=1" if immutable else "mode=ro")
    try:
        version = file_version(conn)
        check_version(path, version)
        problem = schema_problem(conn, version)
        if problem:
            raise DamagedJournalError(f"{path}: {problem}")
    except (sqlite3.DatabaseError, UnicodeDecodeError, ValueError) as e:
        conn.close()
        raise _cannot_read(path, e) from None
    except BaseException:
        conn.close()
        raise
    return conn


def check_version(path: Path, version: int) -> None:
    if version > SCHEMA_VERSION:
        raise NewerVersionError(
            translate("db", "{path}: written by a newer version of Learning Journal (format {version}; this version reads up to format {SCHEMA_VERSION}). Update the app to open it.").format(path=path, version=version, SCHEMA_VERSION=SCHEMA_VERSION))
    if version < 1:
        raise DamagedJournalError(translate("db", "{path}: the journal file has no schema (format 0)").format(path=path))


def file_version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


# ---------------------------------------------------------------- schema
def expected_schema(version: int) -> frozenset[tuple]:
    """The sqlite_schema rows (type, name, tbl_name, sql) of a journal of ``version``."""
    return frozenset(OBJECTS[i] for i in BY_VERSION[version])


def schema_differences(conn: sqlite3.Connection, version: int) -> list[str]:
    """Every schema object of the file that its format does not define (or defines otherwise),
    and every one missing: e.g. "trigger t_evil", "view journal_info", "missing table target"."""
    schema = frozenset(tuple(r) for r in conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_schema"))
    expected = expected_schema(version)
    extra = schema - expected
    names = {(t, n) for t, n, _tbl, _sql in expected}
    found = {(t, n) for t, n, _tbl, _sql in schema}
    out = []
    for t, n, _tbl, _sql in sorted(extra, key=lambda r: (str(r[0]), str(r[1]))):
        out.append(translate("db", "{type} {name} is not as this format defines it").format(type=t, name=n)
                   if (t, n) in names else translate("db", "{type} {name} is not part of a journal").format(type=t, name=n))
    for t, n in sorted(names - found):
        out.append(translate("db", "{type} {name} is missing").format(type=t, name=n))
    return out


def schema_problem(conn: sqlite3.Connection, version: int) -> str | None:
    """One line naming what is wrong with the schema (the first three differences), or None."""
    if version not in BY_VERSION:
        return translate("db", "format {version} is not one this app knows").format(version=version)
    found = schema_differences(conn, version)
    if not found:
        return None
    more = len(found) - 3
    text = "; ".join(found[:3])
    if more > 0:
        text += translate("db", "; and {more} more").format(more=more)
    return translate("db", "the journal is damaged or altered: its structure is not that of a journal ({text}); nothing stored in it was run").format(text=text)
