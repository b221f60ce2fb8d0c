"""The mentor round trip through the window, with two data folders for the two laptops."""

from __future__ import annotations

import shutil

from PySide6.QtCore import Qt

from conftest import open_window
from journal_app.config import AppPaths
from journal_app.core.journal import Journal
from journal_app.ui.review_panel import SendToMentorDialog


def test_round_trip_in_the_window(qtbot, monkeypatch, tmp_path, errors, ljmu):
    teacher_dir, mentor_dir = tmp_path / "teacher", tmp_path / "mentor"
    teacher_dir.mkdir()
    mentor_dir.mkdir()
    path = teacher_dir / "ann.ljournal"
    j = Journal.create(path, ljmu, "Ann Jones")
    j.set_reflection("developing", "Reflection for the mentor")
    j.set_reflection("advanced", "MY-PRIVATE-THOUGHTS", private=True)
    j.close()

    # Teacher: File → Send to mentor…
    teacher = open_window(qtbot, AppPaths.default(teacher_dir / "data"))
    teacher.open_journal(path)
    copy = teacher_dir / "for-mentor.ljournal"
    monkeypatch.setattr(SendToMentorDialog, "get_choice", classmethod(lambda cls, fw, parent=None: (["developing"], "copy")))
    monkeypatch.setattr("journal_app.ui.main_window.QFileDialog.getSaveFileName", lambda *a, **k: (str(copy), ""))
    teacher.menu.send_action.trigger()
    assert copy.exists() and b"MY-PRIVATE-THOUGHTS" not in copy.read_bytes()
    teacher.close_journal()

    # Mentor, on another laptop: opens the copy, reads, comments and signs off.
    received = mentor_dir / "received.ljournal"
    shutil.copyfile(copy, received)
    mentor = open_window(qtbot, AppPaths.default(mentor_dir / "data"))
    assert mentor.open_journal(received)
    view = mentor.view
    assert view.banner.isVisible() and "Review copy of Ann Jones's journal" in view.banner.text()
    page = view.stage_pages["developing"]
    assert page.reflection.editor.isReadOnly()  # the teacher's content is read-only
    assert not mentor.menu.send_action.isEnabled() and mentor.menu.return_action.isEnabled()
    qtbot.keyClicks(view.reviewer_bar.name, "Pat Mentor")
    view.reviewer_bar.autosave.flush()
    view.show_page("stage:developing#criteria")
    comments = page.criteria.detail.comments
    assert comments.isVisible() and not comments.editor.isReadOnly()
    qtbot.keyClicks(comments.editor, "Clear evidence here")
    comments.autosave.flush()
    view.show_page("stage:developing#verification")
    box = page.verification.review_box
    box.role.setCurrentIndex(box.role.findData("university-link-tutor"))
    qtbot.keyClicks(box.comment, "A thoughtful stage")
    qtbot.mouseClick(box.sign_button, Qt.MouseButton.LeftButton)
    assert "verified on" in box.status.text() and "Pat Mentor" in box.status.text()
    returned = mentor_dir / "returned.ljournal"
    monkeypatch.setattr("journal_app.ui.main_window.QFileDialog.getSaveFileName",
                        lambda *a, **k: (str(returned), ""))
    mentor.menu.return_action.trigger()
    assert returned.exists()
    mentor.close()

    # Teacher: File → Import mentor review…
    shutil.copyfile(returned, teacher_dir / "back.ljournal")
    teacher.open_journal(path)
    monkeypatch.setattr("journal_app.ui.main_window.QFileDialog.getOpenFileName",
                        lambda *a, **k: (str(teacher_dir / "back.ljournal"), ""))
    summary = teacher.import_mentor_review()
    assert summary is not None and "verified by Pat Mentor (University Liaison / Link Tutor)" in summary.describe()
    page = teacher.view.stage_pages["developing"]
    assert "Pat Mentor" in page.verification.review_box.status.text()
    assert page.verification.boxes["university-link-tutor"].name.text() == "Pat Mentor"
    page.criteria.select_criterion("dev-qts-standards")
    assert "Clear evidence here" in page.criteria.detail.comments.editor.toPlainText()
    assert page.warning.isHidden()
    # An edit after the sign-off: the stage says it changed since it was verified.
    teacher.session.run(lambda jj: jj.set_reflection("developing", "Changed afterwards"))
    assert not page.warning.isHidden() and "changed since verified on" in page.warning.text()
    assert errors == []


def test_the_window_shows_what_an_import_brings_and_asks_first(qtbot, monkeypatch, tmp_path, errors, ljmu):
    from journal_app.core.review import export_for_mentor, return_copy
    from journal_app.ui import messages

    path = tmp_path / "ann.ljournal"
    with Journal.create(path, ljmu, "Ann Jones") as j:
        copy = export_for_mentor(j, tmp_path / "copy.ljournal", ["developing"])
        j.set_reflection("developing", "Changed after sending")
    with Journal.open(copy) as m:
        m.sign_off("developing", "professional-mentor", "Pat Mentor", comment="Good")
        back = return_copy(m, tmp_path / "back.ljournal")
    asked = []
    answer = [False]
    monkeypatch.setattr(messages, "confirm", lambda parent, title, text, yes="", detail="":
                        asked.append((title, text, detail)) or answer[0])
    w = open_window(qtbot, AppPaths.default(tmp_path / "data"))
    w.open_journal(path)
    monkeypatch.setattr("journal_app.ui.main_window.QFileDialog.getOpenFileName", lambda *a, **k: (str(back), ""))
    before = path.read_bytes()
    assert w.import_mentor_review() is None  # the teacher said no
    title, text, detail = asked[0]
    assert title == "Import mentor review"
    assert "• Developing Mentor: verified by Pat Mentor (Professional Mentor) – Good" in text
    assert "your content has changed since Pat Mentor signed it" in text
    assert "Checked:" in detail and "criteria that exist" in detail
    assert w.session.journal.seals("developing") == [] and path.read_bytes() == before
    answer[0] = True
    summary = w.import_mentor_review()
    assert summary is not None and w.session.journal.seals("developing")[0].changed
    page = w.view.stage_pages["developing"]
    assert not page.warning.isHidden() and "changed since verified on" in page.warning.text()
    # Importing it again: refused with the reason, and the journal stays as it is.
    assert w.import_mentor_review() is None
    assert errors and "already imported" in errors[-1]
