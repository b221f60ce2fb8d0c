"""Targets for further development: a table (text, success criteria, due date, status, review
notes) with overdue targets marked, for one stage or the whole journal."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.events import TARGETS, ChangeEvent
from journal_app.ui import messages
from journal_app.ui.delegates import ChoiceDelegate, DateDelegate, NamedDelegate
from journal_app.ui.empty_state import EmptyState
from journal_app.ui.models import STATUS_LABELS, TargetsModel
from journal_app.ui.pages import commit_editor
from journal_app.ui.session import JournalSession
from journal_app.ui.tables import leaves_with_tab


class FittedTable(QTableView):
    """A table whose rows are as tall as their wrapped text after every change (a target added,
    edited, or read again after a change elsewhere; a column resized), and as tall as the editor
    while a cell is edited: a new target's row was left one line high under its editor, and rows
    kept the height of their old text."""

    editing_done = Signal()  # an editor closed, however (a key, a click elsewhere, the view)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fit_pending = False
        self._editing: tuple[QPersistentModelIndex, QWidget] | None = None  # the cell being edited, its editor
        # Sized here, not by Qt's ResizeToContents: that mode undoes any other height (the editor's).
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)

    def setModel(self, model: QAbstractItemModel | None) -> None:  # noqa: N802
        super().setModel(model)
        if model is not None:
            for signal in (model.modelReset, model.rowsInserted, model.dataChanged, model.layoutChanged):
                signal.connect(self.fit_rows_later)
        self.horizontalHeader().sectionResized.connect(self.fit_rows_later)

    def fit_rows_later(self, *_args: object) -> None:
        """Once the view has taken the change (its columns their widths), not once per signal."""
        if not self._fit_pending:
            self._fit_pending = True
            QTimer.singleShot(0, self, self.fit_rows)

    def fit_rows(self) -> None:
        self._fit_pending = False
        self.resizeRowsToContents()
        self._fit_editor()

    def event(self, e: QEvent) -> bool:
        if e.type() in (QEvent.Type.Show, QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.fit_rows_later()
        return super().event(e)

    def _fit_editor(self) -> None:
        """Qt sizes a row by its text only (an editor counts only when persistent)."""
        if self._editing is None or self.state() != QAbstractItemView.State.EditingState:
            return
        index, editor = self._editing
        if index.isValid() and self.rowHeight(index.row()) < editor.sizeHint().height():
            self.verticalHeader().resizeSection(index.row(), editor.sizeHint().height())

    def edit(self, index: QModelIndex | QPersistentModelIndex,  # type: ignore[override]
             trigger: QAbstractItemView.EditTrigger = QAbstractItemView.EditTrigger.AllEditTriggers,
             event: QEvent | None = None) -> bool:
        started = super().edit(index, trigger, event)
        if started:
            cell = self.visualRect(index)
            editor = next((w for w in self.viewport().findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
                           if not w.isHidden() and w.geometry().intersects(cell)), None)
            if editor is not None:
                self._editing = (QPersistentModelIndex(index), editor)
                self._fit_editor()
        return started

    def finish_editing(self) -> None:
        """Save and close the cell being edited, wherever the focus now is (a button's Alt-letter
        takes it from the editor)."""
        if self.state() == QAbstractItemView.State.EditingState and self._editing is not None:
            editor = self._editing[1]
            self.commitData(editor)
            self.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:  # noqa: N802
        super().closeEditor(editor, hint)
        if self._editing is not None and self._editing[1] is editor:
            self._editing = None
        self.fit_rows_later()  # back to the height of its text
        if self.state() != QAbstractItemView.State.EditingState:
            self.editing_done.emit()


class TargetsPanel(QWidget):
    """A page (see ``journal_app.ui.pages``): the targets of one stage, or all of them."""

    shows = frozenset({TARGETS})

    def __init__(self, session: JournalSession, stage_id: str | None, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.stage_id, self.title = session, stage_id, title
        self.model = TargetsModel(session, stage_id, self)
        self.table = leaves_with_tab(FittedTable())
        self.table.setItemDelegate(NamedDelegate(self.table))
        self.table.setModel(self.model)
        self.table.setAccessibleName(title)
        self.table.setToolTip(self.tr("F2 or a double-click edits a cell; overdue targets are shown in red"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        # Typing does not start editing: mnemonics such as Alt+A must reach their buttons.
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.DoubleClicked)
        delegates = (self.table.itemDelegate(), DateDelegate(self.table), ChoiceDelegate(STATUS_LABELS, self.table))
        self.table.setItemDelegateForColumn(TargetsModel.DUE, delegates[1])
        self.table.setItemDelegateForColumn(TargetsModel.STATUS, delegates[2])
        self._stale = False  # a change came while a cell was being edited: read again after
        self.table.editing_done.connect(lambda: self._stale and self.refresh())
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TargetsModel.TEXT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(TargetsModel.SUCCESS, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(TargetsModel.REVIEW, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(TargetsModel.DUE, max(150, DateDelegate.editor_width()))  # the editor fits its cell
        self.add_button = QPushButton(self.tr("&Add target"))
        self.add_button.setAccessibleName(self.tr("Add a target"))
        self.add_button.setToolTip(self.tr("Add a target and start typing it"))
        self.remove_button = QPushButton(self.tr("&Delete target"))
        self.remove_button.setAccessibleName(self.tr("Delete the selected target"))
        self.tags_button = QPushButton(self.tr("C&UREE principles and skills…"))
        self.tags_button.setAccessibleName(self.tr("Tag the selected target with CUREE principles and skills"))
        self.tags_button.clicked.connect(lambda: self.edit_tags())
        for b in (self.add_button, self.remove_button, self.tags_button):
            b.setEnabled(not session.readonly)
        self.add_button.clicked.connect(lambda: self.add_target())
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.selectionModel().currentChanged.connect(lambda *_a: self._update_buttons())
        self.model.modelReset.connect(self._update_buttons)
        self._update_buttons()
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.tags_button)
        buttons.addStretch(1)
        if stage_id is None:  # the Targets page
            empty = self.tr("<h3>No targets yet</h3><p>Targets for further development say what you will work "
                            "on next and how you will know it is done. They come from a stage's reflection, a "
                            "learning conversation or Diamond 9; one for the whole journal can be added here.</p>")
        else:
            empty = self.tr("<h3>No targets for this stage yet</h3><p>A target says what you will work on next, "
                            "its success criteria and when it is due. Add one here, or make one from a learning "
                            "conversation or from Diamond 9.</p>")
        self.empty = EmptyState(self.table, empty, self.tr("Add a target"), lambda: self.add_target())
        self.empty.set_enabled_action(not session.readonly)
        layout = QVBoxLayout(self)
        heading = QLabel(f"<h2>{title}</h2>" if stage_id is None else f"<b>{title}</b>")
        heading.setBuddy(self.table)
        layout.addWidget(heading)
        layout.addWidget(self.empty, 1)
        layout.addLayout(buttons)

    def _update_buttons(self) -> None:
        """Delete and tag act on the selected target: enabled only when there is one."""
        chosen = self.table.currentIndex().isValid() and not self.session.readonly
        self.remove_button.setEnabled(chosen)
        self.tags_button.setEnabled(chosen)

    def add_target(self, text: str = "") -> int | None:
        """A new target, its text cell open for typing (a cell still being edited is saved and
        closed first, so the new row is there to type in)."""
        self.table.finish_editing()
        ok, tid = self.session.run(lambda j: j.add_target(self.stage_id, text or self.tr("New target")))
        if not ok or tid is None:
            return None
        self.refresh()
        row = self.model.row_of(tid)
        index = self.model.index(row, TargetsModel.TEXT)
        self.table.setCurrentIndex(index)
        self.table.setFocus()
        self.table.edit(index)
        return tid

    def remove_selected(self) -> None:
        idx = self.table.currentIndex()
        if not idx.isValid():
            return
        t = self.model.targets[idx.row()]
        if messages.confirm(self, self.tr("Delete target"), self.tr("Delete the target “{text}”?").format(text=t.text), self.tr("Delete")):
            self.session.run(lambda j: j.delete_target(t.id))

    def edit_tags(self) -> bool:
        from journal_app.ui.curee_pane import edit_tags

        idx = self.table.currentIndex()
        if not idx.isValid():
            return False
        t = self.model.targets[idx.row()]
        return edit_tags(self.session, self.session.curee, "target", t.id, self.tr("target “{text}”").format(text=t.text), self)

    def refresh(self, event: ChangeEvent | None = None) -> None:
        """The targets as they now are (a cell being edited is left to finish first)."""
        self._stale = self.table.state() == QAbstractItemView.State.EditingState
        if self._stale:
            return
        current = self.table.currentIndex()
        tid = self.model.target_id(current.row()) if current.isValid() else None
        self.model.refresh()
        row = self.model.row_of(tid) if tid is not None else -1
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, current.column()))

    def flush(self) -> bool:
        return commit_editor(self.table)
