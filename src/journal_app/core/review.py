"""Handing a journal to a mentor and getting it back verified.

The teacher exports a *review copy*: one self-contained file (SQLite backup API snapshot,
rollback-journal mode, vacuumed), without anything marked private, marked with the journal's
id and an export id. The mentor opens it in the same app: the teacher's content is read-only;
the mentor writes comments and signs off stages. Each sign-off is sealed with the fingerprint
(SHA-256 of a canonical form) of the stage content verified. The teacher imports the returned
file, opened as untrusted, and the comments and sign-offs are added to the journal.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3
import tempfile
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from journal_app.core import privacy
from journal_app.core import search as fts
from journal_app.core.errors import InvalidOperation, JournalAppError, ReadOnlyError
from journal_app.core.files import copy_file, private_file, published
from journal_app.core.i18n import format_date, translate
from journal_app.core.store import db
from journal_app.core.store.models import (
    ReviewComment,
    ReviewExport,
    ReviewInfo,
    SignOff,
    utcnow,
)

if TYPE_CHECKING:
    from journal_app.core.journal import Journal

REVIEW_KINDS = frozenset({"review-comment", "sign-off", "reviewer"})


@dataclass(frozen=True)
class ReviewCopyInfo:
    export_id: str
    journal_uuid: str
    owner: str
    exported_at: dt.datetime
    stages: tuple[str, ...]
    reviewer_name: str
    reviewer_role: str

    @property
    def banner(self) -> str:
        return translate("review", "Review copy of {owner}'s journal, exported {date}").format(owner=self.owner, date=format_date(self.exported_at, short=False))


@dataclass(frozen=True)
class CommentView:
    stage_id: str
    criterion_id: str
    author: str
    role_id: str
    text: str
    written_at: dt.datetime


@dataclass(frozen=True)
class SealView:
    stage_id: str
    role_id: str
    name: str
    outcome: str
    comment: str
    signed_at: dt.datetime
    fingerprint: str
    changed: bool
    source: str = "review-copy"  # format 7: review-copy | pdf-form | paper (core.signoffs)
    record_id: int | None = None  # the evidence item kept as its record
    signature: str | None = None  # JSON of core.signoffs.SignatureInfo

    @property
    def broken(self) -> bool:
        """A verified sign-off over content that has changed since."""
        return self.outcome == "verified" and self.changed

    def describe(self) -> str:
        from journal_app.core.signoffs import SOURCES

        if self.outcome != "verified":
            text = translate("review", "not yet verified on {date} by {name}")
        elif self.changed:
            text = translate("review", "changed since verified on {date} by {name}")
        else:
            text = translate("review", "verified on {date} by {name}")
        return text.format(date=format_date(self.signed_at), name=self.name) + " – " + SOURCES.get(self.source, self.source)


@dataclass(frozen=True)
class ExportRecord:
    """The teacher's journal's own record of a review copy or form it issued."""

    export_id: str
    exported_at: dt.datetime
    stages: tuple[str, ...]
    imported_at: dt.datetime | None
    kind: str = "copy"  # copy | form
    fingerprints: dict[str, str] = field(default_factory=dict)  # stage -> its content as sent ({} before format 7)


# ---------------------------------------------------------------- fingerprints
def canonical_stage(journal: Journal, stage_id: str) -> dict:
    """What a verifier verifies of a stage, without anything private, in a fixed form."""
    stage = journal.stage(stage_id)
    records = journal.criterion_records(stage_id)
    ticks = journal.ticks(stage_id)
    refl = journal.reflection(stage_id)
    private = privacy.is_private
    return {
        "stage": stage_id,
        "criteria": [[c.id, records[c.id].state, str(records[c.id].achieved_on or ""),
                      privacy.shown("criterion_record", records[c.id], "notes")] for c in stage.criteria],
        "ticks": [[k[0], k[1], t.ticked, t.note] for k, t in sorted(ticks.items())],
        "reflection": "" if private("reflection", refl) else refl.text,
        "targets": [[t.text, t.success_criteria, str(t.due_date or ""), t.status, t.review_notes]
                    for t in journal.targets(stage_id) if not private("target", t)],
        "evidence": sorted([e.name, e.sha256] for e in journal.evidence_items(stage_id)
                           if not private("evidence_item", e)),
    }


def fingerprint(journal: Journal, stage_id: str) -> str:
    data = json.dumps(canonical_stage(journal, stage_id), sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


# ---------------------------------------------------------------- the journal's side
class ReviewOps:
    """Mixed into Journal."""

    review: ReviewCopyInfo | None = None

    def _load_review(self) -> None:
        with self._read() as s:  # type: ignore[attr-defined]
            r = s.get(ReviewInfo, 1)
            self.review = None if r is None else ReviewCopyInfo(
                r.export_id, r.journal_uuid, r.owner, r.exported_at, tuple(json.loads(r.stages)),
                r.reviewer_name, r.reviewer_role)

    # -- mentor, in a review copy
    def _require_review(self) -> ReviewCopyInfo:
        if self.review is None:
            raise InvalidOperation(translate("review", "this is the teacher's journal, not a review copy: sign-offs are made in a "
                                   "review copy (File → Send to mentor…)"))
        return self.review

    def _require_reviewable(self, stage_id: str, role_id: str | None = None) -> None:
        review = self._require_review()
        stage = self.stage(stage_id)  # type: ignore[attr-defined]
        if stage_id not in review.stages:
            raise InvalidOperation(translate("review", "stage {stage_id!r} is not in this review copy (it holds: {stages})").format(stage_id=stage_id, stages=', '.join(review.stages)))
        if role_id is not None and stage.verifier(role_id) is None:
            roles = ", ".join(v.id for v in stage.reflection.verifiers)
            raise InvalidOperation(translate("review", "stage {stage_id!r} has no verifier role {role_id!r} (roles: {roles})").format(stage_id=stage_id, role_id=role_id, roles=roles))

    def set_reviewer(self, name: str, role_id: str = "") -> None:
        review = self._require_review()
        with self._write("reviewer") as s:  # type: ignore[attr-defined]
            r = s.get(ReviewInfo, 1)
            r.reviewer_name, r.reviewer_role = name.strip(), role_id
        self.review = ReviewCopyInfo(review.export_id, review.journal_uuid, review.owner, review.exported_at,
                                     review.stages, name.strip(), role_id)

    def set_review_comment(self, stage_id: str, criterion_id: str, author: str, role_id: str, comment: str) -> None:
        """The reviewer's comment on a criterion ('' for the stage); an empty text removes it."""
        self._require_reviewable(stage_id, role_id)
        if criterion_id:
            self._criterion(stage_id, criterion_id)  # type: ignore[attr-defined]
        if not author.strip():
            raise InvalidOperation(translate("review", "a comment needs the reviewer's name"))
        export_id = self.review.export_id
        with self._write("review-comment", criterion_id, stage_id=stage_id) as s:  # type: ignore[attr-defined]
            row = s.scalar(select(ReviewComment).where(
                ReviewComment.export_id == export_id, ReviewComment.stage_id == stage_id,
                ReviewComment.criterion_id == criterion_id, ReviewComment.role_id == role_id))
            if not comment.strip():
                if row is not None:
                    s.delete(row)
                return
            if row is None:
                row = ReviewComment(export_id=export_id, stage_id=stage_id, criterion_id=criterion_id,
                                    role_id=role_id, author="", text="", written_at=utcnow())
                s.add(row)
            row.author, row.text, row.written_at = author.strip(), comment, utcnow()

    def sign_off(self, stage_id: str, role_id: str, name: str, *, verified: bool = True, comment: str = "") -> str:
        """Sign off a stage in a review copy; returns the fingerprint sealed into it. The copy
        records the signer as its reviewer if it has none yet, and their role if it has none."""
        self._require_reviewable(stage_id, role_id)
        if not name.strip():
            raise InvalidOperation(translate("review", "a sign-off needs the verifier's name"))
        if not verified and not comment.strip():
            raise InvalidOperation(translate("review", "say why the stage is not yet verified (--comment)"))
        seal = fingerprint(self, stage_id)  # type: ignore[arg-type]
        export_id = self.review.export_id
        with self._write("sign-off", stage_id=stage_id) as s:  # type: ignore[attr-defined]
            row = s.scalar(select(SignOff).where(SignOff.export_id == export_id, SignOff.stage_id == stage_id,
                                                 SignOff.role_id == role_id))
            if row is None:
                row = SignOff(export_id=export_id, stage_id=stage_id, role_id=role_id)
                s.add(row)
            row.name, row.outcome, row.comment = name.strip(), "verified" if verified else "not_yet", comment
            row.signed_at, row.fingerprint = utcnow(), seal
            info = s.get(ReviewInfo, 1)
            info.reviewer_name = info.reviewer_name or name.strip()
            info.reviewer_role = info.reviewer_role or role_id
            recorded = (info.reviewer_name, info.reviewer_role)
        review = self.review
        self.review = ReviewCopyInfo(review.export_id, review.journal_uuid, review.owner, review.exported_at,
                                     review.stages, *recorded)
        return seal

    # -- both sides
    def review_comments(self, stage_id: str, criterion_id: str | None = None) -> list[CommentView]:
        with self._read() as s:  # type: ignore[attr-defined]
            q = select(ReviewComment).where(ReviewComment.stage_id == stage_id).order_by(ReviewComment.written_at)
            if criterion_id is not None:
                q = q.where(ReviewComment.criterion_id == criterion_id)
            return [CommentView(c.stage_id, c.criterion_id, c.author, c.role_id, c.text, c.written_at)
                    for c in s.scalars(q)]

    def seals(self, stage_id: str) -> list[SealView]:
        """The stage's sign-offs, newest first, each saying whether the content changed since."""
        with self._read() as s:  # type: ignore[attr-defined]
            rows = list(s.scalars(select(SignOff).where(SignOff.stage_id == stage_id)
                                  .order_by(SignOff.signed_at.desc(), SignOff.id.desc())))
        if not rows:
            return []
        current = fingerprint(self, stage_id)  # type: ignore[arg-type]
        return [SealView(r.stage_id, r.role_id, r.name, r.outcome, r.comment, r.signed_at, r.fingerprint,
                         r.fingerprint != current, r.source, r.record_id, r.signature) for r in rows]

    # -- the teacher's side: the journal's record of what it issued, and recording a return
    def review_export(self, export_id: str) -> ExportRecord | None:
        """This journal's record of the export ``export_id`` (None if it never issued it)."""
        with self._read() as s:  # type: ignore[attr-defined]
            row = s.get(ReviewExport, export_id)
            if row is None:
                return None
            try:
                stages = json.loads(row.stages)
            except (TypeError, ValueError):
                stages = None
            if not isinstance(stages, list) or not all(isinstance(x, str) for x in stages):
                raise InvalidOperation(translate("review", "this journal's record of export {export_id} is damaged").format(export_id=export_id[:8]))
            try:
                prints = json.loads(row.fingerprints or "{}")
            except (TypeError, ValueError):
                prints = None
            if not isinstance(prints, dict) or not all(isinstance(v, str) for v in prints.values()):
                raise InvalidOperation(translate("review", "this journal's record of export {export_id} is damaged").format(export_id=export_id[:8]))
            return ExportRecord(row.export_id, row.exported_at, tuple(stages), row.imported_at, row.kind, prints)

    def verification_is_teachers(self, stage_id: str, role_id: str) -> bool:
        """Whether the verification of ``role_id`` holds something the teacher typed (which an
        import never replaces), rather than nothing or what an earlier import wrote."""
        from journal_app.core.signoffs import teacher_entry

        with self._read() as s:  # type: ignore[attr-defined]
            return teacher_entry(s, stage_id, role_id)

    def record_returned_review(self, export_id: str, source: str, comments: list, sign_offs: list,
                               record_id: int | None = None, signature: object = None) -> list[tuple[object, bool]]:
        """Add a validated returned review in one transaction and mark the export imported.
        Each sign-off's verification is filled in only where the teacher had typed nothing;
        returns (sign-off, whether the teacher's own entry was kept)."""
        from journal_app.core.errors import ReviewRefused
        from journal_app.core.signoffs import NewSignOff, write_sign_off

        out = []
        with self._write("review-import", export_id) as s:  # type: ignore[attr-defined]
            export = s.get(ReviewExport, export_id)
            if export is None or export.imported_at is not None:
                raise ReviewRefused(translate("review", "this review was already imported; nothing changed"))
            for c in comments:
                s.add(ReviewComment(export_id=export_id, stage_id=c.stage_id, criterion_id=c.criterion_id,
                                    author=c.author, role_id=c.role_id, text=c.text, written_at=c.written_at))
            for o in sign_offs:
                new = NewSignOff(o.stage_id, o.role_id, o.name, o.outcome, o.comment, o.signed_at, o.fingerprint,
                                 source=source, export_id=export_id, record_id=record_id, signature=signature)
                out.append((o, not write_sign_off(s, self.stage(o.stage_id), new, teacher_typed=False)))  # type: ignore[attr-defined]
            export.imported_at = utcnow()
        return out

    def broken_seals(self) -> list[str]:
        out = []
        for stage in self.framework.stages:  # type: ignore[attr-defined]
            for seal in self.seals(stage.id):
                if seal.broken:
                    out.append(f"{stage.label}: {seal.describe()}")
        return out

    def broken_seal(self, stage_id: str) -> SealView | None:
        """The newest verified sign-off of the stage whose content changed since, if any."""
        return next((seal for seal in self.seals(stage_id) if seal.broken), None)

    def comment_role(self, stage_id: str) -> str:
        """The role a reviewer's comment on a criterion of the stage is recorded under: the
        review copy's reviewer role as the stage names it (id, or title in either language),
        else the stage's first verifier."""
        from journal_app.core.frameworks.localize import role_named

        stage = self.stage(stage_id)  # type: ignore[attr-defined]
        try:
            return role_named(self.framework, stage_id, self._require_review().reviewer_role)  # type: ignore[attr-defined]
        except JournalAppError:
            return stage.reflection.verifiers[0].id


# ---------------------------------------------------------------- export
def _snapshot(journal: Journal, dest: Path) -> None:
    """A consistent copy of the journal in ``dest``, in rollback-journal mode.

    With the journal's writer held, so that no change can start, its WAL is checkpointed into
    the file and the file is copied as the operating system copies files (as fast as ``cp``).
    If a reader keeps the checkpoint from finishing, SQLite's backup API copies page by page."""
    copied = False
    if journal._writer is not None:
        with journal._lock:
            raw = journal._writer.raw_connection()
            try:
                busy, _log, _done = raw.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
                if not busy:
                    copy_file(journal.path, dest)
                    copied = True
            finally:
                raw.close()
    if not copied:
        db.backup_into(journal.path, dest)
        return
    conn = sqlite3.connect(str(dest), isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = DELETE")
    finally:
        conn.close()


def _work_folder(journal: Journal, dest: Path) -> Path:
    """Where a copy is built before it is published: beside the journal (its own folder, which
    holds all of it already) unless that is the destination folder, else the system's temporary
    folder. Never the destination folder, which a killed export must leave as it was."""
    here = journal.path.parent
    return Path(tempfile.gettempdir()) if here.resolve() == dest.parent.resolve() else here


def _work_files(journal: Journal, dest: Path) -> tuple[Path, Path]:
    """Two private work files (the snapshot and the rewritten copy); in the system's temporary
    folder when the journal's own cannot be written (read-only media)."""
    for folder in dict.fromkeys((_work_folder(journal, dest), Path(tempfile.gettempdir()))):
        made: list[Path] = []
        try:
            made.append(private_file(folder))
            made.append(private_file(folder))
            return made[0], made[1]
        except OSError:
            for path in made:
                path.unlink(missing_ok=True)
            last = folder
    return private_file(last), private_file(last)  # raises the OSError for the caller to report


def _strip(conn: sqlite3.Connection, journal: Journal, stages: list[str]) -> None:
    """Everything private (the privacy rule), the review records, and all of stages not sent."""
    privacy.purge(conn)
    marks = ",".join("?" * len(stages))
    for table in ("criterion_record", "checklist_tick", "reflection", "verification", "evidence_link",
                  "conversation_link", "diamond_slot"):
        conn.execute(f"DELETE FROM {table} WHERE stage_id NOT IN ({marks})", stages)  # noqa: S608
    if len(stages) < len(journal.framework.stages):  # some stages only: nothing of the others
        conn.execute(f"DELETE FROM target WHERE stage_id IS NULL OR stage_id NOT IN ({marks})", stages)  # noqa: S608
        conn.execute("DELETE FROM evidence_item WHERE id NOT IN (SELECT evidence_id FROM evidence_link)")
        conn.execute(f"DELETE FROM curee_tag WHERE kind = 'reflection' AND ref NOT IN ({marks})", stages)  # noqa: S608
    privacy.purge_orphans(conn)
    # The search index keeps old words in its segments: drop it and build it anew.
    conn.execute("DROP TABLE search_fts")
    conn.execute("DROP TABLE search_doc")
    for statement in fts.SCHEMA_SQL:
        conn.execute(statement)


def _rebuild_search_and_vacuum(work: Path, clean: Path) -> None:
    engine = db.make_engine(work)
    try:
        with engine.begin() as c:
            fts.rebuild(c)
    finally:
        engine.dispose()
    conn = sqlite3.connect(str(work), isolation_level=None)
    try:
        # Into the empty private file: written anew and whole, no free page, no slack space.
        conn.execute("VACUUM INTO ?", (str(clean),))
    finally:
        conn.close()


def export_for_mentor(journal: Journal, dest: str | Path, stage_ids: list[str] | None = None) -> Path:
    """Write a review copy to ``dest``: no private entries and no trace of them in its bytes.

    Built from a snapshot in a work file away from ``dest``'s folder, stripped, then rewritten
    whole with VACUUM INTO (so no free page or slack keeps anything deleted, whatever SQLite's
    compile options), and published into ``dest`` only once complete (``files.published``):
    an export killed at any moment leaves nothing in the destination folder."""
    if journal.review is not None:
        raise InvalidOperation(translate("review", "this is already a review copy; send the teacher's own journal"))
    stages = [journal.stage(s).id for s in stage_ids] if stage_ids else [s.id for s in journal.framework.stages]
    dest = Path(dest)
    if dest.exists():
        raise FileExistsError(translate("review", "{dest}: a file of that name already exists; choose another name").format(dest=dest))
    if not dest.parent.is_dir():
        raise InvalidOperation(translate("review", "{parent}: no such folder").format(parent=dest.parent))
    if journal.readonly:  # the journal must record the export to accept the review back
        raise ReadOnlyError(translate("review", "{name} is open read-only: it cannot record the review copy, so the review could not be imported back; open it for writing to send it").format(name=journal.path.name))
    export_id = str(uuid.uuid4())
    now = utcnow()
    details = journal.details()
    sent = {sid: fingerprint(journal, sid) for sid in stages}
    work, clean = _work_files(journal, dest)
    try:
        _snapshot(journal, work)
        conn = sqlite3.connect(str(work), isolation_level=None)
        try:
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA secure_delete = ON")
            # A work file thrown away whatever happens: no rollback journal, no syncing.
            conn.execute("PRAGMA journal_mode = OFF")
            conn.execute("PRAGMA synchronous = OFF")
            conn.execute("BEGIN")
            _strip(conn, journal, stages)
            # The copy is a journal of its own (its own backups, never taken for the teacher's):
            # the teacher's id stays only in review_info, to match the copy when it comes back.
            conn.execute("UPDATE journal_info SET journal_uuid = ? WHERE id = 1", (str(uuid.uuid4()),))
            conn.execute("INSERT INTO review_info (id, export_id, journal_uuid, owner, exported_at, stages, "
                         "reviewer_name, reviewer_role) VALUES (1, ?, ?, ?, ?, ?, '', '')",
                         (export_id, details.journal_uuid, details.owner, now.isoformat(sep=" "), json.dumps(stages)))
            conn.execute("COMMIT")
        finally:
            conn.close()
        _rebuild_search_and_vacuum(work, clean)
        # Recorded before the copy is published: a copy the journal would not accept back is
        # never handed out (an export that then fails leaves only an unused record).
        with journal._write("review-export") as s:
            s.add(ReviewExport(export_id=export_id, exported_at=now, stages=json.dumps(stages), kind="copy",
                               fingerprints=json.dumps(sent, sort_keys=True)))
        try:
            published(clean, dest)
        except FileExistsError:
            raise FileExistsError(translate("review", "{dest}: a file of that name already exists; choose another name").format(dest=dest)) from None
    finally:
        work.unlink(missing_ok=True)
        clean.unlink(missing_ok=True)
    return dest


def returned_file_name(review: ReviewCopyInfo, reviewer: str, when: dt.date | None = None) -> str:
    when = when or dt.date.today()
    name = translate("review", "{owner} – reviewed by {reviewer_or_mentor} – {when:%Y-%m-%d}.ljournal").format(owner=review.owner, reviewer_or_mentor=reviewer or 'mentor', when=when)
    return "".join("-" if c in '/\\:*?"<>|' else c for c in name)


def return_copy(journal: Journal, dest: str | Path) -> Path:
    """The reviewed copy as one file, ready to send back to the teacher."""
    journal._require_review()
    dest = Path(dest)
    if dest.exists() and dest.resolve() != journal.path:
        raise FileExistsError(translate("review", "{dest}: a file of that name already exists; choose another name").format(dest=dest))
    if dest.exists():  # the open copy itself: everything into the one file, never replaced under it
        db.checkpoint(journal.path)
        return dest
    db.backup_to(journal.path, dest)
    return dest
