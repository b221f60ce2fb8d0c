"""The yardstick for start-up: a bare PySide6 window, timed to its first paint.

    bare_window.py                      the bare window
    bare_window.py MODULE [MODULE...]   the same, importing MODULEs before it paints (the floor
                                        under a window that needs them: bench/run's
                                        store_floor_ratio imports the store's libraries)
"""

import importlib
import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

app = QApplication(sys.argv[:1])
window = QWidget()
window.resize(1366, 768)
for module in sys.argv[1:]:
    importlib.import_module(module)


class FirstPaint(QObject):
    def eventFilter(self, watched, event):  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            print("PAINTED", flush=True)
            QTimer.singleShot(0, app.quit)
        return False


paint = FirstPaint()
window.installEventFilter(paint)
window.show()
app.exec()
