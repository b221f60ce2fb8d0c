"""The CUREE framework at hand: reflections, conversations and targets tagged with the ten
principles and the skills, the journal's coverage of them, and Diamond 9 (the CUREE project's
activity: nine skills from the stage's checklists, arranged 1-2-3-2-1 from highest priority)."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from sqlalchemy import delete, select

from journal_app.core.errors import InvalidOperation
from journal_app.core.i18n import translate
from journal_app.core.store.models import DiamondSlot, Tag

if TYPE_CHECKING:
    from contextlib import AbstractContextManager

    from sqlalchemy.orm import Session

    from journal_app.core.frameworks.models import Framework

TAGGABLE = ("reflection", "conversation", "target")
DIAMOND_ROWS = (1, 2, 3, 2, 1)  # slots 0 | 1 2 | 3 4 5 | 6 7 | 8
SLOTS = sum(DIAMOND_ROWS)


def diamond_row(slot: int) -> int:
    """The row (0 = top priority) a slot is in."""
    total = 0
    for row, width in enumerate(DIAMOND_ROWS):
        total += width
        if slot < total:
            return row
    raise ValueError(slot)


class CureeOps:
    """Mixed into Journal."""

    if TYPE_CHECKING:
        def _read(self) -> AbstractContextManager[Session]: ...
        def _write(self, topic: str | None, ref: object = None, *, stage_id: str | None = None) -> AbstractContextManager[Session]: ...
        def _one_change(self, topic: str, stage_id: str | None = None, ref: object = None) -> AbstractContextManager[None]: ...
        def stage(self, stage_id: str): ...  # noqa: ANN201
        def add_target(self, *a, **k) -> int: ...  # noqa: ANN002, ANN003

    # ------------------------------------------------------------------ tags
    def _check_tagged(self, kind: str, ref: str) -> None:
        if kind not in TAGGABLE:
            raise InvalidOperation(translate("curee", "only {join} can be tagged, not {kind!r}").format(join=', '.join(TAGGABLE), kind=kind))
        if kind == "reflection":
            self.stage(ref)
        elif kind == "conversation":
            self.conversation(int(ref))  # type: ignore[attr-defined]
        else:
            self.target(int(ref))  # type: ignore[attr-defined]

    def set_tags(self, kind: str, ref: str | int, principles: list[str], skills: list[str],
                 curee: Framework | None = None) -> None:
        """Tag an entry with principle ids and skill ids ("mentors/m3"); checked against ``curee``."""
        ref = str(ref)
        self._check_tagged(kind, ref)
        if curee is not None:
            known_p = {p.id for p in curee.principles}
            known_s = {f"{s.id}/{i.id}" for s in curee.skills for i in s.items}
            bad = [p for p in principles if p not in known_p] + [s for s in skills if s not in known_s]
            if bad:
                raise InvalidOperation(translate("curee", "unknown CUREE principle or skill: {join}").format(join=', '.join(bad)))
        with self._write("tags", (kind, ref), stage_id=ref if kind == "reflection" else None) as s:
            s.execute(delete(Tag).where(Tag.kind == kind, Tag.ref == ref))
            for tag_kind, ids in (("principle", principles), ("skill", skills)):
                for tag_id in dict.fromkeys(ids):
                    s.add(Tag(kind=kind, ref=ref, tag_kind=tag_kind, tag_id=tag_id))

    def tags(self, kind: str, ref: str | int) -> tuple[list[str], list[str]]:
        with self._read() as s:
            rows = list(s.scalars(select(Tag).where(Tag.kind == kind, Tag.ref == str(ref))
                                  .order_by(Tag.tag_kind, Tag.tag_id)))
        return ([t.tag_id for t in rows if t.tag_kind == "principle"], [t.tag_id for t in rows if t.tag_kind == "skill"])

    def tag_coverage(self) -> tuple[Counter, Counter]:
        """How many entries are tagged with each principle, and with each skill."""
        with self._read() as s:
            rows = list(s.scalars(select(Tag)))
        return (Counter(t.tag_id for t in rows if t.tag_kind == "principle"),
                Counter(t.tag_id for t in rows if t.tag_kind == "skill"))

    # ------------------------------------------------------------------ Diamond 9
    def diamond(self, stage_id: str) -> list[tuple[str, str] | None]:
        self.stage(stage_id)
        with self._read() as s:
            rows = {r.slot: (r.checklist_id, r.item_id) for r in s.scalars(
                select(DiamondSlot).where(DiamondSlot.stage_id == stage_id))}
        return [rows.get(i) for i in range(SLOTS)]

    def set_diamond(self, stage_id: str, slots: list[tuple[str, str] | None]) -> None:
        stage = self.stage(stage_id)
        if len(slots) != SLOTS:
            raise InvalidOperation(translate("curee", "a Diamond 9 has {SLOTS} places, not {len}").format(SLOTS=SLOTS, len=len(slots)))
        placed = [s for s in slots if s is not None]
        if len(set(placed)) != len(placed):
            raise InvalidOperation(translate("curee", "a skill can stand in only one place of the diamond"))
        for checklist_id, item_id in placed:
            cl = stage.checklist(checklist_id)
            if cl is None or not any(i.id == item_id for i in cl.items):
                raise InvalidOperation(translate("curee", "{checklist_id}/{item_id} is not a skill of this stage's checklists").format(checklist_id=checklist_id, item_id=item_id))
        with self._write("diamond", stage_id=stage_id) as s:
            s.execute(delete(DiamondSlot).where(DiamondSlot.stage_id == stage_id))
            for slot, value in enumerate(slots):
                if value is not None:
                    s.add(DiamondSlot(stage_id=stage_id, slot=slot, checklist_id=value[0], item_id=value[1]))

    def diamond_to_targets(self, stage_id: str, rows: int = 1) -> list[int]:
        """Turn the top ``rows`` of the diamond (1: the top skill; 2: the top three) into targets."""
        stage = self.stage(stage_id)
        chosen = [(slot, value) for slot, value in enumerate(self.diamond(stage_id))
                  if value is not None and diamond_row(slot) < rows]
        if not chosen:
            raise InvalidOperation(translate("curee", "the top of the diamond is empty: place skills in it first"))
        ids = []
        with self._one_change("targets", stage_id):  # one change, however many targets
            for slot, (checklist_id, item_id) in chosen:
                item = next(i for i in stage.checklist(checklist_id).items if i.id == item_id)
                ids.append(self.add_target(stage_id, translate("curee", "Develop: {full_text}").format(full_text=item.full_text),
                                           review_notes=translate("curee", "From the Diamond 9 (priority {diamond_row})").format(diamond_row=diamond_row(slot) + 1)))
        return ids
