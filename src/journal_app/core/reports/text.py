"""The user's text, printed literally: escaped for reportlab's mini-markup, with the few
Markdown marks the reflection editor writes (bold, italic, bullet lists) turned into print."""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Spacer

_BOLD = re.compile(r"\*\*(.+?)\*\*|__(.+?)__")
_ITALIC = re.compile(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])|(?<![\w_])_(?!\s)(.+?)(?<!\s)_(?![\w_])")
_BULLET = re.compile(r"^\s*[-*+]\s+(.*)$")
_NUMBERED = re.compile(r"^\s*(\d+)[.)]\s+(.*)$")
_HEADING = re.compile(r"^\s*#{1,6}\s+(.*)$")


def plain(text: str) -> str:
    """Escape text so that '<b>', '&' and the like print as typed; keep line breaks."""
    return escape(text).replace("\n", "<br/>")


def _inline(line: str) -> str:
    s = escape(line)
    s = _BOLD.sub(lambda m: f"<b>{m.group(1) or m.group(2)}</b>", s)
    s = _ITALIC.sub(lambda m: f"<i>{m.group(1) or m.group(2)}</i>", s)
    return s.replace("\\*", "*").replace("\\_", "_")


def markdown_flowables(text: str, body: ParagraphStyle, bullet: ParagraphStyle, heading: ParagraphStyle) -> list[Flowable]:
    """Paragraphs for a Markdown reflection. Each paragraph is its own flowable, so text of any
    length flows across pages."""
    out: list[Flowable] = []
    para: list[str] = []

    def flush() -> None:
        if para:
            out.append(Paragraph(" ".join(_inline(p) for p in para), body))
            para.clear()

    for raw in text.splitlines():
        if not raw.strip():
            flush()
            continue
        if m := _HEADING.match(raw):
            flush()
            out.append(Paragraph(_inline(m.group(1)), heading))
        elif m := _BULLET.match(raw):
            flush()
            out.append(Paragraph(_inline(m.group(1)), bullet, bulletText="•"))
        elif m := _NUMBERED.match(raw):
            flush()
            out.append(Paragraph(_inline(m.group(2)), bullet, bulletText=f"{m.group(1)}."))
        else:
            para.append(raw.strip())
    flush()
    if not out:
        out.append(Spacer(1, 4))
    return out
