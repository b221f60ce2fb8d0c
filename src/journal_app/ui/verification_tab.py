"""The Verification tab: for each verifier role of the stage, the verifier's name, comment,
date and state (not yet requested, awaiting, verified)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.events import REVIEW, VERIFICATION, ChangeEvent
from journal_app.core.frameworks.models import Stage
from journal_app.core.i18n import Labels  # the same catalogue as the window's
from journal_app.core.views import VerificationView
from journal_app.ui.accessible import add_row
from journal_app.ui.autosave import Autosave
from journal_app.ui.date_field import DateField
from journal_app.ui.forms import MultiLineText
from journal_app.ui.pages import put_text
from journal_app.ui.review_panel import StageReviewBox
from journal_app.ui.session import JournalSession

STATE_LABELS = Labels("verification_tab", {"not_requested": QT_TRANSLATE_NOOP("verification_tab", "Not yet requested"), "awaiting": QT_TRANSLATE_NOOP("verification_tab", "Awaiting"), "verified": QT_TRANSLATE_NOOP("verification_tab", "Verified")})


class VerifierBox(QGroupBox):
    def __init__(self, session: JournalSession, stage: Stage, view: VerificationView, parent: QWidget | None = None) -> None:
        super().__init__(view.role_title, parent)
        self.session, self.stage, self.role_id = session, stage, view.role_id
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("{role_title}: name").format(role_title=view.role_title))
        self.state = QComboBox()
        self.state.setAccessibleName(self.tr("{role_title}: state").format(role_title=view.role_title))
        for value, label in STATE_LABELS.items():
            self.state.addItem(label, value)
        self.date = DateField(self.tr("{role_title}: date").format(role_title=view.role_title))
        self.comment = MultiLineText(self.tr("{role_title}: comment").format(role_title=view.role_title),
                                     self.tr("The verifier's comment"))
        form = QFormLayout(self)
        for text, field in ((self.tr("Name:"), self.name), (self.tr("State:"), self.state),
                            (self.tr("Date:"), self.date), (self.tr("Comment:"), self.comment)):
            add_row(form, text, field)
        for w in (self.name, self.state, self.date, self.comment):
            w.setEnabled(not session.readonly)
        self._loading = False
        self.autosave = Autosave(self._save_text, self)
        self.name.textEdited.connect(lambda _t: self.autosave.schedule())
        self.comment.textChanged.connect(lambda: None if self._loading else self.autosave.schedule())
        self.state.activated.connect(self._state_chosen)
        self.date.date_changed.connect(self._date_changed)
        self.show_view(view)

    def show_view(self, v: VerificationView) -> None:
        """The verification as saved; a name or comment being typed is kept."""
        self._loading = True
        if not self.autosave.pending:
            put_text(self.name, v.name)
            put_text(self.comment, v.comment)
        self.state.setCurrentIndex(self.state.findData(v.state))
        self.date.set_date(v.verified_on)
        self._loading = False

    def _save_text(self) -> bool:
        name, comment = self.name.text(), self.comment.toPlainText()
        ok, _ = self.session.run(lambda j: j.set_verification(self.stage.id, self.role_id, name=name, comment=comment))
        return ok

    def _state_chosen(self) -> None:
        self.autosave.flush()
        state = self.state.currentData()
        self.session.run(lambda j: j.set_verification(self.stage.id, self.role_id, state=state))

    def _date_changed(self, when: dt.date | None) -> None:
        if self._loading:
            return
        self.session.run(lambda j: j.set_verification(self.stage.id, self.role_id, verified_on=when,
                                                      clear_date=when is None))


class VerificationTab(QWidget):
    """A page (see ``journal_app.ui.pages``): the stage's verification and sign-offs."""

    print_requested = Signal(str)  # stage id
    shows = frozenset({VERIFICATION, REVIEW})

    def __init__(self, session: JournalSession, stage: Stage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.stage, self.stage_id = session, stage, stage.id
        note = QLabel(f"<b>{stage.reflection.sections.verification}</b> — <i>{stage.reflection.verification_note}</i>")
        note.setWordWrap(True)
        self.boxes = {v.role_id: VerifierBox(session, stage, v) for v in session.journal.verifications(stage.id)}
        row = QHBoxLayout()
        for b in self.boxes.values():
            row.addWidget(b)
            if session.review_mode:
                b.hide()  # the mentor signs off below instead (never show(): b has no parent yet)
        self.review_box = StageReviewBox(session, stage)
        self.print_button = QPushButton(self.tr("&Print verification sheet…"))
        self.print_button.setAccessibleName(self.tr("Print the stage's reflection and verification sheet"))
        self.print_button.clicked.connect(lambda: self.print_requested.emit(stage.id))
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(row, 1)
        layout.addWidget(self.review_box)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        self.paper_button: QPushButton | None = None
        self.paper_dialog = None
        if not session.review_mode:
            self.paper_button = QPushButton(self.tr("Record a sign-off signed on p&aper…"))
            self.paper_button.setAccessibleName(self.tr("Record a sign-off from a signed paper sheet, with its scan"))
            self.paper_button.setEnabled(not session.readonly)
            self.paper_button.clicked.connect(self.record_paper_sign_off)
            buttons.addWidget(self.paper_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def record_paper_sign_off(self):  # noqa: ANN201 (the dialog, open until the teacher answers)
        """The paper route: the dialog that records a hand-signed sheet with its scan."""
        from journal_app.ui.paper_signoff import PaperSignOffDialog

        for b in self.boxes.values():
            b.autosave.flush()
        self.paper_dialog = PaperSignOffDialog(self.session, self.stage, self)
        self.paper_dialog.open()
        return self.paper_dialog

    def refresh(self, event: ChangeEvent | None = None) -> None:
        for v in self.session.journal.verifications(self.stage.id):
            self.boxes[v.role_id].show_view(v)
        self.review_box.refresh()

    def flush(self) -> bool:
        ok = all(b.autosave.flush() for b in self.boxes.values())
        if self.review_box.reviewing:
            ok = self.review_box.stage_comment.flush() and ok
        return ok
