"""The Teacher Learning Academy learning journey, kept alongside the journal's own stages: a
learning focus, the TLA stage aimed for and the journal stage it supports, a plan whose every
change is kept with its reason, an account for each of the six dimensions (with evidence and
conversations linked to it), and learning breakthroughs."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import delete, select

from journal_app.core import i18n
from journal_app.core.errors import InvalidOperation
from journal_app.core.frameworks.localize import in_language
from journal_app.core.frameworks.models import Framework
from journal_app.core.i18n import QT_TRANSLATE_NOOP, Labels, format_date, translate
from journal_app.core.store.models import (
    Breakthrough,
    DimensionAccount,
    DimensionLink,
    PlanChange,
    PlanItem,
    TlaJourney,
    utcnow,
)

if TYPE_CHECKING:
    from contextlib import AbstractContextManager

    from sqlalchemy.orm import Session

PLAN_KINDS = Labels("journey", {"action": QT_TRANSLATE_NOOP("journey", "Action"), "review": QT_TRANSLATE_NOOP("journey", "Review point")})
#: A dimension's status as the window and sheets say it (translated when read).
DIMENSION_STATUS = Labels("journey", {"addressed": QT_TRANSLATE_NOOP("journey", "Addressed"),
                                      "thin": QT_TRANSLATE_NOOP("journey", "Still thin"),
                                      "not started": QT_TRANSLATE_NOOP("journey", "Not started")})
THIN_WORDS = 100  # an account shorter than this, or with nothing linked, is "thin"


@dataclass(frozen=True)
class DimensionView:
    id: str
    title: str
    descriptor: str  # what the chosen TLA stage asks of this dimension
    account: str
    links: tuple[tuple[str, int], ...]

    @property
    def words(self) -> int:
        return len(self.account.split())

    @property
    def status(self) -> str:
        if self.words >= THIN_WORDS and self.links:
            return "addressed"
        return "thin" if self.words or self.links else "not started"


@dataclass(frozen=True)
class JourneyView:
    focus: str
    tla_stage: int
    stage_title: str  # what the stage demands
    ljmu_stage_id: str | None
    aligned_stages: tuple[str, ...]  # journal stages the framework aligns with this TLA stage
    dimensions: tuple[DimensionView, ...]


@dataclass(frozen=True)
class PlanItemView:
    id: int
    kind: str
    text: str
    due_date: dt.date | None
    done: bool


@dataclass(frozen=True)
class PlanChangeView:
    changed_at: dt.datetime
    change: str
    reason: str


@dataclass(frozen=True)
class BreakthroughView:
    id: int
    recorded_on: dt.date
    what_changed: str
    evidence: str
    feedback: str


class JourneyOps:
    """Mixed into Journal."""

    if TYPE_CHECKING:
        framework: Framework

        def _read(self) -> AbstractContextManager[Session]: ...
        def _write(self, topic: str | None, ref: object = None, *, stage_id: str | None = None) -> AbstractContextManager[Session]: ...
        def stage(self, stage_id: str): ...  # noqa: ANN201

    # ------------------------------------------------------------------ the journey
    def start_journey(self, tla: Framework, focus: str = "", tla_stage: int = 1,
                      ljmu_stage_id: str | None = None) -> None:
        if not tla.dimensions or not tla.tla_stages:
            raise InvalidOperation(translate("journey", "framework {id!r} has no TLA stages and dimensions").format(id=tla.id))
        self._check_journey(tla, tla_stage, ljmu_stage_id)
        with self._write("journey") as s:
            if s.get(TlaJourney, 1) is not None:
                raise InvalidOperation(translate("journey", "this journal already has a learning journey"))
            s.add(TlaJourney(id=1, focus=focus, tla_stage=tla_stage, ljmu_stage_id=ljmu_stage_id,
                             tla_snapshot=tla.model_dump_json(), created_at=utcnow(), modified_at=utcnow()))

    def _check_journey(self, tla: Framework, tla_stage: int, ljmu_stage_id: str | None) -> None:
        if tla_stage not in {s.number for s in tla.tla_stages}:
            raise InvalidOperation(translate("journey", "there is no TLA stage {tla_stage} (1 to {tla_stages})").format(tla_stage=tla_stage, tla_stages=len(tla.tla_stages)))
        if ljmu_stage_id is not None:
            self.stage(ljmu_stage_id)

    def _tla(self) -> Framework | None:
        with self._read() as s:
            row = s.get(TlaJourney, 1)
            return None if row is None else _localized_tla(row.tla_snapshot)

    def journey(self) -> JourneyView | None:
        with self._read() as s:
            row = s.get(TlaJourney, 1)
            if row is None:
                return None
            tla = _localized_tla(row.tla_snapshot)
            accounts = {a.dimension_id: a.text for a in s.scalars(select(DimensionAccount))}
            links: dict[str, list[tuple[str, int]]] = {}
            for link in s.scalars(select(DimensionLink).order_by(DimensionLink.kind, DimensionLink.ref_id)):
                links.setdefault(link.dimension_id, []).append((link.kind, link.ref_id))
            focus, stage, ljmu = row.focus, row.tla_stage, row.ljmu_stage_id
        title = next(s.title for s in tla.tla_stages if s.number == stage)
        align = self.framework.alignment.tla if self.framework.alignment else None
        aligned = tuple(sid for sid, numbers in (align.stages.items() if align else ()) if stage in numbers)
        dims = tuple(DimensionView(d.id, d.title, d.descriptors[stage], accounts.get(d.id, ""),
                                   tuple(links.get(d.id, ()))) for d in tla.dimensions)
        return JourneyView(focus, stage, title, ljmu, aligned, dims)

    def update_journey(self, *, focus: str | None = None, tla_stage: int | None = None,
                       ljmu_stage_id: str | None | bool = False) -> None:
        tla = self._require_journey()
        with self._write("journey") as s:
            row = s.get(TlaJourney, 1)
            if tla_stage is not None:
                self._check_journey(tla, tla_stage, None)
                row.tla_stage = tla_stage
            if ljmu_stage_id is not False:
                if ljmu_stage_id is not None:
                    self.stage(ljmu_stage_id)
                row.ljmu_stage_id = ljmu_stage_id
            if focus is not None:
                row.focus = focus
            row.modified_at = utcnow()

    def _require_journey(self) -> Framework:
        tla = self._tla()
        if tla is None:
            raise InvalidOperation(translate("journey", "this journal has no learning journey yet: start one first"))
        return tla

    def journey_notes(self) -> list[str]:
        """What the chosen stage still asks for."""
        j = self.journey()
        if j is None:
            return []
        notes = []
        if j.tla_stage == 4 and len(self.breakthroughs()) < 2:
            notes.append(translate("journey", "Stage 4 asks for more than one learning breakthrough."))
        if j.tla_stage >= 2 and not self.breakthroughs():
            notes.append(translate("journey", "Stage {tla_stage} asks for an account of a learning breakthrough.").format(tla_stage=j.tla_stage))
        thin = [d.title for d in j.dimensions if d.status != "addressed"]
        if thin:
            notes.append(translate("journey", "Still thin: {dimensions}.").format(dimensions=", ".join(thin)))
        return notes

    # ------------------------------------------------------------------ the plan
    def plan(self) -> list[PlanItemView]:
        with self._read() as s:
            return [PlanItemView(p.id, p.kind, p.text, p.due_date, p.done)
                    for p in s.scalars(select(PlanItem).order_by(PlanItem.due_date.is_(None), PlanItem.due_date,
                                                                 PlanItem.id))]

    def plan_history(self) -> list[PlanChangeView]:
        with self._read() as s:
            return [PlanChangeView(c.changed_at, c.change, c.reason)
                    for c in s.scalars(select(PlanChange).order_by(PlanChange.id))]

    @staticmethod
    def _describe(p: PlanItem) -> str:
        due = translate("journey", " (due {date})").format(date=format_date(p.due_date)) if p.due_date else ""
        return translate("journey", "{lower} “{text}”{due}").format(lower=PLAN_KINDS[p.kind].lower(), text=p.text, due=due)

    def add_plan_item(self, kind: str, text: str, due_date: dt.date | None = None, reason: str = "") -> int:
        self._require_journey()
        if kind not in PLAN_KINDS:
            raise InvalidOperation(translate("journey", "unknown plan item {kind!r} (one of: {join})").format(kind=kind, join=', '.join(PLAN_KINDS)))
        if not text.strip():
            raise InvalidOperation(translate("journey", "a plan item needs some text"))
        with self._write("journey") as s:
            item = PlanItem(kind=kind, text=text.strip(), due_date=due_date, done=False)
            s.add(item)
            s.flush()
            s.add(PlanChange(changed_at=utcnow(), change=translate("journey", "Added {item}").format(item=self._describe(item)), reason=reason.strip()))
            return item.id

    @staticmethod
    def _item_to_change(s: Session, item_id: int, reason: str) -> PlanItem:
        if not reason.strip():
            raise InvalidOperation(translate("journey", "say why the plan changed: the TLA asks for changes to the plan to be explained"))
        item = s.get(PlanItem, item_id)
        if item is None:
            raise InvalidOperation(translate("journey", "no plan item {item_id}").format(item_id=item_id))
        return item

    def change_plan_item(self, item_id: int, reason: str, *, text: str | None = None,
                         due_date: dt.date | None | bool = False, done: bool | None = None) -> None:
        """Change a plan item; the reason is required and kept with the change."""
        with self._write("journey") as s:
            item = self._item_to_change(s, item_id, reason)
            before = self._describe(item)
            if text is not None:
                if not text.strip():
                    raise InvalidOperation(translate("journey", "a plan item needs some text"))
                item.text = text.strip()
            if due_date is not False:
                item.due_date = due_date  # type: ignore[assignment]
            if done is not None:
                item.done = done
            after = self._describe(item) + (translate("journey", " — done") if item.done else "")
            s.add(PlanChange(changed_at=utcnow(), change=translate("journey", "Changed {before} to {after}").format(before=before, after=after), reason=reason.strip()))

    def remove_plan_item(self, item_id: int, reason: str) -> None:
        with self._write("journey") as s:
            item = self._item_to_change(s, item_id, reason)
            s.add(PlanChange(changed_at=utcnow(), change=translate("journey", "Removed {item}").format(item=self._describe(item)), reason=reason.strip()))
            s.delete(item)

    # ------------------------------------------------------------------ dimensions
    def _dimension(self, dimension_id: str) -> None:
        tla = self._require_journey()
        if not any(d.id == dimension_id for d in tla.dimensions):
            raise InvalidOperation(translate("journey", "no TLA dimension {dimension_id!r}").format(dimension_id=dimension_id))

    def set_dimension_account(self, dimension_id: str, text: str) -> None:
        self._dimension(dimension_id)
        with self._write("journey", dimension_id) as s:
            row = s.get(DimensionAccount, dimension_id) or DimensionAccount(dimension_id=dimension_id, text="")
            row.text, row.modified_at = text, utcnow()
            s.merge(row)

    def link_to_dimension(self, dimension_id: str, kind: str, ref_id: int) -> None:
        self._dimension(dimension_id)
        if kind == "evidence":
            self.evidence(ref_id)  # type: ignore[attr-defined]
        elif kind == "conversation":
            self.conversation(ref_id)  # type: ignore[attr-defined]
        else:
            raise InvalidOperation(translate("journey", "a dimension can be linked to evidence or a conversation, not {kind!r}").format(kind=kind))
        with self._write("journey", dimension_id) as s:
            s.merge(DimensionLink(dimension_id=dimension_id, kind=kind, ref_id=ref_id))

    def unlink_from_dimension(self, dimension_id: str, kind: str, ref_id: int) -> None:
        with self._write("journey", dimension_id) as s:
            s.execute(delete(DimensionLink).where(DimensionLink.dimension_id == dimension_id,
                                                  DimensionLink.kind == kind, DimensionLink.ref_id == ref_id))

    # ------------------------------------------------------------------ breakthroughs
    def add_breakthrough(self, what_changed: str, evidence: str = "", feedback: str = "",
                         recorded_on: dt.date | None = None) -> int:
        self._require_journey()
        if not what_changed.strip():
            raise InvalidOperation(translate("journey", "say what changed: that is the breakthrough"))
        with self._write("journey") as s:
            b = Breakthrough(recorded_on=recorded_on or dt.date.today(), what_changed=what_changed,
                             evidence=evidence, feedback=feedback)
            s.add(b)
            s.flush()
            return b.id

    def breakthroughs(self) -> list[BreakthroughView]:
        with self._read() as s:
            return [BreakthroughView(b.id, b.recorded_on, b.what_changed, b.evidence, b.feedback)
                    for b in s.scalars(select(Breakthrough).order_by(Breakthrough.recorded_on, Breakthrough.id))]

    def remove_breakthrough(self, breakthrough_id: int) -> None:
        with self._write("journey") as s:
            b = s.get(Breakthrough, breakthrough_id)
            if b is None:
                raise InvalidOperation(translate("journey", "no breakthrough {breakthrough_id}").format(breakthrough_id=breakthrough_id))
            s.delete(b)


def _localized_tla(snapshot: str) -> Framework:
    """The journey's TLA framework (as stored when the journey started) in the chosen language."""
    return in_language(Framework.model_validate_json(snapshot), i18n.language())
