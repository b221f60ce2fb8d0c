"""The guard every open goes through (core/store/guard.py, validate.py), over every kind of
hostile file in hostile_files.CASES and a wrong type or NULL in every column of every table:
opening, checking and the quick look never raise anything but the app's own errors, never
hang, never change the file, and never leave anything beside it."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from hostile_files import (
    BASE,
    CASES,
    make_foreign_wal,
    make_own_wal,
    make_trigger,
    make_value,
    value_cases,
)

from journal_app.core.check import check_journal
from journal_app.core.errors import DamagedJournalError, JournalAppError, NotAJournalError
from journal_app.core.journal import Journal
from journal_app.core.quicklook import READS, quick_look
from journal_app.core.store import guard, validate

pytestmark = pytest.mark.timeout(60)


def state(folder: Path) -> dict[str, tuple]:
    """Every name in the folder with its kind, and a regular file's digest and mtime."""
    out = {}
    for p in sorted(folder.iterdir()):
        st = os.lstat(p)
        if p.is_file() and not p.is_symlink():
            out[p.name] = ("file", hashlib.sha256(p.read_bytes()).hexdigest(), st.st_mtime_ns)
        else:
            out[p.name] = ("other", st.st_mode)
    return out


def _only_values_the_quick_look_does_not_read(path: Path) -> bool:
    """The damage is wrong values in tables the quick look does not read: it may give a first
    look, which opening the journal then replaces with the refusal."""
    try:
        conn = guard.ro_connect(path)
    except JournalAppError:
        return False
    try:
        version = guard.file_version(conn)
        return bool(validate.problems(conn, version)) and not validate.problems(conn, version, tables=READS)
    finally:
        conn.close()


@pytest.mark.parametrize("name", sorted(CASES))
def test_reading_a_hostile_file_changes_nothing(tmp_path, name):
    """Read-only: open read-only, check, quick look. Nothing beside the file changes, nothing
    but the app's own error escapes; what must be refused is refused by every one of them."""
    maker, expected = CASES[name]
    path = maker(tmp_path)
    before = state(tmp_path)
    try:
        with Journal.open(path, readonly=True) as j:
            j.overview()
            opened = True
    except JournalAppError as e:
        assert "\n" not in str(e)
        opened = False
    report = check_journal(path)
    look = quick_look(path)
    assert state(tmp_path) == before
    if expected == "refused":
        assert not opened and not report.ok
        assert look is None or _only_values_the_quick_look_does_not_read(path)
    elif expected == "tolerated":
        assert opened


@pytest.mark.parametrize("name", sorted(n for n, (_m, e) in CASES.items() if e != "tolerated"))
def test_opening_a_hostile_file_for_writing_changes_nothing(tmp_path, name):
    maker, expected = CASES[name]
    path = maker(tmp_path)
    before = state(tmp_path)
    try:
        Journal.open(path).close()
    except JournalAppError:
        pass
    else:
        assert expected == "either"
        before.pop(path.name)  # opened: it may have been written (its incomplete evidence cleared)
        after = state(tmp_path)
        after.pop(path.name)
        assert after == before
        return
    assert state(tmp_path) == before


def test_not_regular_files_are_refused_before_any_read(tmp_path):
    os.mkfifo(tmp_path / "pipe.ljournal")
    (tmp_path / "zero.ljournal").symlink_to("/dev/zero")
    for p in ("pipe.ljournal", "zero.ljournal"):
        with pytest.raises(NotAJournalError, match="not a regular file"):
            Journal.open(tmp_path / p)
        assert "not a regular file" in check_journal(tmp_path / p).problems[0]


def test_planted_sql_never_runs(tmp_path):
    """A trigger planted in a journal is refused before any read or write, so it never fires."""
    path = make_trigger(tmp_path)
    with pytest.raises(DamagedJournalError, match="trigger t_evil"):
        Journal.open(path)
    report = check_journal(path)
    assert any("trigger t_evil is not part of a journal" in p for p in report.problems)


def test_a_foreign_wal_is_set_aside_never_merged(tmp_path):
    path = make_foreign_wal(tmp_path)
    wal = Path(f"{path}-wal").read_bytes()
    owner = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True).execute(
        "SELECT owner FROM journal_info").fetchone()[0]
    with Journal.open(path) as j:
        assert "belongs to another database" in j.open_note and "set aside" in j.open_note
        assert j.details().owner == owner != "Mallory"
        j.set_reflection("developing", "after the stray was set aside")
    strays = sorted(p.name for p in tmp_path.glob("foreign-wal.ljournal-wal.stray-*"))
    assert len(strays) == 1 and (tmp_path / strays[0]).read_bytes() == wal  # kept whole, beside
    assert check_journal(path).ok
    with Journal.open(path, readonly=True) as j:
        assert j.details().owner == owner


def test_the_journals_own_wal_is_replayed(tmp_path):
    path = make_own_wal(tmp_path)
    assert guard.wal_problem(path, guard.read_header(path).page_size) is None
    with Journal.open(path) as j:
        assert j.open_note == ""
        assert any(r.text == "kept in the log" for r in (j.reflection(s.id) for s in j.framework.stages))
    assert not list(tmp_path.glob("*stray*"))


def test_the_kept_format_fixtures_and_their_wal_pass_the_guard(tmp_path):
    """Every past format (and format 1's kept -wal) reads through the guard as sound."""
    for v in range(1, 7):
        src = BASE.parent / f"journal-format{v}.ljournal"
        for s in src.parent.glob(f"{src.name}*"):
            shutil.copyfile(s, tmp_path / s.name)
        path = tmp_path / src.name
        assert guard.wal_problem(path, guard.read_header(path).page_size) is None
        conn = guard.ro_connect(path)
        try:
            assert validate.problems(conn, v) == []
        finally:
            conn.close()


VALUE_CASES = value_cases()


@pytest.mark.parametrize("table,column,how", VALUE_CASES, ids=[f"{t}.{c}.{h}" for t, c, h in VALUE_CASES])
def test_a_wrong_value_in_any_column_is_refused_naming_it(tmp_path, table, column, how):
    path = make_value(tmp_path, table, column, how)
    before = state(tmp_path)
    with pytest.raises(DamagedJournalError) as e:
        Journal.open(path)
    named = (f"table {table}, column {column}", f"NULL value in {table}.{column}")  # ours, or SQLite's check
    assert any(n in str(e.value) for n in named) and path.name in str(e.value)
    report = check_journal(path)
    assert any(n in p for p in report.problems for n in named)
    assert (quick_look(path) is None) == (table in READS)  # it checks (only) the tables it reads
    assert state(tmp_path) == before
