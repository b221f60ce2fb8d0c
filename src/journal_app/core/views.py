"""Plain, immutable values the core hands to the GUI and the command line.

Callers never see ORM objects or sessions: every operation returns these.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from journal_app.core.i18n import translate


def human_size(n: int) -> str:
    """A file size as people read it: 512 bytes, 2.0 KB, 300.0 MB."""
    size = float(n)
    for unit in ("bytes", translate("views", "KB"), translate("views", "MB"), translate("views", "GB")):
        if size < 1024 or unit == "GB":
            return translate("views", "{n} bytes").format(n=n) if unit == "bytes" else translate("views", "{size:.1f} {unit}").format(size=size, unit=unit)
        size /= 1024
    return translate("views", "{n} bytes").format(n=n)


CRITERION_STATES = ("not_started", "begun", "partly_evidenced", "achieved")
TARGET_STATUSES = ("open", "achieved", "dropped")
VERIFICATION_STATES = ("not_requested", "awaiting", "verified")


@dataclass(frozen=True)
class JournalDetails:
    journal_uuid: str
    owner: str
    school: str
    role: str
    framework_id: str
    framework_version: str
    created_at: dt.datetime
    modified_at: dt.datetime


@dataclass(frozen=True)
class CriterionRecordView:
    stage_id: str
    criterion_id: str
    state: str = "not_started"
    achieved_on: dt.date | None = None
    notes: str = ""
    notes_private: bool = False
    evidence_count: int = 0

    @property
    def achieved(self) -> bool:
        return self.state == "achieved"

    @property
    def toggled_state(self) -> str:
        """The state one press of "mark achieved" (Space in the criteria table) gives: achieved;
        or, for an achieved criterion, back to partly evidenced if it has notes or evidence, else
        not started."""
        if not self.achieved:
            return "achieved"
        return "partly_evidenced" if (self.notes or self.evidence_count) else "not_started"


@dataclass(frozen=True)
class EvidenceView:
    id: int
    name: str
    media_type: str
    size: int
    sha256: str
    added_at: dt.datetime
    private: bool
    links: tuple[tuple[str, str], ...] = ()  # (stage_id, criterion_id)


@dataclass(frozen=True)
class TickView:
    stage_id: str
    checklist_id: str
    item_id: str
    ticked: bool = False
    note: str = ""


@dataclass(frozen=True)
class ReflectionView:
    stage_id: str
    text: str = ""
    private: bool = False
    modified_at: dt.datetime | None = None

    @property
    def word_count(self) -> int:
        return len(self.text.split())


@dataclass(frozen=True)
class TargetView:
    id: int
    stage_id: str | None
    text: str
    success_criteria: str = ""
    due_date: dt.date | None = None
    status: str = "open"
    review_notes: str = ""
    private: bool = False
    created_at: dt.datetime | None = None

    def overdue(self, today: dt.date | None = None) -> bool:
        today = today or dt.date.today()
        return self.status == "open" and self.due_date is not None and self.due_date < today


@dataclass(frozen=True)
class VerificationView:
    stage_id: str
    role_id: str
    role_title: str
    name: str = ""
    comment: str = ""
    verified_on: dt.date | None = None
    state: str = "not_requested"


def stage_badge(criteria_achieved: int, criteria_total: int, checklist_ticked: int, checklist_total: int,
                reflection_words: int, verified: bool) -> str:
    """How far a stage has got, as the list of sections shows it beside the stage's name."""
    if criteria_total:
        badge = f"{criteria_achieved}/{criteria_total}"
    elif checklist_total:
        badge = f"{checklist_ticked}/{checklist_total}"
    else:
        badge = translate("JournalView", "written") if reflection_words else ""
    return badge + (" ✓" if verified else "")


@dataclass(frozen=True)
class StageSummary:
    stage_id: str
    title: str
    criteria_total: int
    criteria_achieved: int
    checklist_total: int
    checklist_ticked: int
    reflection_words: int
    open_targets: int
    verification_state: str  # not_requested | awaiting | verified | partly verified
    verified_roles: tuple[str, ...] = ()

    @property
    def badge(self) -> str:
        return stage_badge(self.criteria_achieved, self.criteria_total, self.checklist_ticked, self.checklist_total,
                           self.reflection_words, self.verification_state == "verified")

    @property
    def progress(self) -> float:
        parts = self.criteria_total + self.checklist_total
        if not parts:
            return 1.0 if self.reflection_words else 0.0
        return (self.criteria_achieved + self.checklist_ticked) / parts


@dataclass(frozen=True)
class SearchHit:
    kind: str  # criterion | reflection | target | evidence | checklist
    stage_id: str | None
    ref: str  # criterion id, target id, evidence id, item id
    title: str
    snippet: str


@dataclass
class CheckReport:
    path: str
    schema_version: int | None = None
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    seals: list[str] = field(default_factory=list)  # "stage: changed since verified on … by …"

    @property
    def ok(self) -> bool:
        return not self.problems
