"""Starting the window: the QApplication, settings, the framework registry, and which journal
to open (the one named on the command line, or the one open when the app last closed)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from journal_app import APP_NAME, DESKTOP_ID, __version__
from journal_app.config import AppPaths
from journal_app.core import i18n
from journal_app.settings import Settings
from journal_app.ui import icons
from journal_app.ui.i18n import Translators
from journal_app.ui.main_window import MainWindow


def make_window(paths: AppPaths, lang: str | None = None, *, show_start: bool = True) -> MainWindow:
    """The window, in ``lang`` if given (the command line's --lang), else the language chosen
    in Preferences (or the system's). The frameworks are read when first needed."""
    settings = Settings.load(paths.settings_file)
    translators = Translators()
    translators.apply(i18n.resolve(lang or settings.language))
    return MainWindow(settings, paths, None, translators, show_start=show_start)


def journal_to_open(window: MainWindow, path: Path | None) -> Path | None:
    """The journal named on the command line, or the one open when the app last closed."""
    if path is not None:
        return path
    last = window.settings.last_journal
    return Path(last) if last and Path(last).is_file() else None


def open_quickly(window: MainWindow, path: str | Path) -> None:
    """Show the journal at once from a quick look at the file, then open it properly as soon
    as that is on screen (loading the store and the framework models takes a moment)."""
    from journal_app.core.quicklook import quick_look
    from journal_app.ui.quick_view import QuickView

    path = Path(path)
    look = quick_look(path)
    if look is None:  # not a current journal: opening it says what is wrong, over the window
        QTimer.singleShot(0, lambda: window.open_journal(path))
        return
    view = QuickView(look)
    window.stack.addWidget(view)
    window.stack.setCurrentWidget(view)
    window.quick_view = view
    window.setWindowTitle(f"{path.stem} — {APP_NAME}")
    done = []

    def finish() -> None:
        if done:
            return
        done.append(True)
        ok = window.open_journal(path)
        window.stack.removeWidget(view)
        view.deleteLater()
        window.quick_view = None
        if not ok:
            window.stack.setCurrentWidget(window.start)
            window.setWindowTitle(APP_NAME)

    view.painted.connect(lambda: QTimer.singleShot(0, finish))
    QTimer.singleShot(1000, finish)  # if the window is not on screen to be painted


def start(window: MainWindow, path: Path | None) -> None:
    """Open the journal named on the command line, or reopen the last one, or show the start
    screen."""
    journal = journal_to_open(window, path)
    if journal is not None:
        open_quickly(window, journal)
    else:
        window.stack.setCurrentWidget(window.start)


class _FirstPaint(QObject):
    """For bench/run: "PAINTED" at the first paint showing the journal, "READY" at the first
    paint once it is open and every control works; then quit."""

    def __init__(self, app: QApplication, window: MainWindow) -> None:
        super().__init__(window)
        self.app, self.window = app, window
        self.painted = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint:
            if not self.painted and (self.window.quick_view is not None or self.window.session is not None):
                self.painted = True
                print("PAINTED", flush=True)
            if self.window.session is not None and self.window.quick_view is None:
                print("READY", flush=True)
                self.app.removeEventFilter(self)
                QTimer.singleShot(0, self.app.quit)
        return False


def run_gui(path: Path | None, paths: AppPaths, lang: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(DESKTOP_ID)
    app.setWindowIcon(icons.app_icon())
    window = make_window(paths, lang, show_start=False)  # start() shows the journal or the start screen
    window.show()
    if os.environ.get("JOURNAL_APP_BENCH_PAINTED") and path is not None:
        app.installEventFilter(_FirstPaint(app, window))  # bench/run: time to the first painted journal
        open_quickly(window, path)
        return app.exec()
    start(window, path)
    if os.environ.get("JOURNAL_APP_SMOKE"):  # the packaging smoke test: open, report, quit
        def report() -> None:
            s = window.session
            try:  # read by packaging/smoke-test.sh, so never translated
                print(f"opened {s.journal.details().owner}" if s else "no journal open", flush=True)
                print(f"menu {window.menuBar().actions()[0].text()}", flush=True)  # shows the language
            except BrokenPipeError:  # the reader (grep -q) had what it wanted and went
                pass
            finally:
                app.quit()

        QTimer.singleShot(1500, report)
    else:
        QTimer.singleShot(0, window.welcome_if_first_start)
    return app.exec()
