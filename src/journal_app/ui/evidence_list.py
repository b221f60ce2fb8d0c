"""The evidence items of one criterion (or of a stage itself, for stages with no criteria
table): a list with Add file…, Open, Rename…, Mark private and Remove, and files dropped on it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog, QListView, QPushButton, QVBoxLayout, QWidget

from journal_app.ui.evidence_actions import EvidenceActions
from journal_app.ui.flow_layout import FlowLayout
from journal_app.ui.models import ID_ROLE, EvidenceModel
from journal_app.ui.session import JournalSession


class EvidenceList(QWidget):
    changed = Signal()

    def __init__(self, session: JournalSession, stage_id: str, criterion_id: str | None, name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.stage_id, self.criterion_id = session, stage_id, criterion_id
        self.setAcceptDrops(not session.readonly)
        self.model = EvidenceModel(session, stage_id, criterion_id, self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(name)
        self.view.setToolTip(self.tr("Drop files here to add them as evidence"))
        self.actions = EvidenceActions(session, self)
        self.add_button = QPushButton(self.tr("Add fi&le…"))
        self.add_button.setAccessibleName(self.tr("Add an evidence file"))
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.setAccessibleName(self.tr("Open the selected evidence item"))
        self.rename_button = QPushButton(self.tr("Re&name…"))
        self.rename_button.setAccessibleName(self.tr("Rename the selected evidence item"))
        self.private_button = QPushButton(self.tr("Mar&k private"))
        self.private_button.setAccessibleName(self.tr("Mark the selected evidence item private or shared"))
        self.private_button.setToolTip(self.tr("Private items are left out of copies you share and of printed sheets"))
        self.remove_button = QPushButton(self.tr("Re&move"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected evidence item"))
        buttons = FlowLayout()  # wraps when the pane is narrow rather than widening it
        for b in (self.add_button, self.open_button, self.rename_button, self.private_button, self.remove_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self._choose_files)
        self.open_button.clicked.connect(lambda: self._with_selected(self.actions.open))
        self.rename_button.clicked.connect(lambda: self._with_selected(self.actions.rename))
        self.private_button.clicked.connect(lambda: self._with_selected(self.actions.toggle_private))
        self.remove_button.clicked.connect(lambda: self._with_selected(self.actions.remove))
        self.actions.added.connect(lambda _id: self._changed())
        self.view.activated.connect(lambda idx: self.actions.open(idx.data(ID_ROLE)))
        self.add_button.setEnabled(not session.readonly)
        for signal in (self.model.modelReset, self.model.rowsInserted, self.model.rowsRemoved,
                       self.view.selectionModel().currentChanged):
            signal.connect(lambda *_a: self._update_buttons())
        self._update_buttons()

    def _update_buttons(self) -> None:
        """Open, Rename, Mark private and Remove act on the selected item (or the only one):
        enabled only when there is one."""
        chosen = self.view.currentIndex().isValid() or self.model.rowCount() == 1
        self.open_button.setEnabled(chosen)
        for b in (self.rename_button, self.private_button, self.remove_button):
            b.setEnabled(chosen and not self.session.readonly)

    def set_criterion(self, criterion_id: str | None) -> None:
        self.criterion_id = criterion_id
        self.model.set_filter(self.stage_id, criterion_id)

    def add_files(self, paths: list[str]) -> list[int]:
        if self.criterion_id is None:
            return []
        return self.actions.add_files(paths, [(self.stage_id, self.criterion_id)])

    def _choose_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("Add evidence files"), str(self.session.evidence_folder))
        if files:
            self.session.evidence_folder = Path(files[0]).parent
            self.add_files(files)

    def _with_selected(self, action) -> None:  # noqa: ANN001
        idx = self.view.currentIndex()
        if not idx.isValid() and self.model.rowCount() == 1:
            idx = self.model.index(0, 0)
        if idx.isValid() and action(idx.data(ID_ROLE)) is not False:
            self._changed()

    def _changed(self) -> None:
        self.model.refresh()
        self.changed.emit()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and self.criterion_id is not None and not self.session.readonly:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            self.add_files(paths)
            event.acceptProposedAction()
