"""Hand the journal to a mentor and get it back verified: the round trip on two "laptops"
(two data folders), private entries, refusals, seals, idempotent import."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest
from pypdf import PdfReader

from conftest import PRIVATE_WORDS, teacher_with_private_entries
from journal_app.core.errors import InvalidOperation, ReadOnlyError
from journal_app.core.journal import Journal
from journal_app.core.reports import export_pdf
from journal_app.core.review import export_for_mentor, fingerprint, return_copy
from journal_app.core.review_import import ReviewRefused, import_review

SECRETS = PRIVATE_WORDS


@pytest.fixture
def teacher(tmp_path, ljmu):
    j = teacher_with_private_entries(tmp_path / "teacher", ljmu)
    yield j
    j.close()


def mentor_laptop(tmp_path: Path, copy: Path) -> Path:
    laptop = tmp_path / "mentor"
    laptop.mkdir(exist_ok=True)
    received = laptop / copy.name
    shutil.copyfile(copy, received)
    return received


def test_round_trip_through_the_core(teacher, tmp_path):
    copy = export_for_mentor(teacher, tmp_path / "teacher" / "for-mentor.ljournal")
    received = mentor_laptop(tmp_path, copy)
    # The mentor's side: a review copy, the teacher's content read-only.
    m = Journal.open(received)
    assert m.review is not None and m.review.owner == "Ann Jones"
    assert m.review.banner.startswith("Review copy of Ann Jones's journal, exported ")
    assert m.reflection("developing").text == "A reflection the mentor may read"
    assert m.criterion_record("developing", "dev-sensitive-issues").notes == ""
    assert [e.name for e in m.evidence_items()] == ["obs.txt"]
    with pytest.raises(ReadOnlyError, match="review copy of Ann Jones's journal"):
        m.set_reflection("developing", "the mentor edits the teacher's text")
    m.set_reviewer("Pat Mentor", "professional-mentor")
    m.set_review_comment("developing", "dev-qts-standards", "Pat Mentor", "professional-mentor", "Good evidence.")
    m.set_review_comment("developing", "", "Pat Mentor", "professional-mentor", "A strong stage overall.")
    seal = m.sign_off("developing", "professional-mentor", "Pat Mentor", comment="Verified with pleasure.")
    m.sign_off("effective", "professional-mentor", "Pat Mentor", verified=False, comment="Reflection still to come.")
    returned = return_copy(m, tmp_path / "mentor" / "returned.ljournal")
    m.close()
    # Back on the teacher's laptop, after the teacher made more edits.
    teacher.set_reflection("advanced", "Written after the export")
    summary = import_review(teacher, returned)
    assert summary.comments == 2 and len(summary.sign_offs) == 2
    assert "Developing Mentor: verified by Pat Mentor (Professional Mentor)" in summary.describe()
    assert teacher.reflection("advanced").text == "Written after the export"
    assert teacher.reflection("effective").text.startswith("Private reflection")  # untouched
    v = teacher.verifications("developing")[0]
    assert (v.name, v.state, v.comment) == ("Pat Mentor", "verified", "Verified with pleasure.")
    assert teacher.verifications("effective")[0].state == "awaiting"
    comments = teacher.review_comments("developing", "dev-qts-standards")
    assert [(c.author, c.text) for c in comments] == [("Pat Mentor", "Good evidence.")]
    seals = teacher.seals("developing")
    assert seals[0].fingerprint == seal and not seals[0].changed
    # Importing the same review again changes nothing.
    before = teacher.review_comments("developing")
    with pytest.raises(ReviewRefused, match="already imported"):
        import_review(teacher, returned)
    assert teacher.review_comments("developing") == before


def test_the_review_copy_holds_no_trace_of_private_entries(teacher, tmp_path):
    copy = export_for_mentor(teacher, tmp_path / "copy.ljournal")
    raw = copy.read_bytes()
    for secret in SECRETS:
        assert secret.encode() not in raw and secret.lower().encode() not in raw
    assert b"A reflection the mentor may read" in raw
    assert not Path(f"{copy}-wal").exists() and not Path(f"{copy}-journal").exists()
    conn = sqlite3.connect(copy)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()


def test_export_includes_changes_not_yet_checkpointed(teacher, tmp_path):
    teacher.set_reflection("prerequisite", "Only in the write-ahead log so far")
    assert Path(f"{teacher.path}-wal").stat().st_size > 0
    copy = export_for_mentor(teacher, tmp_path / "copy.ljournal")
    m = Journal.open(copy, readonly=True)
    assert m.reflection("prerequisite").text == "Only in the write-ahead log so far"
    m.close()


def test_export_of_chosen_stages_only(teacher, tmp_path):
    copy = export_for_mentor(teacher, tmp_path / "copy.ljournal", ["developing"])
    m = Journal.open(copy)
    assert m.review.stages == ("developing",)
    assert m.reflection("advanced").text == ""
    with pytest.raises(InvalidOperation, match="not in this review copy"):
        m.sign_off("effective", "professional-mentor", "Pat")
    m.close()


def test_export_never_overwrites(teacher, tmp_path):
    dest = tmp_path / "exists.ljournal"
    dest.write_text("keep")
    with pytest.raises(FileExistsError):
        export_for_mentor(teacher, dest)
    assert dest.read_text() == "keep"


def _reviewed(teacher, tmp_path, name="returned.ljournal") -> Path:
    copy = export_for_mentor(teacher, tmp_path / f"copy-{name}")
    m = Journal.open(copy)
    m.sign_off("developing", "professional-mentor", "Pat")
    out = return_copy(m, tmp_path / name)
    m.close()
    return out


def test_refusals_leave_the_journal_untouched(teacher, tmp_path, ljmu):
    good = _reviewed(teacher, tmp_path)
    # Not a review: the teacher's own journal, a text file, another journal's review.
    other = Journal.create(tmp_path / "other.ljournal", ljmu, "Ben Other")
    other_copy = export_for_mentor(other, tmp_path / "other-copy.ljournal")
    other.close()
    text_file = tmp_path / "notes.txt"
    text_file.write_text("hello")
    truncated = tmp_path / "truncated.ljournal"
    truncated.write_bytes(good.read_bytes()[: len(good.read_bytes()) // 2])
    flipped = tmp_path / "flipped.ljournal"
    data = bytearray(good.read_bytes())
    for i in range(8192, len(data), 4096):
        data[i + 200] ^= 0xFF
    flipped.write_bytes(bytes(data))
    cases = [
        (teacher.path, "not a review copy"),
        (text_file, "not a returned review"),
        (other_copy, "a review of Ben Other's journal"),
        (truncated, "damaged|not a returned review"),
        (flipped, "damaged|does not match|never makes"),
        (tmp_path / "missing.ljournal", "no such file"),
    ]
    state = hashlib.sha256(repr([teacher.review_comments("developing"), teacher.verifications("developing"),
                                 teacher.seals("developing")]).encode()).hexdigest()
    for path, message in cases:
        with pytest.raises(ReviewRefused, match=message):
            import_review(teacher, path)
    after = hashlib.sha256(repr([teacher.review_comments("developing"), teacher.verifications("developing"),
                                 teacher.seals("developing")]).encode()).hexdigest()
    assert after == state


def test_a_returned_file_with_a_foreign_trigger_is_refused(teacher, tmp_path):
    good = _reviewed(teacher, tmp_path)
    conn = sqlite3.connect(good)
    conn.execute("CREATE TRIGGER evil AFTER INSERT ON sign_off BEGIN DELETE FROM reflection; END")
    conn.execute("CREATE VIEW spy AS SELECT * FROM reflection")
    conn.commit()
    conn.close()
    with pytest.raises(ReviewRefused, match="parts this app never makes|not part of a journal"):
        import_review(teacher, good)
    assert teacher.seals("developing") == []


def test_tampered_evidence_in_a_returned_file_is_refused(teacher, tmp_path):
    good = _reviewed(teacher, tmp_path)
    conn = sqlite3.connect(good)
    conn.execute("UPDATE evidence_chunk SET data = X'00'")
    conn.commit()
    conn.close()
    with pytest.raises(ReviewRefused, match="does not match its checksum"):
        import_review(teacher, good)


def test_a_seal_breaks_when_the_verified_content_changes(teacher, tmp_path):
    import_review(teacher, _reviewed(teacher, tmp_path))
    assert not teacher.seals("developing")[0].changed
    teacher.set_criterion_notes("developing", "dev-sensitive-issues", "private edits do not break it", private=True)
    assert not teacher.seals("developing")[0].changed
    teacher.set_reflection("developing", "changed after verification")
    seal = teacher.seals("developing")[0]
    assert seal.changed and seal.describe().startswith("changed since verified on ")
    assert teacher.broken_seals() == [f"Developing Mentor: {seal.describe()}"]
    # The sign-off itself is kept.
    assert teacher.verifications("developing")[0].state == "verified"
    out = export_pdf(teacher, tmp_path / "sheet.pdf", sheet="reflection", stage_ids=["developing"])
    flat = " ".join(PdfReader(str(out)).pages[0].extract_text().split())
    assert "changed since verified on" in flat
    assert f"Content fingerprint: {fingerprint(teacher, 'developing')[:16]}" in flat


def test_cli_round_trip_on_two_laptops(run_cli, teacher, tmp_path):
    path = teacher.path
    teacher.close()
    copy = tmp_path / "teacher" / "for-pat.ljournal"
    code, out, err = run_cli("--data-dir", tmp_path / "teacher-data", "export-for-mentor", path, "-o", copy,
                             "--stage", "developing")
    assert code == 0, err
    received = mentor_laptop(tmp_path, copy)
    code, out, err = run_cli("--data-dir", tmp_path / "mentor-data", "sign-off", received, "--stage", "developing",
                             "--role", "professional-mentor", "--name", "Pat Mentor", "--comment", "All good")
    assert code == 0 and "verified by Pat Mentor" in out, err
    code, _, err = run_cli("sign-off", received, "--stage", "developing", "--role", "headteacher", "--name", "X")
    assert code == 1 and "no verifier role 'headteacher'" in err and err.count("\n") == 1
    code, _, err = run_cli("sign-off", received, "--stage", "developing", "--role", "professional-mentor",
                           "--name", "X", "--not-yet")
    assert code == 1 and "say why" in err
    code, _, err = run_cli("sign-off", path, "--stage", "developing", "--role", "professional-mentor", "--name", "X")
    assert code == 1 and "not a review copy" in err
    code, out, err = run_cli("--data-dir", tmp_path / "teacher-data", "import-review", path, received)
    assert code == 0 and "verified by Pat Mentor" in out, err
    code, _, err = run_cli("--data-dir", tmp_path / "teacher-data", "import-review", path, received)
    assert code == 1 and "already imported" in err and err.count("\n") == 1
    # A backup was taken before the import.
    code, out, _ = run_cli("--data-dir", tmp_path / "teacher-data", "backups", path)
    assert "before-import" in out
    j = Journal.open(path)
    j.set_reflection("developing", "edited after the sign-off")
    j.close()
    code, out, _ = run_cli("check", path)
    assert code == 0 and "Developing Mentor: changed since verified on" in out


def test_returning_the_copy_under_its_own_name_keeps_it_open_and_whole(teacher, tmp_path):
    """The mentor saves the returned copy over the copy that is open: it is not replaced under
    the app (which would then refuse every later comment), and holds everything written."""
    received = export_for_mentor(teacher, tmp_path / "copy.ljournal", ["developing"])
    with Journal.open(received) as m:
        m.sign_off("developing", "professional-mentor", "Pat Mentor", comment="First look.")
        assert return_copy(m, received) == received
        m.set_review_comment("developing", "", "Pat Mentor", "professional-mentor", "Written after returning.")
    with Journal.open(received, readonly=True) as again:
        assert [c.text for c in again.review_comments("developing")] == ["Written after returning."]
