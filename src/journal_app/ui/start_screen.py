"""The screen shown with no journal open, laid out like an application's start page: the app
and its two actions (New journal…, Open…) on one line, then the recent journals with their
owner, framework and last change; with none yet, what a journal is and how to start one."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from journal_app.core.i18n import format_datetime
from journal_app.settings import Settings
from journal_app.ui import icons
from journal_app.ui.icons import muted_colour
from journal_app.ui.tables import RowsModel, rows_view


def _bold(font: QFont) -> QFont:
    bold = QFont(font)
    bold.setBold(True)
    return bold


class RecentModel(RowsModel):
    """The recent journals, one a row keyed by its path: a journal still there has its name in
    bold; one no longer there is muted and says why in its tooltip."""

    def __init__(self, headers: list[str], parent: QObject | None = None) -> None:
        super().__init__(headers, parent)
        self.missing: set[int] = set()
        self.missing_tip = ""

    def set_recent(self, rows: list[list[str]], paths: list[str], missing: set[int]) -> None:
        self.missing = set(missing)
        self.set_rows(rows, paths)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        missing = index.row() in self.missing
        if role == Qt.ItemDataRole.ToolTipRole and missing:
            return self.missing_tip
        if role == Qt.ItemDataRole.ForegroundRole and missing:
            return QBrush(muted_colour())
        if role == Qt.ItemDataRole.FontRole and index.column() == 0 and not missing:
            parent = self.parent()
            return _bold(parent.font() if isinstance(parent, QWidget) else QFont())
        if role == Qt.ItemDataRole.UserRole:  # the journal's path, as the table's items had it
            return self.keys[index.row()]
        return super().data(index, role)


class StartScreen(QWidget):
    new_requested = Signal()
    open_requested = Signal()
    open_path = Signal(str)

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        top = self._heading_and_actions()
        row_buttons = self._recent_list()

        column = QVBoxLayout()  # one column of readable width, at the top of the window
        column.setSpacing(12)
        column.addLayout(top)
        column.addSpacing(12)
        column.addWidget(self.recent_label)
        column.addWidget(self.recent)
        column.addLayout(row_buttons)
        column.addWidget(self.empty)
        column.addStretch(1)
        box = QWidget()
        box.setLayout(column)
        box.setMaximumWidth(1100)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addWidget(box)
        self.refresh()

    def _heading_and_actions(self) -> QHBoxLayout:
        """The application, what it is for, and its two actions on one line."""
        title = QLabel(self.tr("<h1>Learning Journal</h1>"))
        title.setAccessibleName(self.tr("Learning Journal"))
        intro = QLabel(self.tr("Keep your mentoring journal: criteria and evidence, skills checklists, "
                       "reflections, targets and verification, all on this computer."))
        intro.setWordWrap(True)
        self.new_button = QPushButton(icons.icon("new"), self.tr("&New journal…"))
        self.new_button.setAccessibleName(self.tr("New journal"))
        self.new_button.setToolTip(self.tr("Start a new journal (Ctrl+N)"))
        self.new_button.setDefault(True)
        self.open_button = QPushButton(icons.icon("open"), self.tr("&Open…"))
        self.open_button.setAccessibleName(self.tr("Open a journal file"))
        self.open_button.setToolTip(self.tr("Open a journal file (Ctrl+O)"))
        self.new_button.clicked.connect(self.new_requested)
        self.open_button.clicked.connect(self.open_requested)
        for b in (self.new_button, self.open_button):  # the screen's two actions, a size larger
            b.setIconSize(QSize(22, 22))
            b.setMinimumHeight(b.sizeHint().height() + 12)
            b.setMinimumWidth(b.sizeHint().width() + 24)
        heading = QVBoxLayout()
        heading.addWidget(title)
        heading.addWidget(intro)
        actions = QHBoxLayout()
        actions.addWidget(self.new_button)
        actions.addWidget(self.open_button)
        top = QHBoxLayout()  # the application and its two actions on one line
        top.addLayout(heading, 1)
        top.addSpacing(24)
        top.addLayout(actions)
        top.setAlignment(actions, Qt.AlignmentFlag.AlignBottom)
        return top

    def _recent_list(self) -> QHBoxLayout:
        """The recent journals (with their owner, framework and last change), the buttons under
        them (returned), and what shows when there are none."""
        headers = [self.tr("Journal"), self.tr("Owner"), self.tr("Framework"), self.tr("Last changed"), self.tr("Where")]
        self.recent = rows_view(headers, self.tr("Recent journals"), fit_height=True, model=RecentModel)
        self.model: RecentModel = self.recent.model()
        self.model.missing_tip = self.tr("This file is no longer there. Remove it from the list, or "
                                         "put the file back and open it again.")
        self.recent.setToolTip(self.tr("Press Enter to open the selected journal, Delete to remove it from the list"))
        self.recent.activated.connect(lambda idx: self._open_row(idx.row()))
        self.open_recent_button = QPushButton(self.tr("Open &selected"))
        self.open_recent_button.setAccessibleName(self.tr("Open the selected recent journal"))
        self.open_recent_button.clicked.connect(lambda: self._open_row(self.recent.currentIndex().row()))
        self.remove_button = QPushButton(self.tr("&Remove from list"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected journal from the recent list"))
        self.remove_button.setToolTip(self.tr("Removes it from this list only; the file is not deleted"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.recent.verticalHeader().setMinimumSectionSize(self.recent.fontMetrics().height() + 12)
        QShortcut(QKeySequence.StandardKey.Delete, self.recent, self.remove_selected,
                  context=Qt.ShortcutContext.WidgetShortcut)
        row_buttons = QHBoxLayout()
        row_buttons.addWidget(self.open_recent_button)
        row_buttons.addWidget(self.remove_button)
        row_buttons.addStretch(1)
        self.recent_label = QLabel(self.tr("<b>Recent journals</b>"))
        self.recent_label.setBuddy(self.recent)
        self.empty = QLabel(self.tr("<p><b>No journals yet.</b></p><p>Start your own with <b>New journal…</b>: "
                                    "choose the framework you are working towards, and the journal is saved as one "
                                    "file you can copy, back up and hand to your mentor.</p><p>Been sent a journal "
                                    "or a review copy? Use <b>Open…</b>.</p>"))
        self.empty.setWordWrap(True)
        self.empty.setAccessibleName(self.tr("No recent journals"))
        return row_buttons

    def refresh(self) -> None:
        rows, paths, missing = [], [], set()
        for i, r in enumerate(self.settings.recent):
            changed = r.last_changed
            if not r.exists:
                missing.add(i)
            rows.append([Path(r.path).stem, r.owner, r.title, format_datetime(changed) if changed else "",
                         self.tr("File not found: {path}").format(path=r.path) if not r.exists
                         else str(Path(r.path).parent)])
            paths.append(r.path)
        self.model.set_recent(rows, paths, missing)
        has = bool(self.settings.recent)
        for w in (self.recent, self.recent_label, self.open_recent_button, self.remove_button):
            w.setVisible(has)
        self.empty.setVisible(not has)
        if has:
            self.recent.selectRow(0)
            self.recent.resizeRowsToContents()
            header = self.recent.horizontalHeader()
            self.recent.setFixedHeight(header.height() + self.recent.verticalHeader().length()
                                       + 2 * self.recent.frameWidth())

    def path_at(self, row: int) -> str | None:
        """The path of the journal on ``row`` of the list (None: no such row)."""
        return self.model.keys[row] if 0 <= row < self.model.rowCount() else None

    def _open_row(self, row: int) -> None:
        path = self.path_at(row)
        if path is not None:
            self.open_path.emit(path)

    def remove_selected(self) -> None:
        path = self.path_at(self.recent.currentIndex().row())
        if path is not None:
            self.settings.remove_recent(path)
            self.settings.save()
            self.refresh()
