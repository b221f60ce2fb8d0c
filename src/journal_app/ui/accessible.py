"""Heard as well as seen: status text a sighted teacher reads in passing (saved, word count,
sign-off state, a date not understood) is exposed to screen readers as text and announced when
it changes; fields are tied to the labels that name them."""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleEvent
from PySide6.QtWidgets import QFormLayout, QLabel, QLayout, QWidget


def announce(widget: QWidget, text: str) -> None:
    """Have a screen reader say ``text`` now (without moving the focus)."""
    if text and QAccessible.isActive():
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(widget, text))


class StatusLabel(QLabel):
    """A label whose text changes as the teacher works. Its accessible name is "what: text"
    (not only the fixed "what"), each change fires NameChanged, and with ``polite`` it is also
    announced (for what the teacher must hear at once, not for a count that changes with
    every word typed)."""

    def __init__(self, what: str, parent: QWidget | None = None, *, polite: bool = False) -> None:
        super().__init__(parent)
        self.what = what
        self.polite = polite
        self.setAccessibleName(what)
        self.setAccessibleDescription(what)

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        if text == self.text():
            return
        super().setText(text)
        plain = _plain(text)
        name = QCoreApplication.translate("accessible", "{what}: {text}").format(what=self.what, text=plain) if plain else self.what
        self.setAccessibleName(name)
        if QAccessible.isActive():
            QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.NameChanged))
            if self.polite and plain:
                announce(self, plain)

    def clear(self) -> None:
        self.setText("")


def _plain(text: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", text)).split())


def labelled(text: str, field: QWidget) -> QLabel:
    """A label naming ``field``: its Alt-letter moves there and screen readers tie them."""
    label = QLabel(text)
    label.setBuddy(field.focusProxy() or field)
    return label


def add_row(form: QFormLayout, text: str, field: QWidget | QLayout, buddy: QWidget | None = None) -> QLabel:
    """``form.addRow`` with the label tied to its field (``buddy`` when ``field`` is a layout
    or the field to name is not the first widget)."""
    label = QLabel(text)
    target = buddy if buddy is not None else field if isinstance(field, QWidget) else None
    if target is not None:
        label.setBuddy(target.focusProxy() or target)
    form.addRow(label, field)
    return label
