"""New journal: owner, school, role, framework (with a line about each) and where to save."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal_app.core import i18n
from journal_app.core.frameworks.localize import in_language, language_note
from journal_app.core.frameworks.models import Framework
from journal_app.ui import icons
from journal_app.ui.accessible import add_row
from journal_app.ui.i18n import translated

ROLES = (  # marked here, translated where shown
    QT_TRANSLATE_NOOP("new_journal_dialog", "School-based tutor"), QT_TRANSLATE_NOOP("new_journal_dialog", "Professional mentor"), QT_TRANSLATE_NOOP("new_journal_dialog", "ITT coordinator"), QT_TRANSLATE_NOOP("new_journal_dialog", "Newly qualified teacher"), QT_TRANSLATE_NOOP("new_journal_dialog", "Other"))


@dataclass(frozen=True)
class NewJournalDetails:
    owner: str
    school: str
    role: str
    framework_id: str
    path: Path


def safe_file_name(owner: str) -> str:
    stem = re.sub(r"[^\w\- ]+", "", owner).strip()
    if not stem:
        return QCoreApplication.translate("new_journal_dialog", "My learning journal.ljournal")
    return QCoreApplication.translate("new_journal_dialog", "{owner} learning journal.ljournal").format(owner=stem)


class NewJournalDialog(QDialog):
    def __init__(self, frameworks: list[Framework], folder: Path, parent: QWidget | None = None,
                 left_out: list[str] = ()) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New journal"))
        self.folder = folder
        self._path_edited = False
        form = QFormLayout()
        self.owner = QLineEdit()
        self.owner.setAccessibleName(self.tr("Your name"))
        self.owner.setPlaceholderText(self.tr("e.g. Ann Jones"))
        self.school = QLineEdit()
        self.school.setAccessibleName(self.tr("School"))
        self.role = QComboBox()
        self.role.setEditable(True)
        self.role.addItems(translated("new_journal_dialog", ROLES))
        self.role.setAccessibleName(self.tr("Role"))
        self.framework = QComboBox()
        self.framework.setAccessibleName(self.tr("Framework"))
        lang = i18n.language()
        self._notes = {fw.id: language_note(fw, lang) for fw in frameworks}
        frameworks = [in_language(fw, lang) for fw in frameworks]
        for fw in frameworks:
            self.framework.addItem(fw.title, fw.id)
            self.framework.setItemData(self.framework.count() - 1, fw.description, 3)  # ToolTipRole
        self._frameworks = {fw.id: fw for fw in frameworks}
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.description.setAccessibleName(self.tr("Framework description"))
        self.path = QLineEdit()
        self.path.setAccessibleName(self.tr("Save the journal as"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.setAccessibleName(self.tr("Choose where to save the journal"))
        browse.clicked.connect(self._browse)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(browse)
        form.addRow(self.tr("Your &name:"), self.owner)
        form.addRow(self.tr("&School:"), self.school)
        form.addRow(self.tr("&Role:"), self.role)
        form.addRow(self.tr("&Framework:"), self.framework)
        form.addRow("", self.description)
        self.left_out = QLabel()  # the user's framework files that could not be read, and why
        self.left_out.setWordWrap(True)
        self.left_out.setAccessibleName(self.tr("Framework files left out"))
        self.left_out.setText(self.tr("Left out, because they could not be read:") + "\n" + "\n".join(left_out))
        self.left_out.setVisible(bool(left_out))
        form.addRow("", self.left_out)
        add_row(form, self.tr("Save &as:"), where, self.path)
        self.error = QLabel()
        self.error.setStyleSheet(icons.warning_css())
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Create journal"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.owner.textChanged.connect(self._suggest_path)
        self.path.textEdited.connect(lambda _t: setattr(self, "_path_edited", True))
        self.framework.currentIndexChanged.connect(self._show_description)
        self._show_description()
        self._suggest_path()
        self.resize(560, self.sizeHint().height())

    def _show_description(self) -> None:
        fw = self._frameworks.get(self.framework.currentData())
        note = self._notes.get(self.framework.currentData(), "")
        self.description.setText((fw.description if fw else "") + (f"\n{note}" if note else ""))

    def _suggest_path(self) -> None:
        if not self._path_edited:
            self.path.setText(str(self.folder / safe_file_name(self.owner.text())))

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the journal as"), self.path.text(),
                                              self.tr("Learning journals (*.ljournal)"))
        if name:
            if not name.endswith(".ljournal"):
                name += ".ljournal"
            self.path.setText(name)
            self._path_edited = True

    def details(self) -> NewJournalDetails | None:
        owner = self.owner.text().strip()
        path_text = self.path.text().strip()
        if not owner:
            self.error.setText(self.tr("Please give your name: it is printed on every sheet."))
            return None
        if not path_text:
            self.error.setText(self.tr("Please choose where to save the journal."))
            return None
        path = Path(path_text).expanduser()
        if path.suffix != ".ljournal":
            path = path.with_name(path.name + ".ljournal")
        if path.exists():
            self.error.setText(self.tr("{name} already exists in that folder. Choose another name.").format(name=path.name))
            return None
        return NewJournalDetails(owner, self.school.text().strip(), self.role.currentText().strip(),
                                 self.framework.currentData(), path)

    def _accept(self) -> None:
        if self.details() is not None:
            self.accept()

    @classmethod
    def get_details(cls, frameworks: list[Framework], folder: Path, parent: QWidget | None = None,
                    left_out: list[str] = ()) -> NewJournalDetails | None:
        dialog = cls(frameworks, folder, parent, left_out)
        return dialog.details() if dialog.exec() == QDialog.DialogCode.Accepted else None
