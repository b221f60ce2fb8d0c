"""Delegates for table cells: a choice from a list, a date that may be empty, and a cell drawn
as a card."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, QSize, Qt
from PySide6.QtGui import QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
    QWidget,
)

from journal_app.ui import icons
from journal_app.ui.date_field import DateEdit
from journal_app.ui.models import VALUE_ROLE


class ChoiceDelegate(QStyledItemDelegate):
    def __init__(self, choices: dict[str, str], parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.choices = choices

    def createEditor(self, parent: QWidget, option, index: QModelIndex) -> QWidget:  # noqa: ANN001
        box = QComboBox(parent)
        box.setAccessibleName(cell_name(index))
        for value, label in self.choices.items():
            box.addItem(label, value)
        return box

    def setEditorData(self, editor: QComboBox, index: QModelIndex) -> None:
        i = editor.findData(index.data(VALUE_ROLE))
        editor.setCurrentIndex(max(i, 0))

    def setModelData(self, editor: QComboBox, model, index: QModelIndex) -> None:  # noqa: ANN001
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class DateDelegate(QStyledItemDelegate):
    """A date typed or chosen from a calendar (journal_app.ui.date_field); an empty one stores no
    date. Enter or Tab on text that is not a date says so and keeps the editor open."""

    def createEditor(self, parent: QWidget, option, index: QModelIndex) -> QWidget:  # noqa: ANN001
        edit = DateEdit(cell_name(index), parent=parent)
        return edit

    @staticmethod
    def editor_width() -> int:
        """How wide a date column must be for the editor to fit in its cell."""
        probe = DateEdit("date")
        probe.set_date(dt.date(2026, 2, 28))  # with a date, its clear button shows too
        probe.ensurePolished()
        try:
            return max(probe.sizeHint().width(), probe.minimumSizeHint().width(), probe.minimumWidth()) + 2  # the grid line
        finally:
            probe.deleteLater()

    def setEditorData(self, editor: DateEdit, index: QModelIndex) -> None:
        editor.set_date(index.data(VALUE_ROLE))
        editor.selectAll()

    def setModelData(self, editor: DateEdit, model, index: QModelIndex) -> None:  # noqa: ANN001
        if editor.commit():
            model.setData(index, editor.date(), Qt.ItemDataRole.EditRole)

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if (isinstance(editor, DateEdit) and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
                and not editor.is_valid()):
            editor.commit()
            QToolTip.showText(editor.mapToGlobal(editor.rect().bottomLeft()), editor.problem, editor)
            return True
        return super().eventFilter(editor, event)


class NamedDelegate(QStyledItemDelegate):
    """The default editor, named after its column and row so a screen reader says what is being
    edited ("Success criteria of target 2"), not only "text"."""

    def createEditor(self, parent: QWidget, option, index: QModelIndex) -> QWidget:  # noqa: ANN001
        editor = super().createEditor(parent, option, index)
        if editor is not None:
            editor.setAccessibleName(cell_name(index))
        return editor


def cell_name(index: QModelIndex) -> str:
    """What a cell is, for a screen reader: its column's heading and its row's name."""
    model = index.model()
    column = str(model.headerData(index.column(), Qt.Orientation.Horizontal) or "")
    row = str(model.index(index.row(), 0).data() or "")
    if not row or index.column() == 0:
        return column
    return QCoreApplication.translate("delegates", "{column} of “{row}”").format(column=column, row=row[:60])


class CardDelegate(QStyledItemDelegate):
    """A cell drawn as a small card: the cell's text, then in smaller, muted type the text of
    other columns of the row (``extra``: column -> label), so a narrow table can still show a
    criterion's guidance and standards beside its text. Rows grow to fit the wrapped text."""

    PAD = 6

    def __init__(self, extra: dict[int, str] | None = None, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.extra = extra or {}

    def _html(self, option: QStyleOptionViewItem, index: QModelIndex) -> str:
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        pal = option.palette
        text = pal.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        base = pal.color(QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Base)
        # The extra lines are set back (two parts text to one of background) where there is room
        # to; on a selected row the theme's highlight pair is often all the contrast there is.
        muted = text if selected else icons.set_back(text, base)
        main = html.escape(str(index.data() or "")).replace("\n", "<br>")
        lines = [f"<div>{main}</div>"]
        seen = {str(index.data() or "")}
        for col, label in self.extra.items():
            value = str(index.siblingAtColumn(col).data() or "").strip()
            if value and value not in seen:
                seen.add(value)
                lines.append(f"<div style='margin-top:3px; color:{muted.name()}; font-size:small'><b>{html.escape(label)}:</b> "
                             f"{html.escape(value).replace(chr(10), ' · ')}</div>")
        return f"<div style='color:{text.name()}'>{''.join(lines)}</div>"

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setDocumentMargin(self.PAD)
        doc.setHtml(self._html(option, index))
        doc.setTextWidth(max(option.rect.width(), 40))
        return doc

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        doc = self._document(opt, index)
        return QSize(int(doc.idealWidth()), int(doc.size().height()) + 1)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        doc = self._document(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        painter.save()
        painter.translate(opt.rect.topLeft())
        painter.setClipRect(0, 0, opt.rect.width(), opt.rect.height())
        doc.drawContents(painter)
        painter.restore()
