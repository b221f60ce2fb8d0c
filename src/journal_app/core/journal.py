"""The journal facade: the one object the GUI and the command line use to read and change a
journal. Every change is one short, committed transaction; callers get plain values back
(``journal_app.core.views``) and can subscribe to hear about changes.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import ValidationError
from sqlalchemy import Engine, func, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from journal_app.core import i18n
from journal_app.core import search as fts
from journal_app.core.conversations import ConversationOps
from journal_app.core.curee import CureeOps
from journal_app.core.errors import (
    DamagedJournalError,
    InvalidOperation,
    JournalAppError,
    JournalMissingError,
    ReadOnlyError,
    storage_error,
)
from journal_app.core.events import ChangeEvent
from journal_app.core.evidence import EvidenceOps
from journal_app.core.files import file_id, remove_leftovers
from journal_app.core.frameworks.localize import in_language, language_note
from journal_app.core.frameworks.models import Framework, Stage
from journal_app.core.i18n import translate
from journal_app.core.journey import JourneyOps
from journal_app.core.lock import JournalLock
from journal_app.core.review import REVIEW_KINDS, ReviewOps
from journal_app.core.signoffs import SignOffOps
from journal_app.core.store import db, guard, validate
from journal_app.core.store.models import (
    ChecklistTick,
    CriterionRecord,
    EvidenceItem,
    EvidenceLink,
    JournalInfo,
    Reflection,
    Target,
    utcnow,
)
from journal_app.core.targets import TargetOps
from journal_app.core.views import (
    CRITERION_STATES,
    CriterionRecordView,
    JournalDetails,
    ReflectionView,
    SearchHit,
    StageSummary,
    TargetView,
    TickView,
)

if TYPE_CHECKING:
    from journal_app.core.backups import BackupStore

Listener = Callable[[ChangeEvent], None]


class Journal(TargetOps, EvidenceOps, ReviewOps, SignOffOps, ConversationOps, JourneyOps, CureeOps):
    """An open journal file. Use ``Journal.create`` or ``Journal.open``; ``close`` when done
    (or use it as a context manager)."""

    def __init__(self, path: Path, framework: Framework, *, readonly: bool, reader: Engine,
                 writer: Engine | None) -> None:
        self.path = path
        self.framework_snapshot = framework  # as stored in the journal; ``framework`` is it localized
        self._localized: dict[str, Framework] = {}
        self.readonly = readonly
        self._reader = reader
        self._writer = writer
        self._listeners: list[Listener] = []
        self._held: list[ChangeEvent] | None = None  # changes inside one operation (``_one_change``)
        self._summaries: dict[tuple[str, str], StageSummary] = {}  # (language, stage id), until the next change
        self._lock = threading.Lock()
        self.last_saved_at: dt.datetime | None = None
        self.upgraded_from: int | None = None
        self.upgrade_backup: Path | None = None
        self._lock_file: JournalLock | None = None
        self._file_id = file_id(path)  # SQLite would write on to a vanished or replaced file: see _write
        self.read_only_reason: str | None = None  # why the file cannot be written, if it cannot
        self.open_note = ""  # a stray -wal set aside or left out when it was opened

    @property
    def framework(self) -> Framework:
        """The journal's framework in the chosen language (English where it has no wording)."""
        lang = i18n.language()
        if lang not in self._localized:
            self._localized[lang] = in_language(self.framework_snapshot, lang)
        return self._localized[lang]

    def framework_note(self) -> str:
        """"" when the framework is all in the chosen language, else a note saying it is not."""
        return language_note(self.framework_snapshot, i18n.language())

    # ------------------------------------------------------------------ lifecycle
    @classmethod
    def create(cls, path: str | Path, framework: Framework, owner: str, school: str = "",
               role: str = "") -> Journal:
        path = Path(path)
        if not owner.strip():
            raise InvalidOperation(translate("journal", "the journal needs its owner's name"))
        if not framework.journal or not framework.stages:
            raise InvalidOperation(translate("journal", "framework {id!r} has no stages to keep a journal of").format(id=framework.id))
        snapshot = framework.model_dump_json()

        def fill(engine: Engine) -> None:
            now = utcnow()
            with Session(engine) as s, s.begin():
                s.add(JournalInfo(
                    id=1, journal_uuid=db.new_uuid(), owner=owner.strip(), school=school.strip(),
                    role=role.strip(), framework_id=framework.id,
                    framework_version=framework.version, framework_snapshot=snapshot,
                    created_at=now, modified_at=now,
                ))

        db.create_file(path, fill)
        return cls.open(path)

    @classmethod
    def open(cls, path: str | Path, *, readonly: bool = False, upgrade_backup_dir: Path | None = None,
             backups: BackupStore | None = None) -> Journal:
        """Open a journal. For writing, it is locked (one writer at a time) and, if it is in an
        older format, backed up (to ``backups``, else beside it) and upgraded."""
        path = guard.regular_file(Path(path))  # resolved; a pipe, device or folder is refused here
        version = db.identify(path)
        # Read-only media, files and folders open for reading only, said plainly (never called
        # damaged, never opened for writing only to fail every edit).
        read_only = db.read_only_reason(path)
        if read_only is not None:
            readonly = True
            if version < db.SCHEMA_VERSION:
                raise InvalidOperation(translate("journal", "{path}: this journal is read-only ({reason}) and in an older format ({version}); copy it to a folder you can write to and open the copy, which upgrades it").format(path=path, reason=read_only, version=version))
        lock = None if readonly else JournalLock.acquire(path)
        try:
            if lock is not None:
                remove_leftovers(path.parent)
            journal = cls._open_locked(path, version, readonly, upgrade_backup_dir, backups,
                                       immutable=read_only is not None and not Path(f"{path}-wal").exists())
        except BaseException:
            if lock is not None:
                lock.release()
            raise
        journal._lock_file = lock
        journal.read_only_reason = read_only
        return journal

    @property
    def read_only_notice(self) -> str:
        """The plain message for a journal opened read-only because it cannot be written ("" if not)."""
        if self.read_only_reason is None:
            return ""
        return translate("journal", "This journal is read-only ({reason}); opened for reading only.").format(reason=self.read_only_reason)

    @classmethod
    def _open_locked(cls, path: Path, version: int, readonly: bool, upgrade_backup_dir: Path | None,
                     backups: BackupStore | None, immutable: bool = False) -> Journal:
        upgraded_from = None
        backup = None
        stray, note = cls._stray_log(path, readonly)
        as_is = stray or None  # None: as ro_connect sees fit (immutable when there is no -wal)
        problem = (db.schema_problem(path, version) or db.quick_check_tables(path, immutable=as_is)
                   or validate.first_problem(path, immutable=as_is))
        if problem:
            raise DamagedJournalError(translate("journal", "{path}: the journal is damaged ({problem})").format(path=path, problem=problem))
        if version < db.SCHEMA_VERSION:
            if readonly:
                raise InvalidOperation(
                    translate("journal", "{path}: this journal is in an older format ({version}) and must be opened for writing once to be upgraded").format(path=path, version=version)
                )
            if backups is not None:
                result = backups.backup(path, f"before-upgrade-from-format{version}")
                backup = result.info.path if result.info else None
            else:
                backup = db.copy_aside(path, version, upgrade_backup_dir)
            try:
                db.upgrade(path)
            except Exception as e:  # the upgrade is one transaction: the file is as it was
                raise DamagedJournalError(
                    translate("journal", "{path}: could not be upgraded from format {version} ({name}); the file is unchanged").format(path=path, version=version, name=e.__class__.__name__)) from e
            upgraded_from = version
        reader = db.make_engine(path, readonly=readonly, immutable=immutable or stray or (
            readonly and not os.path.lexists(guard.siblings(path)[0])))
        writer = None if readonly else db.make_engine(path, immediate=True)

        def dispose() -> None:
            reader.dispose()
            if writer:
                writer.dispose()

        try:
            with Session(reader) as s:
                info = s.get(JournalInfo, 1)
                if info is None:
                    raise DamagedJournalError(translate("journal", "{path}: the journal has no owner details (damaged)").format(path=path))
                snapshot = info.framework_snapshot
            framework = Framework.model_validate_json(snapshot)
        except ValidationError as e:
            dispose()
            raise DamagedJournalError(translate("journal", "{path}: the journal's framework snapshot is invalid ({error_count} problems)").format(path=path, error_count=e.error_count())) from None
        except DamagedJournalError:
            dispose()
            raise
        except Exception as e:  # sqlite errors on a damaged file, or tables not as this app made them
            dispose()
            plain = storage_error(e, translate("journal", "{name} could not be opened").format(name=path.name), path.parent)
            if plain is not None:  # a full or failing disk is not a damaged journal
                raise plain from None
            reason = getattr(e, "orig", None) or e
            raise DamagedJournalError(translate("journal", "{path}: the journal is damaged and cannot be read ({reason})").format(path=path, reason=reason)) from None
        journal = cls(path, framework, readonly=readonly, reader=reader, writer=writer)
        journal.upgraded_from = upgraded_from
        journal.upgrade_backup = backup
        journal.open_note = note
        journal._load_review()
        if not readonly:
            try:
                journal._discard_incomplete_evidence()
            except Exception as e:
                journal.close()
                plain = storage_error(e, translate("journal", "{name} could not be opened").format(name=path.name), path.parent)
                if plain is not None:
                    raise plain from None
                raise DamagedJournalError(translate("journal", "{path}: the journal cannot be read ({name})").format(path=path, name=e.__class__.__name__)) from None
        return journal

    @staticmethod
    def _stray_log(path: Path, readonly: bool) -> tuple[bool, str]:
        """Whether a ``-wal`` beside the journal does not belong to it and must be left out
        (read-only), and a note for the user saying so, or that it was set aside (for writing)."""
        problem = guard.wal_problem(path, db.read_header(path).page_size)
        if problem is None:
            return False, ""
        if readonly:
            return True, translate("journal", "{name}: {problem}; the journal was read without it").format(name=path.name, problem=problem)
        try:
            moved = guard.set_strays_aside(path)
        except OSError as e:
            raise DamagedJournalError(translate("journal", "{path}: {problem}, and it could not be set aside ({strerror})").format(path=path, problem=problem, strerror=e.strerror)) from None
        return False, guard.strays_note(path, problem, moved)

    def close(self) -> None:
        self._reader.dispose()
        if self._writer is not None:
            self._writer.dispose()
            self._writer = None
            try:
                db.checkpoint(self.path)
            except Exception:  # the file may be gone (USB stick pulled): nothing more to do
                pass
        if self._lock_file is not None:
            self._lock_file.release()
            self._lock_file = None
        self._listeners.clear()

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ plumbing
    def subscribe(self, listener: Listener) -> None:
        """``listener(event)`` is called once after each operation that changed the journal,
        with a ``ChangeEvent`` saying what changed."""
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def _notify(self, event: ChangeEvent) -> None:
        if self._held is not None:
            self._held.append(event)
            return
        for listener in list(self._listeners):
            listener(event)

    def announce(self, topic: str = "journal", stage_id: str | None = None) -> None:
        """Tell the listeners that ``topic`` changed outside the journal's own operations (the
        whole journal by default: its language was changed, or it was restored)."""
        self._notify(ChangeEvent.of(topic, stage_id))

    @contextmanager
    def _one_change(self, topic: str, stage_id: str | None = None, ref: object = None) -> Iterator[None]:
        """An operation made of several writes is announced once, as this event, after them."""
        if self._held is not None:  # already inside one: that one announces
            yield
            return
        self._held = []
        try:
            yield
        finally:
            held, self._held = self._held, None
            if held:
                self._notify(ChangeEvent.of(topic, stage_id, ref))

    @contextmanager
    def _read(self) -> Iterator[Session]:
        try:
            with Session(self._reader, expire_on_commit=False) as s, s.begin():
                yield s
        except DBAPIError as e:
            raise self._damaged(e) from e

    def _damaged(self, e: DBAPIError) -> JournalAppError:
        orig = e.orig
        plain = storage_error(e, translate("journal", "{name} could not be read or written").format(name=self.path.name), self.path.parent)
        if plain is not None:
            return plain
        if isinstance(orig, sqlite3.OperationalError) and "malformed" not in str(orig):
            return JournalAppError(translate("journal", "{name} could not be read or written ({orig})").format(name=self.path.name, orig=orig))
        return DamagedJournalError(translate("journal", "{path}: the journal is damaged ({orig}); restore a backup").format(path=self.path, orig=orig))

    @contextmanager
    def _write(self, topic: str | None, ref: object = None, *, stage_id: str | None = None) -> Iterator[Session]:
        """One committed transaction, announced as a change of ``topic`` (None: not announced,
        for the inner steps of a longer operation)."""
        if self._writer is None:
            if self.read_only_reason is not None:
                raise ReadOnlyError(translate("journal", "This journal is read-only ({reason}): changes cannot be saved.").format(reason=self.read_only_reason))
            raise ReadOnlyError(translate("journal", "{name} is open read-only; changes cannot be saved").format(name=self.path.name))
        if self.review is not None and topic not in REVIEW_KINDS:
            raise ReadOnlyError(translate("journal", "this is a review copy of {owner}'s journal: the teacher's own content cannot be changed here, only comments and sign-offs added").format(owner=self.review.owner))
        now_there = file_id(self.path)
        if now_there != self._file_id:
            raise JournalMissingError((translate("journal", "the journal file is no longer at {path} (was a USB stick removed, or the file moved?)") if now_there is None else
                                       translate("journal", "the journal file at {path} was replaced by another program while it was open; the change was not saved")).format(path=self.path))
        with self._lock, Session(self._writer, expire_on_commit=False) as s:
            try:
                with s.begin():
                    yield s
                    info = s.get(JournalInfo, 1)
                    if info is not None:
                        info.modified_at = utcnow()
            except DBAPIError as e:
                plain = storage_error(e, translate("journal", "the change was not saved to {name}").format(name=self.path.name), self.path.parent)
                if plain is not None:  # disk full, read-only, I/O errors: reported as a failed save
                    raise plain from e
                if isinstance(e.orig, sqlite3.DatabaseError) and not isinstance(e.orig, sqlite3.OperationalError):
                    raise self._damaged(e) from e
                raise
            self.last_saved_at = dt.datetime.now()
            self._summaries = {}  # what was summed up before this change is out of date
        if topic is not None and topic != "evidence-partial":
            self._notify(ChangeEvent.of(topic, stage_id, ref))

    def stage(self, stage_id: str) -> Stage:
        return self.framework.require_stage(stage_id)

    def _criterion(self, stage_id: str, criterion_id: str) -> None:
        stage = self.stage(stage_id)
        if stage.criterion(criterion_id) is None:
            raise InvalidOperation(translate("journal", "stage {stage_id!r} has no criterion {criterion_id!r}").format(stage_id=stage_id, criterion_id=criterion_id))

    def _link_target(self, stage_id: str, criterion_id: str) -> None:
        """What evidence can support: a criterion, or (criterion id "") the stage itself."""
        if criterion_id:
            self._criterion(stage_id, criterion_id)
        else:
            self.stage(stage_id)

    # ------------------------------------------------------------------ details
    def details(self) -> JournalDetails:
        with self._read() as s:
            i = s.get(JournalInfo, 1)
            assert i is not None
            return JournalDetails(i.journal_uuid, i.owner, i.school, i.role, i.framework_id,
                                  i.framework_version, i.created_at, i.modified_at)

    def set_details(self, *, owner: str | None = None, school: str | None = None,
                    role: str | None = None) -> None:
        if owner is not None and not owner.strip():
            raise InvalidOperation(translate("journal", "the journal needs its owner's name"))
        with self._write("details") as s:
            i = s.get(JournalInfo, 1)
            assert i is not None
            if owner is not None:
                i.owner = owner.strip()
            if school is not None:
                i.school = school.strip()
            if role is not None:
                i.role = role.strip()

    # ------------------------------------------------------------------ criteria
    def criterion_records(self, stage_id: str) -> dict[str, CriterionRecordView]:
        stage = self.stage(stage_id)
        with self._read() as s:
            rows = {r.criterion_id: r for r in s.scalars(
                select(CriterionRecord).where(CriterionRecord.stage_id == stage_id))}
            counts = dict(s.execute(
                select(EvidenceLink.criterion_id, func.count())
                .join(EvidenceItem, EvidenceItem.id == EvidenceLink.evidence_id)
                .where(EvidenceLink.stage_id == stage_id, EvidenceItem.sha256 != "")
                .group_by(EvidenceLink.criterion_id)).all())
        out = {}
        for c in stage.criteria:
            r = rows.get(c.id)
            n = counts.get(c.id, 0)
            if r is None:
                out[c.id] = CriterionRecordView(stage_id, c.id, evidence_count=n)
            else:
                out[c.id] = CriterionRecordView(stage_id, c.id, r.state, r.achieved_on, r.notes,
                                                r.notes_private, n)
        return out

    def criterion_record(self, stage_id: str, criterion_id: str) -> CriterionRecordView:
        self._criterion(stage_id, criterion_id)
        return self.criterion_records(stage_id)[criterion_id]

    def _record_row(self, s: Session, stage_id: str, criterion_id: str) -> CriterionRecord:
        row = s.scalar(select(CriterionRecord).where(
            CriterionRecord.stage_id == stage_id, CriterionRecord.criterion_id == criterion_id))
        if row is None:
            row = CriterionRecord(stage_id=stage_id, criterion_id=criterion_id, state="not_started",
                                  notes="", notes_private=False)
            s.add(row)
        return row

    def set_criterion_state(self, stage_id: str, criterion_id: str, state: str,
                            achieved_on: dt.date | None = None) -> None:
        """Set a criterion's state. Achieving it records today's date unless one is given."""
        self._criterion(stage_id, criterion_id)
        if state not in CRITERION_STATES:
            raise InvalidOperation(translate("journal", "unknown state {state!r} (one of: {join})").format(state=state, join=', '.join(CRITERION_STATES)))
        with self._write("criteria", criterion_id, stage_id=stage_id) as s:
            row = self._record_row(s, stage_id, criterion_id)
            row.state = state
            if state == "achieved":
                row.achieved_on = achieved_on or row.achieved_on or dt.date.today()
            else:
                row.achieved_on = None
            row.modified_at = utcnow()

    def toggle_achieved(self, stage_id: str, criterion_id: str) -> str:
        """Mark a criterion achieved, or an achieved one not (see ``toggled_state``); returns
        the new state."""
        state = self.criterion_record(stage_id, criterion_id).toggled_state
        self.set_criterion_state(stage_id, criterion_id, state)
        return state

    def set_achieved_on(self, stage_id: str, criterion_id: str, when: dt.date) -> None:
        self._criterion(stage_id, criterion_id)
        with self._write("criteria", criterion_id, stage_id=stage_id) as s:
            row = self._record_row(s, stage_id, criterion_id)
            if row.state != "achieved":
                raise InvalidOperation(translate("journal", "a date achieved can only be set on an achieved criterion"))
            row.achieved_on = when
            row.modified_at = utcnow()

    def set_criterion_notes(self, stage_id: str, criterion_id: str, notes: str | None = None,
                            *, private: bool | None = None) -> None:
        self._criterion(stage_id, criterion_id)
        with self._write("criteria", criterion_id, stage_id=stage_id) as s:
            row = self._record_row(s, stage_id, criterion_id)
            if notes is not None:
                row.notes = notes
                fts.index_entry(s, "criterion", stage_id, f"{stage_id}/{criterion_id}", notes)
            if private is not None:
                row.notes_private = private
            row.modified_at = utcnow()

    # ------------------------------------------------------------------ checklists
    def ticks(self, stage_id: str) -> dict[tuple[str, str], TickView]:
        stage = self.stage(stage_id)
        with self._read() as s:
            rows = {(r.checklist_id, r.item_id): r for r in s.scalars(
                select(ChecklistTick).where(ChecklistTick.stage_id == stage_id))}
        out = {}
        for cl in stage.checklists:
            for item in cl.items:
                r = rows.get((cl.id, item.id))
                out[(cl.id, item.id)] = TickView(stage_id, cl.id, item.id,
                                                 bool(r and r.ticked), r.note if r else "")
        return out

    def set_tick(self, stage_id: str, checklist_id: str, item_id: str, ticked: bool | None = None,
                 note: str | None = None) -> None:
        cl = self.stage(stage_id).checklist(checklist_id)
        if cl is None:
            raise InvalidOperation(translate("journal", "stage {stage_id!r} has no checklist {checklist_id!r}").format(stage_id=stage_id, checklist_id=checklist_id))
        if not any(i.id == item_id for i in cl.items):
            raise InvalidOperation(translate("journal", "checklist {checklist_id!r} has no item {item_id!r}").format(checklist_id=checklist_id, item_id=item_id))
        with self._write("checklist", (checklist_id, item_id), stage_id=stage_id) as s:
            row = s.get(ChecklistTick, (stage_id, checklist_id, item_id))
            if row is None:
                row = ChecklistTick(stage_id=stage_id, checklist_id=checklist_id, item_id=item_id,
                                    ticked=False, note="")
                s.add(row)
            if ticked is not None:
                row.ticked = ticked
            if note is not None:
                row.note = note
                fts.index_entry(s, "checklist", stage_id, f"{stage_id}/{checklist_id}/{item_id}", note)
            row.modified_at = utcnow()

    # ------------------------------------------------------------------ reflection
    def reflection(self, stage_id: str) -> ReflectionView:
        self.stage(stage_id)
        with self._read() as s:
            r = s.get(Reflection, stage_id)
            return ReflectionView(stage_id, r.text, r.private, r.modified_at) if r else ReflectionView(stage_id)

    def set_reflection(self, stage_id: str, text: str | None = None, *,
                       private: bool | None = None) -> None:
        self.stage(stage_id)
        with self._write("reflection", stage_id=stage_id) as s:
            r = s.get(Reflection, stage_id)
            if r is None:
                r = Reflection(stage_id=stage_id, text="", private=False)
                s.add(r)
            if text is not None:
                r.text = text
                fts.index_entry(s, "reflection", stage_id, stage_id, text)
            if private is not None:
                r.private = private
            r.modified_at = utcnow()

    # ------------------------------------------------------------------ overview
    def stage_summary(self, stage_id: str) -> StageSummary:
        """A stage's progress (read once between changes: the overview and the badges share it;
        a journal open read-only may be changed by its writer, so it is read each time)."""
        if self.readonly:
            return self._sum_up(stage_id)
        key = (i18n.language(), stage_id)
        summary = self._summaries.get(key)
        if summary is None:
            summary = self._summaries[key] = self._sum_up(stage_id)
        return summary

    def _sum_up(self, stage_id: str) -> StageSummary:
        stage = self.stage(stage_id)
        records = self.criterion_records(stage_id)
        ticks = self.ticks(stage_id)
        verifs = self.verifications(stage_id)
        verified = tuple(v.role_id for v in verifs if v.state == "verified")
        if verifs and len(verified) == len(verifs):
            vstate = "verified"
        elif verified:
            vstate = "partly_verified"
        elif any(v.state == "awaiting" for v in verifs):
            vstate = "awaiting"
        else:
            vstate = "not_requested"
        return StageSummary(
            stage_id=stage_id, title=stage.label,
            criteria_total=len(stage.criteria),
            criteria_achieved=sum(1 for r in records.values() if r.achieved),
            checklist_total=stage.checklist_item_count,
            checklist_ticked=sum(1 for t in ticks.values() if t.ticked),
            reflection_words=self.reflection(stage_id).word_count,
            open_targets=self.open_target_count(stage_id),
            verification_state=vstate, verified_roles=verified,
        )

    def overview(self) -> list[StageSummary]:
        return [self.stage_summary(s.id) for s in self.framework.stages]

    def standards_covered(self) -> dict[str, dict[str, list[str]]]:
        """For each stage, the Professional Standards codes (by group) carried by its achieved
        criteria."""
        out: dict[str, dict[str, list[str]]] = {}
        for stage in self.framework.stages:
            groups: dict[str, list[str]] = {"induction": [], "attributes": [], "knowledge": [], "skills": []}
            for cid, rec in self.criterion_records(stage.id).items():
                if not rec.achieved:
                    continue
                std = stage.standards_for(cid)
                for g in groups:
                    for code in getattr(std, g):
                        if code not in groups[g]:
                            groups[g].append(code)
            out[stage.id] = groups
        return out

    def search(self, query: str, limit: int = 100) -> list[SearchHit]:
        """Find the teacher's words (notes, reflections, targets, evidence names) and the
        framework's criteria."""
        with self._read() as s:
            return fts.search(s, self.framework, query, limit)

    def next_targets(self, limit: int = 5) -> list[TargetView]:
        """The open targets due first (those with no date last)."""
        with self._read() as s:
            return [self._target_view(t) for t in s.scalars(
                select(Target).where(Target.status == "open")
                .order_by(Target.due_date.is_(None), Target.due_date, Target.id).limit(limit))]
