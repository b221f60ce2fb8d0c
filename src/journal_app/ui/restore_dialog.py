"""File → Restore from backup…: the journal's backups (date, size, and what the journal held
then); restoring one first sets the current journal aside as a backup too."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.backups import BackupInfo
from journal_app.core.i18n import format_datetime
from journal_app.ui.tables import rows_view


class RestoreDialog(QDialog):
    def __init__(self, backups: list[BackupInfo], journal_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from backup"))
        self.backups = backups
        intro = QLabel(self.tr("Backups of <b>{journal_name}</b>, newest first. Restoring one replaces the journal with it; the journal as it is now is kept as a backup first, so nothing is lost.").format(journal_name=journal_name))
        intro.setWordWrap(True)
        self.table = rows_view([self.tr("Taken"), self.tr("Why"), self.tr("Size"), self.tr("Stages"), self.tr("Criteria achieved"), self.tr("Words of reflection")],
                               self.tr("Backups"))
        self.table.model().set_rows([[format_datetime(b.created), b.why, self.tr("{size_1024_2:.1f} MB").format(size_1024_2=b.size / 1024**2),
                                      str(b.stages), str(b.criteria_achieved), str(b.reflection_words)] for b in backups])
        if backups:
            self.table.selectRow(0)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Restore this backup"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(backups))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.table.activated.connect(lambda _i: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        if not backups:
            layout.addWidget(QLabel(self.tr("No backups of this journal yet: one is taken each day it is opened.")))
        layout.addWidget(self.buttons)
        self.resize(760, 360)

    def chosen(self) -> BackupInfo | None:
        row = self.table.currentIndex().row()
        return self.backups[row] if 0 <= row < len(self.backups) else None

    @classmethod
    def choose(cls, backups: list[BackupInfo], journal_name: str, parent: QWidget | None = None) -> BackupInfo | None:
        dialog = cls(backups, journal_name, parent)
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
