"""The journal file on disk: recognising it, opening it, creating it and upgrading it.

A journal is one SQLite file that identifies itself with ``PRAGMA application_id`` and
carries its schema version in ``PRAGMA user_version`` (Alembic's revision table says the
same, in Alembic's words). A file that is not ours is refused before SQLite opens it for
writing, so a foreign or newer file is never changed.
"""

from __future__ import annotations

import os
import sqlite3
import uuid
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.pool import NullPool

from journal_app.core.errors import DamagedJournalError, storage_error
from journal_app.core.i18n import translate
from journal_app.core.store import guard
from journal_app.core.store.fileformat import (  # noqa: F401 (part of this module's interface)
    APPLICATION_ID,
    SCHEMA_REVISIONS,
    SCHEMA_VERSION,
    SQLITE_MAGIC,
    SUFFIX,
    ro_connect,
)
from journal_app.core.store.guard import FileHeader  # noqa: F401 (part of this module's interface)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

# Settings every connection gets. Why these: see docs/data-safety.md.
CONNECTION_PRAGMAS = (
    "PRAGMA foreign_keys = ON",
    "PRAGMA busy_timeout = 5000",
    "PRAGMA synchronous = FULL",
    "PRAGMA trusted_schema = OFF",
)


def read_header(path: Path) -> FileHeader:
    """Read the SQLite header of a regular file without opening it as a database (never writes)."""
    return guard.read_header(path)


def identify(path: Path) -> int:
    """Check that ``path`` is a journal this version can open, with exactly the schema of its
    format; return its schema version.

    Raises NotAJournalError, NewerVersionError or DamagedJournalError, never touching the file."""
    conn = ro_connect(path)
    try:
        return guard.file_version(conn)
    except (sqlite3.DatabaseError, UnicodeDecodeError, ValueError) as e:
        _raise_if_the_disk(e, path)
        raise DamagedJournalError(translate("db", "{path}: the journal file is damaged ({e})").format(path=path, e=e)) from None
    finally:
        conn.close()


def identify_version(path: Path, version: int) -> None:
    """NewerVersionError or DamagedJournalError if format ``version`` is not one this app reads."""
    guard.check_version(path, version)


def schema_problem(path: Path, version: int) -> str | None:
    """Whether the Alembic revision recorded in the file is the one of its format version."""
    try:
        conn = ro_connect(path)
        try:
            revs = [r[0] for r in conn.execute("SELECT version_num FROM alembic_version")]
        finally:
            conn.close()
    except (sqlite3.DatabaseError, UnicodeDecodeError, ValueError) as e:
        _raise_if_the_disk(e, path)
        return translate("db", "its schema cannot be read ({e})").format(e=e)
    if revs != [SCHEMA_REVISIONS[version - 1]]:
        return translate("db", "its schema revision {revs} is not that of format {version}").format(revs=revs, version=version)
    return None


def quick_check_tables(path: Path, *, immutable: bool | None = None) -> str | None:
    """SQLite's quick check of every table but the evidence chunks (see guard.quick_check_tables)."""
    try:
        conn = guard.ro_connect(path, immutable=immutable)
        try:
            return guard.quick_check_tables(conn)
        finally:
            conn.close()
    except (sqlite3.DatabaseError, UnicodeDecodeError, ValueError) as e:
        _raise_if_the_disk(e, path)
        return str(e)


def _raise_if_the_disk(e: BaseException, path: Path) -> None:
    """A full, read-only or failing disk is said as such, never taken for a damaged journal."""
    plain = storage_error(e, translate("db", "{name} could not be opened").format(name=path.name), path.parent)
    if plain is not None:
        raise plain from None


def _on_connect(dbapi_conn: sqlite3.Connection, _record: object) -> None:
    # Let SQLAlchemy's "begin" event own transactions, so DDL in migrations is transactional too.
    dbapi_conn.isolation_level = None
    for pragma in CONNECTION_PRAGMAS:
        dbapi_conn.execute(pragma)


def read_only_reason(path: Path) -> str | None:
    """Why a journal cannot be written where it is, in plain words, or None if it can: the one
    rule for read-only media, files and folders (SQLite also writes its -wal and -shm beside
    the journal, so its folder must be writable too)."""
    try:
        if os.statvfs(path).f_flag & getattr(os, "ST_RDONLY", 1):
            return translate("db", "the disk it is on is read-only")
    except (OSError, AttributeError):
        pass
    eff = os.access in os.supports_effective_ids
    if not os.access(path, os.W_OK, effective_ids=eff):
        return translate("db", "the file is read-only")
    if not os.access(path.parent, os.W_OK | os.X_OK, effective_ids=eff):
        return translate("db", "its folder is read-only")
    return None


def make_engine(path: Path, *, readonly: bool = False, immediate: bool = False,
                immutable: bool = False) -> Engine:
    """An engine for one journal file.

    ``immutable`` (read-only engines): the file is read as it is, without any ``-wal`` beside it
    and without making one (a journal nobody has open, or whose log does not belong to it).

    ``immediate`` engines start every transaction with BEGIN IMMEDIATE: used for writes, so
    two writers queue on the lock instead of failing half-way through. ``immutable`` (read-only
    engines of a file nobody can write, with no -wal) reads without making -wal/-shm files,
    which a read-only folder would refuse.
    """
    if readonly:
        def creator() -> sqlite3.Connection:
            return guard.connect(path, "mode=ro&immutable=1" if immutable else "mode=ro")
    else:
        def creator() -> sqlite3.Connection:
            return sqlite3.connect(str(path), check_same_thread=False)

    engine = create_engine("sqlite://", creator=creator, poolclass=NullPool if readonly else None)
    event.listen(engine, "connect", _on_connect)
    begin_sql = "BEGIN IMMEDIATE" if immediate else "BEGIN"

    @event.listens_for(engine, "begin")
    def _begin(conn):  # noqa: ANN001
        conn.exec_driver_sql(begin_sql)

    return engine


def _run_alembic(engine: Engine, target: str) -> None:
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, target)
        version = SCHEMA_REVISIONS.index(target) + 1 if target != "head" else SCHEMA_VERSION
        conn.exec_driver_sql(f"PRAGMA user_version = {version}")


def backup_to(src: Path, dest: Path) -> Path:
    """A consistent copy of ``src`` (including what is still in its WAL) with SQLite's
    backup API, in rollback-journal mode (one self-contained file), written aside and renamed
    into place."""
    from journal_app.core.files import written_aside

    dest.parent.mkdir(parents=True, exist_ok=True)
    try:
        with written_aside(dest) as tmp:
            try:
                backup_into(src, tmp)
            finally:
                Path(f"{tmp}-journal").unlink(missing_ok=True)
    except (OSError, sqlite3.Error) as e:  # a full or read-only destination, said as such
        plain = storage_error(e, translate("db", "{path} was not written").format(path=dest), dest.parent)
        if plain is None:
            raise
        raise plain from e
    return dest


def backup_into(src: Path, dest: Path) -> None:
    """SQLite's backup API from ``src`` into a new file ``dest`` (the caller syncs it)."""
    source = ro_connect(src)
    try:
        target = sqlite3.connect(str(dest))
        try:
            source.backup(target)
            target.execute("PRAGMA journal_mode = DELETE")
        finally:
            target.close()
    finally:
        source.close()


def copy_aside(path: Path, from_version: int, folder: Path | None = None) -> Path:
    """A copy of a journal about to be upgraded, beside it (or in ``folder``)."""
    stamp = __import__("datetime").datetime.now().strftime("%Y%m%d-%H%M%S")
    return backup_to(path, (folder or path.parent) / f"{path.stem}.format{from_version}-before-upgrade-{stamp}{SUFFIX}")


def upgrade(path: Path) -> None:
    """Upgrade a journal to the current schema: one transaction, all or nothing."""
    engine = make_engine(path)
    try:
        _run_alembic(engine, SCHEMA_REVISIONS[-1])
    finally:
        engine.dispose()
    checkpoint(path)


def checkpoint(path: Path) -> None:
    conn = sqlite3.connect(str(path))
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


def create_file(path: Path, fill: Callable[[Engine], None]) -> None:
    """Create a new journal at ``path``: schema, identity, then ``fill`` writes the first rows.

    Built under a temporary name and linked into place, so an existing file is never
    overwritten and an interrupted creation leaves nothing half-made at ``path``.
    """
    if path.exists():
        raise FileExistsError(translate("db", "{path}: a file of that name already exists; choose another name").format(path=path))
    path.parent.mkdir(parents=True, exist_ok=True)
    from journal_app.core.files import temp_path

    tmp = temp_path(path.parent, "tmp")
    try:
        _create_aside(tmp, path, fill)
    except (OSError, sqlite3.Error, SQLAlchemyError) as e:
        if isinstance(e, FileExistsError):
            raise
        plain = storage_error(e, translate("db", "{path} was not created").format(path=path), path.parent)
        if plain is None:
            raise
        raise plain from None
    finally:
        for side in ("", "-journal", "-wal", "-shm"):
            Path(f"{tmp}{side}").unlink(missing_ok=True)


def _create_aside(tmp: Path, path: Path, fill: Callable[[Engine], None]) -> None:
    """Build the new journal at ``tmp``, then link it into place at ``path``."""
    conn = sqlite3.connect(str(tmp))
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.close()
    engine = make_engine(tmp)
    try:
        _run_alembic(engine, SCHEMA_REVISIONS[-1])
        fill(engine)
    finally:
        engine.dispose()
    conn = sqlite3.connect(str(tmp))
    conn.execute("PRAGMA journal_mode = WAL")
    conn.close()
    try:
        os.link(tmp, path)  # fails if path appeared meanwhile: never overwrite
    except FileExistsError:
        raise FileExistsError(translate("db", "{path}: a file of that name already exists; choose another name").format(path=path)) from None
    except OSError:
        # Filesystems without hard links (FAT USB sticks): rename, having checked above.
        if path.exists():
            raise FileExistsError(translate("db", "{path}: a file of that name already exists").format(path=path)) from None
        os.rename(tmp, path)


def new_uuid() -> str:
    return str(uuid.uuid4())
