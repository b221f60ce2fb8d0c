"""A journal that ``journal-app check`` refuses is never backed up, so it cannot push good backups
out: lying ids (rows that refer to nothing) and a framework snapshot that is not a framework."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from journal_app.core.backups import BackupStore
from journal_app.core.check import check_journal
from journal_app.core.errors import DamagedJournalError
from journal_app.core.journal import Journal


def _tamper(path: Path, sql: str) -> None:
    conn = sqlite3.connect(str(path))
    try:
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute(sql)
        conn.commit()
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


@pytest.mark.parametrize("sql", [
    "UPDATE evidence_item SET id = 99",  # its links and chunks now point at nothing
    """UPDATE journal_info SET framework_snapshot = '{"en": {"stages": 5}}'""",
])
def test_what_check_refuses_is_never_backed_up(tmp_path, ljmu, sql):
    path = tmp_path / "j.ljournal"
    with Journal.create(path, ljmu, "Ann Jones") as j:
        (tmp_path / "obs.txt").write_text("observation")
        j.add_evidence(tmp_path / "obs.txt", links=[("developing", "dev-qts-standards")])
    store = BackupStore(tmp_path / "backups")
    assert store.backup(path, "manual").info is not None  # sound: backed up
    _tamper(path, sql)
    assert not check_journal(path, checksums=False).ok
    before = sorted(p.name for p in (tmp_path / "backups").rglob("*"))
    with pytest.raises(DamagedJournalError, match="not backed up"):
        store.backup(path, "manual")
    assert sorted(p.name for p in (tmp_path / "backups").rglob("*")) == before
