"""The Conversations page and the targets tables as a new teacher met them on a 1366×768 laptop
with the text at 125%: the log of conversations reads without scrolling sideways, and a target's
row grows with its text after every change."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QStyle, QTableView

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


@pytest.fixture(params=[1, 1.25], ids=["100%", "125%"])
def font_scale(qapp, request):
    """The application's font scaled (1.25: a teacher's larger text), as before afterwards."""
    original = QFont(qapp.font())
    if request.param != 1:
        bigger = QFont(original)
        bigger.setPointSizeF(original.pointSizeF() * request.param)
        qapp.setFont(bigger)
    yield request.param
    qapp.setFont(original)


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
    page.focus.setText(FOCUS + " " + FOCUS)  # typed: saved, and its row grows with it
    page.focus.textEdited.emit(page.focus.text())
    assert page.flush()
    QApplication.processEvents()
    assert bar.maximum() == 0 and not cut_rows(table)
