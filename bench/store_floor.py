"""The floor under "fully usable": a bare PySide6 window that, before it paints, only imports
what opening a journal cannot do without (SQLAlchemy's ORM, which the store is built on, and
pydantic, which the framework models are built on), and opens nothing. No window that needs
the store to work can be fully usable sooner than this."""

import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

app = QApplication(sys.argv[:1])
window = QWidget()
window.resize(1366, 768)
import pydantic  # noqa: E402,F401
import sqlalchemy.orm  # noqa: E402,F401


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
