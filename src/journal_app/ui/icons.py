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


def warning_colour() -> QColor:
    """Red for "overdue", readable on the current palette."""
    return QColor("#ff8a80" if is_dark() else "#b3261e")
