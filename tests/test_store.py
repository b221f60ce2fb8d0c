"""The journal store: create, reopen, every section round trip, file identity, upgrades."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import sqlite3
import tracemalloc
from pathlib import Path

import pytest

from conftest import FIXTURES, copy_fixture
from journal_app.core.errors import (
    DamagedJournalError,
    InvalidOperation,
    NewerVersionError,
    NotAJournalError,
    ReadOnlyError,
)
from journal_app.core.events import ChangeEvent
from journal_app.core.journal import Journal
from journal_app.core.store import db

FORMAT_FIXTURES = sorted(p.name for p in FIXTURES.glob("journal-format*.ljournal"))


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_create_and_reopen_keeps_every_section(tmp_path, ljmu):
    path = tmp_path / "mine.ljournal"
    j = Journal.create(path, ljmu, "Ann Jones", "Hill School", "School-based tutor")
    j.set_criterion_state("developing", "dev-qts-standards", "achieved", dt.date(2025, 1, 10))
    j.set_criterion_state("developing", "dev-documentation", "partly_evidenced")
    j.set_criterion_notes("developing", "dev-qts-standards", "Feedback used the Standards.")
    ev = tmp_path / "obs.txt"
    ev.write_text("observation")
    eid = j.add_evidence(ev, links=[("developing", "dev-qts-standards")])
    j.set_tick("developing", "mentoring", "m3", True, "Linked to research")
    j.set_reflection("developing", "I have **learnt**\n\n- to listen")
    tid = j.add_target("developing", "Co-observe", "Notes agreed", dt.date(2025, 5, 1))
    j.update_target(tid, status="achieved", review_notes="Done in May")
    j.set_verification("developing", "professional-mentor", name="Pat", comment="Good", state="verified",
                       verified_on=dt.date(2025, 6, 1))
    j.close()

    j = Journal.open(path)
    try:
        d = j.details()
        assert (d.owner, d.school, d.role, d.framework_id) == ("Ann Jones", "Hill School", "School-based tutor", "ljmu-mentor")
        rec = j.criterion_record("developing", "dev-qts-standards")
        assert (rec.state, rec.achieved_on, rec.notes, rec.evidence_count) == (
            "achieved", dt.date(2025, 1, 10), "Feedback used the Standards.", 1)
        assert j.criterion_record("developing", "dev-documentation").state == "partly_evidenced"
        assert j.ticks("developing")[("mentoring", "m3")].note == "Linked to research"
        assert j.reflection("developing").text == "I have **learnt**\n\n- to listen"
        t = j.target(tid)
        assert (t.status, t.review_notes, t.due_date) == ("achieved", "Done in May", dt.date(2025, 5, 1))
        v = j.verifications("developing")[0]
        assert (v.name, v.state, v.verified_on, v.role_title) == ("Pat", "verified", dt.date(2025, 6, 1), "Professional Mentor")
        assert b"".join(j.iter_evidence_bytes(eid)) == b"observation"
        summary = j.stage_summary("developing")
        assert (summary.criteria_achieved, summary.checklist_ticked, summary.open_targets) == (1, 1, 0)
        assert summary.verification_state == "partly_verified"
        assert "IM. 1" in j.standards_covered()["developing"]["attributes"]
    finally:
        j.close()


def test_file_identifies_itself(journal):
    header = db.read_header(journal.path)
    assert header.application_id == db.APPLICATION_ID
    conn = db.ro_connect(journal.path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == db.SCHEMA_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()


def test_journal_keeps_its_framework_snapshot(tmp_path, ljmu):
    path = tmp_path / "snap.ljournal"
    Journal.create(path, ljmu, "Ann").close()
    # Reopened with no framework files around (another machine): the snapshot is used.
    j = Journal.open(path)
    assert j.framework == ljmu
    j.close()


def test_new_never_overwrites(tmp_path, ljmu):
    path = tmp_path / "x.ljournal"
    path.write_text("precious")
    with pytest.raises(FileExistsError):
        Journal.create(path, ljmu, "Ann")
    assert path.read_text() == "precious"
    assert list(tmp_path.iterdir()) == [path]  # no temporary file left behind


def _other_sqlite_with_same_tables(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE journal_info (id INTEGER PRIMARY KEY, owner TEXT)")
    conn.execute("CREATE TABLE criterion_record (id INTEGER PRIMARY KEY)")
    conn.commit()
    conn.close()


@pytest.mark.parametrize("kind", ["text", "empty", "other-sqlite", "png"])
def test_foreign_files_are_refused_and_unchanged(tmp_path, kind):
    path = tmp_path / "foreign.ljournal"
    if kind == "text":
        path.write_text("Dear diary")
    elif kind == "empty":
        path.write_bytes(b"")
    elif kind == "png":
        path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    else:
        _other_sqlite_with_same_tables(path)
    before = digest(path)
    with pytest.raises(NotAJournalError, match="not a Learning Journal file"):
        Journal.open(path)
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["foreign.ljournal"]


def test_a_folder_or_missing_file_is_refused(tmp_path):
    with pytest.raises(NotAJournalError, match="no such file"):
        Journal.open(tmp_path / "missing.ljournal")
    with pytest.raises(NotAJournalError, match="folder"):
        Journal.open(tmp_path)


def test_newer_version_is_refused_and_unchanged(journal):
    path = journal.path
    journal.close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {db.SCHEMA_VERSION + 1}")
    conn.close()
    before = digest(path)
    with pytest.raises(NewerVersionError, match="newer version"):
        Journal.open(path)
    assert digest(path) == before


@pytest.mark.parametrize("fixture", FORMAT_FIXTURES)
def test_upgrade_from_every_kept_format(tmp_path, fixture):
    path = copy_fixture(fixture, tmp_path)
    original = path.read_bytes()
    version = db.identify(path)
    j = Journal.open(path, upgrade_backup_dir=tmp_path / "aside")
    try:
        if version < db.SCHEMA_VERSION:
            assert j.upgraded_from == version
            assert j.upgrade_backup is not None and j.upgrade_backup.parent == tmp_path / "aside"
            # The copy set aside is the journal as it was (same content, still the old format).
            assert db.identify(j.upgrade_backup) == version
        assert j.details().owner == "Fixture Owner"
        assert j.criterion_record("developing", "dev-qts-standards").achieved_on == dt.date(2024, 3, 1)
        assert j.reflection("developing").text == "This term I learnt to **listen** first."
        assert [e.name for e in j.evidence_items()][:1] == ["observation notes.txt"]
        assert j.verifications("developing")[0].comment == "Well evidenced."
        # Everything written before the upgrade is searchable after it.
        assert {h.kind for h in j.search("listen")} >= {"reflection"}
        assert any(h.kind == "evidence" for h in j.search("observation"))
        j.set_reflection("developing", "new words after the upgrade")
    finally:
        j.close()
    assert db.identify(path) == db.SCHEMA_VERSION
    assert len(original) > 0


def test_a_failed_upgrade_leaves_the_file_as_it_was(tmp_path, monkeypatch):
    path = copy_fixture("journal-format1.ljournal", tmp_path)
    before = digest(path)
    from journal_app.core import search

    def broken(_conn):
        raise RuntimeError("simulated failure half-way through the migration")

    monkeypatch.setattr(search, "rebuild", broken)
    with pytest.raises(DamagedJournalError, match="could not be upgraded"):
        Journal.open(path)
    assert db.identify(path) == 1
    conn = db.ro_connect(path)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_schema")}
    conn.close()
    assert "search_doc" not in tables
    assert digest(path) == before


def test_migrations_match_the_models(tmp_path, journal):
    """The tables Alembic builds are exactly the ORM models (no forgotten migration)."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from journal_app.core.store.models import Base

    engine = db.make_engine(journal.path)
    with engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={
            "include_name": lambda name, type_, parent: not (name or "").startswith("search_")})
        diff = compare_metadata(ctx, Base.metadata)
    engine.dispose()
    assert diff == []


def test_schema_revisions_match_alembic_head():
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    cfg = Config()
    cfg.set_main_option("script_location", str(db.MIGRATIONS_DIR))
    script = ScriptDirectory.from_config(cfg)
    chain = [r.revision for r in reversed(list(script.walk_revisions()))]
    assert chain == db.SCHEMA_REVISIONS
    assert f"journal-format{db.SCHEMA_VERSION}.ljournal" in FORMAT_FIXTURES, (
        "every format needs a frozen fixture: run tests/fixtures/make_schema_fixture.py")


def test_read_only_journal_refuses_changes(journal):
    path = journal.path
    journal.close()
    j = Journal.open(path, readonly=True)
    try:
        assert j.details().owner == "Ann Jones"
        with pytest.raises(ReadOnlyError):
            j.set_reflection("developing", "x")
    finally:
        j.close()


def test_bad_requests_are_clear_errors(journal):
    with pytest.raises(InvalidOperation, match="unknown stage 'nope'"):
        journal.set_reflection("nope", "x")
    with pytest.raises(InvalidOperation, match="no criterion 'zzz'"):
        journal.set_criterion_state("developing", "zzz", "achieved")
    with pytest.raises(InvalidOperation, match="unknown state"):
        journal.set_criterion_state("developing", "dev-qts-standards", "done")
    with pytest.raises(InvalidOperation, match="no verifier role"):
        journal.set_verification("developing", "headteacher", name="x")
    with pytest.raises(InvalidOperation, match="no such file"):
        journal.add_evidence("/nonexistent/file.mp4")


def test_achieving_records_the_date_and_unachieving_clears_it(journal):
    journal.set_criterion_state("developing", "dev-adult-learners", "achieved")
    assert journal.criterion_record("developing", "dev-adult-learners").achieved_on == dt.date.today()
    journal.set_achieved_on("developing", "dev-adult-learners", dt.date(2024, 2, 2))
    assert journal.criterion_record("developing", "dev-adult-learners").achieved_on == dt.date(2024, 2, 2)
    journal.set_criterion_state("developing", "dev-adult-learners", "begun")
    assert journal.criterion_record("developing", "dev-adult-learners").achieved_on is None


def test_listeners_hear_committed_changes(journal):
    heard = []
    journal.subscribe(heard.append)
    journal.set_reflection("developing", "x")
    journal.set_tick("developing", "mentoring", "m1", True)
    assert heard == [ChangeEvent("reflection", "developing"), ChangeEvent("checklist", "developing", ("mentoring", "m1"))]
    assert journal.last_saved_at is not None


def test_evidence_rename_remove_and_links(journal, tmp_path):
    f = tmp_path / "plan.pdf"
    f.write_bytes(b"%PDF-1.4 test")
    eid = journal.add_evidence(f, links=[("developing", "dev-qts-standards")])
    assert journal.evidence(eid).media_type == "application/pdf"
    journal.link_evidence(eid, "developing", "dev-documentation")
    assert journal.criterion_record("developing", "dev-documentation").evidence_count == 1
    journal.rename_evidence(eid, "Training plan.pdf")
    assert [e.name for e in journal.evidence_items("developing", "dev-qts-standards")] == ["Training plan.pdf"]
    assert [h.ref for h in journal.search("training") if h.kind == "evidence"] == [str(eid)]
    out = journal.export_evidence(eid, tmp_path / "out.pdf")
    assert out.read_bytes() == b"%PDF-1.4 test"
    journal.remove_evidence(eid)
    assert journal.evidence_items() == []
    assert [h for h in journal.search("training") if h.kind == "evidence"] == []
    assert journal.criterion_record("developing", "dev-documentation").evidence_count == 0


def test_large_evidence_is_streamed_not_held_in_memory(journal, tmp_path):
    big = tmp_path / "lesson.mp4"
    chunk = os.urandom(1024 * 1024)
    with open(big, "wb") as f:
        for _ in range(40):
            f.write(chunk)
    seen = []
    tracemalloc.start()
    try:
        eid = journal.add_evidence(big, progress=lambda done, total: seen.append((done, total)))
        _, peak_in = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        journal.export_evidence(eid, tmp_path / "back.mp4")
        _, peak_out = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak_in < 12 * 1024 * 1024 and peak_out < 12 * 1024 * 1024  # a 40 MB file
    assert seen[-1] == (40 * 1024 * 1024, 40 * 1024 * 1024) and len(seen) > 1
    assert digest(tmp_path / "back.mp4") == digest(big)


def test_cancelled_evidence_leaves_nothing(journal, tmp_path):
    from journal_app.core.evidence import EvidenceCancelled

    big = tmp_path / "v.mp4"
    big.write_bytes(os.urandom(40 * 1024 * 1024))
    with pytest.raises(EvidenceCancelled):
        journal.add_evidence(big, progress=lambda done, total: done < 16 * 1024 * 1024)
    assert journal.evidence_items() == []


def test_incomplete_evidence_from_a_crash_is_cleared_on_open(journal, tmp_path):
    from journal_app.core.store.models import EvidenceItem

    with journal._write("test") as s:  # what a crash mid-way through adding leaves
        s.add(EvidenceItem(name="half.mp4", media_type="video/mp4", size=0, sha256="", private=False))
    path = journal.path
    journal.close()
    j = Journal.open(path)
    try:
        assert j.evidence_items() == []
        with j._read() as s:
            assert s.query(EvidenceItem).count() == 0
    finally:
        j.close()


def test_search_finds_the_teachers_words(journal):
    journal.set_reflection("developing", "We talked about behaviour management with Ŵyn.")
    tid = journal.add_target("effective", "Lead a twilight session", "Slides shared")
    journal.set_criterion_notes("developing", "dev-partnership", "Attended the ITE conference")
    journal.set_tick("developing", "mentoring", "m9", True, "silence works")
    kinds = {h.kind: h for h in journal.search("behaviour")}
    assert kinds["reflection"].stage_id == "developing"
    assert journal.search("twilight")[0].ref == str(tid)
    assert journal.search("conference")[0].ref == "developing/dev-partnership"
    assert journal.search("silence")[0].kind == "checklist"
    assert journal.search("wyn")[0].kind == "reflection"  # diacritics folded
    journal.delete_target(tid)
    assert journal.search("twilight") == []
    assert journal.search("   ") == []
