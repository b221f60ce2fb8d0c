"""Starting the window: the QApplication, settings, the framework registry, and which journal
to open (the one named on the command line, or the one open when the app last closed)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from journal_app import APP_NAME, DESKTOP_ID, __version__
from journal_app.config import AppPaths
from journal_app.core import i18n
from journal_app.core.frameworks import FrameworkRegistry
from journal_app.settings import Settings
from journal_app.ui import icons, messages
from journal_app.ui.i18n import Translators
from journal_app.ui.main_window import MainWindow


def make_window(paths: AppPaths, lang: str | None = None) -> MainWindow:
    """The window, in ``lang`` if given (the command line's --lang), else the language chosen
    in Preferences (or the system's)."""
    registry = FrameworkRegistry.load(extra_dirs=[paths.frameworks_dir])
    settings = Settings.load(paths.settings_file)
    translators = Translators()
    translators.apply(i18n.resolve(lang or settings.language))
    window = MainWindow(settings, paths, registry, translators)
    if registry.problems:
        QTimer.singleShot(0, lambda: messages.error(
            window, QCoreApplication.translate("app", "Framework files left out"), QCoreApplication.translate("app", "Some of your framework files could not be read:"),
            "\n".join(registry.problems)))
    return window


def start(window: MainWindow, path: Path | None) -> None:
    """Open the journal named on the command line, or reopen the last one."""
    if path is not None:
        # After the window is shown, so an error appears over it rather than before it.
        QTimer.singleShot(0, lambda: window.open_journal(path))
    elif window.settings.last_journal and Path(window.settings.last_journal).is_file():
        window.open_journal(window.settings.last_journal)


class _FirstPaint(QObject):
    def __init__(self, app: QApplication, window: MainWindow) -> None:
        super().__init__(window)
        self.app, self.window = app, window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint and self.window.session is not None:
            print("PAINTED", flush=True)
            QTimer.singleShot(0, self.app.quit)
        return False


def _report_first_paint(app: QApplication, window: MainWindow, path: Path) -> None:
    window.open_journal(path)
    window.view.installEventFilter(_FirstPaint(app, window))


def run_gui(path: Path | None, paths: AppPaths, lang: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(DESKTOP_ID)
    app.setWindowIcon(icons.app_icon())
    window = make_window(paths, lang)
    window.show()
    if os.environ.get("JOURNAL_APP_BENCH_PAINTED") and path is not None:
        _report_first_paint(app, window, path)  # bench/run: time to the first painted journal
        return app.exec()
    start(window, path)
    if os.environ.get("JOURNAL_APP_SMOKE"):  # the packaging smoke test: open, report, quit
        def report() -> None:
            s = window.session
            # Read by packaging/smoke-test.sh, so never translated.
            print(f"opened {s.journal.details().owner}" if s else "no journal open", flush=True)
            print(f"menu {window.menuBar().actions()[0].text()}", flush=True)  # shows the language
            app.quit()

        QTimer.singleShot(1500, report)
    else:
        QTimer.singleShot(0, window.welcome_if_first_start)
    return app.exec()
