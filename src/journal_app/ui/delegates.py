"""Editors for table cells: a choice from a list, and a date that may be empty."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QDateEdit, QStyledItemDelegate, QWidget

from journal_app.ui.models import VALUE_ROLE


class ChoiceDelegate(QStyledItemDelegate):
    def __init__(self, choices: dict[str, str], parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.choices = choices

    def createEditor(self, parent: QWidget, option, index: QModelIndex) -> QWidget:  # noqa: ANN001
        box = QComboBox(parent)
        box.setAccessibleName(str(index.model().headerData(index.column(), Qt.Orientation.Horizontal)))
        for value, label in self.choices.items():
            box.addItem(label, value)
        return box

    def setEditorData(self, editor: QComboBox, index: QModelIndex) -> None:
        i = editor.findData(index.data(VALUE_ROLE))
        editor.setCurrentIndex(max(i, 0))

    def setModelData(self, editor: QComboBox, model, index: QModelIndex) -> None:  # noqa: ANN001
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class DateDelegate(QStyledItemDelegate):
    """A date; clearing it (the minimum date, shown as "No date") stores no date."""

    def createEditor(self, parent: QWidget, option, index: QModelIndex) -> QWidget:  # noqa: ANN001
        edit = QDateEdit(parent)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd MMM yyyy")
        edit.setMinimumDate(QDate(2000, 1, 1))
        edit.setSpecialValueText(self.tr("No date"))
        edit.setAccessibleName(self.tr("Due date"))
        return edit

    def setEditorData(self, editor: QDateEdit, index: QModelIndex) -> None:
        value = index.data(VALUE_ROLE)
        editor.setDate(QDate(value.year, value.month, value.day) if value else editor.minimumDate())

    def setModelData(self, editor: QDateEdit, model, index: QModelIndex) -> None:  # noqa: ANN001
        d = editor.date()
        value = None if d == editor.minimumDate() else dt.date(d.year(), d.month(), d.day())
        model.setData(index, value, Qt.ItemDataRole.EditRole)
