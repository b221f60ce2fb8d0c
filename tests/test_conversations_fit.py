"""The Conversations page and the targets tables as a new teacher met them on a 1366×768 laptop
with the text at 125%: the log of conversations reads without scrolling sideways, and a target's
row grows with its text after every change."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit, QStyle, QTableView

from conftest import open_window
from journal_app.core.journal import Journal
from journal_app.ui.screen_fit import fits

FOCUS = ("Questioning in the plenary: moving from closed recall questions to open questions that "
         "let the pupils explain their reasoning to each other")


def cut_rows(table: QTableView, columns: tuple[int, ...] | None = None) -> list[str]:
    """Cells whose text, wrapped at its column's width, is taller than its row (cut short)."""
    model, out = table.model(), []
    pad = 2 * (table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1)
    for row in range(model.rowCount()):
        for col in columns if columns is not None else range(model.columnCount()):
            text = str(model.index(row, col).data() or "")
            box = QRect(0, 0, table.columnWidth(col) - pad, 0)
            need = QFontMetrics(table.font()).boundingRect(box, Qt.TextFlag.TextWordWrap, text).height()
            if table.rowHeight(row) < need:
                out.append(f"row {row} column {col}: {table.rowHeight(row)} < {need} for {text!r}")
    return out


@pytest.mark.parametrize("font_scale", [1, 1.25], indirect=True, ids=["100%", "125%"])
def test_the_conversation_log_reads_without_scrolling_sideways(qtbot, tmp_path, paths, ljmu, errors, font_scale):
    path = tmp_path / "log.ljournal"
    j = Journal.create(path, ljmu, "Ann Jones", "Hill School", "School-based tutor")
    j.add_conversation(dt.date(2026, 11, 3), "Mrs Eleri Wyn Pritchard-Roberts", "specialist-coaching", focus=FOCUS)
    j.add_conversation(dt.date(2026, 11, 10), "Trainee", "co-coaching", focus="Behaviour", private=True)
    j.close()
    w = open_window(qtbot, paths)
    qtbot.waitUntil(lambda: fits(w), timeout=3000)
    assert w.open_journal(path)
    w.view.show_page("conversations")
    page = w.view.pages["conversations"]
    table = page.table
    QApplication.processEvents()
    bar = table.horizontalScrollBar()
    assert table.isVisible() and table.viewport().width() > 0
    assert bar.maximum() == 0 and not bar.isVisible(), (table.horizontalHeader().length(), table.viewport().width())
    assert not cut_rows(table)
    assert table.columnWidth(3) >= max(table.columnWidth(1), table.columnWidth(2))  # the focus has the most room
    page.focus.setText(FOCUS + " " + FOCUS)  # typed: saved, and its row grows with it
    page.focus.textEdited.emit(page.focus.text())
    assert page.flush()
    QApplication.processEvents()
    assert bar.maximum() == 0 and not cut_rows(table)


LONG = ("Plan the questions for the plenary in advance, with the trainee, and note which pupils answer "
        "so that every pupil is asked at least once a week")


def settle(qtbot) -> None:
    """The event loop runs on a moment (what the views do once a change has been taken)."""
    qtbot.wait(30)


def _targets_page(qtbot, tmp_path, paths, ljmu):
    path = tmp_path / "targets.ljournal"
    j = Journal.create(path, ljmu, "Ann Jones", "Hill School", "School-based tutor")
    j.add_target("developing", "Observe a lesson")
    j.close()
    w = open_window(qtbot, paths)
    qtbot.waitUntil(lambda: fits(w), timeout=3000)
    assert w.open_journal(path)
    w.view.show_page("targets")
    QApplication.processEvents()
    return w, w.view.targets


@pytest.mark.parametrize("font_scale", [1, 1.25], indirect=True, ids=["100%", "125%"])
def test_all_targets_rows_follow_their_text_after_every_change(qtbot, tmp_path, paths, ljmu, errors, font_scale):
    from journal_app.ui.models import TargetsModel

    w, panel = _targets_page(qtbot, tmp_path, paths, ljmu)
    table, model = panel.table, panel.model
    text_cols = (TargetsModel.TEXT, TargetsModel.SUCCESS, TargetsModel.REVIEW)
    assert not cut_rows(table, text_cols)

    tid = panel.add_target()  # added and typed, as a teacher does: its row is as tall as its text
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and table.viewport().isAncestorOf(editor)
    settle(qtbot)
    assert table.rowHeight(model.row_of(tid)) >= editor.sizeHint().height()  # not squeezed under its editor
    editor.setText(LONG)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    settle(qtbot)
    assert table.state() != QAbstractItemView.State.EditingState and model.targets[-1].text == LONG
    assert model.row_of(tid) >= 0 and not cut_rows(table, text_cols)

    first = model.index(0, TargetsModel.SUCCESS)  # edited in its cell (a one-line row): F2, type, Enter
    table.setCurrentIndex(first)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and table.rowHeight(0) >= editor.sizeHint().height()
    qtbot.keyClick(editor, Qt.Key.Key_Escape)  # left unchanged: the row is its text's height again
    settle(qtbot)
    assert table.rowHeight(0) == max(table.sizeHintForRow(0), table.verticalHeader().sectionSizeHint(0))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    editor.setText(LONG + " " + LONG)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    settle(qtbot)
    assert model.targets[0].success_criteria.startswith(LONG) and not cut_rows(table, text_cols)

    j = w.session.journal  # changed elsewhere (a conversation, Diamond 9): refreshed from the event
    w.session.run(lambda j: j.update_target(tid, review_notes=LONG))
    settle(qtbot)
    assert not cut_rows(table, text_cols)
    w.session.run(lambda j: j.add_target(None, LONG + " for the whole journal"))
    settle(qtbot)
    assert model.rowCount() == 3 and not cut_rows(table, text_cols)

    w.view.show_page("conversations")  # changed while the page is not on screen
    w.session.run(lambda j: j.update_target(tid, text=LONG + " " + LONG))
    w.view.show_page("targets")
    settle(qtbot)
    assert not cut_rows(table, text_cols)
    assert j.target(tid).text.startswith(LONG)


def test_a_multi_line_field_is_as_tall_as_its_text_not_a_fixed_block(qapp, qtbot):
    """At least its minimum lines, growing with its text, never the 192 px a scroll area asks
    for by default (that pushed a conversation's links and learning agreement out of view)."""
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    from journal_app.ui.forms import MultiLineText

    box = QWidget()
    qtbot.addWidget(box)
    layout = QVBoxLayout(box)
    field = MultiLineText("Notes", lines=3)
    layout.addWidget(field)
    layout.addStretch(1)
    box.resize(600, 700)
    box.show()
    field.setPlainText("One line.")
    QApplication.processEvents()
    assert field.sizeHint().height() == field.height_for(3) < 192
    field.setPlainText("\n".join("abcdefg"))
    QApplication.processEvents()
    assert field.sizeHint().height() == field.height_for(7) <= field.height()


def test_a_conversations_links_and_agreement_are_in_view_at_1366x768(qtbot, tmp_path, paths, ljmu, errors):
    """The first conversation logged on the (empty) page: its fields as tall as their text, so
    the links, Private and the learning agreement are in view without scrolling."""
    path = tmp_path / "log.ljournal"
    Journal.create(path, ljmu, "Ann Jones").close()
    w = open_window(qtbot, paths)
    qtbot.waitUntil(lambda: fits(w), timeout=3000)
    assert w.open_journal(path)
    w.view.show_page("conversations")
    page = w.view.pages["conversations"]
    QApplication.processEvents()
    _ok, cid = w.session.run(lambda j: j.add_conversation(
        dt.date(2025, 11, 7), "Siân Evans", "mentoring", focus="Feedback",
        notes="We began with the trainee's own evaluation.", agreed_actions="Ask first"))
    page.select_conversation(cid)
    QApplication.processEvents()
    viewport = page.editor_scroll.viewport()
    for widget in (page.evidence_button, page.private, page.agreement):
        top = widget.mapTo(viewport, widget.rect().topLeft()).y()
        assert 0 <= top < viewport.height(), (widget.accessibleName() or widget.objectName(), top, viewport.height())


def test_long_evidence_notes_never_cover_the_fields_below_them(qtbot, tmp_path, paths, ljmu, errors):
    """A criterion with a long note at 1366×768: the note keeps at least its three lines and
    scrolls, and the Private box and the evidence list below it are not drawn over (the note used
    to claim twelve lines as its minimum in a pane that had no room for them)."""
    path = tmp_path / "notes.ljournal"
    j = Journal.create(path, ljmu, "Ann Jones")
    j.set_criterion_notes("developing", "dev-qts-standards", "\n".join(f"Week {n}: feedback given" for n in range(30)))
    j.close()
    w = open_window(qtbot, paths)
    qtbot.waitUntil(lambda: fits(w), timeout=3000)
    assert w.open_journal(path)
    w.view.show_page("stage:developing#criteria")
    detail = w.view.stage_pages["developing"].criteria.detail
    detail.show_criterion("dev-qts-standards")
    QApplication.processEvents()
    notes, private = detail.notes, detail.private
    assert notes.height() >= notes.height_for(3)
    bottom = notes.mapTo(detail, notes.rect().bottomLeft()).y()
    assert bottom < private.mapTo(detail, private.rect().topLeft()).y()
    assert notes.sizeHint().height() == notes.height_for(12)  # it asks for more, where there is room
