"""The window from the keyboard alone: Tab leaves every table (the arrow keys move within it),
Tab moves between fields outside the reflection editor, and the whole main path (open a stage,
set a criterion, add evidence, write the reflection, add a target with a due date, fill a
verification) is done with keys only."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QLineEdit,
    QPlainTextEdit,
    QTableView,
    QTextEdit,
)

from conftest import open_window, window_on_new_journal
from journal_app.core.journal import Journal

ALT = Qt.KeyboardModifier.AltModifier


def focus() -> object:
    return QApplication.focusWidget()


def inside(widget, container) -> bool:
    return widget is container or (widget is not None and container.isAncestorOf(widget))


def _pages(window):
    view = window.view
    for key in view.keys():
        view.show_page(key)
        if key.startswith("stage:"):
            page = view.stage_pages[key.removeprefix("stage:")]
            for i in range(page.tabs.count()):
                page.tabs.setCurrentIndex(i)
                QApplication.processEvents()
                yield f"{key}#{i}"
        else:
            QApplication.processEvents()
            yield key


def test_tab_leaves_every_table_and_every_text_field(qtbot, tmp_path, paths, errors, ljmu, registry):
    path = tmp_path / "t.ljournal"
    j = Journal.create(path, ljmu, "Kim")
    j.start_journey(registry.get("gtc-tla"), focus="Feedback", tla_stage=2)
    j.add_plan_item("action", "Observe", dt.date(2026, 1, 15))
    j.add_target("developing", "Co-observe", due_date=dt.date(2026, 2, 1))
    j.add_conversation(dt.date(2025, 10, 2), "Siân", "mentoring")
    j.close()
    w = open_window(qtbot, paths)
    assert w.open_journal(path)
    trapped, seen = [], 0
    for where in _pages(w):
        for table in w.view.stack.currentWidget().findChildren(QAbstractItemView):
            if not isinstance(table, QTableView) or not table.isVisibleTo(w):
                continue
            seen += 1
            if table.tabKeyNavigation():
                trapped.append(f"{where}: {table.accessibleName()} keeps Tab")
                continue
            table.setFocus()
            qtbot.keyClick(table, Qt.Key.Key_Tab)
            if inside(focus(), table):
                trapped.append(f"{where}: {table.accessibleName()}: Tab stayed")
            table.setFocus()
            qtbot.keyClick(table, Qt.Key.Key_Backtab)
            if inside(focus(), table):
                trapped.append(f"{where}: {table.accessibleName()}: Shift+Tab stayed")
        for text in w.view.stack.currentWidget().findChildren(QPlainTextEdit):
            if text.isVisibleTo(w) and not text.tabChangesFocus():
                trapped.append(f"{where}: {text.accessibleName()} types a tab character")
    assert seen >= 10
    assert not trapped, trapped
    editor = w.view.stage_pages["developing"].reflection.editor
    assert isinstance(editor, QTextEdit) and not editor.tabChangesFocus()  # the one place Tab is typed
    w.close_journal()


def test_the_main_path_from_the_keyboard_alone(qtbot, monkeypatch, tmp_path, paths, errors, ljmu):
    path = tmp_path / "k.ljournal"
    Journal.create(path, ljmu, "Kim").close()
    evidence = tmp_path / "observation.txt"
    evidence.write_text("Lesson observation")
    # The file chooser is the platform's own dialog; the test answers it as a teacher would.
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(evidence)], ""))
    w = open_window(qtbot, paths)
    assert w.open_journal(path)
    view = w.view
    assert focus() is view.nav

    # Open a stage with the arrow keys, then Tab into its page.
    qtbot.keyClick(view.nav, Qt.Key.Key_Down)
    qtbot.keyClick(view.nav, Qt.Key.Key_Down)
    assert view.current_key() == "stage:developing#criteria"
    page = view.stage_pages["developing"]
    qtbot.keyClick(view.nav, Qt.Key.Key_Tab)
    assert focus() is page.tabs.tabBar()
    qtbot.keyClick(focus(), Qt.Key.Key_Tab)
    table = page.criteria.table
    assert focus() is table

    # Set a criterion: Down to the second, Space; Tab out of the table to its detail.
    qtbot.keyClick(table, Qt.Key.Key_Down)
    qtbot.keyClick(table, Qt.Key.Key_Space)
    assert w.session.journal.criterion_record("developing", "dev-programme-requirements").achieved
    detail = page.criteria.detail
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert focus() is detail.text
    qtbot.keyClick(focus(), Qt.Key.Key_Tab)
    assert focus() is detail.state
    qtbot.keyClick(focus(), Qt.Key.Key_Tab)
    assert focus() is detail.date.edit  # the date it was achieved, typed
    focus().selectAll()
    qtbot.keyClicks(focus(), "3/11/2026")
    qtbot.keyClick(focus(), Qt.Key.Key_Tab)
    assert w.session.journal.criterion_record("developing", "dev-programme-requirements").achieved_on == dt.date(2026, 11, 3)
    assert focus() is detail.notes
    qtbot.keyClicks(detail.notes, "Led the programme meeting")
    qtbot.keyClick(detail.notes, Qt.Key.Key_Tab)  # moves on, types no tab
    assert focus() is detail.private
    assert detail.notes.toPlainText() == "Led the programme meeting"

    # Add evidence: Alt+L is "Add file…".
    qtbot.keyClick(focus(), Qt.Key.Key_L, ALT)
    qtbot.waitUntil(lambda: detail.evidence_model.rowCount() == 1, timeout=3000)

    # Write the reflection: Alt+Y in Welsh, Alt+R in English; the focus lands in the editor.
    qtbot.keyClick(focus(), Qt.Key.Key_R, ALT)
    assert page.tabs.currentWidget() is page.reflection
    assert focus() is page.reflection.editor
    qtbot.keyClicks(focus(), "Typed only with keys")

    # A target with a due date: Alt+T, Alt+A, type it, Tab to the next cells, the date typed.
    qtbot.keyClick(focus(), Qt.Key.Key_T, ALT)
    assert page.tabs.currentWidget() is page.targets
    qtbot.keyClick(focus(), Qt.Key.Key_A, ALT)
    qtbot.waitUntil(lambda: isinstance(focus(), QLineEdit) and page.targets.table.isAncestorOf(focus()), timeout=3000)
    focus().selectAll()
    qtbot.keyClicks(focus(), "Lead a twilight session")
    qtbot.keyClick(focus(), Qt.Key.Key_Tab)  # commits, edits the success criteria
    qtbot.waitUntil(lambda: page.targets.table.isAncestorOf(focus()) and focus().accessibleName().startswith("Success"),
                    timeout=3000)
    qtbot.keyClicks(focus(), "Twelve colleagues come")
    qtbot.keyClick(focus(), Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: type(focus()).__name__ == "DateEdit", timeout=3000)
    assert focus().accessibleName().startswith("Due")
    qtbot.keyClicks(focus(), "1 Dec 2026")
    qtbot.keyClick(focus(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: w.session.journal.targets("developing")[0].due_date == dt.date(2026, 12, 1), timeout=3000)
    t = w.session.journal.targets("developing")[0]
    assert (t.text, t.success_criteria) == ("Lead a twilight session", "Twelve colleagues come")

    # Fill a verification: Alt+I, then Tab from field to field.
    qtbot.keyClick(focus(), Qt.Key.Key_I, ALT)
    box = page.verification.boxes["professional-mentor"]
    assert focus() is box.name
    qtbot.keyClicks(box.name, "Pat Mentor")
    qtbot.keyClick(focus(), Qt.Key.Key_Tab)
    assert focus() is box.state
    qtbot.keyClick(focus(), Qt.Key.Key_Tab)
    assert focus() is box.date.edit
    qtbot.keyClicks(focus(), "2/12/26")
    qtbot.keyClick(focus(), Qt.Key.Key_Tab)
    assert focus() is box.comment
    qtbot.keyClicks(box.comment, "Well evidenced")
    qtbot.keyClick(focus(), Qt.Key.Key_Tab)
    assert focus() is not box.comment and box.comment.toPlainText() == "Well evidenced"

    assert w.close_journal()
    j = Journal.open(path, readonly=True)
    try:
        assert j.reflection("developing").text == "Typed only with keys"
        assert j.criterion_record("developing", "dev-programme-requirements").notes == "Led the programme meeting"
        assert [e.name for e in j.evidence_items("developing", "dev-programme-requirements")] == ["observation.txt"]
        v = j.verifications("developing")[0]
        assert (v.name, v.verified_on, v.comment) == ("Pat Mentor", dt.date(2026, 12, 2), "Well evidenced")
    finally:
        j.close()
    assert errors == []


def test_a_due_date_typed_wrong_in_a_table_is_kept_and_explained(qtbot, tmp_path, paths, errors, ljmu):
    path = tmp_path / "d.ljournal"
    j = Journal.create(path, ljmu, "Kim")
    tid = j.add_target("developing", "Co-observe", due_date=dt.date(2026, 2, 1))
    j.close()
    w = open_window(qtbot, paths)
    assert w.open_journal(path)
    w.view.show_page("stage:developing#targets")
    panel = w.view.stage_pages["developing"].targets
    index = panel.model.index(0, panel.model.DUE)
    panel.table.setCurrentIndex(index)
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_F2)
    editor = focus()
    assert type(editor).__name__ == "DateEdit" and editor.text() == "1 Feb 2026"
    assert editor.accessibleName() == "Due of “Co-observe”"
    qtbot.keyClicks(editor, "31/02/2026")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert focus() is editor and editor.text() == "31/02/2026"  # still there, and says why
    assert "is not a date" in editor.problem
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Delete)  # one key: no due date
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: w.session.journal.target(tid).due_date is None, timeout=3000)
    w.close_journal()


def test_the_reflection_editor_says_how_to_go_on_and_those_keys_do(qtbot, tmp_path, paths, errors, ljmu):
    """Tab is typed in the reflection (an indent); what it says instead works: Alt+P reaches
    Private, Ctrl+Tab the next tab."""
    w = window_on_new_journal(qtbot, paths, tmp_path, ljmu)
    w.view.show_page("stage:developing#reflection")
    page = w.view.stage_pages["developing"]
    editor = page.reflection.editor
    assert "Ctrl+Tab" in editor.accessibleDescription() and "Alt+P" in editor.toolTip()
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    assert focus() is page.reflection.private
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert page.current_tab_key() == "targets"
    w.close_journal()
