"""The review form and the paper route in the window: Send to mentor… as a PDF form, the form
filled by another program and imported through Import mentor review… (with its preview), and
a sign-off signed on paper recorded with its scan on the Verification tab."""

from __future__ import annotations

import datetime as dt

from pypdf import PdfReader
from PySide6.QtCore import Qt

from conftest import open_window
from journal_app.config import AppPaths
from journal_app.core.journal import Journal
from journal_app.ui import messages
from journal_app.ui.review_panel import SendToMentorDialog
from test_review_form_import import answers, fill_with_pypdf


def test_a_review_form_goes_out_and_comes_back_through_the_window(qtbot, monkeypatch, tmp_path, errors, ljmu):
    path = tmp_path / "ann.ljournal"
    with Journal.create(path, ljmu, "Ann Jones") as j:
        j.set_reflection("developing", "Reflection for the mentor")
        j.set_reflection("effective", "MY-PRIVATE-THOUGHTS", private=True)
    w = open_window(qtbot, AppPaths.default(tmp_path / "data"))
    w.open_journal(path)
    # File → Send to mentor…: the dialog offers both ways, the form first.
    dialog = SendToMentorDialog(w.session.journal.framework, w)
    assert dialog.form.isChecked() and dialog.kind() == "form"
    assert dialog.save_button.text() == "&Save review form…"
    dialog.copy.setChecked(True)
    assert dialog.kind() == "copy" and dialog.save_button.text() == "&Save review copy…"
    dialog.deleteLater()
    form = tmp_path / "form.pdf"
    monkeypatch.setattr(SendToMentorDialog, "get_choice", classmethod(lambda cls, fw, parent=None: (["developing"], "form")))
    monkeypatch.setattr("journal_app.ui.main_window.QFileDialog.getSaveFileName", lambda *a, **k: (str(tmp_path / "form"), ""))
    w.menu.send_action.trigger()
    assert form.exists() and b"MY-PRIVATE-THOUGHTS" not in form.read_bytes()
    assert list(PdfReader(form).trailer["/Root"]["/LearningJournal"]["/Stages"]) == ["developing"]
    # The mentor fills it in with another program; File → Import mentor review… shows it first.
    filled = fill_with_pypdf(form, tmp_path / "filled.pdf", answers())
    asked = []
    monkeypatch.setattr(messages, "confirm", lambda parent, title, text, yes="", detail="": asked.append(text) or True)
    monkeypatch.setattr("journal_app.ui.main_window.QFileDialog.getOpenFileName", lambda *a, **k: (str(filled), ""))
    summary = w.import_mentor_review()
    assert summary is not None, errors
    assert "verified by Pat Mentor (Professional Mentor)" in asked[0] and "not digitally signed" in asked[0]
    page = w.view.stage_pages["developing"]
    w.view.show_page("stage:developing#verification")
    status = page.verification.review_box.status.text()
    assert "returned on the PDF review form" in status and "Kept as its record: Review form returned by Pat Mentor" in status
    assert page.verification.boxes["professional-mentor"].name.text() == "Pat Mentor"
    assert errors == []


def test_a_paper_sign_off_is_recorded_with_its_scan(qtbot, tmp_path, errors, ljmu):
    path = tmp_path / "ann.ljournal"
    Journal.create(path, ljmu, "Ann Jones").close()
    scan = tmp_path / "signed sheet.jpg"
    scan.write_bytes(b"\xff\xd8\xff" + bytes(200))
    w = open_window(qtbot, AppPaths.default(tmp_path / "data"))
    w.open_journal(path)
    w.view.show_page("stage:developing#verification")
    tab = w.view.stage_pages["developing"].verification
    dialog = tab.record_paper_sign_off()
    qtbot.waitExposed(dialog)
    # Nothing given: the dialog says what is missing and stays open.
    qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "name" in dialog.error.text()
    dialog.role.setCurrentIndex(dialog.role.findData("university-link-tutor"))
    qtbot.keyClicks(dialog.name, "Lee Tutor")
    dialog.date.edit.clear()
    qtbot.keyClicks(dialog.date.edit, "2/3/2025")
    qtbot.keyClicks(dialog.comment, "Signed at the review meeting")
    qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    assert "scan" in dialog.error.text()
    dialog.scan.setText(str(scan))
    qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and dialog.record_id is not None
    [seal] = w.session.journal.seals("developing")
    assert (seal.source, seal.name, seal.signed_at.date(), seal.record_id) == ("paper", "Lee Tutor", dt.date(2025, 3, 2), dialog.record_id)
    assert b"".join(w.session.journal.iter_evidence_bytes(seal.record_id)) == scan.read_bytes()
    assert "signed on paper" in tab.review_box.status.text()
    assert tab.boxes["university-link-tutor"].name.text() == "Lee Tutor"
    assert errors == []
