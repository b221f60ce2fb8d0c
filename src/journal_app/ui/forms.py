"""Form fields that fit their content: multi-line text that shows at least three lines and
grows with what is written, and where Tab moves on to the next field (only the reflection
editor, a document of its own, keeps Tab for itself)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize
from PySide6.QtWidgets import QFrame, QPlainTextEdit, QSizePolicy, QWidget


class MultiLineText(QPlainTextEdit):
    """At least ``lines`` lines tall, asking to grow with its text up to ``max_lines`` (then it
    scrolls); Tab and Shift+Tab move between fields. Only the ``lines`` are a minimum: where a
    pane is short the field keeps them and scrolls, rather than the fields below it being drawn
    over it."""

    def __init__(self, name: str = "", placeholder: str = "", *, lines: int = 3, max_lines: int = 12,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.min_lines, self.max_lines = lines, max_lines
        if name:
            self.setAccessibleName(name)
        if placeholder:
            self.setPlaceholderText(placeholder)
        self.setTabChangesFocus(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._fitted = 0  # the height its text asks for
        self.document().documentLayout().documentSizeChanged.connect(lambda _s: self._fit())
        self._fit()

    def height_for(self, lines: int) -> int:
        margins = self.contentsMargins()
        doc_margin = int(self.document().documentMargin() * 2)
        frame = 2 * self.frameWidth() if self.frameShape() != QFrame.Shape.NoFrame else 0
        return lines * self.fontMetrics().lineSpacing() + doc_margin + frame + margins.top() + margins.bottom()

    def _fit(self) -> None:
        shown = max(self.min_lines, min(self.max_lines, int(self.document().size().height()) or 1))
        least = self.height_for(self.min_lines)
        if self.minimumHeight() != least:
            self.setMinimumHeight(least)
        h = self.height_for(shown)
        if self._fitted != h:
            self._fitted = h
            self.updateGeometry()

    def changeEvent(self, event) -> None:  # noqa: ANN001, N802 (Qt's name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        """As tall as its text (within min and max lines), not a scroll area's fixed 192 px: a
        form of these fields keeps what follows them in view, and a layout that has room to spare
        may still make one taller."""
        return QSize(super().sizeHint().width(), self._fitted)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(super().minimumSizeHint().width(), self.height_for(self.min_lines))
