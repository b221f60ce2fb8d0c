"""A table that, while it has no rows, gives its place to what it is for and a button for its
first action (as an application's empty pages do), and comes back with the first row."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)


class EmptyState(QStackedWidget):
    """``view`` while its model has rows, else ``text`` and an ``action`` button in its place."""

    def __init__(self, view: QAbstractItemView, text: str, action: str = "",
                 slot: Callable[[], object] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.message = QLabel(text)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.RichText)
        self.message.setMaximumWidth(640)  # read by a screen reader as its text, like any label
        self.button: QPushButton | None = None
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(12)
        layout.addWidget(self.message)
        if action and slot is not None:
            self.button = QPushButton(action)
            self.button.setAccessibleName(action)
            self.button.clicked.connect(lambda: slot())
            layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self.panel = panel
        self.addWidget(view)
        self.addWidget(panel)
        model = view.model()
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.layoutChanged):
            signal.connect(self.update_state)
        self.update_state()

    @property
    def empty(self) -> bool:
        return self.currentWidget() is self.panel

    def set_enabled_action(self, enabled: bool) -> None:
        if self.button is not None:
            self.button.setEnabled(enabled)

    def update_state(self) -> None:
        self.setCurrentWidget(self.view if self.view.model().rowCount() else self.panel)
