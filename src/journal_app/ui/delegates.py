"""Editors for table cells: a choice from a list, and a date that may be empty."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QToolTip, QWidget

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
