"""Targets for further development and the verification of each stage, mixed into Journal."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from journal_app.core import search as fts
from journal_app.core.errors import InvalidOperation
from journal_app.core.i18n import translate
from journal_app.core.store.models import Target, Verification, utcnow
from journal_app.core.views import (
    TARGET_STATUSES,
    VERIFICATION_STATES,
    TargetView,
    VerificationView,
)

if TYPE_CHECKING:
    from journal_app.core.journal import Journal

    _Base = Journal
else:
    _Base = object


class TargetOps(_Base):
    """Mixed into Journal."""

    # ------------------------------------------------------------------ targets
    @staticmethod
    def _target_view(t: Target) -> TargetView:
        return TargetView(t.id, t.stage_id, t.text, t.success_criteria, t.due_date, t.status,
                          t.review_notes, t.private, t.created_at)

    def targets(self, stage_id: str | None = None) -> list[TargetView]:
        """The targets of one stage, or of the whole journal (``None``), in the order added."""
        q = select(Target).order_by(Target.id)
        if stage_id is not None:
            self.stage(stage_id)
            q = q.where(Target.stage_id == stage_id)
        with self._read() as s:
            return [self._target_view(t) for t in s.scalars(q)]

    def open_target_count(self, stage_id: str) -> int:
        with self._read() as s:
            return s.scalar(select(func.count()).select_from(Target).where(
                Target.stage_id == stage_id, Target.status == "open")) or 0

    def target(self, target_id: int) -> TargetView:
        with self._read() as s:
            t = s.get(Target, target_id)
            if t is None:
                raise InvalidOperation(translate("journal", "no target with id {target_id}").format(target_id=target_id))
            return self._target_view(t)

    def add_target(self, stage_id: str | None, text: str, success_criteria: str = "",
                   due_date: dt.date | None = None, *, private: bool = False, review_notes: str = "") -> int:
        if stage_id is not None:
            self.stage(stage_id)
        if not text.strip():
            raise InvalidOperation(translate("journal", "a target needs some text"))
        with self._write("targets", stage_id=stage_id) as s:
            t = Target(stage_id=stage_id, text=text, success_criteria=success_criteria,
                       due_date=due_date, status="open", review_notes=review_notes, private=private,
                       created_at=utcnow(), modified_at=utcnow())
            s.add(t)
            s.flush()
            self._index_target(s, t)
            return t.id

    _TARGET_FIELDS = ("text", "success_criteria", "due_date", "status", "review_notes", "private", "stage_id")

    def update_target(self, target_id: int, **fields: object) -> None:
        bad = set(fields) - set(self._TARGET_FIELDS)
        if bad:
            raise InvalidOperation(translate("journal", "targets have no such field: {join}").format(join=', '.join(sorted(bad))))
        if "status" in fields and fields["status"] not in TARGET_STATUSES:
            raise InvalidOperation(translate("journal", "unknown target status {fields_status!r} (one of: {join})").format(fields_status=fields['status'], join=', '.join(TARGET_STATUSES)))
        if "text" in fields and not str(fields["text"]).strip():
            raise InvalidOperation(translate("journal", "a target needs some text"))
        if fields.get("stage_id") is not None:
            self.stage(str(fields["stage_id"]))
        with self._write("targets", target_id) as s:
            t = s.get(Target, target_id)
            if t is None:
                raise InvalidOperation(translate("journal", "no target with id {target_id}").format(target_id=target_id))
            for k, v in fields.items():
                setattr(t, k, v)
            t.modified_at = utcnow()
            self._index_target(s, t)

    def delete_target(self, target_id: int) -> None:
        with self._write("targets", target_id) as s:
            t = s.get(Target, target_id)
            if t is None:
                raise InvalidOperation(translate("journal", "no target with id {target_id}").format(target_id=target_id))
            s.delete(t)
            fts.remove_entry(s, "target", str(target_id))

    @staticmethod
    def _index_target(s: Session, t: Target) -> None:
        fts.index_entry(s, "target", t.stage_id, str(t.id),
                        "\n".join([t.text, t.success_criteria, t.review_notes]))

    # ------------------------------------------------------------------ verification
    def verifications(self, stage_id: str) -> list[VerificationView]:
        stage = self.stage(stage_id)
        with self._read() as s:
            rows = {r.role_id: r for r in s.scalars(
                select(Verification).where(Verification.stage_id == stage_id))}
        out = []
        for v in stage.reflection.verifiers:
            r = rows.get(v.id)
            if r is None:
                out.append(VerificationView(stage_id, v.id, v.title))
            else:
                out.append(VerificationView(stage_id, v.id, v.title, r.name, r.comment,
                                            r.verified_on, r.state))
        return out

    def set_verification(self, stage_id: str, role_id: str, *, name: str | None = None,
                         comment: str | None = None, verified_on: dt.date | None = None,
                         state: str | None = None, clear_date: bool = False) -> None:
        """Change what is given (None: unchanged); ``clear_date`` leaves no date."""
        stage = self.stage(stage_id)
        if stage.verifier(role_id) is None:
            roles = ", ".join(v.id for v in stage.reflection.verifiers)
            raise InvalidOperation(translate("journal", "stage {stage_id!r} has no verifier role {role_id!r} (roles: {roles})").format(stage_id=stage_id, role_id=role_id, roles=roles))
        if state is not None and state not in VERIFICATION_STATES:
            raise InvalidOperation(translate("journal", "unknown verification state {state!r} (one of: {join})").format(state=state, join=', '.join(VERIFICATION_STATES)))
        with self._write("verification", role_id, stage_id=stage_id) as s:
            r = s.scalar(select(Verification).where(
                Verification.stage_id == stage_id, Verification.role_id == role_id))
            if r is None:
                r = Verification(stage_id=stage_id, role_id=role_id, name="", comment="",
                                 state="not_requested")
                s.add(r)
            if name is not None:
                r.name = name
            if comment is not None:
                r.comment = comment
            if state is not None:
                r.state = state
                if state == "verified" and verified_on is None and r.verified_on is None:
                    r.verified_on = dt.date.today()
            if verified_on is not None:
                r.verified_on = verified_on
            elif clear_date:
                r.verified_on = None
            r.modified_at = utcnow()

