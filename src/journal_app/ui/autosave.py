"""Save-as-you-type: an edit is saved shortly after typing pauses (well within a second), and
at once when the window closes or the page changes (``flush``)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

DELAY_MS = 400


class Autosave(QObject):
    def __init__(self, save: Callable[[], bool], parent: QObject | None = None, delay_ms: int = DELAY_MS) -> None:
        super().__init__(parent)
        self._save = save
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.flush)
        self.pending = False

    def schedule(self) -> None:
        self.pending = True
        self._timer.start()

    def flush(self) -> bool:
        """Save now if anything is waiting; False if saving failed (the edit stays pending)."""
        self._timer.stop()
        if not self.pending:
            return True
        ok = self._save()
        self.pending = not ok
        return ok
