"""Writing the review form: for each chosen stage what the mentor judges (laid out like the
printed sheets, nothing private in it), a comment field per criterion, and for each verifier
role a name, a Verified / Not yet choice, a comment and a date; at the end an empty signature
field. The journal records the export (its id, stages and fingerprints) once the PDF is in
place, so a form it did not issue is refused when it comes back."""

from __future__ import annotations

import datetime as dt
import io
import json
import uuid
from pathlib import Path

from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Paragraph, Spacer

from journal_app.core import privacy
from journal_app.core.errors import InvalidOperation
from journal_app.core.files import written_unseen
from journal_app.core.frameworks.models import Stage
from journal_app.core.i18n import translate
from journal_app.core.journal import Journal
from journal_app.core.reports.layout import (
    JournalDoc,
    StageMarker,
    WritingLines,
    heading,
    numbered_canvas,
    register_fonts,
    styles,
)
from journal_app.core.reports.sheets import Sheets, long_date
from journal_app.core.reports.text import markdown_flowables, plain
from journal_app.core.review import fingerprint
from journal_app.core.reviewform import fields as F
from journal_app.core.reviewform.identity import PRINTED_MARK, FormIdentity, stamp
from journal_app.core.store.models import ReviewExport, utcnow


def export_review_form(journal: Journal, dest: str | Path, stage_ids: list[str] | None = None, *,
                       page_size: str = "a4", printed: dt.date | None = None) -> Path:
    """Write the review form for the chosen stages (all when none are given) to ``dest``."""
    if journal.review is not None:
        raise InvalidOperation(translate("reviewform", "this is already a review copy; send the teacher's own journal"))
    stages = [journal.stage(s) for s in stage_ids] if stage_ids else list(journal.framework.stages)
    stages = list({s.id: s for s in stages}.values())
    dest = Path(dest)
    if dest.exists():
        raise FileExistsError(translate("reviewform", "{dest}: a file of that name already exists; choose another name").format(dest=dest))
    if not dest.parent.is_dir():
        raise InvalidOperation(translate("reviewform", "{parent}: no such folder").format(parent=dest.parent))
    details = journal.details()
    identity = FormIdentity(journal_uuid=details.journal_uuid, export_id=str(uuid.uuid4()), owner=details.owner,
                            stages=tuple(s.id for s in stages),
                            fingerprints={s.id: fingerprint(journal, s.id) for s in stages})
    register_fonts()
    printed = printed or dt.date.today()
    raw = io.BytesIO()
    spots: list = []
    title = translate("reviewform", "{owner} – review form for a mentor").format(owner=details.owner)
    doc = JournalDoc(raw, page_size=page_size, owner=details.owner, title=title)
    doc.subject = translate("reviewform", "Learning Journal review form: fill it in, save it and send it back")
    doc.keywords = "learning-journal-review-form"
    story = _story(journal, stages, doc.width, spots, printed)
    # Printed on the form as well (not translated): a form printed to PDF, which loses its fields
    # and its catalogue, is still recognised as one, and the teacher told what to ask for.
    story.insert(1, Paragraph(f"{PRINTED_MARK} · {identity.export_id}", styles()["mono"]))
    doc.build(story, canvasmaker=numbered_canvas(details.owner, printed, long_date))
    # Recorded before it is handed out, so no form exists that the journal does not know of.
    with journal._write("review-export") as s:
        s.add(ReviewExport(export_id=identity.export_id, exported_at=utcnow(), stages=json.dumps(list(identity.stages)),
                           kind="form", fingerprints=json.dumps(identity.fingerprints, sort_keys=True)))
    try:
        with written_unseen(dest) as out:  # a killed export leaves nothing in the mentor's folder
            stamp(raw.getvalue(), out, identity, spots[-1], _signature_tooltip())
    except OSError as e:
        raise InvalidOperation(translate("reviewform", "{dest}: the form cannot be written ({reason})").format(dest=dest, reason=e.strerror or e)) from None
    return dest


def _signature_tooltip() -> str:
    return translate("reviewform", "Your digital signature (optional): sign the whole form once you have filled it in")


def _story(journal: Journal, stages: list[Stage], width: float, spots: list, printed: dt.date) -> list[Flowable]:
    sheets = Sheets(journal, width, include_private=False)
    st = sheets.st
    owner = journal.details().owner
    story: list[Flowable] = [
        Paragraph(plain(translate("reviewform", "Review form: {owner}'s learning journal").format(owner=owner)), st["h1"]),
        Paragraph(plain(translate("reviewform", "Exported {date} for: {stages}.").format(
            date=long_date(printed), stages="; ".join(s.label for s in stages))), st["body"]),
        Paragraph(plain(translate("reviewform", "How to use this form: read each stage, write your comments in the boxes, "
                                  "choose Verified or Not yet for your role, give your name and the date, then save the "
                                  "form (do not print it to PDF) and send it back. You may sign it digitally at the end. "
                                  "On paper: print it, write in the boxes, sign on the signature lines and return the "
                                  "sheet.")), st["note"]),
        Paragraph(plain(translate("reviewform", "Entries the teacher marked private are not in this form.")), st["note"]),
    ]
    for n, stage in enumerate(stages):
        if n:
            story.append(PageBreak())
        story += sheets.criteria_record(stage)
        story += _reflection(journal, sheets, stage)
        story += _criterion_comments(sheets, stage)
        story += _verification(sheets, stage)
    story += [CondPageBreak(140), Paragraph(plain(translate("reviewform", "Digital signature")), st["section"]),
              Paragraph(plain(translate("reviewform", "Optional. If your PDF reader can sign, sign here once you have "
                                        "filled in the whole form: a change made after signing makes the signature "
                                        "invalid and the form is refused.")), st["note"]),
              F.SignatureSpot(translate("reviewform", "Digital signature"), spots)]
    return story


def _reflection(journal: Journal, sheets: Sheets, stage: Stage) -> list[Flowable]:
    st = sheets.st
    sheet = stage.reflection
    out: list[Flowable] = [CondPageBreak(120), StageMarker(stage.label),
                           Paragraph(plain(sheet.sections.reflection), st["section"])]
    reflection = journal.reflection(stage.id)
    if privacy.is_private("reflection", reflection):
        out.append(Paragraph(translate("sheets", "Kept private by the teacher: not included in this printout."), st["note"]))
    elif reflection.text.strip():
        out += markdown_flowables(reflection.text, st["body"], st["bullet"], st["h2"], sheets.text_width)
    else:
        out.append(Paragraph(translate("sheets", "No reflection written yet."), st["note"]))
    out += [CondPageBreak(120), Paragraph(plain(sheet.sections.targets), st["section"]),
            sheets.targets_table(stage.id)]
    return out


def _criterion_comments(sheets: Sheets, stage: Stage) -> list[Flowable]:
    if not stage.criteria:
        return []
    st = sheets.st
    out: list[Flowable] = [CondPageBreak(160), heading(plain(translate("reviewform", "{stage}: your comments on each criterion").format(
        stage=stage.label)), st["section"], None)]
    for n, crit in enumerate(stage.criteria, 1):
        short = crit.text if len(crit.text) <= 90 else crit.text[:87].rstrip() + "…"
        tooltip = translate("reviewform", "{stage}, criterion {n}: your comment").format(stage=stage.label, n=n)
        out.append(KeepTogether([Paragraph(f"<b>{n}.</b> " + plain(short), st["small"]), Spacer(1, 2),
                                 F.TextField(F.criterion_field(stage.id, crit.id), tooltip, 40, multiline=True),
                                 Spacer(1, 6)]))
    return out


def _verification(sheets: Sheets, stage: Stage) -> list[Flowable]:
    st = sheets.st
    sheet = stage.reflection
    out: list[Flowable] = [CondPageBreak(200), Paragraph(plain(sheet.sections.verification), st["section"])]
    if sheet.verification_note:
        out.append(Paragraph(plain(sheet.verification_note), st["note"]))
    for verifier in sheet.verifiers:
        role = verifier.title

        def tip(what: str, role: str = role) -> str:
            return f"{stage.label}: {role} – {what}"

        box = [Paragraph(plain(role), st["h2"]),
               Paragraph(translate("reviewform", "Your name"), st["small"]),
               F.TextField(F.role_field("name", stage.id, verifier.id), tip(translate("reviewform", "your name")), 18),
               Spacer(1, 5),
               F.OutcomeChoice(F.role_field("outcome", stage.id, verifier.id),
                               (translate("reviewform", "Verified"), translate("reviewform", "Not yet")),
                               (tip(translate("reviewform", "verified or not yet")),) * 2),
               Spacer(1, 5),
               Paragraph(translate("reviewform", "Your comment (if not yet verified, the reasons)"), st["small"]),
               F.TextField(F.role_field("comment", stage.id, verifier.id), tip(translate("reviewform", "your comment")),
                           64, multiline=True),
               Spacer(1, 5),
               Paragraph(translate("reviewform", "Date (DD/MM/YYYY)"), st["small"]),
               F.TextField(F.role_field("date", stage.id, verifier.id), tip(translate("reviewform", "date, as DD/MM/YYYY")),
                           18, width=sheets.width * 0.3),
               Spacer(1, 14),
               Paragraph(plain(translate("reviewform", "Signature (on paper): ")), st["body"]), WritingLines(1, gap=14),
               Spacer(1, 4)]
        out += [Spacer(1, 4), KeepTogether(box)]
    return out
