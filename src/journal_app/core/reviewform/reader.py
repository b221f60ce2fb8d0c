"""Reading a returned review form into a ``ReturnedReview``, trusting nothing in it: a private
copy of the file is looked into by a bounded child process (``inspect``), and only the form's
own fields are read, by name. Whether the form was issued by this journal, for these stages,
is checked against the journal by ``importer.preview``."""

from __future__ import annotations

import datetime as dt
import os
import stat
import threading
from pathlib import Path

from journal_app.core.dates import DateNotUnderstood, parse_date
from journal_app.core.errors import ReviewRefused
from journal_app.core.i18n import QT_TRANSLATE_NOOP, Labels, translate
from journal_app.core.review_import import ReturnedComment, ReturnedReview, ReturnedSignOff
from journal_app.core.reviewform import fields as F
from journal_app.core.reviewform.inspect import MAX_BYTES, Refusal, inspect_pdf
from journal_app.core.store.guard import read_bounded

PDF_MAGIC = b"%PDF-"
MARKER = "learning-journal-review-form"
ACTIVE = Labels("reviewform", {"javascript": QT_TRANSLATE_NOOP("reviewform", "JavaScript"),
                               "embedded-files": QT_TRANSLATE_NOOP("reviewform", "embedded files"),
                               "launch": QT_TRANSLATE_NOOP("reviewform", "an action that starts a program"),
                               "xfa": QT_TRANSLATE_NOOP("reviewform", "an XFA form"),
                               "media": QT_TRANSLATE_NOOP("reviewform", "embedded media"),
                               "outward": QT_TRANSLATE_NOOP("reviewform", "a link or action that reaches outside the form")})


def returned_kind(path: Path) -> str | None:
    """"review-copy" or "pdf-form", told by a regular file's first bytes; None otherwise."""
    from journal_app.core.store.fileformat import SQLITE_MAGIC

    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return None
        with open(path, "rb") as f:
            head = f.read(1024)
    except OSError:
        return None
    if head.startswith(SQLITE_MAGIC):
        return "review-copy"
    return "pdf-form" if PDF_MAGIC in head else None


def _private_copy(path: Path, workdir: Path) -> Path:
    """Copy the returned file into ``workdir``: only a regular file, at most MAX_BYTES."""
    name = path.name
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise ReviewRefused(translate("reviewform", "{name}: no such file").format(name=name)) from None
    except OSError as e:
        raise ReviewRefused(translate("reviewform", "{name}: cannot be read ({reason})").format(name=name, reason=e.strerror)) from None
    if not stat.S_ISREG(st.st_mode):
        raise ReviewRefused(translate("reviewform", "{name} is not a regular file").format(name=name))
    if st.st_size > MAX_BYTES:
        raise ReviewRefused(translate("reviewform", "{name} is too large for a review form ({mb} MB; at most {cap} MB)").format(
            name=name, mb=st.st_size // (1024 * 1024), cap=MAX_BYTES // (1024 * 1024)))
    private = workdir / "returned.pdf"
    try:  # never blocking, even on a file swapped for a pipe since it was looked at
        data = read_bounded(Path(os.path.realpath(path)), MAX_BYTES + 1)
    except OSError as e:
        raise ReviewRefused(translate("reviewform", "{name}: cannot be read ({reason})").format(name=name, reason=e.strerror)) from None
    if len(data) > MAX_BYTES:
        raise ReviewRefused(translate("reviewform", "{name} is too large for a review form").format(name=name))
    private.write_bytes(data)
    if PDF_MAGIC not in data[:1024]:
        raise ReviewRefused(translate("reviewform", "{name} is neither a returned review copy nor a review form").format(name=name))
    return private


def _refusal_message(name: str, r: Refusal) -> str:
    messages = {
        "encrypted": translate("reviewform", "{name} is encrypted (password-protected); ask the mentor to save it without a password"),
        "too-many-pages": translate("reviewform", "{name} has too many pages ({detail}) to be a review form"),
        "too-slow": translate("reviewform", "{name} took too long to read; it was not imported"),
        "too-long": translate("reviewform", "{name} holds a text too long for a review form; it was not imported"),
        "active": translate("reviewform", "{name} contains {detail}, which a review form never has; nothing in it was run or opened, and it was not imported"),
        "duplicate-field": translate("reviewform", "{name} has two fields named {detail}, which a review form never has; it was not imported"),
    }
    text = messages.get(r.code) or translate("reviewform", "{name} is damaged ({detail}); ask for it to be sent again")
    detail = r.detail
    if r.code == "active":
        detail = translate("reviewform", "{first} and {second}").format(
            first=", ".join(ACTIVE.get(c, c) for c in r.detail.split(",")[:-1]), second=ACTIVE.get(r.detail.split(",")[-1], "")) \
            if "," in r.detail else ACTIVE.get(r.detail, r.detail)
    return text.format(name=name, detail=detail)


def read_review_form(path: str | Path, workdir: Path, cancel: threading.Event | None = None) -> ReturnedReview:
    """The returned form's identity, comments and sign-offs; ReviewRefused with the reason if it is
    not a review form this app can read; Cancelled once ``cancel`` is set (see ``inspect_pdf``)."""
    path = Path(path)
    private = _private_copy(path, workdir)
    try:
        found = inspect_pdf(private, cancel)
    except Refusal as r:
        raise ReviewRefused(_refusal_message(path.name, r)) from None
    ident = found["identity"]
    ours = {n: f for n, f in found["fields"].items() if n == F.SIGNATURE or F.parse_field(n)}
    if ident is None or ident.get("broken") or ident.get("kind") != "/ReviewForm":
        if ident is None and not ours and (MARKER in found["keywords"] or found["printed"]):
            raise ReviewRefused(_flattened(path.name))
        if ident is None:
            raise ReviewRefused(translate("reviewform", "{name} is not a Learning Journal review form").format(name=path.name))
        raise ReviewRefused(translate("reviewform", "{name}: the form's identifying data was changed; it was not imported").format(name=path.name))
    if not any(F.parse_field(n) for n in ours):
        raise ReviewRefused(_flattened(path.name))
    signature = _check_signatures(path.name, found["signatures"])
    review = ReturnedReview(path.name, "pdf-form", ident["export"], ident["journal"], ident["owner"], "",
                            tuple(ident["stages"]), [], [], record_path=private, signature=signature,
                            content_fingerprints=dict(ident["fingerprints"]))
    _read_fields(review, ours, path.name)
    return review


def _flattened(name: str) -> str:
    return translate("reviewform", "{name}: the form was flattened: ask the mentor to save it rather than print it").format(name=name)


def _check_signatures(name: str, signatures: list[dict]) -> dict | None:
    """The one signature's details, or None; ReviewRefused if any signature does not verify or
    does not cover the whole file as returned."""
    if not signatures:
        return None
    for sig in signatures:
        if not (sig.get("intact") and sig.get("valid")):
            raise ReviewRefused(translate("reviewform", "{name}: the digital signature does not verify (the form was changed after it was signed, or the signature is damaged); it was not imported").format(name=name))
        if not sig.get("whole_file"):
            raise ReviewRefused(translate("reviewform", "{name}: the digital signature does not cover the whole form as returned (something was added after signing); ask the mentor to sign once, last").format(name=name))
    sig = signatures[-1]
    return {"signer": sig["signer"], "certificate_sha256": sig["certificate_sha256"],
            "signed_at": sig["signed_at"], "trusted": sig["trusted"]}


def _read_fields(review: ReturnedReview, fields: dict[str, dict], name: str) -> None:
    """Comments and sign-offs from the form's own fields (anything else in the file is ignored)."""
    roles: dict[tuple[str, str], dict[str, str]] = {}
    crits: list[tuple[str, str, str]] = []
    for field_name, f in fields.items():
        parsed = F.parse_field(field_name)
        if parsed is None:
            continue
        kind, stage_id, ref = parsed
        value = f["value"].strip()
        if kind == "crit":
            if value:
                crits.append((stage_id, ref, value))
        else:
            roles.setdefault((stage_id, ref), {})[kind] = value
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)
    signer = (review.signature or {}).get("signer", "")
    anyone = translate("reviewform", "the mentor")
    authors: dict[str, tuple[str, str]] = {}  # stage -> (name, role) of whoever gave a name there
    for (stage_id, role_id), given in roles.items():
        if given.get("name") and stage_id not in authors:
            authors[stage_id] = (given["name"], role_id)
    for stage_id, role_id in roles:
        authors.setdefault(stage_id, (signer or anyone, role_id))
    for (stage_id, role_id), given in roles.items():
        outcome = given.get("outcome", "").lstrip("/")
        when = now
        if given.get("date"):
            when = _when(given["date"], name)
        if outcome in F.OUTCOMES:
            review.sign_offs.append(ReturnedSignOff(stage_id, role_id, given.get("name", ""), outcome,
                                                    given.get("comment", ""), when,
                                                    review.content_fingerprints.get(stage_id, "")))
        elif given.get("comment"):
            review.comments.append(ReturnedComment(stage_id, "", given.get("name") or signer or anyone, role_id,
                                                   given["comment"], now))
    for stage_id, criterion_id, text in crits:
        who, role_id = authors.get(stage_id, (signer or anyone, ""))
        review.comments.append(ReturnedComment(stage_id, criterion_id, who, role_id, text, now))
    review.reviewer_name = signer or next((a for a, _r in authors.values() if a != anyone), "")


def _when(text: str, name: str) -> dt.datetime:
    """The date a mentor typed, as the end of that day (a form may be signed on the day it was
    sent, after the moment it was sent)."""
    try:
        day = parse_date(text)
    except DateNotUnderstood:
        day = None
    if day is None:
        raise ReviewRefused(translate("reviewform", "{name}: the date {date!r} could not be read; ask the mentor to write it as DD/MM/YYYY").format(name=name, date=text))
    return dt.datetime.combine(day, dt.time(23, 59))
