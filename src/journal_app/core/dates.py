"""Dates as a teacher types them: day first, as in the UK and Wales ("01/11/2026", "1/11/26",
"1.11.2026", "1 Nov 2026", "1 Tachwedd 2026", "2026-11-01"), month names in English or Welsh
whichever language is in use (both are understood either way), and "today" / "heddiw".

No Qt here: the window's date field and any future command-line option read dates the same way.
"""

from __future__ import annotations

import datetime as dt
import re

from journal_app.core.i18n import MONTHS, SHORT_MONTHS, translate

#: Words meaning today, in every language the app speaks.
TODAY_WORDS = ("today", "heddiw")

# Welsh month names after a preposition or article take a soft mutation ("o Fawrth", "ym
# Mehefin"); a teacher typing "1 Fawrth" means March. Radical first letters by mutated ones.
_SOFT = {"f": ("m", "b"), "g": ("c",), "dd": ("d",), "b": ("p",), "d": ("t",), "l": ("ll",), "r": ("rh",)}

_NUMERIC = re.compile(r"^(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{2}|\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_WORDS = re.compile(r"^(\d{1,2})(?:st|nd|rd|th|af|il|ydd|ed|fed|ain)?\s*[ ,.\-/]?\s*([^\d\s,.\-/]+)\.?\s*[ ,.\-/]?\s*(\d{2}|\d{4})$",
                    re.IGNORECASE)


class DateNotUnderstood(ValueError):
    """The text is not a date this module can read; the message says how to type one."""


def _month_names() -> dict[str, int]:
    names: dict[str, int] = {}
    for table in (MONTHS, SHORT_MONTHS):
        for months in table.values():
            for n, name in enumerate(months, 1):
                names.setdefault(name.casefold(), n)
                names.setdefault(name.casefold()[:3], n)
    names.setdefault("sept", 9)
    return names


def _month(word: str) -> int | None:
    word = word.casefold().rstrip(".")
    names = _month_names()
    if word in names:
        return names[word]
    for mutated, radicals in _SOFT.items():  # "Fawrth" -> "Mawrth"
        if word.startswith(mutated):
            for radical in radicals:
                guess = radical + word[len(mutated):]
                if guess in names:
                    return names[guess]
    return names.get("g" + word)  # a soft-mutated g is dropped: "Orffennaf"


def _year(text: str) -> int:
    y = int(text)
    return 2000 + y if len(text) == 2 else y


def parse_date(text: str, today: dt.date | None = None) -> dt.date | None:
    """The date ``text`` names; None for empty text. Raises DateNotUnderstood otherwise."""
    s = " ".join(text.split())
    if not s:
        return None
    if s.casefold() in TODAY_WORDS:
        return today or dt.date.today()
    day = month = year = None
    if m := _ISO.match(s):
        year, month, day = int(m[1]), int(m[2]), int(m[3])
    elif m := _NUMERIC.match(s):
        day, month, year = int(m[1]), int(m[2]), _year(m[3])
    elif m := _WORDS.match(s):
        day, month, year = int(m[1]), _month(m[2]), _year(m[3])
    if day is None or month is None or year is None:
        raise DateNotUnderstood(not_a_date_message(text))
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise DateNotUnderstood(not_a_date_message(text)) from None


def not_a_date_message(text: str) -> str:
    return translate("dates", "“{text}” is not a date. Type it like 1/11/2026 or 1 Nov 2026.").format(text=text.strip())
