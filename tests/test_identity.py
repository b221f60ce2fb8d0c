"""Identity from the app, not the file: backup folders are named by the app, a review copy and a
loaded dump are journals of their own, and only a journal's own backups are offered for it."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import uuid
from pathlib import Path

import pytest

from journal_app.core.backups import BackupStore
from journal_app.core.errors import JournalAppError
from journal_app.core.identity import Identity, read_identity
from journal_app.core.journal import Journal
from journal_app.core.review import export_for_mentor
from journal_app.core.store import db

DAY = dt.datetime(2026, 1, 1, 9, 0)


def set_uuid(path: Path, value: object) -> None:
    conn = sqlite3.connect(str(path))
    with conn:
        conn.execute("UPDATE journal_info SET journal_uuid = ? WHERE id = 1", (value,))
    conn.close()


def files_under(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("crafted", ["../../outside", "/ABS", "..", "", ".", "a/b", "x" * 300, 42, b"\x00blob"])
def test_a_crafted_id_never_names_a_folder(journal, tmp_path, crafted):
    path = journal.path
    journal.close()
    outside = tmp_path / "outside"
    outside.mkdir()
    victims = {"journal.json": b"keep me", "20200101-000000_daily.ljournal": b"keep me too"}
    for name, data in victims.items():
        (outside / name).write_bytes(data)
    if crafted == "/ABS":
        crafted = str(outside)
    set_uuid(path, crafted)
    root = tmp_path / "data" / "backups"
    store = BackupStore(root)
    for day in range(12):  # enough for rotation to remove some
        store.backup(path, "daily", now=DAY + dt.timedelta(days=day))
    assert files_under(outside) == victims  # nothing written or removed outside the backups folder
    folders = [p.name for p in root.iterdir()]
    assert len(folders) == 1 and folders[0].startswith("journal-") and len(folders[0]) == len("journal-") + 32
    assert 1 < len(store.list(path)) <= 11


def test_cli_backup_now_with_a_crafted_id_stays_in_the_data_folder(run_cli, journal, tmp_path):
    path = journal.path
    journal.close()
    set_uuid(path, "../../../escaped")
    data = tmp_path / "data"
    code, out, err = run_cli("--data-dir", data, "backups", path, "--now")
    assert code == 0, err
    assert not (tmp_path / "escaped").exists() and not (data.parent.parent / "escaped").exists()
    assert [p.parent.parent for p in data.rglob("*.ljournal")] == [data / "backups"]


def test_a_valid_id_keeps_the_folder_name_of_older_versions(journal, tmp_path):
    store = BackupStore(tmp_path / "backups")
    store.backup(journal.path, "daily", now=DAY)
    assert (tmp_path / "backups" / journal.details().journal_uuid).is_dir()


def test_backups_filed_under_an_id_as_written_are_adopted(journal, tmp_path):
    """An older version named the folder after the id as written (say in capitals)."""
    path = journal.path
    journal.close()
    upper = str(uuid.uuid4()).upper()
    set_uuid(path, upper)
    root = tmp_path / "backups"
    old = root / upper
    old.mkdir(parents=True)
    db.backup_to(path, old / "20250101-090000_daily.ljournal")
    store = BackupStore(root)
    assert [b.id for b in store.list(path)] == ["20250101-090000_daily"]
    assert (root / upper.lower() / "20250101-090000_daily.ljournal").is_file()
    assert not (old / "20250101-090000_daily.ljournal").exists()


def test_a_review_copy_is_a_journal_of_its_own(journal, tmp_path):
    teacher_id = journal.details().journal_uuid
    copy_path = export_for_mentor(journal, tmp_path / "copy.ljournal")
    copy = Journal.open(copy_path)
    try:
        assert copy.review.journal_uuid == teacher_id  # kept only for matching the returned copy
        assert copy.details().journal_uuid != teacher_id
    finally:
        copy.close()
    teacher, mentor = read_identity(journal.path), read_identity(copy_path)
    assert not teacher.is_review_copy and mentor.is_review_copy and teacher.key != mentor.key
    store = BackupStore(tmp_path / "backups")
    store.backup(journal.path, "daily", now=DAY)
    store.backup(copy_path, "daily", now=DAY + dt.timedelta(days=1))
    assert [b.id for b in store.list(journal.path)] == ["20260101-090000_daily"]
    assert [b.id for b in store.list(copy_path)] == ["20260102-090000_daily"]


def old_style_review_copy(journal: Journal, dest: Path) -> Path:
    """A review copy as older versions made it: the teacher's id in journal_info too."""
    export_for_mentor(journal, dest)
    set_uuid(dest, journal.details().journal_uuid)
    return dest


def test_an_old_review_copy_among_the_teachers_backups_is_never_offered(journal, tmp_path):
    root = tmp_path / "backups"
    store = BackupStore(root)
    journal.set_reflection("developing", "the teacher's own words")
    store.backup(journal.path, "daily", now=DAY)
    folder = root / journal.details().journal_uuid
    copy = old_style_review_copy(journal, tmp_path / "copy.ljournal")
    assert read_identity(copy).journal_uuid == journal.details().journal_uuid
    stray = folder / "20260105-090000_daily.ljournal"  # newer than the teacher's own
    db.backup_to(copy, stray)
    path = journal.path
    journal.close()
    listed = store.list(path)
    assert [b.id for b in listed] == ["20260101-090000_daily"]
    moved = root / read_identity(copy).key / stray.name  # moved to its own folder: nothing lost
    assert moved.is_file() and not stray.exists()
    # The teacher's journal is damaged: the restore offered is the teacher's own backup.
    db.backup_to(copy, folder / "20260106-090000_daily.ljournal")
    path.write_bytes(b"garbage" * 1000)
    newest = store.newest_sound(path)
    assert newest is not None and newest.id == "20260101-090000_daily"
    store.restore(path, newest.id)
    j = Journal.open(path)
    try:
        assert j.review is None and j.reflection("developing").text == "the teacher's own words"
    finally:
        j.close()


def test_a_review_copy_in_a_damaged_journals_folder_is_never_restored(journal, tmp_path):
    """Even where the journal cannot say who it is and only a review copy is left."""
    root = tmp_path / "backups"
    store = BackupStore(root)
    store.backup(journal.path, "daily", now=DAY)
    folder = root / journal.details().journal_uuid
    copy = export_for_mentor(journal, tmp_path / "copy.ljournal")
    for b in folder.glob("*.ljournal"):
        b.unlink()
    db.backup_to(copy, folder / "20260102-090000_daily.ljournal")
    path = journal.path
    journal.close()
    path.write_bytes(b"garbage" * 1000)
    assert store.newest_sound(path) is None
    assert store.list(path) == []


def test_links_in_the_backups_folder_are_never_followed(journal, tmp_path):
    root = tmp_path / "backups"
    store = BackupStore(root)
    store.backup(journal.path, "daily", now=DAY)
    folder = root / journal.details().journal_uuid
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    target = elsewhere / "precious.ljournal"
    db.backup_to(journal.path, target)
    before = target.read_bytes()
    (folder / "20250101-090000_daily.ljournal").symlink_to(target)  # an old-looking "backup"
    (folder / "journal.json").unlink()
    (folder / "journal.json").symlink_to(elsewhere / "index-victim")
    for day in range(1, 40):
        store.backup(journal.path, "daily", now=DAY + dt.timedelta(days=day))
    assert target.read_bytes() == before and not (elsewhere / "index-victim").exists()
    assert "20250101-090000_daily" not in [b.id for b in store.list(journal.path)]
    # A backup folder that is itself a link is refused, not written through.
    other = tmp_path / "b2"
    (other).mkdir()
    (other / journal.details().journal_uuid).symlink_to(elsewhere, target_is_directory=True)
    with pytest.raises(JournalAppError, match="not a folder the app made"):
        BackupStore(other).backup(journal.path, "daily", now=DAY)
    assert sorted(p.name for p in elsewhere.iterdir()) == ["precious.ljournal"]


def test_identity_keys_are_plain_names():
    for raw in ["../x", "/etc", "", None, 3, b"\x00", "A" * 1000, "review-1"]:
        for export in (None, "../y", 7):
            key = Identity(raw, export).key
            assert "/" not in key and "\\" not in key and key not in ("", ".", "..") and len(key) <= 40
    same = str(uuid.uuid4())
    assert Identity(same).key == same and Identity(same.upper()).key == same
    assert Identity(same, "e").key != Identity(same).key


def test_the_window_never_offers_a_review_copy_for_a_damaged_journal(journal, tmp_path, monkeypatch):
    """The path the window takes (newest_sound) with only a review copy in the folder."""
    store = BackupStore(tmp_path / "backups")
    store.backup(journal.path, "daily", now=DAY)
    folder = tmp_path / "backups" / journal.details().journal_uuid
    copy = old_style_review_copy(journal, tmp_path / "copy.ljournal")
    for b in folder.glob("*.ljournal"):
        os.remove(b)
    db.backup_to(copy, folder / "20260102-090000_daily.ljournal")
    path = journal.path
    journal.close()
    data = bytearray(path.read_bytes())
    data[4096 * 2:4096 * 3] = b"\xa5" * 4096  # damaged, but may still say who it is
    path.write_bytes(bytes(data))
    newest = store.newest_sound(path)
    assert newest is None or read_identity(newest.path).is_review_copy is False
