"""Diamond 9 (the CUREE project's activity): nine of the stage's checklist skills arranged in a
diamond of 1, 2, 3, 2 and 1 places, highest priority at the top. Drag a skill from the list onto
a place (or between places); from the keyboard, select a skill and press a place's button.
Delete clears a place. The top places can be turned into development targets in one step."""

from __future__ import annotations

import textwrap

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import QDrag, QDragEnterEvent, QDropEvent, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.curee import SLOTS, diamond_row
from journal_app.core.events import DIAMOND, ChangeEvent
from journal_app.core.frameworks.models import Stage
from journal_app.ui import messages
from journal_app.ui.session import JournalSession

MIME = "application/x-journal-skill"
# (row, column) of each slot in a 5 x 5 grid: 1, 2, 3, 2, 1
POSITIONS = [(0, 2), (1, 1), (1, 3), (2, 0), (2, 2), (2, 4), (3, 1), (3, 3), (4, 2)]


def skill_key(checklist_id: str, item_id: str) -> str:
    return f"{checklist_id}/{item_id}"


class SkillList(QListWidget):
    def mimeData(self, items: list[QListWidgetItem]) -> QMimeData:  # noqa: N802 (Qt's name)
        data = QMimeData()
        if items:
            data.setData(MIME, items[0].data(Qt.ItemDataRole.UserRole).encode())
        return data

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [MIME]


class Place(QPushButton):
    """One place of the diamond: a drop target, draggable to another place, pressed to place the
    skill selected in the list."""

    dropped = Signal(int, str, int)  # place, skill key, place it came from (-1: the list)

    def __init__(self, slot: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.slot = slot
        self.key: str | None = None
        self.setAcceptDrops(True)
        self.setMinimumSize(150, 64)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._press = None

    def show_skill(self, key: str | None, label: str) -> None:
        self.key = key
        priority = diamond_row(self.slot) + 1
        self.setText(textwrap.fill(label, 18) if key else self.tr("Priority {priority}").format(priority=priority))  # buttons do not wrap
        self.setToolTip(label if key else self.tr("Drop a skill here, or select one in the list and press this place"))
        self.setAccessibleName(self.tr("Priority {priority}, place {slot_1}: {label_if_key_else_empty}").format(priority=priority, slot_1=self.slot + 1, label_if_key_else_empty=label if key else 'empty'))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(MIME):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        key = bytes(event.mimeData().data(MIME)).decode()
        source = event.mimeData().data("application/x-journal-place")
        self.dropped.emit(self.slot, key, int(bytes(source).decode()) if source else -1)
        event.acceptProposedAction()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._press = event.position()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self.key and self._press is not None and (event.position() - self._press).manhattanLength() > 8:
            data = QMimeData()
            data.setData(MIME, self.key.encode())
            data.setData("application/x-journal-place", str(self.slot).encode())
            drag = QDrag(self)
            drag.setMimeData(data)
            self._press = None
            drag.exec(Qt.DropAction.MoveAction)
            return
        super().mouseMoveEvent(event)


class DiamondTab(QWidget):
    """A page (see ``journal_app.ui.pages``): the stage's Diamond 9."""

    shows = frozenset({DIAMOND})

    def __init__(self, session: JournalSession, stage: Stage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.stage, self.stage_id = session, stage, stage.id
        self.labels = {skill_key(cl.id, i.id): f"{i.lead} ({cl.title.lower()})" for cl in stage.checklists
                       for i in cl.items}
        self.skills = SkillList()
        self.skills.setAccessibleName(self.tr("Skills to prioritise"))
        self.skills.setToolTip(self.tr("Drag a skill onto the diamond, or select it and press a place"))
        self.skills.setDragEnabled(not session.readonly)
        self.skills.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.skills.setWordWrap(True)
        for key, label in self.labels.items():
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.skills.addItem(item)
        grid = QGridLayout()
        self.places = [Place(slot) for slot in range(SLOTS)]
        for place, (row, col) in zip(self.places, POSITIONS, strict=True):
            grid.addWidget(place, row, col)
            place.dropped.connect(self.place)
            place.clicked.connect(lambda _c=False, p=place: self.place_selected(p.slot))
            place.setEnabled(not session.readonly)
        self.top_button = QPushButton(self.tr("Make the to&p skill a target"))
        self.top_button.setAccessibleName(self.tr("Make the top skill of the diamond a development target"))
        self.top3_button = QPushButton(self.tr("&Make the top three targets"))
        self.top3_button.setAccessibleName(self.tr("Make the top three skills of the diamond development targets"))
        self.top_button.clicked.connect(lambda: self.make_targets(1))
        self.top3_button.clicked.connect(lambda: self.make_targets(2))
        for b in (self.top_button, self.top3_button):
            b.setEnabled(not session.readonly)
        intro = QLabel(self.tr("Choose nine skills from this stage's checklists and arrange them from the highest "
                       "priority (top) to the lowest. Delete clears a place."))
        intro.setWordWrap(True)
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("<b>Skills</b>")))
        left.addWidget(self.skills, 1)
        right = QVBoxLayout()
        right.addLayout(grid, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.top_button)
        buttons.addWidget(self.top3_button)
        buttons.addStretch(1)
        right.addLayout(buttons)
        row = QHBoxLayout()
        row.addLayout(left, 2)
        row.addLayout(right, 5)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row, 1)
        self.refresh()

    def refresh(self, event: ChangeEvent | None = None) -> None:
        slots = self.session.journal.diamond(self.stage.id)
        for place, value in zip(self.places, slots, strict=True):
            key = skill_key(*value) if value else None
            place.show_skill(key, self.labels.get(key, "") if key else "")

    def flush(self) -> bool:
        return True  # every move is saved as it is made

    def current(self) -> list[str | None]:
        return [p.key for p in self.places]

    def _save(self, keys: list[str | None]) -> bool:
        slots = [tuple(k.split("/", 1)) if k else None for k in keys]
        ok, _ = self.session.run(lambda j: j.set_diamond(self.stage.id, slots))
        self.refresh()
        return ok

    def place(self, slot: int, key: str, source: int = -1) -> bool:
        """Put a skill in a place: a skill already elsewhere moves (swapping with what was here)."""
        keys = self.current()
        if key in keys:
            source = keys.index(key)
        if source >= 0:
            keys[source] = keys[slot]
        keys[slot] = key
        return self._save(keys)

    def place_selected(self, slot: int) -> bool:
        item = self.skills.currentItem()
        if item is None:
            return False
        return self.place(slot, item.data(Qt.ItemDataRole.UserRole))

    def clear_place(self, slot: int) -> bool:
        keys = self.current()
        keys[slot] = None
        return self._save(keys)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        focused = next((p for p in self.places if p.hasFocus()), None)
        if focused is not None and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.clear_place(focused.slot)
            return
        super().keyPressEvent(event)

    def make_targets(self, rows: int) -> list[int]:
        ok, ids = self.session.run(lambda j: j.diamond_to_targets(self.stage.id, rows))
        if ok and ids:
            messages.info(self, self.tr("Targets added"), (self.tr("1 target added to the targets of {stage}.") if len(ids) == 1 else
                                                           self.tr("{n} targets added to the targets of {stage}.")).format(n=len(ids), stage=self.stage.label))
        return ids or []
