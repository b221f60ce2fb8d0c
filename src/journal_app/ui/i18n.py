"""The window's language: Qt translators for the app's strings and Qt's own, the default
locale (dates, numbers, sorting), and tables of labels translated when they are read."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import (
    QCollator,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    QTranslator,
)

from journal_app.core import i18n
from journal_app.resources import resource_path

# By name: QLocale's Language and Country enums are large, and slow to build at start-up.
LOCALE_NAMES = {"en": "en_GB", "cy": "cy_GB"}


class Translators:
    """The translators installed for the chosen language; ``apply`` swaps them."""

    def __init__(self) -> None:
        self.installed: list[QTranslator] = []
        self.language = "en"

    def apply(self, code: str) -> bool:
        """Switch the app to ``code``; False if its catalogue (a .qm built by make) is missing."""
        app = QCoreApplication.instance()
        # One language per application: whichever Translators installed the current ones, they go.
        for t in getattr(app, "_journal_app_translators", []):
            app.removeTranslator(t)
        self.installed = []
        # English too: its catalogue holds only the plural forms ("%n words" -> "1 word").
        own = QTranslator(app)
        ok = own.load(str(resource_path("i18n", f"journal_app_{code}.qm")))
        if ok:
            self.installed.append(own)
        ok = ok or code == "en"  # without it English still reads, only "1 words"
        if code != "en":
            # Qt's own strings (standard buttons, file and print dialogs): Qt's translation where
            # Qt ships one, else the app's own (resources/i18n/qt_<lang>.ts; Qt has no Welsh).
            qt = QTranslator(app)
            if (qt.load(QLocale(LOCALE_NAMES[code]), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
                    or qt.load(str(resource_path("i18n", f"qt_{code}.qm")))):
                self.installed.append(qt)
        for t in self.installed:
            app.installTranslator(t)
        app._journal_app_translators = list(self.installed)
        QLocale.setDefault(QLocale(LOCALE_NAMES[code]))
        i18n.set_language(code)
        self.language = code
        return ok


def translated(context: str, texts: Iterable[str]) -> list[str]:
    return [QCoreApplication.translate(context, t) for t in texts]


def collator() -> QCollator:
    """Sorting that follows the chosen language (Welsh "ch", "dd", "ll" … sort as letters)."""
    from PySide6.QtCore import Qt

    c = QCollator(QLocale())
    c.setNumericMode(True)
    c.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return c


class CollatingProxy(QSortFilterProxyModel):
    """Sorts text the way the chosen language does (other values as they compare)."""

    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._collator = collator()
        self._locale = QLocale()

    def lessThan(self, left: QModelIndex | QPersistentModelIndex,  # noqa: N802 (Qt's name)
                 right: QModelIndex | QPersistentModelIndex) -> bool:
        a, b = left.data(self.sortRole()), right.data(self.sortRole())
        if isinstance(a, str) and isinstance(b, str):
            if self._locale != QLocale():  # the language changed since the last sort
                self._collator, self._locale = collator(), QLocale()
            return self._collator.compare(a, b) < 0
        return super().lessThan(left, right)
