"""Page layout for printed sheets: fonts, styles, the page template with its header and
footer ("Page x of y", date printed), and small drawn flowables (check boxes, writing lines).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)

from journal_app.core.i18n import translate
from journal_app.resources import resource_path

PAGE_SIZES = {"a4": A4, "letter": LETTER}
# 18 mm all round: inside the unprintable edge of any school printer, with room for a punch.
MARGIN = 18 * mm
FONT = "DejaVuSans"
INK = colors.HexColor("#1a1a1a")
RULE = colors.HexColor("#7a7a7a")
SHADE = colors.HexColor("#e8eef4")
FRAME_PADDING = 6  # reportlab's own default, named: text in the body frame is this much narrower each side


def register_fonts() -> None:
    """The bundled DejaVu Sans, so Welsh letters (ŵ, ŷ), curly quotes and dashes print."""
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    faces = {FONT: "DejaVuSans.ttf", f"{FONT}-Bold": "DejaVuSans-Bold.ttf",
             f"{FONT}-Oblique": "DejaVuSans-Oblique.ttf", f"{FONT}-BoldOblique": "DejaVuSans-BoldOblique.ttf"}
    for name, file in faces.items():
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", file))))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=f"{FONT}-Bold", italic=f"{FONT}-Oblique",
                                  boldItalic=f"{FONT}-BoldOblique")


def styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName=FONT, fontSize=10, leading=13.5, textColor=INK, spaceAfter=4)
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8.5, leading=11, spaceAfter=0),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.5, leading=10.8, spaceAfter=2),
        "cellbold": ParagraphStyle("cellbold", parent=base, fontSize=8.5, leading=10.8, fontName=f"{FONT}-Bold"),
        "mono": ParagraphStyle("mono", parent=base, fontSize=6.5, leading=8, spaceAfter=0),
        "title": ParagraphStyle("title", parent=base, fontSize=24, leading=30, fontName=f"{FONT}-Bold",
                                alignment=TA_CENTER, spaceAfter=12),
        "subtitle": ParagraphStyle("subtitle", parent=base, fontSize=13, leading=18, alignment=TA_CENTER),
        "centred": ParagraphStyle("centred", parent=base, fontSize=8.5, leading=11, alignment=TA_CENTER),
        "h1": ParagraphStyle("h1", parent=base, fontSize=16, leading=20, fontName=f"{FONT}-Bold", spaceBefore=2,
                             spaceAfter=6),
        "h2": ParagraphStyle("h2", parent=base, fontSize=12, leading=15, fontName=f"{FONT}-Bold", spaceBefore=8,
                             spaceAfter=4),
        "section": ParagraphStyle("section", parent=base, fontSize=11, leading=14, fontName=f"{FONT}-Bold",
                                  backColor=SHADE, borderPadding=(3, 4, 3, 4), spaceBefore=10, spaceAfter=6),
        "note": ParagraphStyle("note", parent=base, fontName=f"{FONT}-Oblique", fontSize=9, leading=12),
        "bullet": ParagraphStyle("bullet", parent=base, leftIndent=14, bulletIndent=4),
        "toc1": ParagraphStyle("toc1", parent=base, fontSize=11, leading=16),
        "toc2": ParagraphStyle("toc2", parent=base, fontSize=10, leading=14, leftIndent=16),
    }


class CheckBox(Flowable):
    """A drawn box, with a drawn tick when checked (never a typed character)."""

    def __init__(self, checked: bool = False, size: float = 9) -> None:
        super().__init__()
        self.checked, self.size = checked, size
        self.width = self.height = size

    def draw(self) -> None:
        c, s = self.canv, self.size
        c.setStrokeColor(INK)
        c.setLineWidth(0.8)
        c.rect(0, 0, s, s)
        if self.checked:
            c.setLineWidth(1.6)
            c.setStrokeColor(colors.HexColor("#11632b"))
            path = c.beginPath()
            path.moveTo(s * 0.18, s * 0.52)
            path.lineTo(s * 0.42, s * 0.22)
            path.lineTo(s * 0.86, s * 0.86)
            c.drawPath(path, stroke=1, fill=0)


class WritingLines(Flowable):
    """Ruled lines to write on by hand."""

    def __init__(self, lines: int, gap: float = 20) -> None:
        super().__init__()
        self.lines, self.gap = lines, gap

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, self.lines * self.gap

    def draw(self) -> None:
        c = self.canv
        c.setStrokeColor(RULE)
        c.setLineWidth(0.4)
        for i in range(self.lines):
            y = i * self.gap + 2
            c.line(0, y, self.width, y)


class Run(Flowable):
    """Flowables that stand in a story as one (a table, then what its cells continue): laid out
    one after another, as if each were in the story itself."""

    def __init__(self, content: list[Flowable]) -> None:
        super().__init__()
        self.content = content

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return avail_width, avail_height + 1  # never placed whole: always split into its content

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        """The content, its first item split to the space left if it needs to be (the document
        places the first item of a split as it is); nothing if that item cannot start here."""
        first, rest = self.content[0], list(self.content[1:])
        if first.wrap(avail_width, avail_height)[1] <= avail_height:
            return [first, *rest]
        parts = first.split(avail_width, avail_height)
        return [*parts, *rest] if parts else []


class StageMarker(Flowable):
    """Invisible: tells the page header which stage the following pages belong to."""

    def __init__(self, label: str) -> None:
        super().__init__()
        self.label = label
        self.width = self.height = 0

    def draw(self) -> None:
        self.canv._lj_stage = self.label


class JournalDoc(BaseDocTemplate):
    """A4 or Letter pages with the journal's header and footer; headings go to the contents."""

    def __init__(self, filename, *, page_size: str, owner: str, title: str) -> None:  # noqa: ANN001
        size = PAGE_SIZES[page_size]
        super().__init__(filename, pagesize=size, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN + 6 * mm,
                         bottomMargin=MARGIN + 4 * mm, title=title, author=owner, creator="Learning Journal")
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body",
                      leftPadding=FRAME_PADDING, rightPadding=FRAME_PADDING)
        self.addPageTemplates([PageTemplate(id="page", frames=[frame])])
        self.owner = owner

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, Paragraph) and getattr(flowable, "_toc_level", None) is not None:
            key = getattr(flowable, "_bookmark", None)
            if key:
                self.canv._lj_toc_pages.setdefault(key, self.page)
                self.canv.bookmarkPage(key)
                self.canv.addOutlineEntry(flowable.getPlainText(), key, level=flowable._toc_level)


def heading(text: str, style: ParagraphStyle, level: int | None, key: str | None = None) -> Paragraph:
    """A heading that (with ``level``) appears in the contents and the PDF outline."""
    p = Paragraph(text, style)
    p._toc_level = level
    p._bookmark = key
    return p


class PageNumber(Flowable):
    """A contents line's dot leader and page number. The number is a PDF form that the canvas
    fills in when the document is saved, so the contents take one layout pass, not two."""

    def __init__(self, key: str, size: float) -> None:
        super().__init__()
        self.key, self.size = key, size

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, self.size * 1.2

    def draw(self) -> None:
        c = self.canv
        c.setFont(FONT, self.size)
        c.setFillColor(RULE)
        dots = " ." * int((self.width - 9 * mm) / c.stringWidth(" .", FONT, self.size))
        lift = self.size * 0.4  # onto the baseline of the heading's last line
        c.drawString(0, lift, dots)
        c.saveState()
        c.translate(self.width, lift)
        c.doForm(page_form(self.key))
        c.restoreState()


def page_form(key: str) -> str:
    return "ljtoc_" + "".join(ch if ch.isalnum() else "_" for ch in key)


def contents_entries(story: list) -> list[tuple[int, str, str]]:
    """(level, text, key) of every heading that goes in the contents, in story order."""
    out: list[tuple[int, str, str]] = []

    def walk(items: list) -> None:
        for f in items:
            if isinstance(f, Paragraph) and getattr(f, "_toc_level", None) is not None:
                if not getattr(f, "_bookmark", None):
                    f._bookmark = f"heading-{len(out)}"
                out.append((f._toc_level, f.getPlainText(), f._bookmark))
            walk(getattr(f, "_content", None) or [])

    walk(story)
    return out


def contents_table(entries: list[tuple[int, str, str]], st: dict[str, ParagraphStyle], width: float) -> Table:
    """The contents: one row per heading, its page number filled in when the PDF is saved."""
    styles = [st["toc1"], st["toc2"]]
    rows = [[Paragraph(text, styles[min(level, 1)]), PageNumber(key, styles[min(level, 1)].fontSize)]
            for level, text, key in entries]
    table = Table(rows, colWidths=[width - 32 * mm, 32 * mm], hAlign="LEFT")
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    return table


def numbered_canvas(owner: str, printed: dt.date, fmt_date: Callable[[dt.date], str]) -> type[Canvas]:
    """A canvas that draws each page's header and footer once the page count is known."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []
            self._lj_stage = ""
            self._lj_toc_pages: dict[str, int] = {}  # heading key -> its page (for the contents)
            self._lj_forms: set[str] = set()

        def showPage(self) -> None:  # noqa: N802 (reportlab's name)
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def doForm(self, name: str) -> None:  # noqa: N802 (reportlab's name)
            self._lj_forms.add(name)
            super().doForm(name)

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._decorate(total)
                Canvas.showPage(self)
            pages = {page_form(k): v for k, v in self._lj_toc_pages.items()}
            for name in sorted(self._lj_forms):  # the contents' page numbers, now that they are known
                self.beginForm(name, lowerx=-30 * mm, lowery=-2 * mm, upperx=mm, uppery=5 * mm)
                self.setFont(FONT, 10)
                self.setFillColor(INK)
                self.drawRightString(0, 0, str(pages.get(name, "")))
                self.endForm()
            Canvas.save(self)

        def _decorate(self, total: int) -> None:
            w, h = self._pagesize
            self.saveState()
            self.setFont(FONT, 8)
            self.setFillColor(RULE)
            top = h - MARGIN + 2 * mm
            self.drawString(MARGIN, top, owner)
            if self._lj_stage:
                self.drawRightString(w - MARGIN, top, self._lj_stage)
            self.setStrokeColor(RULE)
            self.setLineWidth(0.4)
            self.line(MARGIN, top - 2 * mm, w - MARGIN, top - 2 * mm)
            bottom = MARGIN - 2 * mm
            self.line(MARGIN, bottom + 4 * mm, w - MARGIN, bottom + 4 * mm)
            self.drawString(MARGIN, bottom, translate("layout", "Printed {fmt_date}").format(fmt_date=fmt_date(printed)))
            self.drawRightString(w - MARGIN, bottom, translate("layout", "Page {pageNumber} of {total}").format(pageNumber=self._pageNumber, total=total))
            self.restoreState()

    return NumberedCanvas
