"""The mentor's review in the window: in a review copy, the mentor's name, comments on criteria
and stages, and the sign-off; in the teacher's journal, the imported sign-offs with their seals
and the mentor's comments. Also the dialog that chooses the stages to send to a mentor."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.frameworks.models import Framework, Stage
from journal_app.core.i18n import format_date
from journal_app.ui import icons
from journal_app.ui.accessible import StatusLabel
from journal_app.ui.autosave import Autosave
from journal_app.ui.session import JournalSession


class ReviewerBar(QWidget):
    """In a review copy: who is reviewing (used for every comment and sign-off)."""

    def __init__(self, session: JournalSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.name = QLineEdit(session.journal.review.reviewer_name if session.journal.review else "")
        self.name.setAccessibleName(self.tr("Your name as reviewer"))
        self.name.setPlaceholderText(self.tr("Your name (printed with your comments and sign-offs)"))
        self.autosave = Autosave(self._save, self)
        self.name.textEdited.connect(lambda _t: self.autosave.schedule())
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        label = QLabel(self.tr("Reviewer's &name:"))
        label.setBuddy(self.name)
        row.addWidget(label)
        row.addWidget(self.name, 1)

    def _save(self) -> bool:
        review = self.session.journal.review
        name = self.name.text()
        ok, _ = self.session.run(lambda j: j.set_reviewer(name, review.reviewer_role if review else ""))
        return ok


class StageReviewBox(QGroupBox):
    """The Verification tab's review part: sign-off (review copy) or sign-offs received."""

    signed = Signal(str)

    def __init__(self, session: JournalSession, stage: Stage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.stage = session, stage
        self.reviewing = session.review_mode
        self.setTitle(self.tr("Your review and sign-off") if self.reviewing else self.tr("Sign-offs received from verifiers"))
        layout = QVBoxLayout(self)
        self.status = StatusLabel(self.tr("Sign-off status"), polite=True)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        if self.reviewing:
            self.role = QComboBox()
            self.role.setAccessibleName(self.tr("Your role"))
            for v in stage.reflection.verifiers:
                self.role.addItem(v.title, v.id)
            review = session.journal.review
            if review and review.reviewer_role:
                self.role.setCurrentIndex(max(self.role.findData(review.reviewer_role), 0))
            self.comment = QPlainTextEdit()
            self.comment.setAccessibleName(self.tr("Your verification comment"))
            self.comment.setPlaceholderText(self.tr("Your comment on this stage (and, if not yet verified, the reasons)"))
            self.comment.setTabChangesFocus(True)
            self.verified = QRadioButton(self.tr("Verifie&d"))
            self.not_yet = QRadioButton(self.tr("N&ot yet verified"))
            self.verified.setChecked(True)
            group = QButtonGroup(self)
            group.addButton(self.verified)
            group.addButton(self.not_yet)
            self.sign_button = QPushButton(self.tr("Si&gn off this stage"))
            self.sign_button.setAccessibleName(self.tr("Sign off this stage"))
            self.sign_button.clicked.connect(self.sign)
            form = QFormLayout()
            form.addRow(self.tr("&Your role:"), self.role)
            form.addRow(self.tr("Comment:"), self.comment)
            outcome = QHBoxLayout()
            outcome.addWidget(self.verified)
            outcome.addWidget(self.not_yet)
            outcome.addStretch(1)
            form.addRow(self.tr("Outcome:"), outcome)
            layout.addLayout(form)
            layout.addWidget(self.sign_button, 0, Qt.AlignmentFlag.AlignLeft)
            self.error = QLabel()
            self.error.setStyleSheet(icons.warning_css())
            layout.addWidget(self.error)
            self.stage_comment = Autosave(self._save_comment, self)
            self.comment.textChanged.connect(self.stage_comment.schedule)
            existing = [c for c in session.journal.review_comments(stage.id, "")]
            if existing:
                self.comment.blockSignals(True)
                self.comment.setPlainText(existing[-1].text)
                self.comment.blockSignals(False)
        self.refresh()

    def reviewer(self) -> str:
        review = self.session.journal.review
        return review.reviewer_name if review else ""

    def _save_comment(self) -> bool:
        name = self.reviewer()
        if not name:
            return True  # saved once the reviewer has given a name (sign-off asks for it)
        role, text = self.role.currentData(), self.comment.toPlainText()
        ok, _ = self.session.run(lambda j: j.set_review_comment(self.stage.id, "", name, role, text))
        return ok

    def sign(self) -> bool:
        name = self.reviewer()
        if not name:
            self.error.setText(self.tr("Give your name at the top of the window first."))
            return False
        self.stage_comment.flush()
        role, comment, verified = self.role.currentData(), self.comment.toPlainText(), self.verified.isChecked()
        ok, _ = self.session.run(lambda j: j.sign_off(self.stage.id, role, name, verified=verified, comment=comment))
        if ok:
            self.error.clear()
            self.refresh()
            self.signed.emit(self.stage.id)
        return ok

    def refresh(self) -> None:
        seals = self.session.journal.seals(self.stage.id)
        if not seals:
            self.status.setText(self.tr("Not signed off yet.") if self.reviewing else
                                self.tr("No sign-off received yet: send the journal to your mentor (File → Send to mentor…)."))
            return
        lines = []
        for seal in seals:
            role = self.stage.verifier(seal.role_id)
            text = html.escape(f"{role.title if role else seal.role_id}: {seal.describe()}")
            if seal.broken:
                text = f"<span style='color:{icons.warning_colour().name()}'>⚠ {text}</span>"
            if seal.comment:
                text += f"<br/><i>{html.escape(seal.comment)}</i>"
            text += self._provenance(seal)
            lines.append(text)
        self.status.setText("<br/>".join(lines))


    def _provenance(self, seal) -> str:  # noqa: ANN001 (SealView)
        """The digital signature checked on import, and the file kept as the sign-off's record."""
        from journal_app.core.errors import InvalidOperation
        from journal_app.core.signoffs import SignatureInfo

        out = ""
        info = SignatureInfo.from_json(seal.signature)
        if info is not None:
            out += "<br/>" + html.escape(info.describe())
        if seal.record_id is not None:
            try:
                name = self.session.journal.evidence(seal.record_id).name
            except InvalidOperation:
                return out
            out += "<br/>" + html.escape(self.tr("Kept as its record: {name} (on the Evidence page)").format(name=name))
        return out


class CriterionComments(QWidget):
    """Under a criterion: the mentor's comment (editable in a review copy, shown in the
    teacher's journal once imported)."""

    def __init__(self, session: JournalSession, stage: Stage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.stage = session, stage
        self.criterion_id: str | None = None
        self.label = QLabel(self.tr("Mentor's comment:"))
        self.editor = QPlainTextEdit()
        self.editor.setAccessibleName(self.tr("Mentor's comment on this criterion"))
        self.editor.setMaximumHeight(90)
        self.editor.setTabChangesFocus(True)
        self.editor.setReadOnly(not session.review_mode)
        self.label.setBuddy(self.editor)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.editor)
        self.autosave = Autosave(self._save, self)
        self._loading = False
        self.editor.textChanged.connect(lambda: None if self._loading else self.autosave.schedule())

    def show_criterion(self, criterion_id: str | None) -> None:
        self.autosave.flush()
        self.criterion_id = criterion_id
        comments = self.session.journal.review_comments(self.stage.id, criterion_id) if criterion_id else []
        self._loading = True
        if self.session.review_mode:
            self.editor.setPlainText(comments[-1].text if comments else "")
            self.setVisible(criterion_id is not None)
        else:
            self.editor.setPlainText("\n\n".join(f"{c.author} ({format_date(c.written_at)}): {c.text}" for c in comments))
            self.setVisible(bool(comments))
        self._loading = False

    def refresh(self) -> None:
        """The comments as they now are, unless one is being typed."""
        if not self.autosave.pending:
            self.show_criterion(self.criterion_id)

    def _save(self) -> bool:
        review = self.session.journal.review
        if self.criterion_id is None or review is None or not review.reviewer_name:
            return True
        cid, text = self.criterion_id, self.editor.toPlainText()
        ok, _ = self.session.run(lambda j: j.set_review_comment(self.stage.id, cid, review.reviewer_name,
                                                                j.comment_role(self.stage.id), text))
        return ok


class SendToMentorDialog(QDialog):
    """The stages to send, and how: a review form (PDF) for a mentor with only a PDF reader, or a
    review copy (.ljournal) for a mentor who has Learning Journal."""

    def __init__(self, framework: Framework, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Send to mentor"))
        intro = QLabel(self.tr("Your journal is saved as one file for you to send to your professional mentor or "
                               "university tutor. Entries you marked private are left out of it."))
        intro.setWordWrap(True)
        self.form = QRadioButton(self.tr("&Review form (PDF): for a mentor with only a PDF reader, who fills it in, "
                                         "signs it and sends it back"))
        self.copy = QRadioButton(self.tr("Review &copy (.ljournal): for a mentor who has Learning Journal"))
        self.form.setChecked(True)
        ways = QButtonGroup(self)
        ways.addButton(self.form)
        ways.addButton(self.copy)
        how = QGroupBox(self.tr("How your mentor will review it"))
        how_layout = QVBoxLayout(how)
        how_layout.addWidget(self.form)
        how_layout.addWidget(self.copy)
        self.stages = QListWidget()
        self.stages.setAccessibleName(self.tr("Stages to send"))
        for stage in framework.stages:
            item = QListWidgetItem(stage.title)
            item.setData(Qt.ItemDataRole.UserRole, stage.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.stages.addItem(item)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.form.toggled.connect(self._name_save)
        self._name_save()
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(how)
        stages_label = QLabel(self.tr("S&tages to include:"))
        stages_label.setBuddy(self.stages)
        layout.addWidget(stages_label)
        layout.addWidget(self.stages)
        layout.addWidget(buttons)

    def _name_save(self) -> None:
        self.save_button.setText(self.tr("&Save review form…") if self.form.isChecked() else self.tr("&Save review copy…"))

    def kind(self) -> str:
        """"form" or "copy"."""
        return "form" if self.form.isChecked() else "copy"

    def chosen(self) -> list[str]:
        return [self.stages.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.stages.count())
                if self.stages.item(i).checkState() == Qt.CheckState.Checked]

    @classmethod
    def get_choice(cls, framework: Framework, parent: QWidget | None = None) -> tuple[list[str], str] | None:
        """(stages, "form" or "copy"), or None if cancelled or no stage chosen."""
        dialog = cls(framework, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.chosen():
            return None
        return dialog.chosen(), dialog.kind()
