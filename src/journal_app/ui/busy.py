"""A slow piece of core work run off the GUI thread, behind a modal "busy" dialog with a Cancel
button, so the window keeps drawing and says what is happening.

The work must touch nothing the GUI thread uses (no open journal or its session): it gets a
``threading.Event`` it should watch, and its result or exception comes back to the caller.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from journal_app.core.errors import Cancelled

T = TypeVar("T")


class _Finished(QObject):
    """Carries "the work is done" from the worker thread to the GUI thread (a queued signal)."""

    done = Signal()


def run_busy(parent: QWidget, title: str, text: str, work: Callable[[threading.Event], T]) -> T:
    """``work(cancel)`` in a worker thread while a modal dialog shows ``text`` with a busy
    indicator and the cursor is busy; the event loop runs meanwhile. Returns its result or
    raises its exception; Cancelled if the person pressed Cancel (or Escape, or closed the
    dialog): ``cancel`` is then set and the work has stopped before this returns."""
    cancel = threading.Event()
    dialog = QProgressDialog(text, QCoreApplication.translate("BusyDialog", "Cancel"), 0, 0, parent)
    dialog.setObjectName("busyDialog")
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    finished = _Finished()
    loop = QEventLoop()
    finished.done.connect(loop.quit, Qt.ConnectionType.QueuedConnection)
    dialog.canceled.connect(loop.quit)
    QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
    try:
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="journal-busy") as pool:
            future: Future[T] = pool.submit(work, cancel)
            future.add_done_callback(lambda _f: finished.done.emit())
            dialog.show()
            if not future.done():
                loop.exec()
            if dialog.wasCanceled() or not future.done():
                cancel.set()  # the work sees it and stops (leaving the pool waits for it)
        if cancel.is_set():
            raise Cancelled
        return future.result()
    finally:
        QApplication.restoreOverrideCursor()
        dialog.hide()
        dialog.deleteLater()
