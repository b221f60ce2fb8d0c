"""Hostile journal files, made on demand: each ``make_*`` writes one crafted file (and any
siblings it needs) into a folder and returns its path. ``CASES`` names every kind with the
outcome the app must give: "refused" (every command says no in one line) or "tolerated" (the
journal opens; what is odd in it is ignored or set aside).

Made from a sound format-6 journal with a row in every table, so that wrong types and NULLs
can be put in every column of every table.
"""

from __future__ import annotations

import os
import random
import shutil
import socket
import sqlite3
from collections.abc import Callable
from pathlib import Path

from journal_app.core.store import validate
from journal_app.core.store.fileformat import SCHEMA_VERSION

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
BASE = FIXTURES / f"journal-format{SCHEMA_VERSION}.ljournal"

SAMPLE = {"INTEGER": 7, "BOOLEAN": 0, "TEXT": "x", "VARCHAR": "x", "DATETIME": "2024-01-02 03:04:05",
          "DATE": "2024-01-02", "BLOB": b"\x00"}
VALID = {("review_info", "id"): 1, ("review_info", "stages"): "[]", ("review_export", "stages"): "[]",
         ("review_export", "fingerprints"): "{}", ("sign_off", "outcome"): "verified", ("dimension_link", "kind"): "evidence"}
# (a text column converts a number to text: only a blob stays a wrong type there)
WRONG = {"INTEGER": "seven", "BOOLEAN": 2, "TEXT": b"\xff\xfe", "VARCHAR": b"\x01", "DATETIME": "yesterday",
         "DATE": "2024-02-31", "BLOB": "not bytes"}


def copy_base(folder: Path, name: str = "j.ljournal") -> Path:
    path = folder / name
    shutil.copyfile(BASE, path)
    return path


def _edit(path: Path, *statements: str, params: tuple = ()) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA foreign_keys = OFF")
        for sql in statements:
            conn.execute(sql, params if "?" in sql else ())
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


def _without_not_null(path: Path, table: str, action: Callable[[sqlite3.Connection], None]) -> None:
    """Do ``action`` with the table's NOT NULL constraints lifted, then put its SQL back as it
    was (so the schema is exactly a journal's, and the row holds what SQLite would refuse)."""
    conn = sqlite3.connect(path, isolation_level=None)
    sql = conn.execute("SELECT sql FROM sqlite_schema WHERE name = ?", (table,)).fetchone()[0]
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute("UPDATE sqlite_schema SET sql = ? WHERE name = ?", (sql.replace(" NOT NULL", ""), table))
    conn.close()
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = OFF")
    action(conn)
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute("UPDATE sqlite_schema SET sql = ? WHERE name = ?", (sql, table))
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def _put(conn: sqlite3.Connection, table: str, column: str, value: object) -> None:
    """``value`` into ``column`` of the table's first row (a new row made if it has none)."""
    cols = validate.columns(SCHEMA_VERSION)[table]
    rowid = conn.execute(f'SELECT rowid FROM "{table}" LIMIT 1').fetchone()
    if rowid is None:
        names = [c for c, _d, _n in cols]
        values = [SAMPLE[d] if not isinstance(SAMPLE[d], int) else 900 + i for i, (_c, d, _n) in enumerate(cols)]
        values = [VALID.get((table, c), 0 if d == "BOOLEAN" else v) for v, (c, d, _n) in zip(values, cols, strict=True)]
        conn.execute(f'INSERT INTO "{table}" ({", ".join(names)}) VALUES ({", ".join("?" * len(names))})', values)
        rowid = conn.execute(f'SELECT max(rowid) FROM "{table}"').fetchone()
    conn.execute(f'UPDATE "{table}" SET "{column}" = ? WHERE rowid = ?', (value, rowid[0]))


def value_cases() -> list[tuple[str, str, str]]:
    """(table, column, "wrong"|"null") for every column of every table."""
    out = []  # (the journal's id is data to the app, whatever it holds: see test_identity.py)
    conn = sqlite3.connect(f"file:{BASE}?mode=ro&immutable=1", uri=True)
    for table, cols in sorted(validate.columns(SCHEMA_VERSION).items()):
        info = conn.execute(f'PRAGMA table_info("{table}")').fetchall()
        rowid_alias = {r[1] for r in info if r[5] == 1 and r[2] == "INTEGER" and sum(x[5] > 0 for x in info) == 1}
        for column, _decl, nullable in cols:
            if column in rowid_alias or (table, column) in validate.UNCHECKED:
                continue  # SQLite itself keeps a rowid an integer
            out.append((table, column, "wrong"))
            if not nullable:
                out.append((table, column, "null"))
    conn.close()
    return out


def make_value(folder: Path, table: str, column: str, how: str) -> Path:
    path = copy_base(folder, f"{table}.{column}.{how}.ljournal")
    decl = dict((c, d) for c, d, _n in validate.columns(SCHEMA_VERSION)[table])[column]
    value = None if how == "null" else WRONG[decl]
    _without_not_null(path, table, lambda conn: _put(conn, table, column, value))
    return path


# ---------------------------------------------------------------- not regular files
def make_fifo(folder: Path) -> Path:
    path = folder / "fifo.ljournal"
    os.mkfifo(path)
    return path


def make_dev_zero(folder: Path) -> Path:
    path = folder / "zero.ljournal"
    path.symlink_to("/dev/zero")
    return path


def make_folder(folder: Path) -> Path:
    path = folder / "folder.ljournal"
    path.mkdir()
    return path


def make_socket(folder: Path) -> Path:
    path = folder / "s.ljournal"
    s = socket.socket(socket.AF_UNIX)
    s.bind(str(path))
    s.close()
    return path


def make_dangling(folder: Path) -> Path:
    path = folder / "dangling.ljournal"
    path.symlink_to(folder / "nowhere.ljournal")
    return path


def make_symlink_to_journal(folder: Path) -> Path:
    target = copy_base(folder, "real.ljournal")
    path = folder / "link.ljournal"
    path.symlink_to(target)
    return path


# ---------------------------------------------------------------- damaged bytes
def make_truncated(folder: Path) -> Path:
    data = BASE.read_bytes()
    path = folder / "truncated.ljournal"
    path.write_bytes(data[: len(data) // 2 + 123])
    return path


def make_bitflips(folder: Path, seed: int = 1) -> Path:
    data = bytearray(BASE.read_bytes())
    rng = random.Random(seed)
    for _ in range(40):
        pos = rng.randrange(100, len(data))
        data[pos] ^= 1 << rng.randrange(8)
    path = folder / f"bitflip{seed}.ljournal"
    path.write_bytes(bytes(data))
    return path


def make_zero_page(folder: Path, page: int = 2) -> Path:
    data = bytearray(BASE.read_bytes())
    size = int.from_bytes(data[16:18], "big")
    data[(page - 1) * size: page * size] = bytes(size)
    path = folder / f"zeropage{page}.ljournal"
    path.write_bytes(bytes(data))
    return path


# ---------------------------------------------------------------- stored SQL and extra objects
def make_trigger(folder: Path) -> Path:
    path = copy_base(folder, "trigger.ljournal")
    _edit(path, "CREATE TRIGGER t_evil AFTER UPDATE ON journal_info BEGIN "
                "UPDATE verification SET state = 'verified'; DELETE FROM evidence_chunk; END")
    return path


def make_recursive_view(folder: Path) -> Path:
    path = copy_base(folder, "recursive-view.ljournal")
    _edit(path, "DROP TABLE reflection",
          "CREATE VIEW reflection AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) "
          "SELECT 'developing' AS stage_id, 'x' AS text, 0 AS private, '2024-01-01 00:00:00' AS modified_at FROM n")
    return path


def make_extra_view(folder: Path) -> Path:
    path = copy_base(folder, "view.ljournal")
    _edit(path, "CREATE VIEW spy AS SELECT * FROM reflection")
    return path


def make_extra_table(folder: Path) -> Path:
    path = copy_base(folder, "table.ljournal")
    _edit(path, "CREATE TABLE extra (x)")
    return path


def make_extra_index(folder: Path) -> Path:
    path = copy_base(folder, "index.ljournal")
    _edit(path, "CREATE INDEX ix_extra ON reflection (text)")
    return path


def make_changed_table(folder: Path) -> Path:
    path = copy_base(folder, "changed.ljournal")
    _edit(path, "ALTER TABLE reflection ADD COLUMN extra TEXT")
    return path


# ---------------------------------------------------------------- crafted ids and rows
def make_crafted(folder: Path, what: str) -> Path:
    path = copy_base(folder, f"crafted-{what}.ljournal")
    statements = {
        "uuid-path": ["UPDATE journal_info SET journal_uuid = '../../../tmp/evil'"],
        "no-info-row": ["UPDATE journal_info SET id = 2"],
        "two-info-rows": ["INSERT INTO journal_info SELECT 2, journal_uuid, owner, school, role, framework_id, "
                          "framework_version, framework_snapshot, created_at, modified_at FROM journal_info"],
        "snapshot-not-json": ["UPDATE journal_info SET framework_snapshot = '{\"stages\": [[[['"],
        "snapshot-deep": ["UPDATE journal_info SET framework_snapshot = '" + "[" * 100000 + "'"],
        "unknown-stage": ["INSERT INTO criterion_record (stage_id, criterion_id, state, notes, notes_private, modified_at) "
                          "VALUES ('no-such-stage', 'c', 'achieved', '', 0, '2024-01-01 00:00:00')"],
        "unknown-link": ["INSERT INTO evidence_link SELECT id, 'no-stage', 'no-criterion' FROM evidence_item LIMIT 1"],
        "chunk-not-blob": ["UPDATE evidence_chunk SET data = 'text, not bytes'"],
        "chunk-missing": ["DELETE FROM evidence_chunk"],
        "dangling-dimension": ["INSERT INTO dimension_link VALUES ('d1', 'evidence', 987654)"],
        "huge-size": ["UPDATE evidence_item SET size = 9223372036854775807"],
        "negative-slot": ["INSERT INTO diamond_slot VALUES ('developing', -1, 'c', 'i')"],
    }[what]
    _edit(path, *statements)
    return path


CRAFTED = ("uuid-path", "no-info-row", "two-info-rows", "snapshot-not-json", "snapshot-deep", "unknown-stage",
           "unknown-link", "chunk-not-blob", "chunk-missing", "dangling-dimension", "huge-size", "negative-slot")


# ---------------------------------------------------------------- -wal and -shm beside a journal
def _live_wal(path: Path, *statements: str) -> bytes:
    """The -wal a connection leaves after ``statements`` (never checkpointed)."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    for sql in statements:
        conn.execute(sql)
    wal = Path(f"{path}-wal").read_bytes()
    conn.close()
    return wal


def make_foreign_wal(folder: Path) -> Path:
    other = copy_base(folder, "other.ljournal")
    _edit(other, "UPDATE journal_info SET journal_uuid = '11111111-2222-3333-4444-555555555555'")
    wal = _live_wal(other, "UPDATE journal_info SET owner = 'Mallory', modified_at = '2030-01-01 00:00:00'",
                    "UPDATE reflection SET text = 'not mine'")
    other.unlink()
    path = copy_base(folder, "foreign-wal.ljournal")
    Path(f"{path}-wal").write_bytes(wal)
    return path


def make_wal_other_page_size(folder: Path) -> Path:
    other = folder / "small-pages.db"
    conn = sqlite3.connect(other, isolation_level=None)
    conn.execute("PRAGMA page_size = 1024")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE t (x)")
    conn.close()
    wal = _live_wal(other, "INSERT INTO t VALUES (1)")
    other.unlink()
    path = copy_base(folder, "pagesize-wal.ljournal")
    Path(f"{path}-wal").write_bytes(wal)
    return path


def make_garbage_wal(folder: Path) -> Path:
    path = copy_base(folder, "garbage-wal.ljournal")
    Path(f"{path}-wal").write_bytes(random.Random(3).randbytes(70000))
    Path(f"{path}-shm").write_bytes(random.Random(4).randbytes(32768))
    return path


def make_stray_shm(folder: Path) -> Path:
    path = copy_base(folder, "stray-shm.ljournal")
    Path(f"{path}-shm").write_bytes(random.Random(5).randbytes(32768))
    return path


def make_wal_fifo(folder: Path) -> Path:
    path = copy_base(folder, "fifo-wal.ljournal")
    os.mkfifo(f"{path}-wal")
    return path


def make_own_wal(folder: Path) -> Path:
    """A journal with the -wal a crash left: its own, to be replayed (the reflection in it)."""
    path = copy_base(folder, "own-wal.ljournal")
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("UPDATE reflection SET text = 'kept in the log' WHERE rowid = (SELECT min(rowid) FROM reflection)")
    conn.execute("UPDATE journal_info SET modified_at = '2030-01-01 00:00:00'")
    snapshot = folder / "snap"
    snapshot.mkdir()
    shutil.copyfile(path, snapshot / path.name)
    shutil.copyfile(f"{path}-wal", snapshot / f"{path.name}-wal")
    conn.close()
    path.unlink()
    shutil.copyfile(snapshot / path.name, path)
    shutil.copyfile(snapshot / f"{path.name}-wal", f"{path}-wal")
    shutil.rmtree(snapshot)
    return path


# name -> (maker, expected): "refused" or "tolerated"
CASES: dict[str, tuple[Callable[[Path], Path], str]] = {
    "fifo": (make_fifo, "refused"),
    "dev-zero": (make_dev_zero, "refused"),
    "folder": (make_folder, "refused"),
    "socket": (make_socket, "refused"),
    "dangling-symlink": (make_dangling, "refused"),
    "symlink-to-journal": (make_symlink_to_journal, "tolerated"),
    "truncated": (make_truncated, "refused"),
    "bitflips-1": (lambda f: make_bitflips(f, 1), "either"),
    "bitflips-2": (lambda f: make_bitflips(f, 2), "either"),
    "zero-page-1": (lambda f: make_zero_page(f, 1), "refused"),
    "zero-page-2": (lambda f: make_zero_page(f, 2), "refused"),
    "trigger": (make_trigger, "refused"),
    "recursive-view": (make_recursive_view, "refused"),
    "extra-view": (make_extra_view, "refused"),
    "extra-table": (make_extra_table, "refused"),
    "extra-index": (make_extra_index, "refused"),
    "changed-table": (make_changed_table, "refused"),
    "foreign-wal": (make_foreign_wal, "tolerated"),
    "wal-other-page-size": (make_wal_other_page_size, "tolerated"),
    "garbage-wal": (make_garbage_wal, "tolerated"),
    "stray-shm": (make_stray_shm, "tolerated"),
    "wal-fifo": (make_wal_fifo, "tolerated"),
    "own-wal": (make_own_wal, "tolerated"),
    **{f"crafted-{w}": ((lambda f, w=w: make_crafted(f, w)),
                        "refused" if w in ("no-info-row", "two-info-rows", "snapshot-not-json",
                                           "snapshot-deep", "chunk-not-blob", "negative-slot") else "either")
       for w in CRAFTED},
}
