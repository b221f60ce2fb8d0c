"""Preferences: the language of the window, the printed sheets and the command line."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from journal_app.core import i18n


class PreferencesDialog(QDialog):
    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.setAccessibleName(self.tr("Preferences"))
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        system = i18n.LANGUAGES[i18n.system_language()]
        self.language.addItem(self.tr("System ({language})").format(language=system), "system")
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)  # each language named in itself
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        label = QLabel(self.tr("&Language:"))
        label.setBuddy(self.language)
        note = QLabel(self.tr("The window changes at once; nothing you have typed is lost. Printed sheets and "
                              "the command line use the same language."))
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(label, self.language)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    @classmethod
    def get_language(cls, current: str, parent: QWidget | None = None) -> str | None:
        """The language setting chosen ("system", "en", "cy"), or None if cancelled."""
        dialog = cls(current, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.language.currentData()
