"""What the journal announces after each change: one ``ChangeEvent`` per write operation, saying
which kind of data changed (its topic) and, where the data belongs to one stage, which stage.

Whatever made the change (a window's tab, another page, a dialog, an import, the command line),
listeners hear the same event, so every view of the data can bring itself up to date.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

# The topics, one for each kind of data a view can show.
DETAILS = "details"  # the owner, school and role
CRITERIA = "criteria"  # a criterion's state, date achieved, notes
CHECKLIST = "checklist"  # ticks and notes of the skills checklists
DIAMOND = "diamond"  # a stage's Diamond 9
REFLECTION = "reflection"
TARGETS = "targets"
VERIFICATION = "verification"  # the verifiers' names, comments, dates and states
EVIDENCE = "evidence"  # evidence items and what they support
CONVERSATIONS = "conversations"  # learning conversations, their links and learning agreements
JOURNEY = "journey"  # the learning journey: focus, plan, dimensions, breakthroughs
TAGS = "tags"  # CUREE principles and skills entries are tagged with
REVIEW = "review"  # a mentor's comments and sign-offs, review copies sent
JOURNAL = "journal"  # the whole journal (an import, a restore, the language)

TOPICS = (DETAILS, CRITERIA, CHECKLIST, DIAMOND, REFLECTION, TARGETS, VERIFICATION, EVIDENCE,
          CONVERSATIONS, JOURNEY, TAGS, REVIEW, JOURNAL)

# Older names of the topics (still accepted from code that writes with them).
_ALIASES = {
    "criterion": CRITERIA, "tick": CHECKLIST, "target": TARGETS, "conversation": CONVERSATIONS,
    "agreement": CONVERSATIONS, "plan": JOURNEY, "dimension": JOURNEY, "breakthrough": JOURNEY,
    "reviewer": REVIEW, "review-comment": REVIEW, "sign-off": REVIEW, "review-export": REVIEW,
    "review-import": JOURNAL, "language": JOURNAL, "restore": JOURNAL,
}


@dataclass(frozen=True)
class ChangeEvent:
    """``topic``: what changed (one of ``TOPICS``); ``stage_id``: the stage it belongs to, or
    None when it belongs to none or to several; ``ref``: the changed entry's key, where there is
    one entry (a criterion id, a target id, an evidence id …)."""

    topic: str
    stage_id: str | None = None
    ref: object = None

    @classmethod
    def of(cls, topic: str, stage_id: str | None = None, ref: object = None) -> ChangeEvent:
        """The event for ``topic`` (an older name is understood; an unknown one is the whole
        journal, so every view refreshes rather than one being left stale)."""
        topic = _ALIASES.get(topic, topic)
        if topic not in TOPICS or topic == JOURNAL:
            return cls(JOURNAL)
        return cls(topic, stage_id, ref)

    @property
    def whole(self) -> bool:
        return self.topic == JOURNAL

    def concerns(self, topics: Iterable[str], stage_id: str | None = None) -> bool:
        """Does this change touch a view showing ``topics`` (of ``stage_id``, or of every stage)?"""
        if self.whole:
            return True
        if self.topic not in topics:
            return False
        return stage_id is None or self.stage_id is None or self.stage_id == stage_id
