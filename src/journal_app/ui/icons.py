"""The app's icons: the application icon, and action icons in the variant that suits the
palette (dark strokes on a light palette, light strokes on a dark one)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPalette

from journal_app.resources import resource_path


def app_icon() -> QIcon:
    icon = QIcon()
    for size in (16, 22, 24, 32, 48, 64, 128, 256, 512):
        icon.addFile(str(resource_path("icons", "app", f"journal-app-{size}.png")))
    return icon


def is_dark() -> bool:
    app = QGuiApplication.instance()
    window = app.palette().color(QPalette.ColorRole.Window) if app else None
    return window is not None and window.lightness() < 128


def icon(name: str) -> QIcon:
    variant = "dark" if is_dark() else "light"
    path = resource_path("icons", "actions", variant, f"{name}.svg")
    return QIcon(str(path)) if path.is_file() else QIcon()


def good_colour() -> QColor:
    """Green for "achieved", readable on the current palette."""
    return QColor("#7fd99a" if is_dark() else "#1b7f3b")


def state_colour(state: str) -> QColor:
    """A criterion's state as a colour readable on the current palette: green when achieved,
    amber while under way, muted before it is begun."""
    if state == "achieved":
        return good_colour()
    if state in ("begun", "partly_evidenced"):
        return QColor("#ffcc66" if is_dark() else "#8a5300")
    return muted_colour()  # (the palette's placeholder grey is too faint to read: 4:1 on white)


def set_back(text: QColor, base: QColor) -> QColor:
    """``text`` set back towards ``base`` and still readable: two parts of one to one of the other."""
    return QColor((text.red() * 2 + base.red()) // 3, (text.green() * 2 + base.green()) // 3,
                  (text.blue() * 2 + base.blue()) // 3)


def muted_colour() -> QColor:
    """Text set back from the rest (a journal no longer there), still readable: two parts of the
    palette's text to one of its background."""
    app = QGuiApplication.instance()
    if app is None:
        return QColor("#555555")
    pal = app.palette()
    return set_back(pal.color(QPalette.ColorRole.Text), pal.color(QPalette.ColorRole.Base))


def warning_colour() -> QColor:
    """Red for "overdue", readable on the current palette."""
    return QColor("#ff8a80" if is_dark() else "#b3261e")


def warning_css() -> str:
    """The style sheet of a line that says what is wrong, in ``warning_colour``."""
    return f"color: {warning_colour().name()}"


def caution_css() -> str:
    """The style sheet of a line to heed (amber, as a criterion under way), readable on the palette."""
    return f"color: {state_colour('begun').name()}"


def alert_box_css() -> str:
    """A box that must be seen (a broken sign-off): dark red on pale red, or pale on dark red in a
    dark palette, so it stands out without glaring."""
    return ("background: #5c1410; color: #fde7e4; padding: 4px;" if is_dark()
            else "background: #fde7e4; color: #5c1410; padding: 4px;")


def notice_box_css() -> str:
    """A banner to read first (a review copy, a journal open read-only): dark on pale yellow, or
    pale on dark amber in a dark palette, so it is noticed without glaring."""
    return ("background: #4a3b00; color: #fff4ce; padding: 4px;" if is_dark()
            else "background: #fff4ce; color: #3d3000; padding: 4px;")
