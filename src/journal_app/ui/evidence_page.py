"""Evidence: every evidence item in the journal, searchable and sortable, with the criteria it
supports."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.events import EVIDENCE, ChangeEvent
from journal_app.ui.empty_state import EmptyState
from journal_app.ui.evidence_actions import EvidenceActions
from journal_app.ui.i18n import CollatingProxy
from journal_app.ui.models import ID_ROLE, VALUE_ROLE, EvidenceModel, human_size
from journal_app.ui.session import JournalSession
from journal_app.ui.tables import leaves_with_tab


class EvidencePage(QWidget):
    """A page (see ``journal_app.ui.pages``): every evidence item."""

    shows = frozenset({EVIDENCE})
    stage_id = None
    show_page_requested = Signal(str)  # a page key, e.g. "stage:developing#criteria"

    def __init__(self, session: JournalSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = EvidenceModel(session, None, None, self)
        self.proxy = CollatingProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(VALUE_ROLE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter by name, type or criterion"))
        self.filter.setAccessibleName(self.tr("Filter evidence"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = leaves_with_tab(QTableView())
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("All evidence items"))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(EvidenceModel.ADDED, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()  # type, size and date as wide as they need; name and links share the rest
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(EvidenceModel.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(EvidenceModel.SUPPORTS, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.actions = EvidenceActions(session, self)
        self.summary = QLabel()
        open_b = QPushButton(self.tr("&Open"))
        open_b.setAccessibleName(self.tr("Open the selected evidence item"))
        rename_b = QPushButton(self.tr("Re&name…"))
        rename_b.setAccessibleName(self.tr("Rename the selected evidence item"))
        remove_b = QPushButton(self.tr("Re&move"))
        remove_b.setAccessibleName(self.tr("Remove the selected evidence item"))
        private_b = QPushButton(self.tr("Mar&k private"))
        private_b.setAccessibleName(self.tr("Mark the selected evidence item private or shared"))
        private_b.clicked.connect(lambda: self._selected(self.actions.toggle_private))
        self.open_button, self.change_buttons = open_b, (rename_b, private_b, remove_b)
        for signal in (self.proxy.modelReset, self.proxy.rowsInserted, self.proxy.rowsRemoved, self.proxy.layoutChanged,
                       self.table.selectionModel().currentChanged):
            signal.connect(lambda *_a: self._update_buttons())
        open_b.clicked.connect(lambda: self._selected(self.actions.open))
        rename_b.clicked.connect(lambda: self._selected(self.actions.rename))
        remove_b.clicked.connect(lambda: self._selected(self.actions.remove))
        self.table.activated.connect(lambda idx: self.actions.open(idx.data(ID_ROLE)))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("<h2>Evidence</h2>")))
        top.addStretch(1)
        top.addWidget(self.filter, 1)
        buttons = QHBoxLayout()
        for b in (open_b, rename_b, private_b, remove_b):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.summary)
        self.empty = EmptyState(self.table, self.tr(
            "<h3>No evidence yet</h3><p>Evidence is the files that show you meet a criterion: lesson "
            "observations, plans, feedback you gave, notes of meetings. Add a file to a criterion on its "
            "stage's <i>Performance criteria</i> tab (the button or a file dropped there); every item is "
            "then listed here, with the criteria it supports.</p>"),
            self.tr("Go to the first stage's criteria"), lambda: self.show_page_requested.emit(self._first_stage()))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.empty, 1)
        layout.addLayout(buttons)
        self.refresh()
        self._update_buttons()

    def _first_stage(self) -> str:
        stages = self.session.journal.framework.stages
        stage = next((s for s in stages if s.criteria), stages[0] if stages else None)
        return f"stage:{stage.id}#criteria" if stage else "overview"

    def _update_buttons(self) -> None:
        """The buttons act on the selected item: enabled only when there is one."""
        chosen = self.table.currentIndex().isValid()
        self.open_button.setEnabled(chosen)
        for b in self.change_buttons:
            b.setEnabled(chosen and not self.session.readonly)

    def _selected(self, action) -> None:  # noqa: ANN001
        idx = self.table.currentIndex()
        if idx.isValid():
            action(idx.data(ID_ROLE))  # the change it makes refreshes the page

    def flush(self) -> bool:
        return True  # nothing is typed here

    def refresh(self, event: ChangeEvent | None = None) -> None:
        current = self.table.currentIndex().data(ID_ROLE)
        self.model.refresh()
        if current is not None:
            self.select_item(current)
        total = sum(e.size for e in self.model.items)
        n = len(self.model.items)
        self.summary.setText((self.tr("1 item, {size}") if n == 1 else self.tr("{n} items, {size}")).format(n=n, size=human_size(total)))

    def select_item(self, evidence_id: int) -> None:
        row = next((r for r, e in enumerate(self.model.items) if e.id == evidence_id), -1)
        if row >= 0:
            self.table.setCurrentIndex(self.proxy.mapFromSource(self.model.index(row, 0)))
