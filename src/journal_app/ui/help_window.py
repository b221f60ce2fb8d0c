"""Help → User guide: the guide (docs/user-guide.md) rendered, with a find box; and the short
welcome shown on first start."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from journal_app.core import i18n
from journal_app.resources import guide_path
from journal_app.ui.text_find import find_next


def guide_text() -> str:
    try:
        return guide_path(i18n.language()).read_text(encoding="utf-8")
    except OSError:
        return "# User guide\n\nThe user guide could not be found in this installation."


class HelpWindow(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Learning Journal – User guide"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(self.tr("User guide"))
        self.browser.setOpenExternalLinks(False)
        self.browser.setMarkdown(guide_text())
        self.find = QLineEdit()
        self.find.setPlaceholderText(self.tr("Find in the guide (Enter for the next match)"))
        self.find.setAccessibleName(self.tr("Find in the user guide"))
        self.find.setClearButtonEnabled(True)
        self.find.returnPressed.connect(self.find_next)
        self.status = QLabel()
        next_button = QPushButton(self.tr("Find &next"))
        next_button.setAccessibleName(self.tr("Find the next match"))
        next_button.clicked.connect(self.find_next)
        QShortcut(QKeySequence.StandardKey.Find, self, self.find.setFocus)
        row = QHBoxLayout()
        row.addWidget(self.find, 1)
        row.addWidget(next_button)
        row.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(860, 680)

    def find_next(self) -> bool:
        found = find_next(self.browser, self.find.text())
        self.status.setText("" if found or not self.find.text() else self.tr("Not found"))
        return found


class WelcomeDialog(QDialog):
    """Shown once, on the first start."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to Learning Journal"))
        text = QLabel(
            self.tr("<h2>Welcome</h2><p>Learning Journal keeps your mentoring journal on this computer: criteria and "
            "evidence, skills checklists, reflections, targets and verification, saved as you type.</p>"
            "<p>Start with <b>New journal…</b>. The <b>user guide</b> (Help → User guide, or F1) walks you "
            "through the year: the stages, evidence, printing sheets for signatures, sending the journal to "
            "your mentor and backups.</p>"))
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.RichText)
        self.open_guide = QCheckBox(self.tr("&Open the user guide now"))
        self.open_guide.setAccessibleName(self.tr("Open the user guide now"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.open_guide)
        layout.addWidget(buttons)
        self.resize(520, 260)
