"""The review form's fields: their names (one scheme, written by the export and read back by
the reader) and the platypus flowables that draw them where the layout puts them."""

from __future__ import annotations

import re

from reportlab.lib import colors
from reportlab.platypus import Flowable

from journal_app.core.reports.layout import FONT, INK, RULE

# Framework ids are [a-z0-9-] (core.frameworks.models.Id), so "_" never occurs in one.
SEP = "_"
SIGNATURE = "signature"
OUTCOMES = ("verified", "not_yet")
_NAME = re.compile(r"^(crit|name|outcome|comment|date)_([a-z0-9][a-z0-9-]*)_([a-z0-9][a-z0-9-]*)$")
FIELD_FILL = colors.HexColor("#f4f7fb")
FIELD_FONT = "Helvetica"  # field text is drawn by the reader: one of PDF's standard fonts


def criterion_field(stage_id: str, criterion_id: str) -> str:
    return f"crit{SEP}{stage_id}{SEP}{criterion_id}"


def role_field(what: str, stage_id: str, role_id: str) -> str:
    """``what``: name, outcome, comment or date."""
    return f"{what}{SEP}{stage_id}{SEP}{role_id}"


def parse_field(name: str) -> tuple[str, str, str] | None:
    """(kind, stage id, criterion or role id) of one of the form's field names, else None."""
    m = _NAME.match(name)
    return (m.group(1), m.group(2), m.group(3)) if m else None


class TextField(Flowable):
    """A text field as wide as the frame (or ``width``), with its tooltip (accessible name)."""

    def __init__(self, name: str, tooltip: str, height: float, *, multiline: bool = False,
                 width: float | None = None) -> None:
        super().__init__()
        self.name, self.tooltip, self.height, self.multiline, self.fixed = name, tooltip, height, multiline, width

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = self.fixed or avail_width
        return self.width, self.height

    def draw(self) -> None:
        self.canv.acroForm.textfield(
            name=self.name, tooltip=self.tooltip, x=0, y=0, width=self.width, height=self.height, relative=True,
            fieldFlags="multiline doNotSpellCheck" if self.multiline else "doNotSpellCheck",
            maxlen=None, fontName=FIELD_FONT, fontSize=9 if self.multiline else 10, borderWidth=0.6,
            borderColor=RULE, fillColor=FIELD_FILL, textColor=INK, forceBorder=True)


class OutcomeChoice(Flowable):
    """The Verified / Not yet radio group of one verifier role, with its printed labels."""

    def __init__(self, name: str, labels: tuple[str, str], tooltips: tuple[str, str]) -> None:
        super().__init__()
        self.name, self.labels, self.tooltips = name, labels, tooltips
        self.height = 14

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, self.height

    def draw(self) -> None:
        c = self.canv
        x = 0.0
        for value, label, tooltip in zip(OUTCOMES, self.labels, self.tooltips, strict=True):
            c.acroForm.radio(name=self.name, value=value, tooltip=tooltip, x=x, y=0, size=12, relative=True,
                             buttonStyle="circle", shape="circle", borderWidth=0.8, borderColor=INK,
                             fillColor=colors.white, textColor=INK, fieldFlags="noToggleToOff radio")
            c.setFont(FONT, 10)
            c.setFillColor(INK)
            c.drawString(x + 17, 2.5, label)
            x += 17 + c.stringWidth(label, FONT, 10) + 24


class SignatureSpot(Flowable):
    """Where the empty signature field goes: drawn as a box with a caption; its position is
    recorded so the field can be added once the PDF is written (reportlab has no signature
    field of its own)."""

    def __init__(self, caption: str, spots: list, height: float = 56) -> None:
        super().__init__()
        self.caption, self.spots, self.height = caption, spots, height

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width * 0.6
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        c.setStrokeColor(RULE)
        c.setDash(3, 2)
        c.rect(0, 0, self.width, self.height)
        c.setDash()
        c.setFont(FONT, 7.5)
        c.setFillColor(RULE)
        c.drawString(3, 3, self.caption)
        x1, y1 = c.absolutePosition(0, 0)
        x2, y2 = c.absolutePosition(self.width, self.height)
        self.spots.append((c.getPageNumber() - 1, (x1, y1, x2, y2)))
