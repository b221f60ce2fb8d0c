"""The Performance criteria tab: the criteria table, and a detail pane for the selected row
(full text, achieved state and date, the teacher's evidence notes, evidence items)."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.events import CRITERIA, EVIDENCE, JOURNAL, REVIEW, ChangeEvent
from journal_app.core.frameworks.models import Stage
from journal_app.ui.autosave import Autosave
from journal_app.ui.date_field import DateField
from journal_app.ui.delegates import CardDelegate, ChoiceDelegate
from journal_app.ui.evidence_list import EvidenceList
from journal_app.ui.forms import MultiLineText
from journal_app.ui.models import STATE_LABELS, CriteriaModel, EvidenceModel, standards_groups
from journal_app.ui.pages import commit_editor, put_text
from journal_app.ui.review_panel import CriterionComments
from journal_app.ui.session import JournalSession
from journal_app.ui.tables import leaves_with_tab


class CriteriaTable(QTableView):
    """Space marks the selected criterion achieved (or not); F2 chooses a state."""

    toggle = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        leaves_with_tab(self)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and self.currentIndex().isValid():
            self.toggle.emit(self.currentIndex().row())
            return
        super().keyPressEvent(event)


class CriterionDetail(QWidget):
    """The selected criterion: its text, state and date, notes and evidence (drop files here)."""

    def __init__(self, session: JournalSession, stage: Stage, model: CriteriaModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.stage, self.model = session, stage, model
        self.criterion_id: str | None = None
        self.setAcceptDrops(not session.readonly)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.text = QTextBrowser()
        self.text.setAccessibleName(self.tr("Full criterion text"))
        self.text.setMaximumHeight(180)
        self.state = QComboBox()
        self.state.setAccessibleName(self.tr("Achieved state"))
        for value, label in STATE_LABELS.items():
            self.state.addItem(label, value)
        self.date = DateField(self.tr("Date achieved"), optional=False)
        self.date.setToolTip(self.tr("The date the criterion was achieved"))
        state_row = QHBoxLayout()
        state_row.addWidget(self.state)
        state_row.addWidget(QLabel(self.tr("on", "achieved on a date")))
        state_row.addWidget(self.date)
        state_row.addStretch(1)
        self.notes = MultiLineText(self.tr("Your evidence notes"), self.tr("What shows you meet this criterion? Saved as you type."))
        self.private = QCheckBox(self.tr("&Private (left out of copies you share and of printed sheets)"))
        self.private.setAccessibleName(self.tr("Evidence notes are private"))
        self.evidence = EvidenceList(session, stage.id, None, self.tr("Evidence items for this criterion"))
        self.evidence.view.setMaximumHeight(140)
        form = QFormLayout()
        form.addRow(self.tr("&Achieved:"), state_row)
        form.itemAt(form.rowCount() - 1, QFormLayout.ItemRole.LabelRole).widget().setBuddy(self.state)
        notes_label = QLabel(self.tr("Evi&dence notes:"))
        notes_label.setBuddy(self.notes)
        ev_label = QLabel(self.tr("Evidence items (add &with the button or drop files here):"))
        ev_label.setWordWrap(True)
        ev_label.setBuddy(self.evidence.view)
        self.comments = CriterionComments(session, stage)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.text)
        layout.addLayout(form)
        layout.addWidget(notes_label)
        layout.addWidget(self.notes, 1)
        layout.addWidget(self.private)
        layout.addWidget(ev_label)
        layout.addWidget(self.evidence)
        layout.addWidget(self.comments)

        self.autosave = Autosave(self._save_notes, self)
        self.notes.textChanged.connect(self._notes_changed)
        self.state.activated.connect(self._state_chosen)
        self.date.date_changed.connect(self._date_changed)
        self.private.toggled.connect(self._private_toggled)
        self._loading = False
        for w in (self.state, self.date, self.notes, self.private):
            w.setEnabled(not session.readonly)
        self.show_criterion(None)

    # ------------------------------------------------------------------ showing
    def show_criterion(self, criterion_id: str | None) -> None:
        self.autosave.flush()
        self.criterion_id = criterion_id
        self.comments.show_criterion(criterion_id)
        crit = self.stage.criterion(criterion_id) if criterion_id else None
        self.setVisible(crit is not None)
        if crit is None:
            return
        n = self.stage.criteria.index(crit) + 1
        self.heading.setText(self.tr("<b>{label}, criterion {n}</b>").format(label=html.escape(self.stage.label), n=n))
        points = "".join(f"<li>{html.escape(p.text)}</li>" for p in crit.points)
        codes = "".join(f"<p><b>{html.escape(label)}:</b> {html.escape(codes)}</p>"
                        for label, codes in standards_groups(self.stage, crit.id))
        evidenced = (f"<p><b>{html.escape(self.stage.evidenced_by_label)}:</b> {html.escape(crit.evidenced_by)}</p>"
                     if crit.evidenced_by else "")
        self.text.setHtml(f"<p>{html.escape(crit.text)}</p>" + (f"<ul>{points}</ul>" if points else "")
                          + evidenced + codes)
        self._show_record()

    def _show_record(self) -> None:
        """The state, date, notes (unless being typed), privacy and evidence of the criterion."""
        rec = self.model.records[self.criterion_id]
        self._loading = True
        self.state.setCurrentIndex(self.state.findData(rec.state))
        self.date.setEnabled(rec.achieved and not self.session.readonly)
        self.date.set_date(rec.achieved_on or dt.date.today())
        if not self.autosave.pending:
            put_text(self.notes, rec.notes)
        self.private.setChecked(rec.notes_private)
        self.evidence.set_criterion(self.criterion_id)
        self._loading = False

    def refresh(self, event: ChangeEvent | None = None) -> None:
        """Show the criterion as it now is; notes being typed are kept."""
        if self.criterion_id and self.stage.criterion(self.criterion_id) is not None:
            self._show_record()
            if event is None or event.topic in (REVIEW, JOURNAL):
                self.comments.refresh()

    # ------------------------------------------------------------------ editing
    def _notes_changed(self) -> None:
        if not self._loading:
            self.autosave.schedule()

    def _save_notes(self) -> bool:
        if self.criterion_id is None:
            return True
        cid, text = self.criterion_id, self.notes.toPlainText()
        ok, _ = self.session.run(lambda j: j.set_criterion_notes(self.stage.id, cid, text))
        if ok:
            self.model.refresh_row(cid)
        return ok

    def _state_chosen(self) -> None:
        if self.criterion_id is not None:
            row = self.model.row_of(self.criterion_id)
            self.model.setData(self.model.index(row, CriteriaModel.ACHIEVED), self.state.currentData())

    def _date_changed(self, when: dt.date | None) -> None:
        if self._loading or self.criterion_id is None or when is None:
            return
        cid = self.criterion_id
        ok, _ = self.session.run(lambda j: j.set_achieved_on(self.stage.id, cid, when))
        if ok:
            self.model.refresh_row(cid)

    def _private_toggled(self, checked: bool) -> None:
        if not self._loading and self.criterion_id is not None:
            cid = self.criterion_id
            self.session.run(lambda j: j.set_criterion_notes(self.stage.id, cid, private=checked))

    # ------------------------------------------------------------------ evidence
    @property
    def evidence_model(self) -> EvidenceModel:
        return self.evidence.model

    @property
    def actions(self):  # noqa: ANN201
        return self.evidence.actions

    def add_files(self, paths: list[str]) -> list[int]:
        return self.evidence.add_files(paths) if self.criterion_id else []

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self.evidence.dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        self.evidence.dropEvent(event)


class CriteriaTab(QWidget):
    """A page (see ``journal_app.ui.pages``): the criteria, their evidence and the mentor's comments."""

    shows = frozenset({CRITERIA, EVIDENCE, REVIEW})

    def __init__(self, session: JournalSession, stage: Stage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.stage, self.stage_id = session, stage, stage.id
        self.model = CriteriaModel(session, stage, self)
        self.table = CriteriaTable()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("{label} performance criteria").format(label=stage.label))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.setItemDelegateForColumn(CriteriaModel.ACHIEVED, ChoiceDelegate(STATE_LABELS, self.table))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.DoubleClicked)
        self.table.toggle.connect(self._toggle)
        # Criterion cards: the criterion's text with what it is evidenced by and its standards
        # under it, in one wide cell that wraps; the state and the count of evidence beside it;
        # the selected criterion's record on the right. (A full-width table with the record
        # below was tried too: at 1366×768 it showed four or five criteria and a cramped record.)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CriteriaModel.CRITERION, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setItemDelegateForColumn(CriteriaModel.CRITERION, CardDelegate(
            {CriteriaModel.EVIDENCED_BY: stage.evidenced_by_label, CriteriaModel.STANDARDS: stage.codes_heading},
            self.table))
        self.table.setColumnHidden(CriteriaModel.EVIDENCED_BY, True)
        self.table.setColumnHidden(CriteriaModel.STANDARDS, True)
        # The cards' heights follow the width of their column (the splitter, the window, the font),
        # once the view has taken the new width (hence queued).
        header.sectionResized.connect(self._column_resized, Qt.ConnectionType.QueuedConnection)
        self.detail = CriterionDetail(session, stage, self.model)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName(f"criteria-cards-splitter-{stage.id}")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([600, 400])
        self.splitter.setChildrenCollapsible(False)
        self._keep_words_whole()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.stage_evidence: EvidenceList | None = None
        if not stage.criteria:  # e.g. Cornwall's phases: evidence for the stage itself
            intro = QLabel(self.tr("<b>Evidence for {title}</b>: add files with the button or drop them here. Write your reflection, targets and verification in the other tabs.").format(title=stage.title))
            intro.setWordWrap(True)
            layout.addWidget(intro)
            self.stage_evidence = EvidenceList(session, stage.id, "", self.tr("Evidence for {label}").format(label=stage.label))
            layout.addWidget(self.stage_evidence, 1)
            self.splitter.hide()
        layout.addWidget(self.splitter)
        self.table.selectionModel().currentRowChanged.connect(
            lambda cur, _prev: self.detail.show_criterion(self.model.criterion_id(cur.row()) if cur.isValid() else None))
        self.model.modelReset.connect(lambda: self.detail.refresh())
        if stage.criteria:
            self.select_criterion(stage.criteria[0].id)

    def _column_resized(self, column: int, _old: int, _new: int) -> None:
        if column == CriteriaModel.CRITERION:
            self.table.resizeRowsToContents()

    def _keep_words_whole(self) -> None:
        """The splitter never squeezes the criterion column below its longest word."""
        fm, header = self.table.fontMetrics(), self.table.horizontalHeader()
        word = max((fm.horizontalAdvance(w) for c in self.stage.criteria for w in c.full_text.split()), default=0)
        criterion = max(word + 2 * CardDelegate.PAD + 8, header.sectionSizeHint(CriteriaModel.CRITERION))
        others = sum(max(self.table.sizeHintForColumn(c), header.sectionSizeHint(c))
                     for c in (CriteriaModel.ACHIEVED, CriteriaModel.EVIDENCE))
        self.table.setMinimumWidth(criterion + others + self.table.verticalHeader().sizeHint().width()
                                   + self.table.verticalScrollBar().sizeHint().width() + 2 * self.table.frameWidth())

    def select_criterion(self, criterion_id: str) -> None:
        row = self.model.row_of(criterion_id)
        if row >= 0:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
            self.table.scrollTo(self.model.index(row, 0))

    def _toggle(self, row: int) -> None:
        if not self.session.readonly:
            self.model.toggle_achieved(row)

    def refresh(self, event: ChangeEvent | None = None) -> None:
        """One criterion changed: its row and the detail pane; else the whole table."""
        if event is not None and event.topic == CRITERIA and isinstance(event.ref, str):
            self.model.refresh_row(event.ref)
            self.detail.refresh(event)
        elif event is not None and event.topic == REVIEW:
            self.detail.refresh(event)
        else:
            current = self.detail.criterion_id
            self.model.refresh()
            self._keep_words_whole()
            if current:
                self.select_criterion(current)
        if self.stage_evidence is not None and (event is None or event.topic in (EVIDENCE, JOURNAL)):
            self.stage_evidence.model.refresh()

    def flush(self) -> bool:
        return commit_editor(self.table) and self.detail.autosave.flush() and self.detail.comments.autosave.flush()
