"""The window driven as a teacher uses it (pytest-qt, offscreen)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QLineEdit

from conftest import open_window, window_on_new_journal
from journal_app.core.journal import Journal
from journal_app.ui.app import start
from journal_app.ui.new_journal_dialog import NewJournalDialog


def fill_new_journal_dialog(monkeypatch, qtbot, owner: str, path: Path) -> None:
    def fake_exec(dialog: NewJournalDialog) -> int:
        qtbot.keyClicks(dialog.owner, owner)
        qtbot.keyClicks(dialog.school, "Hill School")
        dialog.framework.setCurrentIndex(dialog.framework.findData("ljmu-mentor"))
        dialog.path.setText(str(path))
        dialog._accept()
        return dialog.result()

    monkeypatch.setattr(NewJournalDialog, "exec", fake_exec)


def test_keep_a_stage_close_and_find_it_all_again(qtbot, monkeypatch, tmp_path, paths, errors):
    journal_path = tmp_path / "ann.ljournal"
    w = open_window(qtbot, paths)
    assert w.stack.currentWidget() is w.start
    fill_new_journal_dialog(monkeypatch, qtbot, "Ann Jones", journal_path)
    w.start.new_button.click()
    assert w.session is not None and journal_path.exists()
    assert w.session.journal.details().owner == "Ann Jones"

    view = w.view
    view.show_page("stage:developing#criteria")
    page = view.stage_pages["developing"]
    table = page.criteria.table
    table.setFocus()
    page.criteria.select_criterion("dev-qts-standards")
    qtbot.keyClick(table, Qt.Key.Key_Space)  # tick the criterion
    assert w.session.journal.criterion_record("developing", "dev-qts-standards").achieved

    detail = page.criteria.detail
    qtbot.keyClicks(detail.notes, "Feedback used the Standards")
    qtbot.waitUntil(lambda: not detail.autosave.pending, timeout=3000)
    evidence = tmp_path / "observation.txt"
    evidence.write_text("Lesson observation notes")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(evidence))])
    drop = QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                      Qt.KeyboardModifier.NoModifier)
    detail.dropEvent(drop)  # dropped from the file manager
    assert detail.evidence_model.rowCount() == 1
    assert page.criteria.model.index(0, 4).data() == "1"

    view.show_page("stage:developing#checklist")
    group = page.checklist.groups[0]
    group.table.setFocus()
    group.table.setCurrentIndex(group.model.index(0, 0))
    qtbot.keyClick(group.table, Qt.Key.Key_Space)  # tick the first skill
    assert group.model.index(0, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert group.ticked_count() == 1
    group.table.setCurrentIndex(group.model.index(0, 1))
    qtbot.keyClick(group.table, Qt.Key.Key_F2)  # and write its note
    qtbot.keyClicks(QApplication.focusWidget(), "Shown in a meeting")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # saved when the editor closes (queued)
    qtbot.waitUntil(lambda: w.session.journal.ticks("developing")[("mentoring", "m1")].note == "Shown in a meeting",
                    timeout=3000)
    assert group.model.index(0, 1).data() == "Shown in a meeting"

    view.show_page("stage:developing#reflection")
    qtbot.keyClicks(page.reflection.editor, "I learnt to listen first.")
    assert page.reflection.words.text() == "5 words"
    qtbot.waitUntil(lambda: not page.reflection.autosave.pending, timeout=3000)
    assert "All changes saved at" in w.saved_label.text()

    view.show_page("stage:developing#targets")
    tid = page.targets.add_target("Co-observe with the link tutor")
    page.targets.model.setData(page.targets.model.index(0, 2), dt.date(2030, 1, 31))

    view.show_page("stage:developing#verification")
    box = page.verification.boxes["professional-mentor"]
    qtbot.keyClicks(box.name, "Pat Mentor")
    w.close()  # closing saves what is pending
    assert errors == []

    j = Journal.open(journal_path, readonly=True)
    try:
        assert j.criterion_record("developing", "dev-qts-standards").notes == "Feedback used the Standards"
        assert [e.name for e in j.evidence_items("developing", "dev-qts-standards")] == ["observation.txt"]
        assert j.ticks("developing")[("mentoring", "m1")].ticked
        assert j.ticks("developing")[("mentoring", "m1")].note == "Shown in a meeting"
        assert j.reflection("developing").text == "I learnt to listen first."
        assert j.target(tid).due_date == dt.date(2030, 1, 31)
        assert j.verifications("developing")[0].name == "Pat Mentor"
    finally:
        j.close()

    # The app reopens the last journal on the page it was left on.
    w2 = open_window(qtbot, paths)
    start(w2, None)
    # It paints the journal from a quick look at once, then opens it properly.
    assert w2.quick_view is not None and w2.stack.currentWidget() is w2.quick_view
    assert "Ann Jones" in w2.quick_view.findChildren(QLabel)[0].text()
    qtbot.waitUntil(lambda: w2.session is not None, timeout=5000)
    assert w2.quick_view is None and w2.stack.currentWidget() is w2.view
    assert w2.session.journal.path == journal_path.resolve()
    assert w2.view.current_key() == "stage:developing#verification"
    page2 = w2.view.stage_pages["developing"]
    assert page2.reflection.editor.toPlainText() == "I learnt to listen first."
    assert page2.criteria.model.index(0, 2).data().startswith("✓ Achieved")
    assert "1/11" in w2.view.nav.item(2).text()
    w2.close()


def test_keyboard_path(qtbot, tmp_path, paths, errors, ljmu):
    path = tmp_path / "k.ljournal"
    Journal.create(path, ljmu, "Kim").close()
    w = open_window(qtbot, paths)
    assert w.open_journal(path)
    view = w.view
    # Open a stage from the navigation list with the arrow keys.
    view.nav.setFocus()
    view.nav.setCurrentRow(0)
    qtbot.keyClick(view.nav, Qt.Key.Key_Down)
    qtbot.keyClick(view.nav, Qt.Key.Key_Down)
    assert view.current_key().startswith("stage:developing")
    page = view.stage_pages["developing"]
    # Tick a criterion: Down to the second row, Space.
    page.criteria.table.setFocus()
    qtbot.keyClick(page.criteria.table, Qt.Key.Key_Down)
    qtbot.keyClick(page.criteria.table, Qt.Key.Key_Space)
    assert w.session.journal.criterion_record("developing", "dev-programme-requirements").achieved
    # Write the reflection: Alt+R opens the tab, then type.
    qtbot.keyClick(page.tabs, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    assert page.tabs.currentWidget() is page.reflection
    page.reflection.editor.setFocus()
    qtbot.keyClicks(page.reflection.editor, "Typed only with keys")
    # Add a target: Alt+T for the tab, Alt+A for the button, type, Enter.
    qtbot.keyClick(page.tabs, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    assert page.tabs.currentWidget() is page.targets
    qtbot.keyClick(page.targets, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit), timeout=3000)  # animated click
    editor = QApplication.focusWidget()
    editor.selectAll()
    qtbot.keyClicks(editor, "Lead a twilight session")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next event loop turn
    qtbot.waitUntil(lambda: [t.text for t in w.session.journal.targets("developing")] == ["Lead a twilight session"],
                    timeout=3000)
    assert w.close_journal()
    j = Journal.open(path, readonly=True)
    assert j.reflection("developing").text == "Typed only with keys"
    j.close()
    assert errors == []


def test_search_goes_to_the_place(qtbot, tmp_path, paths, errors, ljmu):
    path = tmp_path / "s.ljournal"
    j = Journal.create(path, ljmu, "Sam")
    j.set_criterion_notes("effective", "eff-moderate", "Joint moderation with Beacon school")
    j.close()
    w = open_window(qtbot, paths)
    w.open_journal(path)
    w.focus_search()
    qtbot.keyClicks(w.view.search, "beacon")
    qtbot.keyClick(w.view.search, Qt.Key.Key_Return)
    results = w.view.search_page.results
    assert results.count() == 1
    qtbot.keyClick(results, Qt.Key.Key_Return)
    assert w.view.current_key() == "stage:effective#criteria"
    assert w.view.stage_pages["effective"].criteria.detail.criterion_id == "eff-moderate"


def test_any_section_leaves_the_search_results_even_the_one_shown_before(qtbot, tmp_path, paths, errors, ljmu):
    """Ctrl+2 (or the View menu, or a click) from the results opens that section, also when it
    is the section that was shown when the search was made."""
    w = window_on_new_journal(qtbot, paths, tmp_path, ljmu)
    view = w.view
    view.show_page(view.keys()[1])
    for _ in range(2):
        w.focus_search()
        qtbot.keyClicks(view.search, "nothing to find")
        qtbot.keyClick(view.search, Qt.Key.Key_Return)
        assert view.stack.currentWidget() is view.search_page
        qtbot.keyClick(w, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
        assert view.stack.currentWidget() is view.pages[view.keys()[1]]
        assert view.current_key().startswith(view.keys()[1])


@pytest.mark.parametrize("content", [b"not a journal at all", b"SQLite format 3\x00" + bytes(2000)])
def test_a_corrupt_or_foreign_file_on_the_command_line_shows_an_error(qtbot, tmp_path, paths, errors, content):
    bad = tmp_path / "bad.ljournal"
    bad.write_bytes(content)
    w = open_window(qtbot, paths)
    start(w, bad)
    qtbot.waitUntil(lambda: bool(errors), timeout=3000)
    assert errors[0].startswith("Cannot open the journal:")
    assert w.session is None and w.stack.currentWidget() is w.start
    assert bad.read_bytes() == content


def test_start_screen_lists_recent_and_missing_journals(qtbot, tmp_path, paths, errors, ljmu):
    path = tmp_path / "r.ljournal"
    Journal.create(path, ljmu, "Rita").close()
    w = open_window(qtbot, paths)
    w.open_journal(path)
    w.close_journal()
    w.settings.add_recent(tmp_path / "gone.ljournal", "Nobody")
    w.start.refresh()
    table, model = w.start.recent, w.start.recent.model()
    assert model.rowCount() == 2
    assert model.index(0, 4).data().startswith("File not found")
    assert "no longer there" in model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(1, 1).data() == "Rita"
    assert model.index(1, 0).data(Qt.ItemDataRole.FontRole).bold() and not model.index(0, 0).data(Qt.ItemDataRole.FontRole)
    table.selectRow(0)
    w.start.remove_selected()
    assert model.rowCount() == 1 and model.index(0, 0).data() == "r"
    w.start._open_row(0)
    assert w.session is not None


def test_new_journal_dialog_validates(qtbot, tmp_path, registry):
    dialog = NewJournalDialog(registry.journal_frameworks(), tmp_path)
    qtbot.addWidget(dialog)
    assert dialog.details() is None and "your name" in dialog.error.text()
    qtbot.keyClicks(dialog.owner, "Ann Jones")
    assert dialog.path.text().endswith("Ann Jones learning journal.ljournal")
    (tmp_path / "Ann Jones learning journal.ljournal").write_text("x")
    assert dialog.details() is None and "already exists" in dialog.error.text()
    dialog.path.setText(str(tmp_path / "other"))
    details = dialog.details()
    assert details is not None and details.path.name == "other.ljournal"
    assert dialog.description.text()  # a line about the chosen framework
    assert dialog.result() != QDialog.DialogCode.Accepted


def test_every_control_has_an_accessible_name(qtbot, tmp_path, paths, errors, ljmu):
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QComboBox,
        QDateEdit,
        QHeaderView,
        QLineEdit,
        QPlainTextEdit,
        QTextEdit,
    )

    path = tmp_path / "a.ljournal"
    Journal.create(path, ljmu, "Alex").close()
    w = open_window(qtbot, paths)
    w.open_journal(path)
    missing = []
    kinds = (QAbstractButton, QAbstractItemView, QComboBox, QDateEdit, QLineEdit, QPlainTextEdit, QTextEdit)
    for widget in [x for kind in kinds for x in w.findChildren(kind)]:
        # Parts of other controls: a combo box's popup list, a line edit's clear button, table headers.
        if isinstance(widget, QHeaderView) or type(widget.parent()).__name__ in (
                "QComboBox", "QDateEdit", "QTabBar", "QFrame", "QLineEdit", "QComboBoxPrivateContainer"):
            continue
        if type(widget).__name__ in ("QTableCornerButton",) or widget.objectName().startswith("qt_"):
            continue
        if not widget.accessibleName() and not (isinstance(widget, QAbstractButton) and widget.text()):
            missing.append(f"{type(widget).__name__} in {type(widget.parent()).__name__}")
    assert missing == [], sorted(set(missing))


def test_large_evidence_is_added_in_the_background_with_progress(qtbot, tmp_path, paths, errors, ljmu, monkeypatch):
    from journal_app.ui import evidence_actions

    monkeypatch.setattr(evidence_actions, "BACKGROUND_THRESHOLD", 1024)
    path = tmp_path / "v.ljournal"
    Journal.create(path, ljmu, "Vic").close()
    w = open_window(qtbot, paths)
    w.open_journal(path)
    detail = w.view.stage_pages["developing"].criteria.detail
    video = tmp_path / "lesson.mp4"
    video.write_bytes(b"\0" * (3 * 1024 * 1024))
    with qtbot.waitSignal(detail.actions.added, timeout=10000):
        assert detail.add_files([str(video)]) == []  # not added yet: it runs on a worker thread
        assert w.isEnabled()  # the window is not frozen meanwhile
    qtbot.waitUntil(lambda: detail.evidence_model.rowCount() == 1, timeout=3000)
    assert w.session.journal.evidence_items()[0].size == 3 * 1024 * 1024


def test_a_missing_evidence_file_is_explained(qtbot, tmp_path, paths, errors, ljmu):
    path = tmp_path / "m.ljournal"
    Journal.create(path, ljmu, "Mo").close()
    w = open_window(qtbot, paths)
    w.open_journal(path)
    detail = w.view.stage_pages["developing"].criteria.detail
    assert detail.add_files([str(tmp_path / "gone.pdf")]) == []
    assert errors and errors[0].startswith("Evidence not added:")
    assert w.session.journal.evidence_items() == []


def test_a_failed_save_keeps_the_text_and_says_so(qtbot, tmp_path, paths, errors, ljmu, monkeypatch):
    path = tmp_path / "f.ljournal"
    Journal.create(path, ljmu, "Flo").close()
    w = open_window(qtbot, paths)
    w.open_journal(path)
    page = w.view.stage_pages["developing"]
    w.view.show_page("stage:developing#reflection")

    def disk_full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Journal, "set_reflection", disk_full)
    qtbot.keyClicks(page.reflection.editor, "Words that must not be lost")
    assert not page.reflection.flush()
    assert errors and "No space left on device" in errors[0]
    assert w.saved_label.text() == "Not saved"
    assert page.reflection.editor.toPlainText() == "Words that must not be lost"
    assert page.reflection.autosave.pending  # tried again at the next pause or on close
    monkeypatch.undo()
    assert page.reflection.flush()
    assert w.session.journal.reflection("developing").text == "Words that must not be lost"


def test_a_journal_open_elsewhere_is_offered_read_only(qtbot, tmp_path, paths, errors, ljmu):
    path = tmp_path / "busy.ljournal"
    other = Journal.create(path, ljmu, "Bea")  # held open for writing, as by another window
    try:
        w = open_window(qtbot, paths)
        assert w.open_journal(path)  # the test's confirm() chooses "Open read-only"
        assert w.session.readonly and w.view.banner.isVisible()
        assert w.view.stage_pages["developing"].reflection.editor.isReadOnly()
        w.close_journal()
    finally:
        other.close()


def test_a_damaged_journal_is_restored_from_its_newest_backup(qtbot, tmp_path, paths, errors, ljmu):
    from journal_app.core.backups import BackupStore

    path = tmp_path / "d.ljournal"
    j = Journal.create(path, ljmu, "Dee")
    j.set_reflection("developing", "words worth keeping")
    j.close()
    BackupStore(paths.backups_dir).backup(path, "daily")
    path.write_bytes(b"\0" * 8192)  # the file is damaged
    w = open_window(qtbot, paths)
    assert w.open_journal(path)  # confirm() accepts "Restore the backup"
    assert w.session.journal.reflection("developing").text == "words worth keeping"
    assert len(list(tmp_path.glob("d.damaged-*.ljournal"))) == 1


def test_restore_from_backup_in_the_file_menu(qtbot, monkeypatch, tmp_path, paths, errors, ljmu):
    from journal_app.ui.restore_dialog import RestoreDialog

    path = tmp_path / "r.ljournal"
    Journal.create(path, ljmu, "Rae").close()
    w = open_window(qtbot, paths)
    w.open_journal(path)
    w.wait_for_backup()  # the daily backup taken on opening
    qtbot.waitUntil(lambda: len(w.backups.list(path)) == 1, timeout=5000)
    page = w.view.stage_pages["developing"]
    w.session.journal.set_reflection("developing", "a change to undo")
    shown = {}

    def choose(backups, name, parent=None):
        shown["rows"] = [(b.reason, b.stages) for b in backups]
        return backups[-1]

    monkeypatch.setattr(RestoreDialog, "choose", choose)
    assert w.restore_from_backup()
    assert shown["rows"][-1] == ("daily", 4)
    assert w.session.journal.reflection("developing").text == ""
    assert page is not w.view.stage_pages["developing"]  # the window shows the restored journal
    assert any(b.reason == "before-restore" for b in w.backups.list(path))


def test_save_a_copy_elsewhere_keeps_the_failed_edit(qtbot, monkeypatch, tmp_path, paths, errors, ljmu):
    path = tmp_path / "c.ljournal"
    Journal.create(path, ljmu, "Cy").close()
    w = open_window(qtbot, paths)
    w.open_journal(path)
    original = Journal.set_reflection

    def failing(self, *a, **k):
        if self.path == path.resolve():
            raise OSError(28, "No space left on device")
        return original(self, *a, **k)

    monkeypatch.setattr(Journal, "set_reflection", failing)
    page = w.view.stage_pages["developing"]
    qtbot.keyClicks(page.reflection.editor, "Unsaved words")
    assert not page.reflection.flush()
    copy = tmp_path / "elsewhere" / "copy.ljournal"
    copy.parent.mkdir()
    monkeypatch.setattr("journal_app.ui.main_window.QFileDialog.getSaveFileName", lambda *a, **k: (str(copy), ""))
    assert w.save_copy_elsewhere() == copy
    saved = Journal.open(copy, readonly=True)
    assert saved.reflection("developing").text == "Unsaved words"
    saved.close()


def test_the_evidence_chooser_opens_by_the_journal_then_where_evidence_was_last_taken(qtbot, monkeypatch, tmp_path,
                                                                                    paths, errors, ljmu):
    """Not in the program's working folder: first the journal's own folder, then the folder the
    teacher last took evidence from."""
    from PySide6.QtWidgets import QFileDialog

    path = tmp_path / "j" / "Kim.ljournal"
    path.parent.mkdir()
    Journal.create(path, ljmu, "Kim").close()
    scans = tmp_path / "scans"
    scans.mkdir()
    (scans / "observation.txt").write_text("Lesson observation")
    opened_in = []

    def choose(parent, title, folder="", *a, **k):  # noqa: ANN001, ANN002, ANN003
        opened_in.append(Path(folder))
        return [str(scans / "observation.txt")], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", choose)
    w = open_window(qtbot, paths)
    assert w.open_journal(path)
    w.view.show_page("stage:developing#criteria")
    evidence = w.view.stage_pages["developing"].criteria.detail.evidence
    evidence.add_button.click()
    evidence.add_button.click()
    assert opened_in == [path.parent, scans]
    assert len(w.session.journal.evidence_items()) == 2
    w.close_journal()


def test_buttons_that_act_on_a_chosen_item_wait_for_one(qtbot, tmp_path, paths, errors, ljmu):
    """Delete a conversation, and Open/Rename/Mark private/Remove evidence, are enabled only when
    there is something chosen for them to act on."""
    w = window_on_new_journal(qtbot, paths, tmp_path, ljmu)
    view = w.view
    view.show_page("conversations")
    conversations = view.pages["conversations"]
    assert not conversations.delete_button.isEnabled() and conversations.new_button.isEnabled()
    conversations.new_conversation("Sam")
    assert conversations.delete_button.isEnabled()
    view.show_page("stage:developing#criteria")
    detail = view.stage_pages["developing"].criteria.detail
    detail.show_criterion("dev-qts-standards")
    ev = detail.evidence
    buttons = (ev.open_button, ev.rename_button, ev.private_button, ev.remove_button)
    assert ev.add_button.isEnabled() and not any(b.isEnabled() for b in buttons)
    note = tmp_path / "obs.txt"
    note.write_text("Lesson observation")
    ev.add_files([str(note)])
    assert all(b.isEnabled() for b in buttons)
    view.show_page("evidence")
    page = view.pages["evidence"]
    page.table.setCurrentIndex(page.table.model().index(-1, -1))
    assert not page.open_button.isEnabled()
    page.table.setCurrentIndex(page.table.model().index(0, 0))
    assert page.open_button.isEnabled() and all(b.isEnabled() for b in page.change_buttons)
    w.close_journal()
