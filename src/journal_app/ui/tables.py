"""A read-only table of whole rows, set up the same way everywhere (overview, conversations, the
learning journey's plan, backups, recent journals), over a small item model of its rows."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

KEY_ROLE = Qt.ItemDataRole.UserRole + 1  # the key of a row's entry (a conversation id, a plan item …)


class RowsModel(QAbstractTableModel):
    """Rows of text under headers, each row with the key of what it shows. The page reads the
    core and hands the rows over; the model never reads or writes the journal itself."""

    def __init__(self, headers: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers = list(headers)
        self.rows: list[list[str]] = []
        self.keys: list[object] = []

    def set_rows(self, rows: Sequence[Sequence[str]], keys: Sequence[object] | None = None) -> None:
        self.beginResetModel()
        self.rows = [list(r) for r in rows]
        self.keys = list(keys) if keys is not None else [None] * len(self.rows)
        self.endResetModel()

    def set_row(self, row: int, cells: Sequence[str]) -> None:
        self.rows[row] = list(cells)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.headers) - 1))

    def row_of(self, key: object) -> int:
        return self.keys.index(key) if key in self.keys else -1

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.rows[index.row()][index.column()]
        if role == KEY_ROLE:
            return self.keys[index.row()]
        return None


def leaves_with_tab(view: QAbstractItemView) -> QAbstractItemView:
    """Tab and Shift+Tab move on to the next control, as everywhere else; the arrow keys move
    within the table. (Qt's tables keep Tab for moving between cells, a trap for keyboard and
    screen-reader users.) Every table of the window is set up with this."""
    view.setTabKeyNavigation(False)
    return view


def rows_view(headers: list[str], name: str, *, stretch: tuple[int, ...] = (),
              fit_height: bool = False, model: type[RowsModel] = RowsModel) -> QTableView:
    """A table over a ``RowsModel`` (``view.model()``; ``model``: a subclass of it to use instead):
    rows selected whole, one at a time, not editable; columns sized to their contents, the
    ``stretch`` ones and the last taking the rest. ``fit_height`` tables never scroll (the
    overview sets their height to their rows)."""
    t = QTableView()
    t.setModel(model(headers, t))
    return _set_up(t, name, stretch, fit_height)


def _set_up(t: QTableView, name: str, stretch: tuple[int, ...], fit_height: bool) -> QTableView:
    t.setAccessibleName(name)
    leaves_with_tab(t)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.verticalHeader().hide()
    t.setWordWrap(True)
    header = t.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    for col in stretch:
        header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
    header.setStretchLastSection(True)
    if fit_height:
        t.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        t.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        t.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return t
