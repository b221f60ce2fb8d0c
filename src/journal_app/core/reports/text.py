"""The user's text, printed literally: escaped for reportlab's mini-markup, with the few
Markdown marks the reflection editor writes (bold, italic, bullet lists) turned into print.

Layout time grows linearly with the text: reportlab lays a paragraph that runs over a page out
again from the split onwards, so one paragraph of 100,000 words took minutes. A long paragraph
is therefore set as pieces of at most ``PIECE_WORDS`` words, each ending where one of the
paragraph's own lines ends, with no space between them: the page looks the same.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Spacer

PIECE_WORDS = 400  # at most this many words are laid out as one paragraph (about 35 lines)
PIECE_CHARS = 6000  # ... and at most this many characters
LONG_WORD = 500  # characters: a longer run without a space is laid out in parts this long

_BOLD = re.compile(r"\*\*(.+?)\*\*|__(.+?)__")
_ITALIC = re.compile(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])|(?<![\w_])_(?!\s)(.+?)(?<!\s)_(?![\w_])")
_BULLET = re.compile(r"^\s*[-*+]\s+(.*)$")
_NUMBERED = re.compile(r"^\s*(\d+)[.)]\s+(.*)$")
_HEADING = re.compile(r"^\s*#{1,6}\s+(.*)$")
_TAG = re.compile(r"<(/?)([bi])>")
_ATOM = re.compile(r"<[^>]*>|&[#\w]+;|.", re.S)  # a tag, an entity or one character of markup


def plain(text: str) -> str:
    """Escape text so that '<b>', '&' and the like print as typed; keep line breaks."""
    return escape(text).replace("\n", "<br/>")


def _inline(line: str) -> str:
    s = escape(line)
    s = _BOLD.sub(lambda m: f"<b>{m.group(1) or m.group(2)}</b>", s)
    s = _ITALIC.sub(lambda m: f"<i>{m.group(1) or m.group(2)}</i>", s)
    return s.replace("\\*", "*").replace("\\_", "_")


Token = tuple[str, bool]  # a word of markup, and whether it goes on the one before with no space


def _tokens(markup: str) -> list[Token]:
    """The paragraph's words; a word longer than LONG_WORD characters (a run with no space)
    in parts, never cutting a tag or an entity, so it too is laid out a bounded piece at a time."""
    out: list[Token] = []
    for word in markup.split():
        if len(word) <= LONG_WORD:
            out.append((word, False))
            continue
        atoms = _ATOM.findall(word)
        out += [("".join(atoms[i:i + LONG_WORD]), i > 0) for i in range(0, len(atoms), LONG_WORD)]
    return out


def _markup(tokens: list[Token], open_tags: list[str]) -> tuple[str, list[str]]:
    """Words as one paragraph's markup, with the bold or italic left open by the words before
    reopened and what these words leave open closed; returns it and what is still open."""
    tags = list(open_tags)
    for word, _glued in tokens:
        for closing, tag in _TAG.findall(word):
            if not closing:
                tags.append(tag)
            elif tag in tags:
                del tags[len(tags) - 1 - tags[::-1].index(tag)]
    words = "".join(("" if glued or n == 0 else " ") + word for n, (word, glued) in enumerate(tokens))
    text = "".join(f"<{t}>" for t in open_tags) + words + "".join(f"</{t}>" for t in reversed(tags))
    return text, tags


def _whole_lines(tokens: list[Token], open_tags: list[str], style: ParagraphStyle, width: float) -> int:
    """How many of ``tokens`` fill the lines before the last one they make at ``width`` (all of
    them when the lines cannot be matched word for word, e.g. a word too long for a line)."""
    if any(glued for _word, glued in tokens):
        return len(tokens)
    p = Paragraph(_markup(tokens, open_tags)[0], style)
    p.wrap(width, 1e9)
    counts = [len(line[1]) if isinstance(line, tuple) else line.wordCount for line in p.blPara.lines]
    if len(counts) < 2 or sum(counts) != len(tokens):
        return len(tokens)
    return len(tokens) - counts[-1]


def _window(tokens: list[Token], start: int) -> int:
    """Where the next piece may end at most: PIECE_WORDS words or PIECE_CHARS characters on."""
    stop, chars = start, 0
    while stop < len(tokens) and stop - start < PIECE_WORDS and (chars < PIECE_CHARS or stop == start):
        chars += len(tokens[stop][0]) + 1
        stop += 1
    return stop


def flowing(markup: str, style: ParagraphStyle, width: float, bullet: str | None = None) -> list[Flowable]:
    """One paragraph of ``markup`` for a ``width``-wide frame: a Paragraph, or for a long one
    pieces of at most PIECE_WORDS words (and PIECE_CHARS characters) that end where the
    paragraph's lines end, set with no space between them (only the first carries the bullet)."""
    if len(markup) <= PIECE_CHARS and len(markup.split()) <= PIECE_WORDS:
        return [Paragraph(markup, style, bulletText=bullet)]
    tokens = _tokens(markup)
    first = ParagraphStyle(f"{style.name}-first", parent=style, spaceAfter=0)
    # A piece that goes on a paragraph may leave a single line at the foot of a page, as the
    # paragraph itself would there.
    middle = ParagraphStyle(f"{style.name}-middle", parent=style, spaceBefore=0, spaceAfter=0, allowOrphans=1)
    last = ParagraphStyle(f"{style.name}-last", parent=style, spaceBefore=0, allowOrphans=1)
    out: list[Flowable] = []
    open_tags: list[str] = []
    start = 0
    while start < len(tokens):
        stop = _window(tokens, start)
        if stop < len(tokens):
            stop = start + _whole_lines(tokens[start:stop], open_tags, style, width)
        text, open_tags = _markup(tokens[start:stop], open_tags)
        piece_style = last if stop == len(tokens) else first if not out else middle
        out.append(Paragraph(text, piece_style, bulletText=None if out else bullet))
        start = stop
    return out


def plain_flowables(text: str, style: ParagraphStyle, width: float) -> list[Flowable]:
    """Text printed literally as one paragraph (its line breaks kept), in bounded pieces when
    it is long (see ``flowing``)."""
    if len(text) <= PIECE_WORDS * 4:
        return [Paragraph(plain(text), style)]
    out: list[Flowable] = []
    lines = text.split("\n")
    for n, line in enumerate(lines):
        piece = ParagraphStyle(f"{style.name}-line", parent=style, spaceBefore=0 if n else style.spaceBefore,
                               spaceAfter=style.spaceAfter if n == len(lines) - 1 else 0)
        out += flowing(escape(line), piece, width) if line.strip() else [Spacer(1, style.leading)]
    return out


def markdown_flowables(text: str, body: ParagraphStyle, bullet: ParagraphStyle, heading: ParagraphStyle,
                       width: float) -> list[Flowable]:
    """Paragraphs for a Markdown reflection in a ``width``-wide frame. Each paragraph is its own
    flowable (a long one several, see ``flowing``), so text of any length flows across pages in
    time that grows with its length."""
    out: list[Flowable] = []
    para: list[str] = []

    def flush() -> None:
        if para:
            out.extend(flowing(" ".join(_inline(p) for p in para), body, width))
            para.clear()

    for raw in text.splitlines():
        if not raw.strip():
            flush()
            continue
        if m := _HEADING.match(raw):
            flush()
            out += flowing(_inline(m.group(1)), heading, width)
        elif m := _BULLET.match(raw):
            flush()
            out += flowing(_inline(m.group(1)), bullet, width, "•")
        elif m := _NUMBERED.match(raw):
            flush()
            out += flowing(_inline(m.group(2)), bullet, width, f"{m.group(1)}.")
        else:
            para.append(raw.strip())
    flush()
    if not out:
        out.append(Spacer(1, 4))
    return out
