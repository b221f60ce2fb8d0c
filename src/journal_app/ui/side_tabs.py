"""Tabs listed down the side: for pages whose names are too long to sit side by side in a tab
bar (the TLA's six dimensions, longer still in Welsh). The names wrap rather than scroll or
elide, and the list is driven from the keyboard like any list."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QStackedWidget, QWidget


class SideTabs(QWidget):
    """The parts of QTabWidget's interface the app uses, with the tabs in a list on the left."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setMaximumWidth(240)
        self.stack = QStackedWidget()
        self.list.currentRowChanged.connect(self.stack.setCurrentIndex)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addWidget(self.stack, 1)

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 (Qt's name)
        super().setAccessibleName(name)
        self.list.setAccessibleName(name)

    def addTab(self, page: QWidget, text: str) -> int:  # noqa: N802
        self.stack.addWidget(page)
        self.list.addItem(text)
        if self.list.currentRow() < 0:
            self.list.setCurrentRow(0)
        return self.count() - 1

    def count(self) -> int:
        return self.stack.count()

    def tabText(self, index: int) -> str:  # noqa: N802
        return self.list.item(index).text()

    def setTabText(self, index: int, text: str) -> None:  # noqa: N802
        self.list.item(index).setText(text)

    def currentIndex(self) -> int:  # noqa: N802
        return self.stack.currentIndex()

    def setCurrentIndex(self, index: int) -> None:  # noqa: N802
        self.list.setCurrentRow(index)

    def widget(self, index: int) -> QWidget:
        return self.stack.widget(index)
