"""Dump a whole journal to JSON and build a journal from such a dump.

The format is versioned and described by ``docs/journal-dump.schema.json``, generated from
the models below (``python -m journal_app.core.exchange --schema``). Dump, load, dump gives
the same JSON. Evidence content is written base64-encoded, streamed chunk by chunk.
"""

from __future__ import annotations

import base64
import datetime as dt
import io
import json
import os
import stat
import sys
from pathlib import Path
from typing import Literal, TextIO

from pydantic import BaseModel, ConfigDict, Field, ValidationError
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from journal_app import __version__
from journal_app.core import privacy, search
from journal_app.core.errors import DumpError, JournalAppError
from journal_app.core.files import temp_path, written_unseen
from journal_app.core.frameworks.models import Framework
from journal_app.core.i18n import translate
from journal_app.core.journal import Journal
from journal_app.core.store.models import (
    Breakthrough,
    ChecklistTick,
    Conversation,
    ConversationLink,
    CriterionRecord,
    DiamondSlot,
    DimensionAccount,
    DimensionLink,
    JournalInfo,
    LearningAgreement,
    PlanChange,
    PlanItem,
    Reflection,
    Tag,
    Target,
    TlaJourney,
    Verification,
)
from journal_app.core.views import CRITERION_STATES, TARGET_STATUSES, VERIFICATION_STATES

DUMP_FORMAT = "learning-journal-dump"
DUMP_VERSION = 1


class _M(BaseModel):
    model_config = ConfigDict(extra="forbid")


class DumpJournal(_M):
    uuid: str
    owner: str
    school: str
    role: str
    framework_id: str
    framework_version: str
    created_at: dt.datetime
    modified_at: dt.datetime


class DumpCriterion(_M):
    stage_id: str
    criterion_id: str
    state: Literal[CRITERION_STATES]  # type: ignore[valid-type]
    achieved_on: dt.date | None
    notes: str
    notes_private: bool
    modified_at: dt.datetime


class DumpTick(_M):
    stage_id: str
    checklist_id: str
    item_id: str
    ticked: bool
    note: str
    modified_at: dt.datetime


class DumpReflection(_M):
    stage_id: str
    text: str
    private: bool
    modified_at: dt.datetime


class DumpTarget(_M):
    id: int
    stage_id: str | None
    text: str
    success_criteria: str
    due_date: dt.date | None
    status: Literal[TARGET_STATUSES]  # type: ignore[valid-type]
    review_notes: str
    private: bool
    created_at: dt.datetime
    modified_at: dt.datetime


class DumpVerification(_M):
    stage_id: str
    role_id: str
    name: str
    comment: str
    verified_on: dt.date | None
    state: Literal[VERIFICATION_STATES]  # type: ignore[valid-type]
    modified_at: dt.datetime


class DumpEvidence(_M):
    id: int
    name: str
    media_type: str
    size: int = Field(ge=0)
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    added_at: dt.datetime
    private: bool
    links: list[tuple[str, str]]
    content_base64: str


class DumpConversation(_M):
    id: int
    held_on: dt.date
    with_whom: str
    their_role: str
    kind: str
    focus: str
    notes: str
    agreed_actions: str
    private: bool
    created_at: dt.datetime
    modified_at: dt.datetime
    links: list[tuple[str, str]] = []


class DumpAgreement(_M):
    person: str
    ground_rules: str
    confidentiality: str
    boundaries: str
    private: bool
    modified_at: dt.datetime


class DumpJourney(_M):
    focus: str
    tla_stage: int
    ljmu_stage_id: str | None
    tla_snapshot: str
    created_at: dt.datetime
    modified_at: dt.datetime


class DumpPlanItem(_M):
    id: int
    kind: str
    text: str
    due_date: dt.date | None
    done: bool


class DumpPlanChange(_M):
    id: int
    changed_at: dt.datetime
    change: str
    reason: str


class DumpDimensionAccount(_M):
    dimension_id: str
    text: str
    modified_at: dt.datetime


class DumpDimensionLink(_M):
    dimension_id: str
    kind: str
    ref_id: int


class DumpBreakthrough(_M):
    id: int
    recorded_on: dt.date
    what_changed: str
    evidence: str
    feedback: str


class DumpTag(_M):
    kind: str
    ref: str
    tag_kind: str
    tag_id: str


class DumpDiamondSlot(_M):
    stage_id: str
    slot: int
    checklist_id: str
    item_id: str


class JournalDump(_M):
    """A whole journal: its details, framework snapshot, records and evidence."""

    format: Literal["learning-journal-dump"]
    format_version: Literal[1]
    app_version: str
    journal: DumpJournal
    framework: Framework
    criteria: list[DumpCriterion]
    checklist_ticks: list[DumpTick]
    reflections: list[DumpReflection]
    targets: list[DumpTarget]
    verifications: list[DumpVerification]
    conversations: list[DumpConversation] = []
    agreements: list[DumpAgreement] = []
    journey: DumpJourney | None = None
    plan_items: list[DumpPlanItem] = []
    plan_changes: list[DumpPlanChange] = []
    dimension_accounts: list[DumpDimensionAccount] = []
    dimension_links: list[DumpDimensionLink] = []
    breakthroughs: list[DumpBreakthrough] = []
    tags: list[DumpTag] = []
    diamond: list[DumpDiamondSlot] = []
    evidence: list[DumpEvidence]


def json_schema() -> dict:
    schema = JournalDump.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://journal-app.invalid/journal-dump-1.schema.json"
    schema["title"] = "Learning Journal dump, format version 1"
    return schema


def _iso(v: dt.date | dt.datetime | None) -> str | None:
    return v.isoformat() if v is not None else None


def _rows(journal: Journal, include_private: bool) -> dict:
    def q(model):  # noqa: ANN001, ANN202 - the rows of a table that may leave (privacy's rule)
        return select(model) if include_private else select(model).where(privacy.visible(model.__tablename__))

    def shown(table: str, row: object, column: str) -> object:
        return getattr(row, column) if include_private else privacy.shown(table, row, column)

    with Session(journal._reader) as s:
        info = s.get(JournalInfo, 1)
        assert info is not None
        head = {
            "format": DUMP_FORMAT,
            "format_version": DUMP_VERSION,
            "app_version": __version__,
            "journal": {
                "uuid": info.journal_uuid, "owner": info.owner, "school": info.school,
                "role": info.role, "framework_id": info.framework_id,
                "framework_version": info.framework_version,
                "created_at": _iso(info.created_at), "modified_at": _iso(info.modified_at),
            },
            "framework": json.loads(info.framework_snapshot),
        }
        return {**head, **_stage_rows(s, q, shown), **_conversation_rows(s, q), **_journey_rows(s, q),
                **_curee_rows(s, q)}


def _stage_rows(s: Session, q, shown) -> dict:  # noqa: ANN001 (_rows' helpers)
    crits = s.scalars(q(CriterionRecord).order_by(CriterionRecord.stage_id, CriterionRecord.criterion_id))
    ticks = s.scalars(q(ChecklistTick).order_by(ChecklistTick.stage_id, ChecklistTick.checklist_id, ChecklistTick.item_id))
    refls = s.scalars(q(Reflection).order_by(Reflection.stage_id))
    targets = s.scalars(q(Target).order_by(Target.id))
    verifs = s.scalars(q(Verification).order_by(Verification.stage_id, Verification.role_id))
    return {
        "criteria": [{
            "stage_id": c.stage_id, "criterion_id": c.criterion_id, "state": c.state,
            "achieved_on": _iso(c.achieved_on),
            "notes": shown("criterion_record", c, "notes"),
            "notes_private": shown("criterion_record", c, "notes_private"),
            "modified_at": _iso(c.modified_at)} for c in crits],
        "checklist_ticks": [{
            "stage_id": t.stage_id, "checklist_id": t.checklist_id, "item_id": t.item_id,
            "ticked": t.ticked, "note": t.note, "modified_at": _iso(t.modified_at)} for t in ticks],
        "reflections": [{
            "stage_id": r.stage_id, "text": r.text, "private": r.private,
            "modified_at": _iso(r.modified_at)} for r in refls],
        "targets": [{
            "id": t.id, "stage_id": t.stage_id, "text": t.text,
            "success_criteria": t.success_criteria, "due_date": _iso(t.due_date),
            "status": t.status, "review_notes": t.review_notes, "private": t.private,
            "created_at": _iso(t.created_at), "modified_at": _iso(t.modified_at)}
            for t in targets],
        "verifications": [{
            "stage_id": v.stage_id, "role_id": v.role_id, "name": v.name, "comment": v.comment,
            "verified_on": _iso(v.verified_on), "state": v.state,
            "modified_at": _iso(v.modified_at)} for v in verifs],
    }


def _conversation_rows(s: Session, q) -> dict:  # noqa: ANN001
    conv_links: dict[int, list[list[str]]] = {}
    for link in s.scalars(q(ConversationLink).order_by(ConversationLink.conversation_id,
                                                        ConversationLink.stage_id, ConversationLink.criterion_id)):
        conv_links.setdefault(link.conversation_id, []).append([link.stage_id, link.criterion_id])
    return {
        "conversations": [{
            "id": c.id, "held_on": _iso(c.held_on), "with_whom": c.with_whom, "their_role": c.their_role,
            "kind": c.kind, "focus": c.focus, "notes": c.notes, "agreed_actions": c.agreed_actions,
            "private": c.private, "created_at": _iso(c.created_at), "modified_at": _iso(c.modified_at),
            "links": conv_links.get(c.id, [])} for c in s.scalars(q(Conversation).order_by(Conversation.id))],
        "agreements": [{
            "person": a.person, "ground_rules": a.ground_rules, "confidentiality": a.confidentiality,
            "boundaries": a.boundaries, "private": a.private, "modified_at": _iso(a.modified_at)}
            for a in s.scalars(q(LearningAgreement).order_by(LearningAgreement.person))],
    }


def _journey_rows(s: Session, q) -> dict:  # noqa: ANN001
    journey = s.get(TlaJourney, 1)
    return {
        "journey": None if journey is None else {
            "focus": journey.focus, "tla_stage": journey.tla_stage, "ljmu_stage_id": journey.ljmu_stage_id,
            "tla_snapshot": journey.tla_snapshot, "created_at": _iso(journey.created_at),
            "modified_at": _iso(journey.modified_at)},
        "plan_items": [{"id": p.id, "kind": p.kind, "text": p.text, "due_date": _iso(p.due_date), "done": p.done}
                       for p in s.scalars(q(PlanItem).order_by(PlanItem.id))],
        "plan_changes": [{"id": c.id, "changed_at": _iso(c.changed_at), "change": c.change, "reason": c.reason}
                         for c in s.scalars(q(PlanChange).order_by(PlanChange.id))],
        "dimension_accounts": [{"dimension_id": a.dimension_id, "text": a.text, "modified_at": _iso(a.modified_at)}
                               for a in s.scalars(q(DimensionAccount).order_by(DimensionAccount.dimension_id))],
        "dimension_links": [{"dimension_id": x.dimension_id, "kind": x.kind, "ref_id": x.ref_id}
                            for x in s.scalars(q(DimensionLink).order_by(DimensionLink.dimension_id, DimensionLink.kind,
                                                                          DimensionLink.ref_id))],
        "breakthroughs": [{"id": b.id, "recorded_on": _iso(b.recorded_on), "what_changed": b.what_changed,
                           "evidence": b.evidence, "feedback": b.feedback}
                          for b in s.scalars(q(Breakthrough).order_by(Breakthrough.id))],
    }


def _curee_rows(s: Session, q) -> dict:  # noqa: ANN001
    return {
        "tags": [{"kind": t.kind, "ref": t.ref, "tag_kind": t.tag_kind, "tag_id": t.tag_id}
                 for t in s.scalars(q(Tag).order_by(Tag.kind, Tag.ref, Tag.tag_kind, Tag.tag_id))],
        "diamond": [{"stage_id": d.stage_id, "slot": d.slot, "checklist_id": d.checklist_id, "item_id": d.item_id}
                    for d in s.scalars(q(DiamondSlot).order_by(DiamondSlot.stage_id, DiamondSlot.slot))],
    }


def dump(journal: Journal, out: TextIO, *, include_private: bool = True) -> None:
    """Write the whole journal as JSON to ``out``; evidence content is streamed."""
    doc = _rows(journal, include_private)
    text = json.dumps(doc, indent=2, ensure_ascii=False)
    assert text.endswith("\n}")
    out.write(text[:-2] + ',\n  "evidence": [')
    items = [e for e in journal.evidence_items() if include_private or not privacy.is_private("evidence_item", e)]
    for n, e in enumerate(items):
        meta = json.dumps({
            "id": e.id, "name": e.name, "media_type": e.media_type, "size": e.size,
            "sha256": e.sha256, "added_at": _iso(e.added_at), "private": e.private,
            "links": [list(link) for link in e.links]}, ensure_ascii=False)
        out.write(("," if n else "") + "\n    " + meta[:-1] + ', "content_base64": "')
        rest = b""
        for chunk in journal.iter_evidence_bytes(e.id):
            data = rest + chunk
            cut = len(data) - len(data) % 3
            out.write(base64.b64encode(data[:cut]).decode("ascii"))
            rest = data[cut:]
        out.write(base64.b64encode(rest).decode("ascii") + '"}')
    out.write(("\n  " if items else "") + "]\n}\n")


def dump_to_file(journal: Journal, dest: str | Path, *, include_private: bool = True) -> Path:
    dest = Path(dest)
    if dest.is_dir():
        raise DumpError(translate("exchange", "{dest} is a folder; give a file name for the dump").format(dest=dest))
    if not dest.parent.is_dir():
        raise DumpError(translate("exchange", "{parent}: no such folder to write the dump into").format(parent=dest.parent))
    # Made without a name in dest's folder and named only when whole: a dump killed half-way
    # (with every private entry in it, unless left out) leaves nothing in that folder.
    with written_unseen(dest) as raw:
        f = io.TextIOWrapper(raw, encoding="utf-8", newline="\n")
        dump(journal, f, include_private=include_private)
        f.flush()
        f.detach()
    return dest


def read_dump(source: str | Path) -> JournalDump:
    source = Path(source)
    try:
        if not stat.S_ISREG(os.stat(source).st_mode):  # a pipe or a device would never end
            raise DumpError(translate("exchange", "{source}: not a regular file, so not a journal dump").format(source=source))
        with open(source, encoding="utf-8") as f:
            data = json.load(f)
    except FileNotFoundError:
        raise DumpError(translate("exchange", "{source}: no such file").format(source=source)) from None
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        raise DumpError(translate("exchange", "{source}: not a journal dump (not valid JSON: {e})").format(source=source, e=e)) from None
    except (RecursionError, ValueError):  # nested thousands deep, or a number of thousands of digits
        raise DumpError(translate("exchange", "{source}: not a journal dump (nested too deeply, or a number too long)").format(source=source)) from None
    except OSError as e:
        raise DumpError(translate("exchange", "{source}: cannot be read ({strerror})").format(source=source, strerror=e.strerror)) from None
    if not isinstance(data, dict) or data.get("format") != DUMP_FORMAT:
        raise DumpError(translate("exchange", '{source}: not a Learning Journal dump (no "format": "{DUMP_FORMAT}")').format(source=source, DUMP_FORMAT=DUMP_FORMAT))
    if isinstance(data.get("format_version"), int) and data["format_version"] > DUMP_VERSION:
        raise DumpError(translate("exchange", "{source}: dump format {data_format_version} is newer than this app reads ({DUMP_VERSION})").format(source=source, data_format_version=data['format_version'], DUMP_VERSION=DUMP_VERSION))
    try:
        return JournalDump.model_validate(data)
    except ValidationError as e:
        err = e.errors(include_url=False)[0]
        loc = ".".join(str(p) for p in err["loc"])
        raise DumpError(translate("exchange", "{source}: invalid dump at {loc}: {err_msg}").format(source=source, loc=loc, err_msg=err['msg'])) from None


def load(source: str | Path, dest: str | Path) -> Journal:
    """Build a new journal at ``dest`` from a dump. ``dest`` must not exist; if anything in the
    dump is wrong, no file is left at ``dest``."""
    doc = read_dump(source)
    dest = Path(dest)
    if dest.exists():
        raise FileExistsError(translate("exchange", "{dest}: a file of that name already exists; choose another name").format(dest=dest))
    _refuse_repeated_ids(doc, source)
    fw = doc.framework
    tmp = temp_path(dest.parent, "loading")
    journal = Journal.create(tmp, fw, doc.journal.owner or "?", doc.journal.school, doc.journal.role)
    try:
        for e in doc.evidence:
            try:
                raw = base64.b64decode(e.content_base64, validate=True)
            except ValueError:
                raise DumpError(translate("exchange", "{source}: evidence {name!r} has invalid base64 content").format(source=source, name=e.name)) from None
            journal.add_evidence_stream(io.BytesIO(raw), name=e.name, media_type=e.media_type,
                                        links=e.links, private=e.private, added_at=e.added_at,
                                        expect_sha256=e.sha256, evidence_id=e.id)
        with Session(journal._writer) as s, s.begin():
            for c in doc.criteria:
                s.add(CriterionRecord(**c.model_dump()))
            for t in doc.checklist_ticks:
                s.add(ChecklistTick(**t.model_dump()))
            for r in doc.reflections:
                s.add(Reflection(**r.model_dump()))
            for t in doc.targets:
                s.add(Target(**t.model_dump()))
            for v in doc.verifications:
                s.add(Verification(**v.model_dump()))
            for c in doc.conversations:
                fields = c.model_dump(exclude={"links"})
                s.add(Conversation(**fields))
                for stage_id, criterion_id in c.links:
                    s.add(ConversationLink(conversation_id=c.id, stage_id=stage_id, criterion_id=criterion_id))
            for a in doc.agreements:
                s.add(LearningAgreement(**a.model_dump()))
            if doc.journey is not None:
                s.add(TlaJourney(id=1, **doc.journey.model_dump()))
            for model, rows in ((PlanItem, doc.plan_items), (PlanChange, doc.plan_changes),
                                (DimensionAccount, doc.dimension_accounts), (DimensionLink, doc.dimension_links),
                                (Breakthrough, doc.breakthroughs), (Tag, doc.tags), (DiamondSlot, doc.diamond)):
                for row in rows:
                    s.add(model(**row.model_dump()))
            info = s.get(JournalInfo, 1)
            assert info is not None
            j = doc.journal
            # A loaded journal keeps the fresh id Journal.create gave it: it is a journal of its
            # own, so its backups are never mixed with those of the journal that was dumped.
            info.owner, info.school, info.role = j.owner, j.school, j.role
            info.framework_id, info.framework_version = j.framework_id, j.framework_version
            info.created_at = j.created_at.replace(tzinfo=None)
            info.modified_at = j.modified_at.replace(tzinfo=None)
            search.rebuild(s)
        journal.close()
        os.link(tmp, dest)  # never replaces a file that appeared at dest meanwhile
    except Exception as e:
        journal.close()
        tmp.unlink(missing_ok=True)
        if isinstance(e, (DumpError, FileExistsError)):
            raise
        if isinstance(e, IntegrityError):  # rows the dump gives that cannot stand together
            raise DumpError(translate("exchange", "{source}: invalid dump: some of its entries contradict each other").format(source=source)) from None
        if isinstance(e, JournalAppError):  # said of the file being built: say it of the dump
            reason = str(e).replace(f"{tmp}: ", "").replace(str(tmp), dest.name)
            raise DumpError(translate("exchange", "{source}: the dump could not be loaded ({e})").format(source=source, e=reason)) from None
        raise DumpError(translate("exchange", "{source}: the dump could not be loaded").format(source=source)) from None
    tmp.unlink(missing_ok=True)
    return Journal.open(dest)


def _refuse_repeated_ids(doc: JournalDump, source: Path) -> None:
    """An id given twice in one list of the dump is refused, naming the list and the id."""
    for what, rows in (("evidence", doc.evidence), ("targets", doc.targets), ("conversations", doc.conversations),
                       ("plan_items", doc.plan_items), ("breakthroughs", doc.breakthroughs)):
        seen: set[int] = set()
        for row in rows:
            if row.id in seen:
                raise DumpError(translate("exchange", "{source}: invalid dump: {what} id {id} appears twice").format(
                    source=source, what=what, id=row.id))
            seen.add(row.id)


if __name__ == "__main__":  # pragma: no cover - used to regenerate docs/journal-dump.schema.json
    if sys.argv[1:] == ["--schema"]:
        print(json.dumps(json_schema(), indent=2))
