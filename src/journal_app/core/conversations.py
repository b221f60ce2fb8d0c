"""Learning conversations with a mentor, coach or co-coach, and the learning agreement with
each person (the CUREE principles "a learning conversation" and "a learning agreement").
An agreed action becomes a target in one step; a conversation can be evidence for criteria."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import delete, select

from journal_app.core import search as fts
from journal_app.core.errors import InvalidOperation
from journal_app.core.i18n import QT_TRANSLATE_NOOP, Labels, format_date, translate
from journal_app.core.store.models import (
    Conversation,
    ConversationLink,
    LearningAgreement,
    Target,
    utcnow,
)
from journal_app.core.views import TargetView

if TYPE_CHECKING:
    from contextlib import AbstractContextManager

    from sqlalchemy.orm import Session

    from journal_app.core.frameworks.models import Stage

KINDS = Labels("conversations", {"mentoring": QT_TRANSLATE_NOOP("conversations", "Mentoring"), "specialist-coaching": QT_TRANSLATE_NOOP("conversations", "Specialist coaching"), "co-coaching": QT_TRANSLATE_NOOP("conversations", "Co-coaching")})
FIELDS = ("held_on", "with_whom", "their_role", "kind", "focus", "notes", "agreed_actions", "private")


def same_text_key(text: str) -> str:
    """What two texts are compared by when they may be the same action: case and spacing aside."""
    return " ".join(text.split()).casefold()


def agreed_actions(text: str) -> list[str]:
    """The agreed actions written in a conversation's text: one a line, blank lines skipped."""
    return [a.strip() for a in text.splitlines() if a.strip()]


@dataclass(frozen=True)
class ConversationView:
    id: int
    held_on: dt.date
    with_whom: str
    their_role: str
    kind: str
    focus: str
    notes: str
    agreed_actions: str
    private: bool
    links: tuple[tuple[str, str], ...] = ()

    @property
    def actions(self) -> list[str]:
        return agreed_actions(self.agreed_actions)


@dataclass(frozen=True)
class AgreementView:
    person: str
    ground_rules: str = ""
    confidentiality: str = ""
    boundaries: str = ""
    private: bool = False

    @property
    def empty(self) -> bool:
        return not (self.ground_rules or self.confidentiality or self.boundaries)


class ConversationOps:
    """Mixed into Journal."""

    if TYPE_CHECKING:
        def _read(self) -> AbstractContextManager[Session]: ...
        def _write(self, topic: str | None, ref: object = None, *, stage_id: str | None = None) -> AbstractContextManager[Session]: ...
        def _link_target(self, stage_id: str, criterion_id: str) -> None: ...
        def _target_view(self, t: Target) -> TargetView: ...
        def stage(self, stage_id: str) -> Stage: ...

    @staticmethod
    def _check(fields: dict) -> None:
        bad = set(fields) - set(FIELDS)
        if bad:
            raise InvalidOperation(translate("conversations", "conversations have no such field: {join}").format(join=', '.join(sorted(bad))))
        if "kind" in fields and fields["kind"] not in KINDS:
            raise InvalidOperation(translate("conversations", "unknown kind {fields_kind!r} (one of: {join})").format(fields_kind=fields['kind'], join=', '.join(KINDS)))
        if "with_whom" in fields and not str(fields["with_whom"]).strip():
            raise InvalidOperation(translate("conversations", "a conversation needs the name of the person it was with"))

    @staticmethod
    def _index(s: Session, c: Conversation) -> None:
        fts.index_entry(s, "conversation", None, str(c.id),
                        "\n".join([c.with_whom, c.focus, c.notes, c.agreed_actions]))

    def add_conversation(self, held_on: dt.date, with_whom: str, kind: str = "mentoring", **fields: object) -> int:
        fields.update(held_on=held_on, with_whom=with_whom, kind=kind)
        self._check(fields)
        with self._write("conversations") as s:
            c = Conversation(their_role="", focus="", notes="", agreed_actions="", private=False,
                             created_at=utcnow(), modified_at=utcnow())
            for k, v in fields.items():
                setattr(c, k, v)
            s.add(c)
            s.flush()
            self._index(s, c)
            return c.id

    def update_conversation(self, conversation_id: int, **fields: object) -> None:
        self._check(fields)
        with self._write("conversations", conversation_id) as s:
            c = self._conversation_row(s, conversation_id)
            for k, v in fields.items():
                setattr(c, k, v)
            c.modified_at = utcnow()
            self._index(s, c)

    def delete_conversation(self, conversation_id: int) -> None:
        with self._write("conversations", conversation_id) as s:
            s.delete(self._conversation_row(s, conversation_id))
            s.execute(delete(ConversationLink).where(ConversationLink.conversation_id == conversation_id))
            fts.remove_entry(s, "conversation", str(conversation_id))

    @staticmethod
    def _conversation_row(s: Session, conversation_id: int) -> Conversation:
        c = s.get(Conversation, conversation_id)
        if c is None:
            raise InvalidOperation(translate("conversations", "no conversation with id {conversation_id}").format(conversation_id=conversation_id))
        return c

    def conversations(self) -> list[ConversationView]:
        """Newest first."""
        with self._read() as s:
            rows = list(s.scalars(select(Conversation).order_by(Conversation.held_on.desc(), Conversation.id.desc())))
            links: dict[int, list[tuple[str, str]]] = {}
            for link in s.scalars(select(ConversationLink)):
                links.setdefault(link.conversation_id, []).append((link.stage_id, link.criterion_id))
        return [ConversationView(c.id, c.held_on, c.with_whom, c.their_role, c.kind, c.focus, c.notes,
                                 c.agreed_actions, c.private, tuple(sorted(links.get(c.id, ())))) for c in rows]

    def conversation(self, conversation_id: int) -> ConversationView:
        for c in self.conversations():
            if c.id == conversation_id:
                return c
        raise InvalidOperation(translate("conversations", "no conversation with id {conversation_id}").format(conversation_id=conversation_id))

    def link_conversation(self, conversation_id: int, stage_id: str, criterion_id: str) -> None:
        self._link_target(stage_id, criterion_id)
        with self._write("conversations", conversation_id) as s:
            self._conversation_row(s, conversation_id)
            s.merge(ConversationLink(conversation_id=conversation_id, stage_id=stage_id, criterion_id=criterion_id))

    def unlink_conversation(self, conversation_id: int, stage_id: str, criterion_id: str) -> None:
        with self._write("conversations", conversation_id) as s:
            s.execute(delete(ConversationLink).where(
                ConversationLink.conversation_id == conversation_id, ConversationLink.stage_id == stage_id,
                ConversationLink.criterion_id == criterion_id))

    def _action(self, conversation_id: int, action: int) -> tuple[ConversationView, str]:
        c = self.conversation(conversation_id)
        if not 0 <= action < len(c.actions):
            raise InvalidOperation(translate("conversations", "conversation {conversation_id} has no agreed action {action_1}").format(conversation_id=conversation_id, action_1=action + 1))
        return c, c.actions[action]

    def action_targets(self, conversation_id: int, action: int) -> list[TargetView]:
        """The open targets already made of an agreed action (by its line number), in any stage."""
        return self.open_targets_of(self._action(conversation_id, action)[1])

    def open_targets_of(self, text: str) -> list[TargetView]:
        """The open targets whose text is ``text`` (an agreed action's), in any stage.

        A target does not record the conversation it came from (the journal file has no place
        for it), so the tie is its text, case and spacing aside. A target since reworded,
        achieved or dropped is not counted."""
        key = same_text_key(text)
        if not key:
            return []
        with self._read() as s:
            rows = s.scalars(select(Target).where(Target.status == "open").order_by(Target.id))
            return [self._target_view(t) for t in rows if same_text_key(t.text) == key]

    def action_to_target(self, conversation_id: int, action: int, stage_id: str | None) -> int:
        """Turn an agreed action (by its line number) into a target for development; refused
        when the action is already an open target of that stage (or of the whole journal)."""
        c, text = self._action(conversation_id, action)
        already = next((t for t in self.open_targets_of(text) if t.stage_id == stage_id), None)
        if already is not None:
            raise InvalidOperation(self._already_message(already))
        when = format_date(c.held_on)  # in the language and form of every other date shown
        return self.add_target(stage_id, text,  # type: ignore[attr-defined]
                               review_notes=translate("conversations", "Agreed in a conversation with {with_whom} on {when}").format(with_whom=c.with_whom, when=when),
                               private=c.private)

    def _already_message(self, t: TargetView) -> str:
        where = self.stage(t.stage_id).label if t.stage_id else translate("conversations", "the whole journal")
        if t.due_date is None:
            return translate("conversations", "“{text}” is already an open target for {where} (no due date)").format(text=t.text, where=where)
        return translate("conversations", "“{text}” is already an open target for {where}, due {due}").format(
            text=t.text, where=where, due=format_date(t.due_date))

    # -- learning agreements
    def agreement(self, person: str) -> AgreementView:
        with self._read() as s:
            a = s.get(LearningAgreement, person.strip())
            return AgreementView(person.strip()) if a is None else AgreementView(
                a.person, a.ground_rules, a.confidentiality, a.boundaries, a.private)

    def agreements(self) -> list[AgreementView]:
        with self._read() as s:
            return [AgreementView(a.person, a.ground_rules, a.confidentiality, a.boundaries, a.private)
                    for a in s.scalars(select(LearningAgreement).order_by(LearningAgreement.person))]

    def set_agreement(self, person: str, *, ground_rules: str | None = None, confidentiality: str | None = None,
                      boundaries: str | None = None, private: bool | None = None) -> None:
        person = person.strip()
        if not person:
            raise InvalidOperation(translate("conversations", "a learning agreement is with someone: give their name"))
        with self._write("conversations", person) as s:
            a = s.get(LearningAgreement, person)
            if a is None:
                a = LearningAgreement(person=person, ground_rules="", confidentiality="", boundaries="", private=False)
                s.add(a)
            for name, value in (("ground_rules", ground_rules), ("confidentiality", confidentiality),
                                ("boundaries", boundaries), ("private", private)):
                if value is not None:
                    setattr(a, name, value)
            a.modified_at = utcnow()
