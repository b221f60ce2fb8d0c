"""What the review import (``core.review_import``) does for a returned PDF form beyond a review
copy: the form's identity must be exactly what this journal recorded when it issued the form
(its kind, stages and each stage's fingerprint as exported), its digital signature is shown
with what it proves, and the returned PDF is kept in the journal as the record of its
sign-offs."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import TYPE_CHECKING

from journal_app.core.errors import ReviewRefused
from journal_app.core.i18n import translate
from journal_app.core.signoffs import SignatureInfo

if TYPE_CHECKING:
    from journal_app.core.journal import Journal
    from journal_app.core.review import ExportRecord
    from journal_app.core.review_import import ImportPreview, ReturnedReview


def check_form(returned: ReturnedReview, export: ExportRecord, pv: ImportPreview) -> None:
    """Refuse a form whose identifying data differs from the export it claims; say what its
    signature proves (or that it has none)."""
    if export.kind != "form":
        raise ReviewRefused(translate("reviewform", "{name} was not issued by this journal (or by a backup older than the export)").format(
            name=returned.source_name))
    if tuple(returned.stages) != export.stages or returned.content_fingerprints != export.fingerprints:
        raise ReviewRefused(translate("reviewform", "{name}: the form's identifying data was changed; it was not imported").format(
            name=returned.source_name))
    if not returned.comments and not returned.sign_offs:
        raise ReviewRefused(translate("reviewform", "{name} came back with nothing filled in; nothing was imported").format(
            name=returned.source_name))
    info = signature_info(returned)
    if info is not None:
        pv.checks.append(info.describe())
    else:
        pv.warnings.append(translate("reviewform", "the form is not digitally signed: the seal shows whether the content changed afterwards, not who filled it in"))


def signature_info(returned: ReturnedReview) -> SignatureInfo | None:
    return SignatureInfo.from_json(json.dumps(returned.signature)) if returned.signature else None


def keep_record(journal: Journal, returned: ReturnedReview) -> int | None:
    """The returned PDF as an evidence item of its own (linked to no criterion, so the stages'
    fingerprints do not change): the record of the sign-offs it brought."""
    if returned.record_path is None:
        return None
    who = returned.reviewer_name or translate("reviewform", "mentor")
    return journal.add_evidence(Path(returned.record_path), name=translate(
        "reviewform", "Review form returned by {who} – {date}.pdf").format(who=who, date=dt.date.today().isoformat()))
