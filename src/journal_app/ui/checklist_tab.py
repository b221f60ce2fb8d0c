"""The Skills checklist tab: the stage's CUREE checklist(s), one group each; every item can be
ticked (Space) and given a short note (F2 or double-click)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from journal_app.core.frameworks.models import Checklist, Stage
from journal_app.ui.session import JournalSession


class ChecklistGroup(QGroupBox):
    def __init__(self, session: JournalSession, stage: Stage, checklist: Checklist, parent: QWidget | None = None) -> None:
        super().__init__(checklist.title, parent)
        self.session, self.stage, self.checklist = session, stage, checklist
        definition = QLabel(f"<i>{checklist.definition}</i>")
        definition.setTextFormat(Qt.TextFormat.RichText)
        definition.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(f"{checklist.title} checklist")
        self.tree.setToolTip("Space ticks an item; F2 or a double-click on the note column writes a note")
        self.tree.setHeaderLabels(["Skill", "Note"])
        self.tree.setRootIsDecorated(False)
        self.tree.setWordWrap(True)
        self.tree.setColumnWidth(0, 380)
        self.items: dict[str, QTreeWidgetItem] = {}
        for item in checklist.items:
            w = QTreeWidgetItem([item.full_text, ""])
            w.setData(0, Qt.ItemDataRole.UserRole, item.id)
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            if not session.readonly:
                flags |= Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEditable
            w.setFlags(flags)
            w.setToolTip(0, item.full_text)
            self.tree.addTopLevelItem(w)
            self.items[item.id] = w
        self._loading = False
        self.tree.itemChanged.connect(self._changed)
        self.tree.itemDoubleClicked.connect(self._edit_note)
        layout = QVBoxLayout(self)
        layout.addWidget(definition)
        layout.addWidget(self.tree)
        self.refresh()

    def _edit_note(self, item: QTreeWidgetItem, column: int) -> None:
        if column == 1 and not self.session.readonly:
            self.tree.editItem(item, 1)

    def refresh(self) -> None:
        self._loading = True
        ticks = self.session.journal.ticks(self.stage.id)
        for item_id, w in self.items.items():
            t = ticks[(self.checklist.id, item_id)]
            w.setCheckState(0, Qt.CheckState.Checked if t.ticked else Qt.CheckState.Unchecked)
            w.setText(1, t.note)
        self._loading = False

    def _changed(self, w: QTreeWidgetItem, column: int) -> None:
        if self._loading:
            return
        item_id = w.data(0, Qt.ItemDataRole.UserRole)
        if column == 0:
            ticked = w.checkState(0) == Qt.CheckState.Checked
            ok, _ = self.session.run(lambda j: j.set_tick(self.stage.id, self.checklist.id, item_id, ticked=ticked))
        else:
            note = w.text(1)
            ok, _ = self.session.run(lambda j: j.set_tick(self.stage.id, self.checklist.id, item_id, note=note))
        if not ok:
            self.refresh()

    def ticked_count(self) -> int:
        return sum(1 for w in self.items.values() if w.checkState(0) == Qt.CheckState.Checked)


class ChecklistTab(QWidget):
    def __init__(self, session: JournalSession, stage: Stage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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

    def refresh(self) -> None:
        for g in self.groups:
            g.refresh()
