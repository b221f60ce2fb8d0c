"""Importing a returned review does not freeze the window: the file is read in a worker thread
(a PDF is checked by a child process) behind a modal "Checking the returned file…" dialog with
a busy cursor, and Cancel stops the wait, kills the checker and leaves the journal as it was."""

from __future__ import annotations

import multiprocessing
import signal
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

from conftest import open_window
from journal_app.config import AppPaths
from journal_app.core.errors import Cancelled
from journal_app.core.journal import Journal
from journal_app.core.reviewform import inspect, reader
from journal_app.core.reviewform.export import export_review_form
from test_review_form_import import answers, fill_with_pypdf

OPEN = "journal_app.ui.main_window.QFileDialog.getOpenFileName"


class SleepingChecker:
    """Stands in for ``inspect``'s multiprocessing: the checker child is started as usual but
    sleeps instead of answering, so only a kill (or the time limit) ends the wait."""

    def __init__(self) -> None:
        self.procs: list[multiprocessing.Process] = []
        self.ends: list = []  # the child's pipe ends, kept open here as a silent child would

    def get_context(self, method: str):  # noqa: ANN201
        ctx = multiprocessing.get_context(method)
        procs, ends = self.procs, self.ends

        class KeptOpen:
            def __init__(self, conn) -> None:  # noqa: ANN001
                ends.append(conn)

            def close(self) -> None:
                pass

        class Context:
            @staticmethod
            def Pipe(duplex):  # noqa: ANN001, ANN205, N802
                parent, child = ctx.Pipe(duplex)
                return parent, KeptOpen(child)

            @staticmethod
            def Process(target, args, daemon):  # noqa: ANN001, ANN205, N802
                proc = ctx.Process(target=time.sleep, args=(120,), daemon=daemon)
                procs.append(proc)
                return proc

        return Context

    def close(self) -> None:
        for conn in self.ends:
            conn.close()


@pytest.fixture
def checker(monkeypatch):
    checker = SleepingChecker()
    monkeypatch.setattr(inspect, "multiprocessing", checker)
    yield checker
    checker.close()


class Watch:
    """Records, on a 10 ms QTimer, what the window shows while the PDF is being checked."""

    def __init__(self, window, monkeypatch, on_tick=None) -> None:  # noqa: ANN001
        self.window, self.on_tick = window, on_tick
        self.checking = threading.Event()
        self.checked: list[Path] = []  # the private copies checked (inside the temporary folder)
        self.ticks = 0
        self.seen: list[tuple[bool, str, bool, object]] = []  # visible, label, modal, cursor shape
        real = reader.inspect_pdf

        def inspect_pdf(path, cancel=None):  # noqa: ANN001, ANN202
            self.checked.append(path)
            self.checking.set()
            try:
                return real(path, cancel)
            finally:
                self.checking.clear()

        monkeypatch.setattr(reader, "inspect_pdf", inspect_pdf)
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self.tick)

    def tick(self) -> None:
        if not self.checking.is_set():
            return
        self.ticks += 1
        dialog = self.window.findChild(QProgressDialog, "busyDialog")
        cursor = QApplication.overrideCursor()
        self.seen.append((dialog is not None and dialog.isVisible(), dialog.labelText() if dialog else "",
                          dialog is not None and dialog.isModal(), cursor.shape() if cursor else None))
        if self.on_tick and dialog is not None:
            self.on_tick(dialog)

    def run(self, call):  # noqa: ANN001, ANN201
        self.timer.start()
        try:
            return call()
        finally:
            self.timer.stop()


@pytest.fixture
def ann(tmp_path, ljmu):
    path = tmp_path / "ann.ljournal"
    with Journal.create(path, ljmu, "Ann Jones") as j:
        j.set_reflection("developing", "Reflection for the mentor")
        form = export_review_form(j, tmp_path / "form.pdf", ["developing"])
    return path, fill_with_pypdf(form, tmp_path / "filled.pdf", answers())


def test_the_window_keeps_running_while_a_returned_form_is_checked(qtbot, monkeypatch, tmp_path, errors, ann):
    path, filled = ann
    w = open_window(qtbot, AppPaths.default(tmp_path / "data"))
    w.open_journal(path)
    monkeypatch.setattr(OPEN, lambda *a, **k: (str(filled), ""))
    watch = Watch(w, monkeypatch)
    summary = watch.run(w.import_mentor_review)
    assert summary is not None and errors == []
    assert w.session.journal.seals("developing")[0].name == "Pat Mentor"
    # The real checker child took long enough for the event loop to turn many times meanwhile,
    # with the dialog up, modal, saying what is happening, and the busy cursor.
    assert watch.ticks >= 3
    assert all(s == (True, "Checking the returned file…", True, Qt.CursorShape.BusyCursor) for s in watch.seen)
    assert QApplication.overrideCursor() is None
    assert w.findChild(QProgressDialog, "busyDialog") is None or not w.findChild(QProgressDialog, "busyDialog").isVisible()
    assert not watch.checked[0].parent.exists()  # the temporary folder lasted the import, then went


def test_cancel_stops_the_check_kills_the_checker_and_changes_nothing(qtbot, monkeypatch, tmp_path, errors, ann, checker):
    path, filled = ann
    w = open_window(qtbot, AppPaths.default(tmp_path / "data"))
    w.open_journal(path)
    monkeypatch.setattr(OPEN, lambda *a, **k: (str(filled), ""))
    before = path.read_bytes()
    clicked = []

    def press_cancel(dialog: QProgressDialog) -> None:
        if not clicked and checker.procs and dialog.isVisible():
            clicked.append(time.monotonic())
            qtbot.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)

    watch = Watch(w, monkeypatch, press_cancel)
    assert watch.run(w.import_mentor_review) is None
    assert clicked and time.monotonic() - clicked[0] < 5  # not the 30 s time limit
    [proc] = checker.procs
    assert proc.exitcode == -signal.SIGKILL and multiprocessing.active_children() == []
    assert errors == [] and "cancelled" in w.statusBar().currentMessage()
    assert path.read_bytes() == before and w.session.journal.seals("developing") == []
    assert QApplication.overrideCursor() is None
    assert not watch.checked[0].parent.exists()


def test_a_checker_that_never_answers_is_refused_after_the_time_limit(qtbot, monkeypatch, tmp_path, errors, ann, checker):
    path, filled = ann
    monkeypatch.setattr(inspect, "TIME_LIMIT", 1.0)
    w = open_window(qtbot, AppPaths.default(tmp_path / "data"))
    w.open_journal(path)
    monkeypatch.setattr(OPEN, lambda *a, **k: (str(filled), ""))
    before = path.read_bytes()
    watch = Watch(w, monkeypatch)
    assert watch.run(w.import_mentor_review) is None
    assert watch.ticks >= 20 and all(s[0] for s in watch.seen)  # ~100 turns of the loop in that second
    assert errors == ["Review not imported: filled.pdf took too long to read; it was not imported"]
    assert checker.procs[0].exitcode == -signal.SIGKILL and multiprocessing.active_children() == []
    assert path.read_bytes() == before and QApplication.overrideCursor() is None


def test_inspect_pdf_stops_when_cancelled_from_another_thread(tmp_path, checker):
    pdf = tmp_path / "x.pdf"
    pdf.write_bytes(b"%PDF-1.7\n")
    cancel = threading.Event()
    threading.Timer(0.3, cancel.set).start()
    start = time.monotonic()
    with pytest.raises(Cancelled):
        inspect.inspect_pdf(pdf, cancel)
    assert time.monotonic() - start < 3
    assert checker.procs[0].exitcode == -signal.SIGKILL and multiprocessing.active_children() == []
