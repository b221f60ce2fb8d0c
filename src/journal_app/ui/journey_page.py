"""The Learning journey page (Teacher Learning Academy): focus and stage, the plan with its
changes and their reasons, the six dimensions (the chosen stage's descriptor beside the
teacher's account, with evidence and conversations linked), and learning breakthroughs."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.events import CONVERSATIONS, EVIDENCE, JOURNEY, ChangeEvent
from journal_app.core.frameworks.models import Framework
from journal_app.core.i18n import Labels  # the same catalogue as the window's
from journal_app.core.journey import PLAN_KINDS
from journal_app.ui import icons, messages
from journal_app.ui.accessible import StatusLabel, add_row
from journal_app.ui.autosave import Autosave
from journal_app.ui.date_field import DateField
from journal_app.ui.forms import MultiLineText
from journal_app.ui.models import fmt_date
from journal_app.ui.pages import put_text
from journal_app.ui.session import JournalSession
from journal_app.ui.side_tabs import SideTabs
from journal_app.ui.tables import rows_view

STATUS = Labels("journey_page", {"addressed": QT_TRANSLATE_NOOP("journey_page", "addressed"),
                                 "thin": QT_TRANSLATE_NOOP("journey_page", "still thin"),
                                 "not started": QT_TRANSLATE_NOOP("journey_page", "not started")})


class PlanItemDialog(QDialog):
    """Add or change a plan item; changes ask why."""

    def __init__(self, title: str, kind: str, text: str, due: dt.date | None, ask_reason: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind of plan item"))
        for value, label in PLAN_KINDS.items():
            self.kind.addItem(label, value)
        self.kind.setCurrentIndex(self.kind.findData(kind))
        self.text = QLineEdit(text)
        self.text.setAccessibleName(self.tr("Plan item"))
        self.due = DateField(self.tr("Due date"))
        self.due.set_date(due)
        self.reason = QLineEdit()
        self.reason.setAccessibleName(self.tr("Why the plan changes"))
        form = QFormLayout(self)
        add_row(form, self.tr("&Kind:"), self.kind)
        add_row(form, self.tr("&What:"), self.text)
        add_row(form, self.tr("&Due:"), self.due)
        add_row(form, self.tr("Wh&y:") if ask_reason else self.tr("Wh&y (optional):"), self.reason)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def accept(self) -> None:
        if self.due.commit():  # a date typed but not understood says so, and the dialog stays
            super().accept()

    def values(self) -> tuple[str, str, dt.date | None, str]:
        return self.kind.currentData(), self.text.text(), self.due.date(), self.reason.text()


class DimensionTab(QWidget):
    def __init__(self, session: JournalSession, dimension_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.dimension_id = session, dimension_id
        self.descriptor = QLabel()
        self.descriptor.setWordWrap(True)
        self.descriptor.setTextFormat(Qt.TextFormat.RichText)
        self.account = MultiLineText(self.tr("Your account of this dimension"),
                                     self.tr("Your account: what you did, what you learnt, how it shows. Saved as you type."),
                                     lines=5)
        self.status = StatusLabel(self.tr("Dimension status"))
        self.links = QListWidget()
        self.links.setAccessibleName(self.tr("Evidence and conversations linked to this dimension"))
        self.links.setMaximumHeight(90)
        self.link_choice = QComboBox()
        self.link_choice.setAccessibleName(self.tr("Evidence or conversation to link"))
        self.link_button = QPushButton(self.tr("&Link"))
        self.link_button.setAccessibleName(self.tr("Link the chosen evidence or conversation to this dimension"))
        self.link_button.clicked.connect(self.link_chosen)
        row = QHBoxLayout()
        row.addWidget(self.link_choice, 1)
        row.addWidget(self.link_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.descriptor)
        layout.addWidget(self.account, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.links)
        layout.addLayout(row)
        self.autosave = Autosave(self._save, self)
        self._loading = False
        self.account.textChanged.connect(lambda: None if self._loading else self.autosave.schedule())
        for w in (self.account, self.link_button, self.link_choice):
            w.setEnabled(not session.readonly)

    def show_view(self, stage: int, view) -> None:  # noqa: ANN001 (a DimensionView)
        self.descriptor.setText(self.tr("<i>Stage {stage} asks:</i> {descriptor}").format(stage=stage, descriptor=view.descriptor))
        if not self.autosave.pending:
            self._loading = True
            put_text(self.account, view.account)
            self._loading = False
        self.status.setText(self.tr("{words} words, {links} linked — {status}").format(words=view.words, links=len(view.links), status=STATUS[view.status]))
        j = self.session.journal
        evidence = {e.id: e.name for e in j.evidence_items()}
        conversations = {c.id: f"{c.with_whom}, {fmt_date(c.held_on)}" for c in j.conversations()}
        self.links.clear()
        for kind, ref in view.links:
            self.links.addItem(self.tr("Evidence: {get}").format(get=evidence.get(ref, '?')) if kind == "evidence"
                               else self.tr("Conversation with {get}").format(get=conversations.get(ref, '?')))
        chosen = self.link_choice.currentData()
        self.link_choice.clear()
        for ref, name in evidence.items():
            self.link_choice.addItem(self.tr("Evidence: {name}").format(name=name), ("evidence", ref))
        for ref, name in conversations.items():
            self.link_choice.addItem(self.tr("Conversation with {name}").format(name=name), ("conversation", ref))
        if chosen is not None:  # what was chosen stays chosen
            self.link_choice.setCurrentIndex(max(self.link_choice.findData(chosen), 0))

    def _save(self) -> bool:
        text = self.account.toPlainText()
        ok, _ = self.session.run(lambda j: j.set_dimension_account(self.dimension_id, text))
        return ok

    def link_chosen(self) -> bool:
        choice = self.link_choice.currentData()
        if choice is None:
            return False
        ok, _ = self.session.run(lambda j: j.link_to_dimension(self.dimension_id, choice[0], choice[1]))
        return ok


class JourneyPage(QScrollArea):
    """A page (see ``journal_app.ui.pages``): the learning journey."""

    shows = frozenset({JOURNEY, EVIDENCE, CONVERSATIONS})
    stage_id = None

    def __init__(self, session: JournalSession, tla: Framework | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.tla = session, tla
        self.setWidgetResizable(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields, not the frame
        self.setAccessibleName(self.tr("Learning journey"))
        inner = QWidget()
        self.setWidget(inner)
        layout = QVBoxLayout(inner)
        layout.addWidget(QLabel(self.tr("<h2>Learning journey (Teacher Learning Academy)</h2>")))
        # Before a journey is started: what it is, and the button to start one, at the top.
        self.intro = QLabel(self.tr(
            "<p>A learning journey follows the Teacher Learning Academy: you choose a focus for your own "
            "professional learning and a TLA stage, plan it (and say why when the plan changes), and write "
            "an account for each of its six dimensions, linking evidence and conversations. It runs beside "
            "your journal's stages.</p>"))
        self.intro.setWordWrap(True)
        self.intro.setMaximumWidth(640)
        layout.addWidget(self.intro)
        self.start_button = QPushButton(self.tr("&Start a learning journey"))
        self.start_button.setAccessibleName(self.tr("Start a learning journey"))
        self.start_button.clicked.connect(lambda: self.start())
        self.start_button.setEnabled(tla is not None and not session.readonly)
        layout.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.body = QWidget()
        layout.addWidget(self.body, 1)
        layout.addStretch(0)  # takes the space while there is no journey (see refresh)
        self._page_layout = layout
        body = QVBoxLayout(self.body)
        self._build_focus_form(body, tla)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setStyleSheet(icons.caution_css())
        body.addWidget(self.notes)
        self._build_plan(body)
        self._build_dimensions(body, tla)
        self.autosave = Autosave(self._save_focus, self)
        self.focus.textEdited.connect(lambda _t: self.autosave.schedule())
        self.tla_stage.activated.connect(lambda _i: self._set(tla_stage=self.tla_stage.currentData()))
        self.ljmu_stage.activated.connect(lambda _i: self._set(ljmu_stage_id=self.ljmu_stage.currentData()))
        for w in (self.focus, self.tla_stage, self.ljmu_stage):
            w.setEnabled(not session.readonly)
        self.refresh()

    def _build_focus_form(self, body: QVBoxLayout, tla: Framework | None) -> None:
        self.focus = QLineEdit()
        self.focus.setAccessibleName(self.tr("Learning focus"))
        self.tla_stage = QComboBox()
        self.tla_stage.setAccessibleName(self.tr("TLA stage aimed for"))
        for s in (tla.tla_stages if tla else ()):
            self.tla_stage.addItem(self.tr("Stage {number}: {title}").format(number=s.number, title=s.title), s.number)
        self.ljmu_stage = QComboBox()
        self.ljmu_stage.setAccessibleName(self.tr("Journal stage it supports"))
        self.ljmu_stage.addItem("—", None)
        for s in self.session.journal.framework.stages:
            self.ljmu_stage.addItem(s.title, s.id)
        self.aligned = QLabel()
        form = QFormLayout()
        add_row(form, self.tr("Learning f&ocus:"), self.focus)
        add_row(form, self.tr("&TLA stage:"), self.tla_stage)
        add_row(form, self.tr("S&upports:"), self.ljmu_stage)
        form.addRow("", self.aligned)
        body.addLayout(form)

    def _build_plan(self, body: QVBoxLayout) -> None:
        body.addWidget(QLabel(self.tr("<b>The plan</b>")))
        self.plan = rows_view([self.tr("Kind"), self.tr("Action or review point"), self.tr("Due"), self.tr("Done")], self.tr("The plan"))
        self.plan.setMinimumHeight(120)
        body.addWidget(self.plan)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add to the plan…"))
        self.add_button.setAccessibleName(self.tr("Add an action or review point to the plan"))
        self.change_button = QPushButton(self.tr("&Change…"))
        self.change_button.setAccessibleName(self.tr("Change the selected plan item (asks why)"))
        self.done_button = QPushButton(self.tr("Mark &done"))
        self.done_button.setAccessibleName(self.tr("Mark the selected plan item done"))
        self.remove_button = QPushButton(self.tr("&Remove…"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected plan item (asks why)"))
        for b in (self.add_button, self.change_button, self.done_button, self.remove_button):
            buttons.addWidget(b)
            b.setEnabled(not self.session.readonly)
        buttons.addStretch(1)
        body.addLayout(buttons)
        self.add_button.clicked.connect(lambda: self.add_item())
        self.change_button.clicked.connect(lambda: self.change_item())
        self.done_button.clicked.connect(lambda: self.mark_done())
        self.remove_button.clicked.connect(lambda: self.remove_item())
        body.addWidget(QLabel(self.tr("<b>Changes to the plan, and why</b>")))
        self.history = QListWidget()
        self.history.setAccessibleName(self.tr("Changes to the plan"))
        self.history.setMaximumHeight(110)
        self.history.setWordWrap(True)
        body.addWidget(self.history)

    def _build_dimensions(self, body: QVBoxLayout, tla: Framework | None) -> None:
        body.addWidget(QLabel(self.tr("<b>The six dimensions</b>")))
        self.dimensions = SideTabs()
        self.dimensions.setAccessibleName(self.tr("The six dimensions"))
        self.dimension_tabs: dict[str, DimensionTab] = {}
        for d in (tla.dimensions if tla else ()):
            tab = DimensionTab(self.session, d.id)
            self.dimension_tabs[d.id] = tab
            self.dimensions.addTab(tab, d.title)
        self.dimensions.setMinimumHeight(320)
        body.addWidget(self.dimensions)
        body.addWidget(QLabel(self.tr("<b>Learning breakthroughs</b>")))
        self.breakthroughs = QListWidget()
        self.breakthroughs.setAccessibleName(self.tr("Learning breakthroughs"))
        self.breakthroughs.setWordWrap(True)
        self.breakthroughs.setMaximumHeight(120)
        body.addWidget(self.breakthroughs)
        self.breakthrough_button = QPushButton(self.tr("Record a learning &breakthrough…"))
        self.breakthrough_button.setAccessibleName(self.tr("Record a learning breakthrough"))
        self.breakthrough_button.setEnabled(not self.session.readonly)
        self.breakthrough_button.clicked.connect(lambda: self.record_breakthrough())
        body.addWidget(self.breakthrough_button, 0, Qt.AlignmentFlag.AlignLeft)

    # ------------------------------------------------------------------ showing
    def refresh(self, event: ChangeEvent | None = None) -> None:
        j = self.session.journal.journey()
        self.start_button.setVisible(j is None)
        self.intro.setVisible(j is None)
        self.body.setVisible(j is not None)
        self._page_layout.setStretch(self._page_layout.count() - 1, 1 if j is None else 0)
        if j is None:
            return
        if not self.autosave.pending:
            put_text(self.focus, j.focus)
        self.tla_stage.setCurrentIndex(self.tla_stage.findData(j.tla_stage))
        self.ljmu_stage.setCurrentIndex(self.ljmu_stage.findData(j.ljmu_stage_id))
        labels = [self.session.journal.stage(s).title for s in j.aligned_stages]
        self.aligned.setText(self.tr("The framework aligns TLA stage {tla_stage} with: {join}").format(tla_stage=j.tla_stage, join=', '.join(labels)) if labels else "")
        self.notes.setText("\n".join(self.session.journal.journey_notes()))
        chosen = self._selected()
        self.items = self.session.journal.plan()
        self.plan.model().set_rows([(PLAN_KINDS[p.kind], p.text, fmt_date(p.due_date), "✓" if p.done else "")
                                    for p in self.items], [p.id for p in self.items])
        row = self.plan.model().row_of(chosen.id) if chosen else -1
        if row >= 0:  # what was chosen stays chosen
            self.plan.selectRow(row)
        self.history.clear()
        for h in self.session.journal.plan_history():
            self.history.addItem(f"{fmt_date(h.changed_at)}: {h.change}" + (self.tr(" — because {reason}").format(reason=h.reason) if h.reason else ""))
        for view in j.dimensions:
            self.dimension_tabs[view.id].show_view(j.tla_stage, view)
            self.dimensions.setTabText(list(self.dimension_tabs).index(view.id),
                                       view.title + ("" if view.status == "addressed" else " •"))
        self.breakthroughs.clear()
        for b in self.session.journal.breakthroughs():
            self.breakthroughs.addItem(f"{fmt_date(b.recorded_on)}: {b.what_changed}")

    # ------------------------------------------------------------------ editing
    def start(self) -> bool:
        if self.tla is None:
            return False
        ok, _ = self.session.run(lambda j: j.start_journey(self.tla))
        if ok:
            self.focus.setFocus()
        return ok

    def _set(self, **fields: object) -> None:
        ok, _ = self.session.run(lambda j: j.update_journey(**fields))
        if not ok:
            self.refresh()  # back to what is saved

    def _save_focus(self) -> bool:
        text = self.focus.text()
        ok, _ = self.session.run(lambda j: j.update_journey(focus=text))
        return ok

    def _selected(self):  # noqa: ANN202
        row = self.plan.currentIndex().row()
        return self.items[row] if 0 <= row < len(getattr(self, "items", ())) else None

    def add_item(self, values: tuple | None = None) -> bool:
        if values is None:
            dialog = PlanItemDialog(self.tr("Add to the plan"), "action", "", None, False, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            values = dialog.values()
        kind, text, due, reason = values
        ok, _ = self.session.run(lambda j: j.add_plan_item(kind, text, due, reason))
        return ok

    def change_item(self, values: tuple | None = None) -> bool:
        item = self._selected()
        if item is None:
            return False
        if values is None:
            dialog = PlanItemDialog(self.tr("Change the plan"), item.kind, item.text, item.due_date, True, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            values = dialog.values()
        _kind, text, due, reason = values
        ok, _ = self.session.run(lambda j: j.change_plan_item(item.id, reason, text=text, due_date=due))
        return ok

    def mark_done(self, reason: str | None = None) -> bool:
        item = self._selected()
        if item is None:
            return False
        reason = reason if reason is not None else messages.ask_text(self, self.tr("Mark done"), self.tr("How did it go?"), self.tr("Done"))
        if reason is None:
            return False
        ok, _ = self.session.run(lambda j: j.change_plan_item(item.id, reason, done=True))
        return ok

    def remove_item(self, reason: str | None = None) -> bool:
        item = self._selected()
        if item is None:
            return False
        reason = reason if reason is not None else messages.ask_text(self, self.tr("Remove from the plan"), self.tr("Why?"))
        if reason is None:
            return False
        ok, _ = self.session.run(lambda j: j.remove_plan_item(item.id, reason))
        return ok

    def record_breakthrough(self, values: tuple[str, str, str] | None = None) -> bool:
        if values is None:
            dialog = QDialog(self)
            dialog.setWindowTitle(self.tr("Record a learning breakthrough"))
            fields = [MultiLineText() for _ in range(3)]
            names = (self.tr("What changed"), self.tr("The evidence"), self.tr("Pupil or colleague feedback"))
            form = QFormLayout(dialog)
            for w, name in zip(fields, names, strict=True):
                w.setAccessibleName(name)
                add_row(form, self.tr("{name}:").format(name=name), w)
            buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
            buttons.accepted.connect(dialog.accept)
            buttons.rejected.connect(dialog.reject)
            form.addRow(buttons)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            values = tuple(w.toPlainText() for w in fields)  # type: ignore[assignment]
        what, evidence, feedback = values
        ok, _ = self.session.run(lambda j: j.add_breakthrough(what, evidence, feedback))
        return ok

    def flush(self) -> bool:
        return all([self.autosave.flush(), *(t.autosave.flush() for t in self.dimension_tabs.values())])
