"""The window's language: Qt translators for the app's strings and Qt's own, the default
locale (dates, numbers, sorting), and tables of labels translated when they are read."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from PySide6.QtCore import QCollator, QCoreApplication, QLibraryInfo, QLocale, QTranslator

from journal_app.core import i18n
from journal_app.resources import resource_path

LOCALES = {"en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
           "cy": QLocale(QLocale.Language.Welsh, QLocale.Country.UnitedKingdom)}


class Translators:
    """The translators installed for the chosen language; ``apply`` swaps them."""

    def __init__(self) -> None:
        self.installed: list[QTranslator] = []
        self.language = "en"

    def apply(self, code: str) -> bool:
        """Switch the app to ``code``; False if its catalogue (a .qm built by make) is missing."""
        app = QCoreApplication.instance()
        for t in self.installed:
            app.removeTranslator(t)
        self.installed = []
        ok = True
        if code != "en":
            own = QTranslator(app)
            ok = own.load(str(resource_path("i18n", f"journal_app_{code}.qm")))
            if ok:
                self.installed.append(own)
            # Qt's own strings (standard buttons, file and print dialogs) where Qt ships them;
            # for Welsh it does not, so the app's catalogue carries those in Qt's contexts.
            qt = QTranslator(app)
            if qt.load(LOCALES[code], "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
                self.installed.append(qt)
        for t in self.installed:
            app.installTranslator(t)
        QLocale.setDefault(LOCALES[code])
        i18n.set_language(code)
        self.language = code
        return ok


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


class Labels(dict):
    """A constant table of labels, marked with QT_TRANSLATE_NOOP where it is written and
    translated each time it is read, so it follows a change of language."""

    def __init__(self, context: str, items: dict[str, str]) -> None:
        super().__init__(items)
        self.context = context

    def __getitem__(self, key: str) -> str:
        return QCoreApplication.translate(self.context, super().__getitem__(key))

    def get(self, key: str, default: str | None = None) -> str | None:  # type: ignore[override]
        return self[key] if key in self else default

    def items(self) -> Iterator[tuple[str, str]]:  # type: ignore[override]
        return ((k, self[k]) for k in self)

    def values(self) -> Iterator[str]:  # type: ignore[override]
        return (self[k] for k in self)


def translated(context: str, texts: Iterable[str]) -> list[str]:
    return [QCoreApplication.translate(context, t) for t in texts]


def collator() -> QCollator:
    """Sorting that follows the chosen language (Welsh "ch", "dd", "ll" … sort as letters)."""
    c = QCollator(QLocale())
    c.setNumericMode(True)
    return c
