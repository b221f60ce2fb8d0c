"""The screen shown with no journal open: New journal, Open…, and the recent journals."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.i18n import format_datetime
from journal_app.settings import Settings
from journal_app.ui.tables import row_table


class StartScreen(QWidget):
    new_requested = Signal()
    open_requested = Signal()
    open_path = Signal(str)

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        title = QLabel(self.tr("<h1>Learning Journal</h1>"))
        title.setAccessibleName(self.tr("Learning Journal"))
        intro = QLabel(self.tr("Keep your mentoring journal: criteria and evidence, skills checklists, "
                       "reflections, targets and verification, all on this computer."))
        intro.setWordWrap(True)
        self.new_button = QPushButton(self.tr("&New journal…"))
        self.new_button.setAccessibleName(self.tr("New journal"))
        self.new_button.setToolTip(self.tr("Start a new journal (Ctrl+N)"))
        self.open_button = QPushButton(self.tr("&Open…"))
        self.open_button.setAccessibleName(self.tr("Open a journal file"))
        self.open_button.setToolTip(self.tr("Open a journal file (Ctrl+O)"))
        self.new_button.clicked.connect(self.new_requested)
        self.open_button.clicked.connect(self.open_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)

        self.recent = row_table([self.tr("Journal"), self.tr("Owner"), self.tr("Last changed"), self.tr("Where")], self.tr("Recent journals"))
        self.recent.setToolTip(self.tr("Press Enter to open the selected journal, Delete to remove it from the list"))
        self.recent.activated.connect(lambda idx: self._open_row(idx.row()))
        self.open_recent_button = QPushButton(self.tr("Open &selected"))
        self.open_recent_button.setAccessibleName(self.tr("Open the selected recent journal"))
        self.open_recent_button.clicked.connect(lambda: self._open_row(self.recent.currentRow()))
        self.remove_button = QPushButton(self.tr("&Remove from list"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected journal from the recent list"))
        self.remove_button.setToolTip(self.tr("Removes it from this list only; the file is not deleted"))
        self.remove_button.clicked.connect(self.remove_selected)
        QShortcut(QKeySequence.StandardKey.Delete, self.recent, self.remove_selected,
                  context=Qt.ShortcutContext.WidgetShortcut)
        row_buttons = QHBoxLayout()
        row_buttons.addWidget(self.open_recent_button)
        row_buttons.addWidget(self.remove_button)
        row_buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(buttons)
        layout.addSpacing(16)
        self.recent_label = QLabel(self.tr("<b>Recent journals</b>"))
        self.recent_label.setBuddy(self.recent)
        layout.addWidget(self.recent_label)
        layout.addWidget(self.recent, 1)
        layout.addLayout(row_buttons)
        self.refresh()

    def refresh(self) -> None:
        self.recent.setRowCount(0)
        for r in self.settings.recent:
            row = self.recent.rowCount()
            self.recent.insertRow(row)
            missing = not r.exists
            changed = r.last_changed
            cells = [Path(r.path).stem, r.owner,
                     format_datetime(changed) if changed else "",
                     self.tr("File not found: {path}").format(path=r.path) if missing else str(Path(r.path).parent)]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, r.path)
                if missing:
                    item.setForeground(Qt.GlobalColor.gray)
                    item.setToolTip(self.tr("This file is no longer there. Remove it from the list, or "
                                    "put the file back and open it again."))
                self.recent.setItem(row, col, item)
        has = bool(self.settings.recent)
        self.recent.setVisible(has)
        self.recent_label.setText(self.tr("<b>Recent journals</b>") if has else self.tr("No recent journals yet."))
        self.open_recent_button.setEnabled(has)
        self.remove_button.setEnabled(has)
        if has:
            self.recent.selectRow(0)

    def _open_row(self, row: int) -> None:
        if 0 <= row < self.recent.rowCount():
            self.open_path.emit(self.recent.item(row, 0).data(Qt.ItemDataRole.UserRole))

    def remove_selected(self) -> None:
        row = self.recent.currentRow()
        if 0 <= row < self.recent.rowCount():
            self.settings.remove_recent(self.recent.item(row, 0).data(Qt.ItemDataRole.UserRole))
            self.settings.save()
            self.refresh()
