"""The paper route: a verifier signed the printed sheet by hand; the teacher records that
sign-off and attaches the scan or photo of the sheet in one step."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.frameworks.models import Stage
from journal_app.ui import icons
from journal_app.ui.date_field import DateField
from journal_app.ui.session import JournalSession


class PaperSignOffDialog(QDialog):
    """Name, role, verified or not yet, date, comment and the scan: one sign-off, "signed on
    paper", sealed against the stage as it is now, with the scan kept as its record."""

    def __init__(self, session: JournalSession, stage: Stage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.stage = session, stage
        self.record_id: int | None = None
        self.setWindowTitle(self.tr("Record a sign-off signed on paper"))
        intro = QLabel(self.tr("For a verification sheet signed by hand: record what the verifier wrote and attach "
                               "a scan or photo of the signed sheet. The sign-off is sealed against {stage} as it is "
                               "now.").format(stage=stage.label))
        intro.setWordWrap(True)
        self.role = QComboBox()
        for v in stage.reflection.verifiers:
            self.role.addItem(v.title, v.id)
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Verifier's name"))
        self.verified = QRadioButton(self.tr("&Verified"))
        self.not_yet = QRadioButton(self.tr("N&ot yet verified"))
        self.verified.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.verified)
        group.addButton(self.not_yet)
        self.date = DateField(self.tr("Date signed"), optional=False)
        self.date.set_date(dt.date.today())
        self.comment = QPlainTextEdit()
        self.comment.setAccessibleName(self.tr("Verifier's comment"))
        self.comment.setPlaceholderText(self.tr("As written on the sheet (if not yet verified, the reasons)"))
        self.scan = QLineEdit()
        self.scan.setAccessibleName(self.tr("Scan or photo of the signed sheet"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.setAccessibleName(self.tr("Choose the scan or photo of the signed sheet"))
        browse.clicked.connect(self.choose_scan)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(icons.warning_css())
        self.error.setAccessibleName(self.tr("Problem"))
        form = QFormLayout()

        def row(text: str, field, buddy: QWidget) -> None:  # noqa: ANN001
            label = QLabel(text)
            label.setBuddy(buddy)
            form.addRow(label, field)

        row(self.tr("&Role:"), self.role, self.role)
        row(self.tr("&Name:"), self.name, self.name)
        outcome = QHBoxLayout()
        outcome.addWidget(self.verified)
        outcome.addWidget(self.not_yet)
        outcome.addStretch(1)
        form.addRow(self.tr("Outcome:"), outcome)
        row(self.tr("&Date signed:"), self.date, self.date)
        row(self.tr("&Comment:"), self.comment, self.comment)
        scan_row = QHBoxLayout()
        scan_row.addWidget(self.scan, 1)
        scan_row.addWidget(browse)
        row(self.tr("&Scan of the sheet:"), scan_row, self.scan)
        self.role.setAccessibleName(self.tr("Verifier's role"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.record_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.record_button.setText(self.tr("R&ecord sign-off"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def choose_scan(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("The scan or photo of the signed sheet"),
                                              str(self.session.journal.path.parent),
                                              self.tr("Scans and photos (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.heic);;All files (*)"))
        if name:
            self.scan.setText(name)

    def problem(self) -> str:
        """What is missing, in words ('' when the sign-off can be recorded)."""
        if not self.name.text().strip():
            return self.tr("Give the verifier's name.")
        if not self.date.commit() or self.date.date() is None:
            return self.tr("Give the date the sheet was signed, like 1/11/2026.")
        if self.not_yet.isChecked() and not self.comment.toPlainText().strip():
            return self.tr("Say why the stage is not yet verified, as the verifier wrote it.")
        if not self.scan.text().strip() or not Path(self.scan.text().strip()).is_file():
            return self.tr("Choose the scan or photo of the signed sheet.")
        return ""

    def accept(self) -> None:
        problem = self.problem()
        if problem:
            self.error.setText(problem)
            return
        role, name, verified = self.role.currentData(), self.name.text().strip(), self.verified.isChecked()
        when, comment, scan = self.date.date(), self.comment.toPlainText(), Path(self.scan.text().strip())
        ok, record = self.session.run(lambda j: j.record_paper_sign_off(
            self.stage.id, role, name, verified=verified, signed_on=when, comment=comment, scan=scan))
        if not ok:
            self.error.setText(self.tr("The sign-off was not recorded: see the message in the status bar."))
            return
        self.record_id = record
        super().accept()
