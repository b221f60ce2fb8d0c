"""Printed sheets as PDF (reportlab platypus): a stage's reflection and verification sheet,
its criteria record, blank versions of both, and the whole journal.

``export_pdf`` reads the journal only; it never changes it. The PDF is written beside its
destination and renamed into place, so a failed export leaves no half-written file.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import BinaryIO

from reportlab.platypus import PageBreak, Paragraph

from journal_app.core.errors import InvalidOperation
from journal_app.core.files import written_unseen
from journal_app.core.i18n import QT_TRANSLATE_NOOP, Labels, translate
from journal_app.core.journal import Journal
from journal_app.core.reports.layout import (
    JournalDoc,
    StageMarker,
    contents_entries,
    contents_table,
    heading,
    numbered_canvas,
    register_fonts,
)
from journal_app.core.reports.sheets import Sheets, long_date

SHEETS = ("reflection", "criteria", "journal", "blank", "blank-reflection", "blank-criteria", "tla")
SHEET_TITLES = Labels("reports", {
    "reflection": QT_TRANSLATE_NOOP("reports", "Reflection and verification sheet"),
    "criteria": QT_TRANSLATE_NOOP("reports", "Criteria record"),
    "journal": QT_TRANSLATE_NOOP("reports", "Whole journal"),
    "blank": QT_TRANSLATE_NOOP("reports", "Blank sheets"),
    "blank-reflection": QT_TRANSLATE_NOOP("reports", "Blank reflection and verification sheet"),
    "blank-criteria": QT_TRANSLATE_NOOP("reports", "Blank criteria record"),
    "tla": QT_TRANSLATE_NOOP("reports", "Learning journey (TLA summary)"),
})


def export_pdf(journal: Journal, dest: str | Path, *, sheet: str = "journal", stage_ids: list[str] | None = None,
               page_size: str = "a4", include_private: bool = False, printed: dt.date | None = None) -> Path:
    """Write the chosen sheet(s) for the chosen stages (all stages when none are given)."""
    if sheet not in SHEETS:
        raise InvalidOperation(translate("reports", "unknown sheet {sheet!r} (one of: {join})").format(sheet=sheet, join=', '.join(SHEETS)))
    if page_size not in ("a4", "letter"):
        raise InvalidOperation(translate("reports", "unknown page size {page_size!r} (a4 or letter)").format(page_size=page_size))
    stages = [journal.stage(s) for s in stage_ids] if stage_ids else list(journal.framework.stages)
    dest = Path(dest)
    if dest.is_dir():
        raise InvalidOperation(translate("reports", "{dest} is a folder; give a file name for the PDF").format(dest=dest))
    if not dest.parent.is_dir():
        raise InvalidOperation(translate("reports", "{parent}: no such folder to write the PDF into").format(parent=dest.parent))
    register_fonts()
    printed = printed or dt.date.today()
    try:
        with written_unseen(dest) as out:  # an interrupted export leaves nothing in that folder
            _build(journal, out, sheet, stages, page_size, include_private, printed)
    except OSError as e:
        raise InvalidOperation(translate("reports", "{dest}: the PDF cannot be written ({strerror_or_e})").format(dest=dest, strerror_or_e=e.strerror or e)) from None
    return dest


def _build(journal: Journal, out: BinaryIO, sheet: str, stages: list, page_size: str, include_private: bool,
           printed: dt.date) -> None:
    details = journal.details()
    title = translate("reports", "{owner} – {label} – {SHEET_TITLES_sheet}").format(owner=details.owner, label=journal.framework.label, SHEET_TITLES_sheet=SHEET_TITLES[sheet])
    doc = JournalDoc(out, page_size=page_size, owner=details.owner, title=title)
    sheets = Sheets(journal, doc.width, include_private=include_private)
    story: list = []
    if sheet == "tla":
        story += sheets.tla_summary()
    elif sheet == "journal":
        story += sheets.cover(printed)
        story.append(Paragraph(translate("reports", "Contents"), sheets.st["h1"]))
        contents_at = len(story)
        story.append(PageBreak())
        story += sheets.plan()
        for stage in stages:
            story += sheets.criteria_record(stage, toc_level=0)
            story.append(PageBreak())
            story += sheets.reflection_sheet(stage, toc_level=1)
            story.append(PageBreak())
        story += [StageMarker(translate("reports", "Targets")), heading(translate("reports", "Targets for Further Development: all stages"),
                                                  sheets.st["h1"], 0, "targets"),
                  sheets.targets_table(None, all_targets=True), PageBreak()]
        story += sheets.evidence_index()
        if journal.journey() is not None:
            story += [PageBreak(), *sheets.tla_summary()]
        story.append(Paragraph(translate("reports", "End of the journal printed {long_date}.").format(long_date=long_date(printed)), sheets.st["note"]))
        story.insert(contents_at, contents_table(contents_entries(story), sheets.st, doc.width))
    else:
        for n, stage in enumerate(stages):
            if n:
                story.append(PageBreak())
            if sheet in ("criteria", "blank", "blank-criteria"):
                story += sheets.criteria_record(stage, blank=sheet != "criteria")
                if sheet == "blank":
                    story.append(PageBreak())
            if sheet in ("reflection", "blank", "blank-reflection"):
                story += sheets.reflection_sheet(stage, blank=sheet != "reflection")
    doc.build(story, canvasmaker=numbered_canvas(details.owner, printed, long_date))
