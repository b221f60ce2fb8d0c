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
