"""Where a verifier's sign-off came from, and the one way a sign-off is written into the
teacher's journal: from a returned review copy, a returned PDF review form, or a paper sheet
signed by hand whose scan the teacher attaches.

A sign-off is sealed with the fingerprint of the stage content the verifier saw; its record
(the returned PDF, the scan of the sheet) is kept as an evidence item of its own, linked to no
criterion, so keeping it never changes the stage's fingerprint.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from journal_app.core.errors import InvalidOperation
from journal_app.core.i18n import QT_TRANSLATE_NOOP, Labels, translate
from journal_app.core.store.models import SignOff, Verification, utcnow

if TYPE_CHECKING:
    from contextlib import AbstractContextManager

    from sqlalchemy.orm import Session

    from journal_app.core.frameworks.models import Stage

SOURCES = Labels("signoffs", {
    "review-copy": QT_TRANSLATE_NOOP("signoffs", "returned in a review copy"),
    "pdf-form": QT_TRANSLATE_NOOP("signoffs", "returned on the PDF review form"),
    "paper": QT_TRANSLATE_NOOP("signoffs", "signed on paper"),
})
# What a signature that verifies but whose certificate this computer does not trust is called:
# exactly this, never more (a self-made certificate says nothing about who made it).
NOT_CONFIRMED = QT_TRANSLATE_NOOP("signoffs", "valid, certificate not confirmed")
CONFIRMED = QT_TRANSLATE_NOOP("signoffs", "valid, certificate trusted by this computer")
OUTCOMES = ("verified", "not_yet")


@dataclass(frozen=True)
class SignatureInfo:
    """A digital signature found on a returned form and verified."""

    signer: str
    certificate_sha256: str
    signed_at: dt.datetime | None
    trusted: bool

    @property
    def status(self) -> str:
        return CONFIRMED if self.trusted else NOT_CONFIRMED

    def to_json(self) -> str:
        return json.dumps({"signer": self.signer, "certificate_sha256": self.certificate_sha256,
                           "signed_at": self.signed_at.isoformat() if self.signed_at else None,
                           "trusted": self.trusted, "status": self.status}, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str | None) -> SignatureInfo | None:
        if not text:
            return None
        try:
            d = json.loads(text)
            when = dt.datetime.fromisoformat(d["signed_at"]) if d.get("signed_at") else None
            return cls(str(d["signer"]), str(d["certificate_sha256"]), when, bool(d["trusted"]))
        except (ValueError, KeyError, TypeError):
            return None

    def describe(self) -> str:
        return translate("signoffs", "digitally signed by {signer} (certificate SHA-256 {sha}…): {status}").format(
            signer=self.signer, sha=self.certificate_sha256[:16], status=translate("signoffs", self.status))


@dataclass(frozen=True)
class NewSignOff:
    """A sign-off about to be written: from a returned file or a paper sheet."""

    stage_id: str
    role_id: str
    name: str
    outcome: str
    comment: str
    signed_at: dt.datetime
    fingerprint: str
    source: str = "review-copy"
    export_id: str = ""
    record_id: int | None = None
    signature: SignatureInfo | None = None


def teacher_entry(s: Session, stage_id: str, role_id: str) -> bool:
    """Whether the verification of ``role_id`` holds something the teacher typed, rather than
    nothing or what the last imported sign-off wrote there. The one rule of what a returned
    review may fill in."""
    v = s.scalar(select(Verification).where(Verification.stage_id == stage_id, Verification.role_id == role_id))
    if v is None:
        return False
    last = s.scalar(select(SignOff).where(SignOff.stage_id == stage_id, SignOff.role_id == role_id)
                    .order_by(SignOff.id.desc()).limit(1))
    if last is not None and (v.name, v.comment) == (last.name, last.comment):
        return False
    return bool(v.name.strip() or v.comment.strip() or v.state == "verified")


def write_sign_off(s: Session, stage: Stage, new: NewSignOff, *, teacher_typed: bool) -> bool:
    """Add the sign-off and bring the stage's verification up to date.

    A returned review (``teacher_typed`` False) never silently replaces what the teacher typed
    for that role (``teacher_entry``): both are kept, the sign-off beside the teacher's words,
    and False is returned."""
    keep = not teacher_typed and teacher_entry(s, new.stage_id, new.role_id)
    s.add(SignOff(export_id=new.export_id or str(uuid.uuid4()), stage_id=new.stage_id, role_id=new.role_id,
                  name=new.name, outcome=new.outcome, comment=new.comment, signed_at=new.signed_at,
                  fingerprint=new.fingerprint, source=new.source, record_id=new.record_id,
                  signature=new.signature.to_json() if new.signature else None))
    if keep:
        return False
    v = s.scalar(select(Verification).where(Verification.stage_id == new.stage_id,
                                            Verification.role_id == new.role_id))
    if v is None:
        v = Verification(stage_id=new.stage_id, role_id=new.role_id, name="", comment="", state="not_requested")
        s.add(v)
    v.name, v.comment = new.name, new.comment
    v.state = "verified" if new.outcome == "verified" else "awaiting"
    v.verified_on = new.signed_at.date() if new.outcome == "verified" else None
    v.modified_at = utcnow()
    return True


class SignOffOps:
    """Mixed into Journal: the paper route, and a sign-off's record."""

    if TYPE_CHECKING:
        def _write(self, topic: str | None, ref: object = None, *, stage_id: str | None = None) -> AbstractContextManager[Session]: ...
        def _one_change(self, topic: str, stage_id: str | None = None, ref: object = None) -> AbstractContextManager[None]: ...
        def stage(self, stage_id: str) -> Stage: ...
        def add_evidence(self, source: str | Path, **kw) -> int: ...
        def remove_evidence(self, evidence_id: int) -> None: ...

    def record_paper_sign_off(self, stage_id: str, role_id: str, name: str, *, verified: bool,
                              signed_on: dt.date, comment: str, scan: str | Path) -> int:
        """A sheet signed by hand: the sign-off, sealed against the stage as it is now, with the
        scan or photo of the sheet kept as its record. Returns the record's evidence id."""
        from journal_app.core.review import fingerprint

        stage = self.stage(stage_id)
        if stage.verifier(role_id) is None:
            roles = ", ".join(v.id for v in stage.reflection.verifiers)
            raise InvalidOperation(translate("signoffs", "stage {stage_id!r} has no verifier role {role_id!r} (roles: {roles})").format(
                stage_id=stage_id, role_id=role_id, roles=roles))
        if not name.strip():
            raise InvalidOperation(translate("signoffs", "a sign-off needs the verifier's name"))
        if not verified and not comment.strip():
            raise InvalidOperation(translate("signoffs", "say why the stage is not yet verified (the comment)"))
        if signed_on > dt.date.today():
            raise InvalidOperation(translate("signoffs", "the date signed cannot be in the future"))
        scan = Path(scan)
        if not scan.is_file():
            raise InvalidOperation(translate("signoffs", "{scan}: no such file to attach as the signed sheet").format(scan=scan))
        seal = fingerprint(self, stage_id)  # type: ignore[arg-type]
        with self._one_change("journal"):  # the evidence, the sign-off and the verification: one change
            record = self.add_evidence(scan, name=translate("signoffs", "Signed sheet – {stage} – {name} – {scan}").format(
                stage=stage.label, name=name.strip(), scan=scan.name))
            new = NewSignOff(stage_id, role_id, name.strip(), "verified" if verified else "not_yet", comment,
                             dt.datetime.combine(signed_on, dt.time(12)), seal, source="paper", record_id=record)
            try:
                with self._write("sign-off", stage_id=stage_id) as s:
                    write_sign_off(s, stage, new, teacher_typed=True)
            except BaseException:
                self.remove_evidence(record)
                raise
        return record
