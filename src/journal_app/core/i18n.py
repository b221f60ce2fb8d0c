"""Languages without Qt: the language the core speaks (printed sheets, command-line and error
messages), read from the same Qt Linguist catalogues the window uses.

The catalogues are ``resources/i18n/journal_app_<lang>.ts`` (XML, kept in the repository and
edited with Qt Linguist). The window loads the ``.qm`` files that ``make`` builds from them; the
core reads the ``.ts`` directly, so it needs neither Qt nor a build step. Strings are marked with
``translate("Context", "text")`` so that ``pyside6-lupdate`` finds them beside the window's.

English is the source language: ``translate`` returns the text unchanged unless another
language was chosen with :func:`set_language` (the window does that when the teacher picks
one in Preferences; the command line with ``--lang``).
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from functools import cache
from pathlib import Path

from journal_app.resources import resource_path

#: The languages the app speaks, each named in itself (a language menu shows names this way).
LANGUAGES = {"en": "English", "cy": "Cymraeg"}
#: The setting's choices: follow the system, or one of LANGUAGES.
SETTING_CHOICES = ("system", *LANGUAGES)

MONTHS = {
    "cy": ("Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst", "Medi",
           "Hydref", "Tachwedd", "Rhagfyr"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"),
}
SHORT_MONTHS = {
    # Abbreviations as Welsh calendars and CLDR give them.
    "cy": ("Ion", "Chwef", "Maw", "Ebr", "Mai", "Meh", "Gorff", "Awst", "Medi", "Hyd", "Tach", "Rhag"),
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
}


class _State:
    """The chosen language. One per process: the window and the command line each set it once
    at start and whenever the teacher changes it (tests use :func:`using`)."""

    language = "en"


def language() -> str:
    return _State.language


def set_language(code: str) -> None:
    if code not in LANGUAGES:
        raise ValueError(f"unknown language {code!r} (choose from {', '.join(LANGUAGES)})")
    _State.language = code


@contextmanager
def using(code: str) -> Iterator[None]:
    before = _State.language
    set_language(code)
    try:
        yield
    finally:
        _State.language = before


def system_language(env: Mapping[str, str] | None = None) -> str:
    """The language the system asks for, as one of LANGUAGES (English when it asks for one the
    app does not speak). Follows gettext's order: LANGUAGE, LC_ALL, LC_MESSAGES, LANG."""
    env = os.environ if env is None else env
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(var, "")
        if not value:
            continue
        for part in value.split(":"):
            code = part.split("_")[0].split(".")[0].lower()
            if code in LANGUAGES:
                return code
        if var != "LANGUAGE":
            return "en"
    return "en"


def resolve(setting: str | None, env: Mapping[str, str] | None = None) -> str:
    """The language a setting ("system", "en", "cy") means on this machine."""
    if setting in LANGUAGES:
        return setting
    return system_language(env)


def catalogue_path(code: str) -> Path:
    return resource_path("i18n", f"journal_app_{code}.ts")


@cache
def catalogue(code: str) -> dict[tuple[str, str], str]:
    """(context, source) -> translation, finished entries only."""
    import xml.etree.ElementTree as ET  # only when a language other than English is used

    path = catalogue_path(code)
    if not path.is_file():
        return {}
    out: dict[tuple[str, str], str] = {}
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name", "")
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if tr is None or tr.get("type") in ("unfinished", "obsolete", "vanished") or not tr.text:
                continue
            out[(name, msg.findtext("source", ""))] = tr.text
    return out


#: Which of a language's plural forms a number takes (the rules Qt's translator uses, so the
#: core and the window agree): English "1 item", "2 items"; Welsh's five forms.
PLURAL_RULES = {
    "en": lambda n: 0 if n == 1 else 1,
    "cy": lambda n: 0 if n == 0 else 1 if n == 1 else 2 if 2 <= n <= 5 else 3 if n == 6 else 4,
}


@cache
def plural_catalogue(code: str) -> dict[tuple[str, str], list[str]]:
    """(context, source) -> the plural forms of each finished "%n" message."""
    import xml.etree.ElementTree as ET

    path = catalogue_path(code)
    if not path.is_file():
        return {}
    out: dict[tuple[str, str], list[str]] = {}
    for ctx in ET.parse(path).getroot().iter("context"):
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            forms = [f.text or "" for f in tr.iter("numerusform")] if tr is not None else []
            if forms and all(forms) and tr.get("type") not in ("unfinished", "obsolete", "vanished"):
                out[(ctx.findtext("name", ""), msg.findtext("source", ""))] = forms
    return out


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the chosen language. With ``n`` (Qt's signature, so lupdate sees a plural),
    the plural form for ``n``, its "%n" replaced by the number: "%n item(s)" -> "2 items"."""
    lang = _State.language
    if n < 0:
        return text if lang == "en" else catalogue(lang).get((context, text), text)
    for code in dict.fromkeys((lang, "en")):
        forms = plural_catalogue(code).get((context, text))
        if forms:
            return forms[min(PLURAL_RULES.get(code, PLURAL_RULES["en"])(n), len(forms) - 1)].replace("%n", str(n))
    return text.replace("%n", str(n))


def format_date(d: dt.date | None, *, short: bool = True, lang: str | None = None) -> str:
    """A date as it is written in the chosen language: "3 Mar 2026" / "3 Maw 2026"."""
    if d is None:
        return ""
    lang = lang or _State.language
    months = (SHORT_MONTHS if short else MONTHS).get(lang, MONTHS["en"])
    return f"{d.day} {months[d.month - 1]} {d.year}"


def format_datetime(t: dt.datetime, *, lang: str | None = None) -> str:
    return f"{format_date(t.date(), lang=lang)} {t:%H:%M}"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    """Marks a string for the catalogue where it is written; it is translated where it is read."""
    return text


class Labels(dict):
    """A constant table of labels, marked with QT_TRANSLATE_NOOP and translated when read, so
    module-level tables follow the language chosen after import."""

    def __init__(self, context: str, items: dict[str, str]) -> None:
        super().__init__(items)
        self.context = context

    def __getitem__(self, key: str) -> str:
        return translate(self.context, super().__getitem__(key))

    def get(self, key: str, default: str | None = None) -> str | None:  # type: ignore[override]
        return self[key] if key in self else default

    def items(self) -> Iterator[tuple[str, str]]:  # type: ignore[override]
        return ((k, self[k]) for k in self)

    def values(self) -> Iterator[str]:  # type: ignore[override]
        return (self[k] for k in self)
