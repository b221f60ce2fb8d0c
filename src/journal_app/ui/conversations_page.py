"""Learning conversations: the log (date, with whom, kind, focus), the selected conversation's
notes and agreed actions (an action becomes a target in one step), and the learning agreement
with that person, shown beside it."""

from __future__ import annotations

import datetime as dt
from textwrap import shorten

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.conversations import KINDS, agreed_actions
from journal_app.core.events import CONVERSATIONS, TARGETS, ChangeEvent
from journal_app.ui import messages
from journal_app.ui.accessible import add_row, labelled
from journal_app.ui.autosave import Autosave
from journal_app.ui.date_field import DateField
from journal_app.ui.empty_state import EmptyState
from journal_app.ui.forms import MultiLineText
from journal_app.ui.models import fmt_date, links_label
from journal_app.ui.pages import put_text
from journal_app.ui.session import JournalSession
from journal_app.ui.tables import rows_view


class ConversationsPage(QWidget):
    """A page (see ``journal_app.ui.pages``): the learning conversations and agreements."""

    shows = frozenset({CONVERSATIONS, TARGETS})  # targets: which agreed actions already are one
    stage_id = None

    def __init__(self, session: JournalSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.current: int | None = None
        self._loading = False
        left_w = self._build_log()
        form = self._build_form()
        self._build_agreement()
        self.editor = QWidget()
        right = QVBoxLayout(self.editor)
        right.addLayout(form)  # the fields as tall as their text (they grow with it), not the pane:
        right.addWidget(self.agreement)  # so the links and the learning agreement are in view
        right.addStretch(1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("conversations-splitter")
        splitter.addWidget(left_w)
        editor_scroll = QScrollArea()
        editor_scroll.setWidgetResizable(True)
        editor_scroll.setFrameShape(QFrame.Shape.NoFrame)
        editor_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields, not the frame
        editor_scroll.setWidget(self.editor)
        splitter.addWidget(editor_scroll)
        self.editor_scroll = editor_scroll  # hidden with the editor: no empty frame and scroll bars
        splitter.setSizes([420, 700])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self._connect()
        self.refresh()

    def _build_log(self) -> QWidget:
        """The log of conversations, its empty state and its buttons."""
        # The log fits its pane (a long focus scrolled it sideways at 125%): who and the kind as
        # wide as their entries up to a third of the room each, the focus the rest; text wraps and
        # each row is as tall as its wrapped text.
        self.table = rows_view([self.tr("Date"), self.tr("With"), self.tr("Kind"), self.tr("Focus")],
                               self.tr("Learning conversations"), stretch=(3,))
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)  # Focus stretches already
        for col in (1, 2):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.viewport().installEventFilter(self)
        self.table.model().modelReset.connect(self._share_columns)
        self.table.model().dataChanged.connect(self._share_columns)
        self.new_button = QPushButton(self.tr("Log a &conversation"))
        self.new_button.setAccessibleName(self.tr("Log a new learning conversation"))
        self.delete_button = QPushButton(self.tr("De&lete"))
        self.delete_button.setAccessibleName(self.tr("Delete the selected conversation"))
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("<h2>Learning conversations</h2>")))
        self.empty = EmptyState(self.table, self.tr(
            "<h3>No conversations logged yet</h3><p>Log each learning conversation with your trainee, mentor "
            "or colleagues: when, with whom, its focus, your notes and the actions you agreed. An agreed "
            "action can become a target, and a conversation can be evidence for a criterion.</p>"),
            self.tr("Log the first conversation"), lambda: self.new_conversation())
        left.addWidget(self.empty, 1)
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addWidget(self.delete_button)
        row.addStretch(1)
        left.addLayout(row)
        left_w = QWidget()
        left_w.setLayout(left)

        return left_w

    def _build_form(self) -> QFormLayout:
        """The selected conversation's fields, its agreed actions → targets and its links."""
        self.held_on = DateField(self.tr("Date of the conversation"), optional=False)
        self.with_whom = QLineEdit()
        self.with_whom.setAccessibleName(self.tr("With whom"))
        self.their_role = QLineEdit()
        self.their_role.setAccessibleName(self.tr("Their role"))
        self.their_role.setPlaceholderText(self.tr("e.g. Professional mentor, co-coach"))
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind of conversation"))
        for value, label in KINDS.items():
            self.kind.addItem(label, value)
        self.focus = QLineEdit()
        self.focus.setAccessibleName(self.tr("Focus"))
        self.notes = MultiLineText(self.tr("Notes of the conversation"), self.tr("What you talked about, what you noticed"), lines=4)
        self.actions = MultiLineText(self.tr("Agreed actions"), self.tr("One agreed action per line"))
        self.private = QCheckBox(self.tr("&Private"))
        self.private.setAccessibleName(self.tr("Conversation is private"))
        self.action_choice = QComboBox()
        self.action_choice.setAccessibleName(self.tr("Agreed action to make a target of"))
        self.stage_choice = QComboBox()
        self.stage_choice.setAccessibleName(self.tr("Stage for the target"))
        for stage in self.session.journal.framework.stages:
            self.stage_choice.addItem(stage.label, stage.id)
        self.stage_choice.addItem(self.tr("Whole journal"), None)
        self.target_button = QPushButton(self.tr("Make it a &target"))
        self.target_button.setAccessibleName(self.tr("Make the chosen agreed action a target"))
        self.already = QLabel()  # where the chosen action is already an open target, and when due
        self.already.setWordWrap(True)
        self.already.setObjectName("already-a-target")
        form = QFormLayout()
        add_row(form, self.tr("&Date:"), self.held_on)
        add_row(form, self.tr("&With:"), self.with_whom)
        add_row(form, self.tr("Their &role:"), self.their_role)
        add_row(form, self.tr("&Kind:"), self.kind)
        add_row(form, self.tr("Focu&s:"), self.focus)
        add_row(form, self.tr("&Notes:"), self.notes)
        add_row(form, self.tr("&Agreed actions:"), self.actions)
        to_target = QHBoxLayout()
        to_target.addWidget(self.action_choice, 2)
        to_target.addWidget(labelled(self.tr("Stage:"), self.stage_choice))  # a combo box is heard by its label
        to_target.addWidget(self.stage_choice, 1)
        to_target.addWidget(self.target_button)
        add_row(form, self.tr("Action → target:"), to_target, self.action_choice)
        form.addRow("", self.already)
        self._add_link_rows(form)
        return form

    def _add_link_rows(self, form: QFormLayout) -> None:
        """The criterion the conversation is evidence for, its CUREE tags, and Private."""
        self.criterion_choice = QComboBox()
        self.criterion_choice.setAccessibleName(self.tr("Criterion this conversation is evidence for"))
        for combo in (self.action_choice, self.stage_choice, self.criterion_choice):  # elide, not widen the form
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)
        for stage in self.session.journal.framework.stages:
            for n, c in enumerate(stage.criteria, 1):
                self.criterion_choice.addItem(f"{stage.label} {n}: {shorten(c.text, 70, placeholder=' …')}", f"{stage.id}/{c.id}")
            if not stage.criteria:
                self.criterion_choice.addItem(stage.label, f"{stage.id}/")
        self.evidence_button = QPushButton(self.tr("Evidence for &it"))
        self.evidence_button.setAccessibleName(self.tr("Link this conversation as evidence for the chosen criterion"))
        self.evidence_button.clicked.connect(lambda: self.link_criterion())
        self.linked = QLabel()
        self.linked.setWordWrap(True)
        evidence_row = QHBoxLayout()
        evidence_row.addWidget(self.criterion_choice, 1)
        evidence_row.addWidget(self.evidence_button)
        add_row(form, self.tr("Evidence for:"), evidence_row, self.criterion_choice)
        form.addRow("", self.linked)
        self.tags_button = QPushButton(self.tr("C&UREE principles and skills…"))
        self.tags_button.setAccessibleName(self.tr("Tag this conversation with CUREE principles and skills"))
        self.tags_button.clicked.connect(lambda: self.edit_tags())
        private_row = QHBoxLayout()
        private_row.addWidget(self.private)
        private_row.addStretch(1)
        private_row.addWidget(self.tags_button)
        form.addRow("", private_row)

    def _build_agreement(self) -> QGroupBox:
        """The learning agreement with the person of the selected conversation."""
        self.agreement = QGroupBox(self.tr("Learning agreement"))
        self.ground_rules = MultiLineText(self.tr("Ground rules of the learning agreement"), self.tr("When, how often, how you work"))
        self.confidentiality = MultiLineText(self.tr("Confidentiality of the learning agreement"), self.tr("What stays between you"))
        self.boundaries = MultiLineText(self.tr("Boundaries of the learning agreement"), self.tr("What the relationship is not for"))
        agreement_form = QFormLayout(self.agreement)
        add_row(agreement_form, self.tr("Ground rules:"), self.ground_rules)
        add_row(agreement_form, self.tr("Confidentiality:"), self.confidentiality)
        add_row(agreement_form, self.tr("Boundaries:"), self.boundaries)
        self.agreement_private = QCheckBox(self.tr("Private a&greement"))
        self.agreement_private.setAccessibleName(self.tr("Learning agreement is private"))
        self.agreement_private.toggled.connect(lambda _c: None if self._loading else self.agreement_save.schedule())
        agreement_form.addRow("", self.agreement_private)
        return self.agreement

    def _connect(self) -> None:
        self.autosave = Autosave(self._save, self)
        self.agreement_save = Autosave(self._save_agreement, self)
        for w in (self.with_whom, self.their_role, self.focus):
            w.textEdited.connect(lambda _t: self.autosave.schedule())
        for w in (self.notes, self.actions):
            w.textChanged.connect(self._edited)
        for w in (self.ground_rules, self.confidentiality, self.boundaries):
            w.textChanged.connect(lambda: None if self._loading else self.agreement_save.schedule())
        self.held_on.date_changed.connect(lambda _d: self._edited())
        self.kind.activated.connect(lambda _i: self._edited())
        self.private.toggled.connect(lambda _c: self._edited())
        self.actions.textChanged.connect(self._fill_actions)
        self.new_button.clicked.connect(lambda: self.new_conversation())
        self.delete_button.clicked.connect(self.delete_selected)
        self.target_button.clicked.connect(self.make_target)
        self.action_choice.currentIndexChanged.connect(lambda _i: self._show_target_state())
        self.stage_choice.currentIndexChanged.connect(lambda _i: self._show_target_state())
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._select_row(cur.row()))
        for w in (self.new_button, self.delete_button, self.target_button, self.editor):
            w.setEnabled(not self.session.readonly)
        self.empty.set_enabled_action(not self.session.readonly)

    # ------------------------------------------------------------------ list
    def refresh(self, event: ChangeEvent | None = None) -> None:
        """The log and the selected conversation as saved (what is being typed is kept)."""
        if event is not None and event.topic == TARGETS:
            self._show_target_state()
            return
        if self.autosave.pending or self.agreement_save.pending:
            return
        keep = self.current
        self.rows = self.session.journal.conversations()
        self.table.model().set_rows([self._cells(c) for c in self.rows], [c.id for c in self.rows])
        ids = [c.id for c in self.rows]
        self._select_row(ids.index(keep) if keep in ids else (0 if ids else -1))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._share_columns()
        return super().eventFilter(watched, event)

    def _share_columns(self, *_args: object) -> None:
        """Who and the kind: as wide as their longest entry, at most a third of the room each."""
        t, header = self.table, self.table.horizontalHeader()
        third = max(0, t.viewport().width() - header.sectionSize(0)) // 3
        for col in (1, 2):
            want = max(t.sizeHintForColumn(col), header.sectionSizeHint(col))
            header.resizeSection(col, max(header.sectionSizeHint(col), min(want, third)))

    def _cells(self, c) -> list[str]:  # noqa: ANN001 (a ConversationView)
        return [fmt_date(c.held_on), c.with_whom, KINDS[c.kind], c.focus + (self.tr("  (private)") if c.private else "")]

    def _select_row(self, row: int) -> None:
        self.autosave.flush()
        self.agreement_save.flush()
        self.editor.setVisible(0 <= row < len(self.rows))
        self.editor_scroll.setVisible(0 <= row < len(self.rows))
        # Delete acts on the selected conversation: enabled only when there is one.
        self.delete_button.setEnabled(0 <= row < len(self.rows) and not self.session.readonly)
        if not 0 <= row < len(self.rows):
            self.current = None
            return
        if self.table.currentIndex().row() != row:
            selection = self.table.selectionModel()
            selection.blockSignals(True)
            self.table.selectRow(row)
            selection.blockSignals(False)
        c = self.rows[row]
        self.current = c.id
        self._loading = True
        self.held_on.set_date(c.held_on)
        for editor, text in ((self.with_whom, c.with_whom), (self.their_role, c.their_role), (self.focus, c.focus),
                             (self.notes, c.notes), (self.actions, c.agreed_actions)):
            put_text(editor, text)
        self.kind.setCurrentIndex(self.kind.findData(c.kind))
        self.private.setChecked(c.private)
        self._show_links(c.links)
        self._show_agreement(c.with_whom)
        self._loading = False
        self._fill_actions()

    def _show_agreement(self, person: str) -> None:
        a = self.session.journal.agreement(person) if person.strip() else None
        self.agreement.setTitle(self.tr("Learning agreement with {person}").format(person=person) if person.strip() else self.tr("Learning agreement"))
        self.agreement_private.setChecked(bool(a and a.private))
        put_text(self.ground_rules, a.ground_rules if a else "")
        put_text(self.confidentiality, a.confidentiality if a else "")
        put_text(self.boundaries, a.boundaries if a else "")

    def _show_links(self, links: tuple[tuple[str, str], ...]) -> None:
        self.linked.setText(self.tr("Evidence for: ") + links_label(self.session.journal.framework, links) if links else "")

    def link_criterion(self) -> bool:
        if self.current is None or self.criterion_choice.currentData() is None:
            return False
        cid = self.current
        stage_id, criterion_id = self.criterion_choice.currentData().split("/", 1)
        ok, _ = self.session.run(lambda j: j.link_conversation(cid, stage_id, criterion_id))
        return ok

    def _fill_actions(self) -> None:
        actions = agreed_actions(self.actions.toPlainText())  # the core's rule: action_to_target counts them so
        chosen = self.action_choice.currentText()
        self.action_choice.blockSignals(True)
        self.action_choice.clear()
        self.action_choice.addItems(actions)
        if chosen in actions:  # typing elsewhere in the list keeps the action chosen
            self.action_choice.setCurrentIndex(actions.index(chosen))
        self.action_choice.blockSignals(False)
        self._show_target_state()

    def _show_target_state(self) -> None:
        """Whether the chosen action is already an open target (the core's rule: same text), for
        the chosen stage (then it cannot be made one again) or for others (said, still allowed)."""
        text, stage = self.action_choice.currentText(), self.stage_choice.currentData()
        already = self.session.journal.open_targets_of(text) if text.strip() else []
        done = any(t.stage_id == stage for t in already)
        if done:
            self.target_button.setText(self.tr("Made a target ✓"))
            self.target_button.setAccessibleName(self.tr("The chosen agreed action is already a target for this stage"))
        else:
            self.target_button.setText(self.tr("Make it a &target"))
            self.target_button.setAccessibleName(self.tr("Make the chosen agreed action a target"))
        self.target_button.setEnabled(bool(text.strip()) and not done and not self.session.readonly)
        self.already.setText("; ".join(self._already_text(t) for t in already))
        self.already.setVisible(bool(already))

    def _already_text(self, t) -> str:  # noqa: ANN001 (a TargetView)
        i = self.stage_choice.findData(t.stage_id)
        where = self.stage_choice.itemText(i) if i >= 0 else self.tr("Whole journal")
        if t.due_date is None:
            return self.tr("Already a target for {stage} (no due date)").format(stage=where)
        return self.tr("Already a target for {stage}, due {due}").format(stage=where, due=fmt_date(t.due_date))

    # ------------------------------------------------------------------ editing
    def new_conversation(self, with_whom: str = "") -> int | None:
        ok, cid = self.session.run(lambda j: j.add_conversation(dt.date.today(), with_whom or self.tr("Someone"), "mentoring"))
        if not ok:
            return None
        self.select_conversation(cid)
        self.with_whom.setFocus()
        self.with_whom.selectAll()
        return cid

    def _edited(self) -> None:
        if not self._loading:
            self.autosave.schedule()

    def _save(self) -> bool:
        if self.current is None:
            return True
        fields = dict(held_on=self.held_on.date() or dt.date.today(), with_whom=self.with_whom.text().strip() or self.tr("Someone"),
                      their_role=self.their_role.text(), kind=self.kind.currentData(), focus=self.focus.text(),
                      notes=self.notes.toPlainText(), agreed_actions=self.actions.toPlainText(),
                      private=self.private.isChecked())
        cid = self.current
        ok, _ = self.session.run(lambda j: j.update_conversation(cid, **fields))
        if ok:
            row = next(i for i, c in enumerate(self.rows) if c.id == cid)
            self.rows[row] = self.session.journal.conversation(cid)
            self.table.model().set_row(row, self._cells(self.rows[row]))
            if self.agreement.title() != self.tr("Learning agreement with {person}").format(person=fields["with_whom"]):
                self._loading = True
                self._show_agreement(fields["with_whom"])
                self._loading = False
        return ok

    def _save_agreement(self) -> bool:
        person = self.with_whom.text().strip()
        if not person:
            return True
        rules, conf, bounds = (self.ground_rules.toPlainText(), self.confidentiality.toPlainText(),
                               self.boundaries.toPlainText())
        private = self.agreement_private.isChecked()
        ok, _ = self.session.run(lambda j: j.set_agreement(person, ground_rules=rules, confidentiality=conf,
                                                           boundaries=bounds, private=private))
        return ok

    def make_target(self) -> int | None:
        self.autosave.flush()
        if self.current is None or self.action_choice.currentIndex() < 0:
            return None
        cid, action, stage = self.current, self.action_choice.currentIndex(), self.stage_choice.currentData()
        ok, tid = self.session.run(lambda j: j.action_to_target(cid, action, stage))
        if ok:
            messages.info(self, self.tr("Target added"), self.tr("“{currentText}” is now a target for {currentText2}.").format(currentText=self.action_choice.currentText(), currentText2=self.stage_choice.currentText()))
        return tid if ok else None

    def edit_tags(self) -> bool:
        from journal_app.ui.curee_pane import edit_tags

        if self.current is None:
            return False
        self.autosave.flush()
        return edit_tags(self.session, self.session.curee, "conversation", self.current,
                         self.tr("conversation with {text}").format(text=self.with_whom.text()), self)

    def delete_selected(self) -> None:
        if self.current is None:
            return
        cid = self.current
        if messages.confirm(self, self.tr("Delete conversation"), self.tr("Delete this conversation from the journal?"), self.tr("Delete")):
            self.autosave.pending = False
            self.current = None
            self.session.run(lambda j: j.delete_conversation(cid))

    def select_conversation(self, conversation_id: int) -> None:
        self._select_row(next((i for i, c in enumerate(self.rows) if c.id == conversation_id), -1))

    def flush(self) -> bool:
        return self.autosave.flush() and self.agreement_save.flush()
