"""A returned review is as untrusted as any file: every forged review of the audit is refused
with its reason and the journal left byte for byte as it was; a sound one says what it checked,
what will come in, and where the content changed since it was signed."""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
import sqlite3
import uuid
from pathlib import Path

import pytest

from journal_app.core.journal import Journal
from journal_app.core.review import export_for_mentor, fingerprint, return_copy
from journal_app.core.review_import import (
    ReturnedReview,
    ReviewRefused,
    apply,
    import_review,
    preview,
    read_review_copy,
)
from journal_app.core.store.models import utcnow


@pytest.fixture
def teacher(tmp_path, ljmu):
    j = Journal.create(tmp_path / "ann.ljournal", ljmu, "Ann Jones", "Hill School")
    j.set_reflection("developing", "A reflection the mentor may read")
    j.set_reflection("effective", "Effective reflection")
    yield j
    j.close()


def reviewed(journal: Journal, folder: Path, stages=("developing",), *, sign=(("developing", "professional-mentor"),),
             comment=True, name="returned.ljournal") -> Path:
    """A review copy of ``stages``, signed off and commented by a mentor, returned."""
    folder.mkdir(exist_ok=True)
    copy = export_for_mentor(journal, folder / f"copy-{uuid.uuid4().hex[:6]}.ljournal", list(stages))
    with Journal.open(copy) as m:
        m.set_reviewer("Pat Mentor", "professional-mentor")
        if comment:
            m.set_review_comment(stages[0], "", "Pat Mentor", "professional-mentor", "A strong stage.")
        for stage, role in sign:
            m.sign_off(stage, role, "Pat Mentor", comment="Seen and verified")
        out = return_copy(m, folder / name)
    copy.unlink()
    return out


def tamper(path: Path, *statements: str | tuple) -> Path:
    conn = sqlite3.connect(path)
    for st in statements:
        conn.execute(*st) if isinstance(st, tuple) else conn.execute(st)
    conn.commit()
    conn.close()
    return path


def file_state(journal: Journal) -> str:
    h = hashlib.sha256(journal.path.read_bytes())
    wal = Path(f"{journal.path}-wal")
    h.update(wal.read_bytes() if wal.exists() else b"")
    return h.hexdigest()


def refused(journal: Journal, path: Path, match: str, tmp_path: Path) -> None:
    before = file_state(journal)
    with pytest.raises(ReviewRefused, match=match):
        import_review(journal, path)
    assert file_state(journal) == before
    assert journal.seals("developing") == [] and journal.review_comments("developing") == []


def export_row(journal: Journal, path: Path) -> tuple[str, str]:
    conn = sqlite3.connect(path)
    export_id, exported_at = conn.execute("SELECT export_id, exported_at FROM review_info").fetchone()
    conn.close()
    return export_id, exported_at


def test_a_sound_review_says_what_it_checked_and_what_will_come_in(teacher, tmp_path):
    back = reviewed(teacher, tmp_path / "m")
    with __import__("tempfile").TemporaryDirectory() as tmp:
        returned = read_review_copy(back, tmp)
        assert isinstance(returned, ReturnedReview) and returned.kind == "review-copy"
        assert returned.stages == ("developing",) and returned.reviewer_name == "Pat Mentor"
        assert returned.content_fingerprints == {"developing": fingerprint(teacher, "developing")}
        before = file_state(teacher)
        pv = preview(teacher, returned)
        assert file_state(teacher) == before  # a preview never writes
        text = pv.describe()
        assert "Developing Mentor: verified by Pat Mentor (Professional Mentor) – Seen and verified" in text
        assert "Developing Mentor – the stage as a whole: Pat Mentor (Professional Mentor): A strong stage." in text
        assert "not imported before" in text and "evidence matches its checksums" in text
        assert "criteria that exist" in text and pv.warnings == [] and pv.kept == []
        summary = apply(teacher, returned, None)
    assert summary.comments == 1 and summary.sign_offs == ["Developing Mentor: verified by Pat Mentor (Professional Mentor)"]
    assert teacher.verifications("developing")[0].state == "verified"


def test_sign_offs_and_comments_for_stages_not_sent_are_refused(teacher, tmp_path):
    back = reviewed(teacher, tmp_path / "m")
    export_id, when = export_row(teacher, back)
    seal = fingerprint(teacher, "effective")
    tamper(back, ("INSERT INTO sign_off (export_id, stage_id, role_id, name, outcome, comment, signed_at, fingerprint) "
                  "VALUES (?, 'effective', 'professional-mentor', 'Pat', 'verified', '', ?, ?)", (export_id, when, seal)))
    refused(teacher, back, "stage 'effective', which was not sent for review", tmp_path)
    # Widening the stages the copy claims does not help: the journal's record of the export decides.
    tamper(back, "UPDATE review_info SET stages = '[\"developing\", \"effective\"]'")
    refused(teacher, back, "claims the stages developing, effective, but that export sent developing", tmp_path)


def test_a_copy_holding_content_of_stages_not_sent_is_refused(teacher, tmp_path):
    back = tamper(reviewed(teacher, tmp_path / "m"),
                  "INSERT INTO reflection (stage_id, text, private, modified_at) VALUES ('effective', 'x', 0, '2026-01-01 00:00:00')")
    refused(teacher, back, r"holds content of stages that were not sent \(effective\)", tmp_path)


def test_a_role_the_stage_does_not_have_is_refused(teacher, tmp_path):
    back = tamper(reviewed(teacher, tmp_path / "m"), "UPDATE sign_off SET role_id = 'headteacher'")
    refused(teacher, back, "role 'headteacher', which stage Developing Mentor does not have", tmp_path)
    # Also one role of another stage (effective has the partnership manager, developing has not).
    tamper(back, "UPDATE sign_off SET role_id = 'university-partnership-manager'")
    refused(teacher, back, "role 'university-partnership-manager'", tmp_path)


def test_comments_on_criteria_that_do_not_exist_are_refused(teacher, tmp_path):
    back = reviewed(teacher, tmp_path / "m")
    export_id, when = export_row(teacher, back)
    tamper(back, ("INSERT INTO review_comment (export_id, stage_id, criterion_id, author, role_id, text, written_at) "
                  "VALUES (?, 'developing', 'no-such-criterion', 'Pat', 'professional-mentor', 'hi', ?)", (export_id, when)))
    refused(teacher, back, r"criterion stage Developing Mentor does not have \(no-such-criterion\)", tmp_path)


@pytest.mark.parametrize("when, match", [
    ("2099-01-01 00:00:00.000000", "dated .*2099, in the future"),
    ("2020-01-01 00:00:00.000000", "before the review was sent"),
    (12345, r"damaged \(the value of sign_off.signed_at is not valid\)"),
    ("next tuesday", r"damaged \(the value of sign_off.signed_at is not valid\)"),
])
def test_implausible_or_invalid_dates_are_refused(teacher, tmp_path, when, match):
    back = tamper(reviewed(teacher, tmp_path / "m"), ("UPDATE sign_off SET signed_at = ?", (when,)))
    refused(teacher, back, match, tmp_path)


def test_a_day_of_clock_skew_is_accepted(teacher, tmp_path):
    ahead = (utcnow() + dt.timedelta(hours=20)).isoformat(sep=" ")
    back = tamper(reviewed(teacher, tmp_path / "m"), ("UPDATE sign_off SET signed_at = ?", (ahead,)))
    assert len(import_review(teacher, back).sign_offs) == 1


@pytest.mark.parametrize("statement, match", [
    ("UPDATE sign_off SET name = X'414243'", r"damaged \(the value of sign_off.name is not valid\)"),
    ("UPDATE sign_off SET name = '  '", "without a name"),
    ("UPDATE sign_off SET outcome = 'approved'", "valid outcome|column outcome"),
    ("UPDATE sign_off SET fingerprint = 'abc'", "without a valid seal"),
    ("UPDATE review_comment SET text = zeroblob(10)", r"damaged \(the value of review_comment.text is not valid\)"),
    ("UPDATE review_comment SET text = printf('%.30000c', 'x')", r"longer than 20000 characters \(review_comment.text\)"),
    ("UPDATE review_info SET stages = '{\"a\": 1}'", r"damaged \(the value of review_info.stages is not valid\)"),
    ("UPDATE sign_off SET export_id = 'another'", "sign-offs made for another export"),
    ("DELETE FROM review_info", "a journal, not a review copy"),
])
def test_crafted_values_are_refused_with_one_clear_line(teacher, tmp_path, statement, match):
    back = tamper(reviewed(teacher, tmp_path / "m"), statement)
    refused(teacher, back, match, tmp_path)


def test_an_export_id_this_journal_never_issued_is_refused(teacher, tmp_path):
    back = reviewed(teacher, tmp_path / "m")
    new = str(uuid.uuid4())
    tamper(back, ("UPDATE review_info SET export_id = ?", (new,)), ("UPDATE sign_off SET export_id = ?", (new,)),
           ("UPDATE review_comment SET export_id = ?", (new,)))
    refused(teacher, back, "was not exported from this journal", tmp_path)


def test_an_old_review_replayed_under_a_newer_export_id_is_refused(teacher, tmp_path, monkeypatch):
    from journal_app.core import review

    old = reviewed(teacher, tmp_path / "m")
    import_review(teacher, old)
    later = utcnow() + dt.timedelta(hours=2)
    monkeypatch.setattr(review, "utcnow", lambda: later)  # the next export, two hours on
    newer = export_for_mentor(teacher, tmp_path / "newer.ljournal", ["developing"])
    new_id, new_when = export_row(teacher, newer)
    replay = shutil.copyfile(old, tmp_path / "replay.ljournal")
    moved = ["UPDATE sign_off SET export_id = ?", "UPDATE review_comment SET export_id = ?",
             "UPDATE review_info SET export_id = ?"]
    tamper(replay, *[(m, (new_id,)) for m in moved])
    state = file_state(teacher)
    with pytest.raises(ReviewRefused, match="not the copy made by that export"):
        import_review(teacher, replay)
    # Its export date changed too: the sign-off is older than the export it claims to answer.
    tamper(replay, ("UPDATE review_info SET exported_at = ?", (new_when,)))
    with pytest.raises(ReviewRefused, match="before the review was sent"):
        import_review(teacher, replay)
    assert file_state(teacher) == state


def test_another_journals_copy_with_the_ids_spliced_in_is_refused(teacher, tmp_path, ljmu):
    Journal.create(tmp_path / "ben.ljournal", ljmu, "Ann Jones").close()  # same name, another journal
    tamper(tmp_path / "ben.ljournal", "UPDATE journal_info SET created_at = '2025-09-01 08:00:00.000000'")
    with Journal.open(tmp_path / "ben.ljournal") as other:
        foreign = reviewed(other, tmp_path / "m")
    mine = export_for_mentor(teacher, tmp_path / "mine.ljournal", ["developing"])
    export_id, when = export_row(teacher, mine)
    uuid_ = teacher.details().journal_uuid
    tamper(foreign, ("UPDATE review_info SET export_id = ?, journal_uuid = ?", (export_id, uuid_)),
           ("UPDATE sign_off SET export_id = ?", (export_id,)), ("UPDATE review_comment SET export_id = ?", (export_id,)),
           ("UPDATE journal_info SET journal_uuid = ?", (uuid_,)))
    refused(teacher, foreign, "another journal's content under this journal's ids", tmp_path)
    tamper(foreign, ("UPDATE review_info SET exported_at = ?", (when,)))
    refused(teacher, foreign, "another journal's content under this journal's ids", tmp_path)


def test_absurd_volumes_are_refused_with_a_clear_message(teacher, tmp_path):
    back = reviewed(teacher, tmp_path / "m")
    export_id, when = export_row(teacher, back)
    rows = [(export_id, f"c{i}", when) for i in range(20_000)]
    conn = sqlite3.connect(back)
    conn.executemany("INSERT INTO review_comment (export_id, stage_id, criterion_id, author, role_id, text, written_at) "
                     "VALUES (?, 'developing', ?, 'Pat', 'professional-mentor', 'spam', ?)", rows)
    conn.commit()
    conn.close()
    refused(teacher, back, "holds 20001 comments, far more than a review can have", tmp_path)
    # Fewer, but still more than one per criterion and role of the stages sent (12 × 2).
    tamper(back, "DELETE FROM review_comment WHERE id > 30")
    refused(teacher, back, "holds 30 comments, more than the 24 this review can have", tmp_path)


def test_two_comments_for_one_criterion_and_role_are_refused(teacher, tmp_path):
    back = reviewed(teacher, tmp_path / "m")
    tamper(back, "INSERT INTO review_comment (export_id, stage_id, criterion_id, author, role_id, text, written_at) "
                 "SELECT export_id, stage_id, criterion_id, author, role_id, 'again', written_at FROM review_comment")
    refused(teacher, back, "two comments by one role on the same criterion", tmp_path)


def test_content_changed_since_the_sign_off_is_said_plainly(teacher, tmp_path):
    back = reviewed(teacher, tmp_path / "m")
    teacher.set_reflection("developing", "Rewritten after the mentor signed")
    with __import__("tempfile").TemporaryDirectory() as tmp:
        returned = read_review_copy(back, tmp)
        pv = preview(teacher, returned)
        assert pv.warnings == ["Developing Mentor: your content has changed since Pat Mentor signed it: the sign-off "
                               "will show as changed since verified; ask for it to be verified again if the change matters"]
        summary = apply(teacher, returned, None)
    assert "your content has changed since Pat Mentor signed it" in summary.describe()
    assert teacher.seals("developing")[0].changed


def test_a_copy_changed_after_it_was_signed_is_said_plainly(teacher, tmp_path):
    back = tamper(reviewed(teacher, tmp_path / "m"), "UPDATE reflection SET text = 'forged after signing'")
    with __import__("tempfile").TemporaryDirectory() as tmp:
        pv = preview(teacher, read_review_copy(back, tmp))
    assert any("does not match the content in the returned file" in w for w in pv.warnings)


def test_the_teachers_own_verification_entry_is_kept_beside_the_sign_off(teacher, tmp_path):
    teacher.set_verification("developing", "professional-mentor", name="Dr Tutor", comment="My own note")
    back = reviewed(teacher, tmp_path / "m")
    summary = import_review(teacher, back)
    v = teacher.verifications("developing")[0]
    assert (v.name, v.comment) == ("Dr Tutor", "My own note")
    assert teacher.seals("developing")[0].name == "Pat Mentor"
    assert ("Developing Mentor: what you typed for Professional Mentor was kept; Pat Mentor's sign-off is recorded "
            "beside it") in summary.describe()


def test_a_second_round_updates_what_the_first_import_wrote(teacher, tmp_path):
    first = export_for_mentor(teacher, tmp_path / "first.ljournal", ["developing"])
    with Journal.open(first) as m:
        m.sign_off("developing", "professional-mentor", "Pat", verified=False, comment="Reflection too short")
        back = return_copy(m, tmp_path / "back1.ljournal")
    import_review(teacher, back)
    assert teacher.verifications("developing")[0].state == "awaiting"
    teacher.set_reflection("developing", "A much longer reflection now")
    back2 = reviewed(teacher, tmp_path / "m", comment=False)
    summary = import_review(teacher, back2)
    v = teacher.verifications("developing")[0]
    assert (v.name, v.state, v.comment) == ("Pat Mentor", "verified", "Seen and verified")
    assert summary.kept == []


def test_a_review_copy_cannot_import_and_a_folder_is_refused(teacher, tmp_path):
    refused(teacher, tmp_path, "not a file|no such file|cannot be read", tmp_path)


def test_cli_prints_the_preview_then_the_summary(run_cli, teacher, tmp_path):
    back = reviewed(teacher, tmp_path / "m")
    path = teacher.path
    teacher.close()
    code, out, err = run_cli("--data-dir", tmp_path / "data", "import-review", path, back)
    assert code == 0, err
    assert out.index("Checked:") < out.index("Imported the review by Pat Mentor. Comments added: 1.")
    assert "Sign-offs:\n  Developing Mentor: verified by Pat Mentor (Professional Mentor)" in out
    tamper(back, "UPDATE sign_off SET signed_at = '2099-01-01 00:00:00'")
    before = path.read_bytes()
    code, out, err = run_cli("--data-dir", tmp_path / "data", "import-review", path, back)
    assert code == 1 and err.count("\n") == 1 and out == ""
    assert path.read_bytes() == before


def test_a_sign_off_of_content_that_was_never_sent_is_said_plainly(teacher, tmp_path):
    back = reviewed(teacher, tmp_path / "m")
    assert teacher.review_export(export_row(teacher, back)[0]).fingerprints == {"developing": fingerprint(teacher, "developing")}
    # The copy's content rewritten and signed again: sealed, but not over what the teacher sent.
    tamper(back, "UPDATE reflection SET text = 'forged'")
    with Journal.open(back) as m:
        forged_seal = fingerprint(m, "developing")
    tamper(back, ("UPDATE sign_off SET fingerprint = ?", (forged_seal,)))
    with __import__("tempfile").TemporaryDirectory() as tmp:
        pv = preview(teacher, read_review_copy(back, tmp))
    assert pv.warnings == ["Developing Mentor: Pat Mentor signed content that is not what you sent: the sign-off "
                           "will show as changed since verified"]


def test_one_warning_when_one_mentor_signed_two_roles_of_a_changed_stage(teacher, tmp_path):
    back = reviewed(teacher, tmp_path / "m", sign=(("developing", "professional-mentor"),
                                                   ("developing", "university-link-tutor")))
    teacher.set_reflection("developing", "Changed after sending")
    with __import__("tempfile").TemporaryDirectory() as tmp:
        pv = preview(teacher, read_review_copy(back, tmp))
    assert len(pv.sign_offs) == 2 and len(pv.warnings) == 1
