"""A read-only table of whole rows, set up the same way everywhere (overview, recent journals,
backups, conversations)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget


def leaves_with_tab(view: QAbstractItemView) -> QAbstractItemView:
    """Tab and Shift+Tab move on to the next control, as everywhere else; the arrow keys move
    within the table. (Qt's tables keep Tab for moving between cells, a trap for keyboard and
    screen-reader users.) Every table of the window is set up with this."""
    view.setTabKeyNavigation(False)
    return view


def row_table(headers: list[str], name: str, rows: int = 0, *, stretch: tuple[int, ...] = (),
              fit_height: bool = False) -> QTableWidget:
    """Rows selected whole, one at a time, not editable; columns sized to their contents, the
    ``stretch`` ones and the last taking the rest. ``fit_height`` tables never scroll (the
    overview sets their height to their rows)."""
    t = QTableWidget(rows, len(headers))
    t.setHorizontalHeaderLabels(headers)
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
