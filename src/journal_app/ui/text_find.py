"""Find in a text browser, wrapping round to the start (the guide and the framework text)."""

from __future__ import annotations

from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QTextBrowser


def find_next(browser: QTextBrowser, text: str) -> bool:
    if not text:
        return False
    if browser.find(text):
        return True
    cursor = browser.textCursor()
    cursor.movePosition(cursor.MoveOperation.Start)
    browser.setTextCursor(cursor)
    return browser.find(text, QTextDocument.FindFlag(0))
