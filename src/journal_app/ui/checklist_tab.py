"""The Skills checklist tab: the stage's CUREE checklist(s), one group each; every item can be
ticked (Space) and given a short note (F2 or a double-click on the note column)."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.events import CHECKLIST, ChangeEvent
from journal_app.core.frameworks.models import Checklist, Stage
from journal_app.ui.pages import commit_editor
from journal_app.ui.session import JournalSession
from journal_app.ui.tables import leaves_with_tab


class ChecklistGroup(QGroupBox):
    def __init__(self, session: JournalSession, stage: Stage, checklist: Checklist, parent: QWidget | None = None) -> None:
        super().__init__(checklist.title, parent)
        self.session, self.stage, self.checklist = session, stage, checklist
        definition = QLabel(f"<i>{html.escape(checklist.definition)}</i>")
        definition.setWordWrap(True)
        self.table = leaves_with_tab(QTableWidget(len(checklist.items), 2))
        self.table.setHorizontalHeaderLabels([self.tr("Skill"), self.tr("Note")])
        self.table.setAccessibleName(self.tr("{title} checklist").format(title=checklist.title))
        self.table.setToolTip(self.tr("Space ticks the selected skill; F2 on the note column writes a note"))
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.DoubleClicked)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 220)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.rows: dict[str, int] = {}
        for row, item in enumerate(checklist.items):
            skill = QTableWidgetItem(item.full_text)
            skill.setData(Qt.ItemDataRole.UserRole, item.id)
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            if not session.readonly:
                flags |= Qt.ItemFlag.ItemIsUserCheckable
            skill.setFlags(flags)
            skill.setToolTip(item.full_text)
            note = QTableWidgetItem("")
            note_flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            if not session.readonly:
                note_flags |= Qt.ItemFlag.ItemIsEditable
            note.setFlags(note_flags)
            self.table.setItem(row, 0, skill)
            self.table.setItem(row, 1, note)
            self.rows[item.id] = row
        self._loading = False
        self.table.itemChanged.connect(self._changed)
        layout = QVBoxLayout(self)
        layout.addWidget(definition)
        layout.addWidget(self.table)
        self.refresh()

    def refresh(self) -> None:
        self._loading = True
        ticks = self.session.journal.ticks(self.stage.id)
        for item_id, row in self.rows.items():
            t = ticks[(self.checklist.id, item_id)]
            self.table.item(row, 0).setCheckState(Qt.CheckState.Checked if t.ticked else Qt.CheckState.Unchecked)
            self.table.item(row, 1).setText(t.note)
        self._loading = False

    def _changed(self, w: QTableWidgetItem) -> None:
        if self._loading:
            return
        item_id = self.table.item(w.row(), 0).data(Qt.ItemDataRole.UserRole)
        if w.column() == 0:
            ticked = w.checkState() == Qt.CheckState.Checked
            ok, _ = self.session.run(lambda j: j.set_tick(self.stage.id, self.checklist.id, item_id, ticked=ticked))
        else:
            note = w.text()
            ok, _ = self.session.run(lambda j: j.set_tick(self.stage.id, self.checklist.id, item_id, note=note))
        if not ok:
            self.refresh()

    def ticked_count(self) -> int:
        return sum(1 for row in self.rows.values() if self.table.item(row, 0).checkState() == Qt.CheckState.Checked)


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
