"""The journal file's tables (SQLAlchemy 2 typed ORM). They mirror the Learning Journal's
sections: the owner's details, criterion records, evidence, checklist ticks, reflections,
targets and verifications. Framework content itself is kept as a snapshot in ``journal_info``.

Changing anything here needs an Alembic migration in ``migrations/versions`` and a new
schema fixture under ``tests/fixtures``.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class JournalInfo(Base):
    """One row: who keeps the journal and which framework it follows."""

    __tablename__ = "journal_info"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    journal_uuid: Mapped[str] = mapped_column(String(36))
    owner: Mapped[str] = mapped_column(Text)
    school: Mapped[str] = mapped_column(Text, default="")
    role: Mapped[str] = mapped_column(Text, default="")
    framework_id: Mapped[str] = mapped_column(String(64))
    framework_version: Mapped[str] = mapped_column(String(32))
    framework_snapshot: Mapped[str] = mapped_column(Text)  # the framework as JSON
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    modified_at: Mapped[dt.datetime] = mapped_column(DateTime)


class CriterionRecord(Base):
    __tablename__ = "criterion_record"
    __table_args__ = (UniqueConstraint("stage_id", "criterion_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    stage_id: Mapped[str] = mapped_column(String(64))
    criterion_id: Mapped[str] = mapped_column(String(64))
    state: Mapped[str] = mapped_column(String(16), default="not_started")
    achieved_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    notes_private: Mapped[bool] = mapped_column(Boolean, default=False)
    modified_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class EvidenceItem(Base):
    """A file kept inside the journal. Its bytes live in ``evidence_chunk`` rows so that large
    files (lesson videos) are streamed in and out, never held in memory whole."""

    __tablename__ = "evidence_item"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    media_type: Mapped[str] = mapped_column(String(128), default="application/octet-stream")
    size: Mapped[int] = mapped_column(Integer, default=0)
    sha256: Mapped[str] = mapped_column(String(64))
    added_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    private: Mapped[bool] = mapped_column(Boolean, default=False)


class EvidenceChunk(Base):
    __tablename__ = "evidence_chunk"
    evidence_id: Mapped[int] = mapped_column(
        ForeignKey("evidence_item.id", ondelete="CASCADE"), primary_key=True
    )
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class EvidenceLink(Base):
    """Which criteria an evidence item supports."""

    __tablename__ = "evidence_link"
    evidence_id: Mapped[int] = mapped_column(
        ForeignKey("evidence_item.id", ondelete="CASCADE"), primary_key=True
    )
    stage_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    criterion_id: Mapped[str] = mapped_column(String(64), primary_key=True)


Index("ix_evidence_link_criterion", EvidenceLink.stage_id, EvidenceLink.criterion_id)


class ChecklistTick(Base):
    __tablename__ = "checklist_tick"
    stage_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    checklist_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    item_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    ticked: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str] = mapped_column(Text, default="")
    modified_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class Reflection(Base):
    __tablename__ = "reflection"
    stage_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    text: Mapped[str] = mapped_column(Text, default="")  # markdown
    private: Mapped[bool] = mapped_column(Boolean, default=False)
    modified_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class Target(Base):
    __tablename__ = "target"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    stage_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    text: Mapped[str] = mapped_column(Text)
    success_criteria: Mapped[str] = mapped_column(Text, default="")
    due_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    status: Mapped[str] = mapped_column(String(16), default="open")
    review_notes: Mapped[str] = mapped_column(Text, default="")
    private: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    modified_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


Index("ix_target_stage", Target.stage_id)


class Verification(Base):
    __tablename__ = "verification"
    __table_args__ = (UniqueConstraint("stage_id", "role_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    stage_id: Mapped[str] = mapped_column(String(64))
    role_id: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(Text, default="")
    comment: Mapped[str] = mapped_column(Text, default="")
    verified_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    state: Mapped[str] = mapped_column(String(16), default="not_requested")
    modified_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


# ---------------------------------------------------------------- format 3: mentor review
class ReviewExport(Base):
    """In the teacher's journal: each review copy made for a mentor."""

    __tablename__ = "review_export"
    export_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    exported_at: Mapped[dt.datetime] = mapped_column(DateTime)
    stages: Mapped[str] = mapped_column(Text)  # JSON list of stage ids
    imported_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    # format 7: "copy" (a review copy, .ljournal) or "form" (the PDF review form), and the
    # fingerprint of each stage as exported (JSON {stage id: fingerprint})
    kind: Mapped[str] = mapped_column(String(8), default="copy", server_default="copy")
    fingerprints: Mapped[str] = mapped_column(Text, default="{}", server_default="{}")


class ReviewInfo(Base):
    """In a review copy (one row): whose journal it is a copy of, and who reviewed it."""

    __tablename__ = "review_info"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    export_id: Mapped[str] = mapped_column(String(36))
    journal_uuid: Mapped[str] = mapped_column(String(36))
    owner: Mapped[str] = mapped_column(Text)
    exported_at: Mapped[dt.datetime] = mapped_column(DateTime)
    stages: Mapped[str] = mapped_column(Text)  # JSON list of stage ids
    reviewer_name: Mapped[str] = mapped_column(Text, default="")
    reviewer_role: Mapped[str] = mapped_column(Text, default="")


class ReviewComment(Base):
    """A mentor's comment on a criterion (or on a stage, with an empty criterion id)."""

    __tablename__ = "review_comment"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    export_id: Mapped[str] = mapped_column(String(36))
    stage_id: Mapped[str] = mapped_column(String(64))
    criterion_id: Mapped[str] = mapped_column(String(64), default="")
    author: Mapped[str] = mapped_column(Text)
    role_id: Mapped[str] = mapped_column(String(64))
    text: Mapped[str] = mapped_column(Text)
    written_at: Mapped[dt.datetime] = mapped_column(DateTime)


class SignOff(Base):
    """A verifier's sign-off of a stage, sealed with the fingerprint of what they verified."""

    __tablename__ = "sign_off"
    __table_args__ = (UniqueConstraint("export_id", "stage_id", "role_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    export_id: Mapped[str] = mapped_column(String(36))
    stage_id: Mapped[str] = mapped_column(String(64))
    role_id: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(Text)
    outcome: Mapped[str] = mapped_column(String(16))  # verified | not_yet
    comment: Mapped[str] = mapped_column(Text, default="")
    signed_at: Mapped[dt.datetime] = mapped_column(DateTime)
    fingerprint: Mapped[str] = mapped_column(String(64))
    # format 7: where it came from ("review-copy", "pdf-form", "paper"), the evidence item kept
    # as its record (the returned PDF, the scan of the signed sheet) and, for a digitally signed
    # form, the signature's details (JSON: signer, certificate_sha256, signed_at, trusted, status)
    source: Mapped[str] = mapped_column(String(16), default="review-copy", server_default="review-copy")
    record_id: Mapped[int | None] = mapped_column(
        Integer, ForeignKey("evidence_item.id", ondelete="SET NULL"), nullable=True)
    signature: Mapped[str | None] = mapped_column(Text, nullable=True)


# ---------------------------------------------------------------- format 4: learning conversations
class Conversation(Base):
    """A learning conversation with a mentor, coach or co-coach (CUREE: "a learning conversation")."""

    __tablename__ = "conversation"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    held_on: Mapped[dt.date] = mapped_column(Date)
    with_whom: Mapped[str] = mapped_column(Text)
    their_role: Mapped[str] = mapped_column(Text, default="")
    kind: Mapped[str] = mapped_column(String(32))  # mentoring | specialist-coaching | co-coaching
    focus: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    agreed_actions: Mapped[str] = mapped_column(Text, default="")  # one per line
    private: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    modified_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class ConversationLink(Base):
    """A conversation offered as evidence for a criterion."""

    __tablename__ = "conversation_link"
    conversation_id: Mapped[int] = mapped_column(ForeignKey("conversation.id", ondelete="CASCADE"), primary_key=True)
    stage_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    criterion_id: Mapped[str] = mapped_column(String(64), primary_key=True)


class LearningAgreement(Base):
    """The learning agreement with one person (CUREE: "a learning agreement")."""

    __tablename__ = "learning_agreement"
    person: Mapped[str] = mapped_column(Text, primary_key=True)
    ground_rules: Mapped[str] = mapped_column(Text, default="")
    confidentiality: Mapped[str] = mapped_column(Text, default="")
    boundaries: Mapped[str] = mapped_column(Text, default="")
    private: Mapped[bool] = mapped_column(Boolean, default=False)
    modified_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


# ---------------------------------------------------------------- format 5: the TLA learning journey
class TlaJourney(Base):
    """The Teacher Learning Academy journey (one per journal), with the TLA framework it follows."""

    __tablename__ = "tla_journey"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    focus: Mapped[str] = mapped_column(Text, default="")
    tla_stage: Mapped[int] = mapped_column(Integer, default=1)
    ljmu_stage_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    tla_snapshot: Mapped[str] = mapped_column(Text)  # the gtc-tla framework as JSON
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    modified_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class PlanItem(Base):
    __tablename__ = "journey_plan_item"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # action | review
    text: Mapped[str] = mapped_column(Text)
    due_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    done: Mapped[bool] = mapped_column(Boolean, default=False)


class PlanChange(Base):
    """Every change to the plan, with the reason for it (the TLA asks for the changes explained)."""

    __tablename__ = "journey_plan_change"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    changed_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    change: Mapped[str] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(Text, default="")


class DimensionAccount(Base):
    __tablename__ = "dimension_account"
    dimension_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    text: Mapped[str] = mapped_column(Text, default="")
    modified_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class DimensionLink(Base):
    """An evidence item or a learning conversation linked to a TLA dimension."""

    __tablename__ = "dimension_link"
    dimension_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16), primary_key=True)  # evidence | conversation
    ref_id: Mapped[int] = mapped_column(Integer, primary_key=True)


class Breakthrough(Base):
    __tablename__ = "breakthrough"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    recorded_on: Mapped[dt.date] = mapped_column(Date)
    what_changed: Mapped[str] = mapped_column(Text)
    evidence: Mapped[str] = mapped_column(Text, default="")
    feedback: Mapped[str] = mapped_column(Text, default="")


# ---------------------------------------------------------------- format 6: CUREE tags and Diamond 9
class Tag(Base):
    """A reflection, conversation or target tagged with a CUREE principle or skill."""

    __tablename__ = "curee_tag"
    kind: Mapped[str] = mapped_column(String(16), primary_key=True)  # reflection | conversation | target
    ref: Mapped[str] = mapped_column(String(64), primary_key=True)  # stage id, conversation id, target id
    tag_kind: Mapped[str] = mapped_column(String(16), primary_key=True)  # principle | skill
    tag_id: Mapped[str] = mapped_column(String(64), primary_key=True)  # e.g. learning-agreement, mentors/m3


class DiamondSlot(Base):
    """Diamond 9: a stage's nine prioritised skills, slot 0 at the top (rows of 1, 2, 3, 2, 1)."""

    __tablename__ = "diamond_slot"
    stage_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    slot: Mapped[int] = mapped_column(Integer, primary_key=True)
    checklist_id: Mapped[str] = mapped_column(String(64))
    item_id: Mapped[str] = mapped_column(String(64))
