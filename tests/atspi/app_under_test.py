"""The window for tests/test_atspi.py: opened on a journal on a real X display with Qt's
accessibility bridge on, driven by one-line commands on standard input ("page KEY", "quit"),
each answered on standard output once done."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QSocketNotifier, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from journal_app.config import AppPaths
from journal_app.ui.app import make_window


def main() -> int:
    journal, data = Path(sys.argv[1]), Path(sys.argv[2])
    app = QApplication(sys.argv[:1])
    app.setApplicationName("journal-app-under-test")
    window = make_window(AppPaths.default(data), "en")
    window.resize(1366, 740)
    window.show()
    window.activateWindow()
    if not window.open_journal(journal):
        print("error cannot open", flush=True)
        return 1

    def command() -> None:
        line = sys.stdin.readline().strip()
        if not line or line == "quit":
            window.close_journal()
            app.quit()
            return
        verb, _, arg = line.partition(" ")
        if verb == "page":
            window.view.show_page(arg)
            window.view.nav.setFocus()
        elif verb == "focus":  # an object by its accessible name
            for w in window.findChildren(QWidget):
                if w.accessibleName() == arg and w.isVisible():
                    w.setFocus()
                    break
        QTimer.singleShot(300, lambda: print(f"done {line}", flush=True))

    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(command)
    QTimer.singleShot(500, lambda: print("ready", flush=True))
    QTimer.singleShot(120_000, app.quit)  # never left behind
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
