"""The targets table as a teacher meets it: buttons that act on a selected target, and a due
date editor that fits its column."""

from __future__ import annotations

import datetime as dt

from conftest import open_window
from journal_app.ui.models import TargetsModel
from journal_app.ui.targets_panel import TargetsPanel


def _panel(qtbot, paths, journal) -> TargetsPanel:
    path = journal.path
    journal.close()
    w = open_window(qtbot, paths)
    assert w.open_journal(path)
    w.view.show_page("stage:developing")
    stage = w.view.stage_pages["developing"]
    stage.tabs.setCurrentWidget(stage.targets)
    return stage.targets


def test_delete_and_tag_wait_for_a_target_to_be_chosen(qtbot, paths, journal):
    panel = _panel(qtbot, paths, journal)
    assert not panel.remove_button.isEnabled() and not panel.tags_button.isEnabled()
    assert panel.add_button.isEnabled()
    panel.add_target("Co-observe with the link tutor")
    assert panel.remove_button.isEnabled() and panel.tags_button.isEnabled()


def test_the_due_date_editor_stays_inside_its_column(qtbot, paths, journal):
    journal.add_target("developing", "Plan questions in advance", due_date=dt.date(2026, 12, 1))
    panel = _panel(qtbot, paths, journal)
    index = panel.model.index(0, TargetsModel.DUE)
    panel.table.setCurrentIndex(index)
    panel.table.edit(index)
    qtbot.waitUntil(lambda: panel.table.focusWidget() is not None and panel.table.focusWidget() is not panel.table)
    editor = panel.table.focusWidget()
    cell = panel.table.visualRect(index)
    needed = max(editor.sizeHint().width(), editor.minimumSizeHint().width())
    assert cell.width() >= needed, (cell.width(), needed)


def test_add_target_while_a_cell_is_edited_opens_the_new_row_for_typing(qtbot, paths, journal, errors):
    """Typed, Tab to the status, then Alt+A: the status is kept, the new row is there and its
    text cell open, and what is typed next is the new target (it used to go nowhere, and the
    stage's tab kept showing one target while the others showed two)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    panel = _panel(qtbot, paths, journal)
    panel.add_button.click()
    qtbot.keyClicks(QApplication.focusWidget(), "First target")
    for text in ("Joint notes agreed", "01/12/2026"):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        qtbot.keyClicks(QApplication.focusWidget(), text)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # on to the status: still editing
    assert panel.table.state() == panel.table.State.EditingState
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2, timeout=2000)
    qtbot.wait(150)  # the button's click animation ends
    editor = QApplication.focusWidget()
    assert panel.table.viewport().isAncestorOf(editor)
    qtbot.keyClicks(editor, "Second target")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.table.state() != panel.table.State.EditingState, timeout=2000)
    qtbot.wait(50)  # Enter saves a moment later
    targets = panel.session.journal.targets()
    assert [(t.text, t.success_criteria, t.due_date) for t in targets] == [
        ("First target", "Joint notes agreed", dt.date(2026, 12, 1)), ("Second target", "", None)]
    assert [panel.model.index(r, TargetsModel.TEXT).data() for r in range(2)] == ["First target", "Second target"]


def test_a_change_made_while_a_cell_is_edited_shows_once_the_editor_closes(qtbot, paths, journal, errors):
    """However the editor closes (here the view closes it as another cell is chosen)."""
    journal.add_target("developing", "Plan questions in advance")
    panel = _panel(qtbot, paths, journal)
    index = panel.model.index(0, TargetsModel.SUCCESS)
    panel.table.setCurrentIndex(index)
    assert panel.table.edit(index)
    panel.session.run(lambda j: j.add_target("developing", "Observe a colleague"))  # from another page
    assert panel.model.rowCount() == 1  # what is being typed is not overwritten
    panel.table.setCurrentIndex(panel.model.index(0, TargetsModel.TEXT))
    assert panel.table.state() != panel.table.State.EditingState
    assert [panel.model.index(r, TargetsModel.TEXT).data() for r in range(panel.model.rowCount())] == [
        "Plan questions in advance", "Observe a colleague"]
