"""Where the main window goes: as large as suits the screen it opens on and never over its
edges or under its taskbar; a size and position remembered from another screen (a projector,
a bigger monitor) is brought back onto the current one.

The rules are plain functions of rectangles so they can be tested without a screen."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QRect, QSize
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QStyle, QWidget

# The largest size the window opens at on a big screen; on a smaller one it takes the work area.
PREFERRED = QSize(1440, 900)


def default_geometry(available: QRect, frame: QMargins, preferred: QSize = PREFERRED) -> QRect:
    """The window's own rectangle (inside its frame): ``preferred`` if the work area has room,
    else the whole work area less the frame; centred in the work area."""
    room = available.marginsRemoved(frame)
    w, h = min(preferred.width(), room.width()), min(preferred.height(), room.height())
    return QRect(room.x() + (room.width() - w) // 2, room.y() + (room.height() - h) // 2, w, h)


def onto_screen(geometry: QRect, available: QRect, frame: QMargins, minimum: QSize | None = None) -> QRect:
    """``geometry`` (the window's own rectangle) shrunk to the work area less the frame if it is
    larger (never below ``minimum``), and moved so that it lies inside the work area."""
    room = available.marginsRemoved(frame)
    minimum = minimum or QSize(0, 0)
    w = max(min(geometry.width(), room.width()), min(minimum.width(), room.width()))
    h = max(min(geometry.height(), room.height()), min(minimum.height(), room.height()))
    x = min(max(geometry.x(), room.x()), room.x() + room.width() - w)
    y = min(max(geometry.y(), room.y()), room.y() + room.height() - h)
    return QRect(x, y, w, h)


def frame_margins(window: QWidget) -> QMargins:
    """The window manager's frame around the window: measured once the window is on screen,
    else a title bar's height as a first guess."""
    frame, inner = window.frameGeometry(), window.geometry()
    if frame != inner:
        return QMargins(inner.left() - frame.left(), inner.top() - frame.top(),
                        frame.right() - inner.right(), frame.bottom() - inner.bottom())
    title = window.style().pixelMetric(QStyle.PixelMetric.PM_TitleBarHeight)
    return QMargins(1, max(title, 24) + 4, 1, 1)


def screen_of(geometry: QRect | None, fallback: QScreen | None) -> QScreen | None:
    """The screen showing the middle of ``geometry``, else the fallback (or the primary)."""
    if geometry is not None and geometry.isValid():
        screen = QGuiApplication.screenAt(geometry.center())
        if screen is not None:
            return screen
    return fallback or QGuiApplication.primaryScreen()


def fit_window(window: QWidget, *, restored: bool) -> None:
    """Size and place ``window`` for its screen: a restored geometry is kept if it fits and
    brought onto the screen if not; otherwise the default size for the screen."""
    if window.isMaximized() or window.isFullScreen():
        return
    screen = screen_of(window.geometry() if restored else None, window.screen())
    if screen is None:
        return
    available, frame = screen.availableGeometry(), frame_margins(window)
    if restored:
        rect = onto_screen(window.geometry(), available, frame, window.minimumSize())
    else:
        rect = default_geometry(available, frame)
    if rect != window.geometry():
        window.setGeometry(rect)


def fits(window: QWidget) -> bool:
    """Whether the window with its frame lies inside its screen's work area."""
    screen = window.screen()
    return screen is not None and screen.availableGeometry().contains(window.frameGeometry())


def fills_screen(window: QWidget, share: float = 0.94) -> bool:
    """Whether the (not maximised) window takes (nearly) its screen's whole work area: such a size is
    not worth remembering, since the same rule makes it again for whatever screen comes next
    (a size saved at 125% would otherwise reopen small at 100%)."""
    screen = window.screen()
    if screen is None or window.isMaximized() or window.isFullScreen():
        return False
    work, outer = screen.availableGeometry(), window.geometry().marginsAdded(frame_margins(window))
    return outer.width() >= work.width() * share and outer.height() >= work.height() * share
