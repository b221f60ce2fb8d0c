"""The frozen schema the guard compares every file with (core/store/schema_sql.py) is exactly
what the Alembic migrations make, for every format version. If this fails after a migration
was added, regenerate the module: ``python tests/test_schema_guard.py > src/journal_app/core/store/schema_sql.py``."""

from __future__ import annotations

import sqlite3
import sys
import tempfile
import time
from pathlib import Path

from journal_app.core.store import db, guard


def alembic_schema(version: int) -> frozenset[tuple]:
    """The sqlite_schema rows of a journal of ``version``, made by running the migrations."""
    from alembic import command
    from alembic.config import Config

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "expected.ljournal"
        engine = db.make_engine(path)
        try:
            cfg = Config()
            cfg.set_main_option("script_location", str(db.MIGRATIONS_DIR))
            with engine.begin() as conn:
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, db.SCHEMA_REVISIONS[version - 1])
        finally:
            engine.dispose()
        conn = sqlite3.connect(str(path))
        try:
            return frozenset(conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_schema"))
        finally:
            conn.close()


def frozen_schema_source() -> str:
    objects: dict[tuple, int] = {}
    versions = {}
    for v in range(1, db.SCHEMA_VERSION + 1):
        ids = []
        for r in sorted(alembic_schema(v), key=lambda r: (r[0], r[1], r[2], r[3] or "")):
            ids.append(objects.setdefault(r, len(objects)))
        versions[v] = ids
    out = ['"""The schema each journal format defines: every row of ``sqlite_schema`` (type, name, table, SQL)',
           "as the Alembic migrations make it. Generated from the migrations by",
           "``tests/test_schema_guard.py::frozen_schema_source`` (a test fails when they differ), so that",
           'checking a file\'s schema costs no migration run."""', "", "from __future__ import annotations", "",
           "OBJECTS: tuple[tuple[str, str, str, str | None], ...] = ("]
    out += [f"    {r!r},  # {i}" for r, i in sorted(objects.items(), key=lambda kv: kv[1])]
    out += [")", "", "# For each format version, the OBJECTS it has.", "BY_VERSION: dict[int, tuple[int, ...]] = {"]
    out += [f"    {v}: {tuple(ids)!r}," for v, ids in versions.items()]
    out += ["}"]
    return "\n".join(out) + "\n"


def test_the_frozen_schema_is_what_the_migrations_make():
    for v in range(1, db.SCHEMA_VERSION + 1):
        assert guard.expected_schema(v) == alembic_schema(v), f"format {v}: regenerate schema_sql.py (see above)"


def test_comparing_a_schema_is_cheap(journal):
    """Every open compares the schema: well under a millisecond or two, no migration run."""
    conn = guard.ro_connect(journal.path)
    try:
        start = time.perf_counter()
        for _ in range(100):
            assert guard.schema_problem(conn, db.SCHEMA_VERSION) is None
        assert (time.perf_counter() - start) / 100 < 0.005
    finally:
        conn.close()


if __name__ == "__main__":
    sys.stdout.write(frozen_schema_source())
