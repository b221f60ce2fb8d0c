"""The Skills checklist tab: the stage's CUREE checklist(s), one group each; every item can be
ticked (Space) and given a short note (F2 or a double-click on the note column)."""

from __future__ import annotations

import html

from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.events import CHECKLIST, ChangeEvent
from journal_app.core.frameworks.models import Checklist, Stage
from journal_app.ui.delegates import NamedDelegate
from journal_app.ui.models import ChecklistModel
from journal_app.ui.pages import commit_editor
from journal_app.ui.session import JournalSession
from journal_app.ui.tables import leaves_with_tab


class ChecklistGroup(QGroupBox):
    """One checklist: its definition, then its skills (ticked with Space) and their notes
    (written with F2), over a ``ChecklistModel``."""

    def __init__(self, session: JournalSession, stage: Stage, checklist: Checklist, parent: QWidget | None = None) -> None:
        super().__init__(checklist.title, parent)
        self.session, self.stage, self.checklist = session, stage, checklist
        definition = QLabel(f"<i>{html.escape(checklist.definition)}</i>")
        definition.setWordWrap(True)
        self.model = ChecklistModel(session, stage, checklist, self)
        self.table = leaves_with_tab(QTableView())
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(ChecklistModel.NOTE, NamedDelegate(self.table))
        self.table.setAccessibleName(self.tr("{title} checklist").format(title=checklist.title))
        self.table.setToolTip(self.tr("Space ticks the selected skill; F2 on the note column writes a note"))
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.DoubleClicked)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(ChecklistModel.SKILL, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ChecklistModel.NOTE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(ChecklistModel.NOTE, 220)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        layout = QVBoxLayout(self)
        layout.addWidget(definition)
        layout.addWidget(self.table)

    def refresh(self) -> None:
        self.model.refresh()

    def ticked_count(self) -> int:
        return self.model.ticked_count()


class ChecklistTab(QWidget):
    """A page (see ``journal_app.ui.pages``): the stage's skills checklists."""

    shows = frozenset({CHECKLIST})

    def __init__(self, session: JournalSession, stage: Stage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stage_id = stage.id
        layout = QVBoxLayout(self)
        intro = next((c.intro for c in stage.checklists if c.intro), "")
        if intro:
            label = QLabel(intro)
            label.setWordWrap(True)
            layout.addWidget(label)
        row = QHBoxLayout()
        self.groups = [ChecklistGroup(session, stage, c) for c in stage.checklists]
        for g in self.groups:
            row.addWidget(g)
        layout.addLayout(row, 1)

    def refresh(self, event: ChangeEvent | None = None) -> None:
        for g in self.groups:
            g.refresh()

    def flush(self) -> bool:
        return all([commit_editor(g.table) for g in self.groups])
