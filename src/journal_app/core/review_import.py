"""Bringing a mentor's review back into the teacher's journal, trusting nothing the file says.

A returned file (a review copy, or a PDF review form read by ``review_form``) is read into a
plain ``ReturnedReview``. ``preview`` checks it against the journal's own record of the export
(never the file's claims) and says what will come in; ``apply`` writes it in one transaction,
after a backup. Anything that does not fit is refused with the reason and the journal is left
byte for byte as it was.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from journal_app.core.errors import JournalAppError, ReviewRefused, check_cancelled
from journal_app.core.i18n import format_date, translate
from journal_app.core.store import db
from journal_app.core.store.guard import expected_schema
from journal_app.core.store.models import utcnow

if TYPE_CHECKING:
    import threading

    from journal_app.core.backups import BackupStore
    from journal_app.core.frameworks.models import Stage
    from journal_app.core.journal import Journal

__all__ = ["ImportPreview", "ImportSummary", "ReturnedComment", "ReturnedReview", "ReturnedSignOff",
           "ReviewRefused", "apply", "import_review", "preview", "read_returned", "read_review_copy"]

CLOCK_SKEW = dt.timedelta(days=1)  # how far ahead a mentor's clock may be
EARLY_SKEW = dt.timedelta(minutes=5)  # how far behind, for an entry made just after the sending
MAX_TEXT = 20_000  # characters in one comment
MAX_NAME = 200
MAX_ROWS = 5000  # comments or sign-offs read at all: far above any framework's criteria × roles
_HEX64 = re.compile(r"[0-9a-f]{64}")


# ---------------------------------------------------------------- what a returned file holds
@dataclass(frozen=True)
class ReturnedComment:
    stage_id: str
    criterion_id: str  # "" for the stage as a whole
    author: str
    role_id: str
    text: str
    written_at: dt.datetime


@dataclass(frozen=True)
class ReturnedSignOff:
    stage_id: str
    role_id: str
    name: str
    outcome: str  # verified | not_yet
    comment: str
    signed_at: dt.datetime
    fingerprint: str


@dataclass
class ReturnedReview:
    """What a returned file says. Every field is a claim until ``preview`` has checked it."""

    source_name: str
    kind: str  # review-copy | pdf-form
    export_id: str
    journal_uuid: str
    owner: str
    reviewer_name: str
    stages: tuple[str, ...]
    comments: list[ReturnedComment]
    sign_offs: list[ReturnedSignOff]
    record_path: Path | None = None
    signature: dict | None = None
    # Checked when the file carries them:
    exported_at: dt.datetime | None = None  # when it says it was exported
    content_fingerprints: dict[str, str] = field(default_factory=dict)  # stage -> the content it holds
    framework_id: str = ""
    journal_created_at: dt.datetime | None = None
    content_stages: tuple[str, ...] = ()  # stages it holds any of the teacher's content of


@dataclass
class ImportPreview:
    """What an import will bring in, the checks it passed and what the teacher should know."""

    source_name: str
    kind: str
    export_id: str
    owner: str
    reviewer: str
    sign_offs: list[str] = field(default_factory=list)
    comments: list[str] = field(default_factory=list)
    checks: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)  # the teacher's own verification entries kept

    def describe(self) -> str:
        lines = [translate("review", "Review of {owner}'s journal from {name}, reviewed by {reviewer}.").format(
            owner=self.owner, name=self.source_name, reviewer=self.reviewer or translate("review", "the mentor"))]
        lines.append(translate("review", "Sign-offs:"))
        lines += [f"  {s}" for s in self.sign_offs] or ["  " + translate("review", "none")]
        lines.append(translate("review", "Comments:"))
        lines += [f"  {c}" for c in self.comments] or ["  " + translate("review", "none")]
        if self.kept:
            lines.append(translate("review", "Your own entries that stay as they are:"))
            lines += [f"  {k}" for k in self.kept]
        if self.warnings:
            lines.append(translate("review", "Please note:"))
            lines += [f"  {w}" for w in self.warnings]
        lines.append(translate("review", "Checked:"))
        lines += [f"  {c}" for c in self.checks]
        return "\n".join(lines)


@dataclass
class ImportSummary:
    owner: str
    reviewer: str
    comments: int = 0
    sign_offs: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def describe(self) -> str:
        lines = [(translate("review", "Imported the review by {reviewer}. Comments added: {comments}.") if self.reviewer else
                  translate("review", "Imported the mentor's review. Comments added: {comments}.")).format(
                      reviewer=self.reviewer, comments=self.comments)]
        lines += [f"  {s}" for s in self.sign_offs]
        lines += [f"  {k}" for k in self.kept]
        lines += [f"  {w}" for w in self.warnings]
        return "\n".join(lines)


# ---------------------------------------------------------------- reading a returned review copy
def _open_untrusted(reviewed: Path, folder: Path) -> Path:
    """A private copy of the returned file, checked before anything of it is read."""
    private = folder / "returned.ljournal"
    if reviewed.exists() and not reviewed.is_file():
        raise ReviewRefused(translate("review", "{name} is not a file").format(name=reviewed.name))
    try:
        shutil.copyfile(reviewed, private)
    except FileNotFoundError:
        raise ReviewRefused(translate("review", "{reviewed}: no such file").format(reviewed=reviewed)) from None
    except OSError as e:
        raise ReviewRefused(translate("review", "{reviewed}: cannot be read ({strerror})").format(reviewed=reviewed, strerror=e.strerror)) from None
    try:
        version = db.identify(private)
    except JournalAppError as e:
        raise ReviewRefused(translate("review", "{name} is not a returned review: {split}").format(name=reviewed.name, split=str(e).split(': ', 1)[-1])) from None
    conn = db.ro_connect(private)  # trusted_schema is OFF
    try:
        rows = [r[0] for r in conn.execute("PRAGMA integrity_check(5)")]
        if rows != ["ok"]:
            raise ReviewRefused(translate("review", "{name} is damaged ({join}); ask for it to be sent again").format(name=reviewed.name, join='; '.join(rows)))
        if conn.execute("PRAGMA foreign_key_check").fetchall():
            raise ReviewRefused(translate("review", "{name} is damaged (broken references); ask for it to be sent again").format(name=reviewed.name))
        schema = frozenset(conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_schema"))
        unexpected = schema - expected_schema(version)
        if unexpected:
            kinds = sorted({f"{t} {n}" for t, n, _tbl, _sql in unexpected})
            raise ReviewRefused(translate("review", "{name} has parts this app never makes ({join}); it was not imported").format(name=reviewed.name, join=', '.join(kinds[:3])))
        from journal_app.core.check import _check_evidence
        from journal_app.core.views import CheckReport

        report = CheckReport(str(reviewed))
        _check_evidence(conn, report)
        if report.problems:
            raise ReviewRefused(translate("review", "{name}: {problems_0}; it was not imported").format(name=reviewed.name, problems_0=report.problems[0]))
    except sqlite3.DatabaseError as e:
        raise ReviewRefused(translate("review", "{name} is damaged ({e}); ask for it to be sent again").format(name=reviewed.name, e=e)) from None
    finally:
        conn.close()
    if version < db.SCHEMA_VERSION:
        db.upgrade(private)
    return private


class _Values:
    """Reads a returned file's values, each checked for its type, so a crafted row is refused
    with one clear line rather than a traceback."""

    def __init__(self, name: str) -> None:
        self.name = name

    def bad(self, what: str) -> ReviewRefused:
        return ReviewRefused(translate("review", "{name} is damaged (the value of {what} is not valid); ask for it to be sent again").format(name=self.name, what=what))

    def text(self, value: object, what: str, limit: int = MAX_TEXT) -> str:
        if not isinstance(value, str):
            raise self.bad(what)
        if len(value) > limit:
            raise ReviewRefused(translate("review", "{name}: a text in it is longer than {limit} characters ({what}); it was not imported").format(name=self.name, what=what, limit=limit))
        return value

    def when(self, value: object, what: str) -> dt.datetime:
        if not isinstance(value, str) or len(value) > 40:
            raise self.bad(what)
        try:
            t = dt.datetime.fromisoformat(value)
        except ValueError:
            raise self.bad(what) from None
        if t.tzinfo is not None:
            t = t.astimezone(dt.UTC).replace(tzinfo=None)
        return t

    def stages(self, value: object) -> tuple[str, ...]:
        import json

        try:
            stages = json.loads(self.text(value, "review_info.stages"))
        except ValueError:
            raise self.bad("review_info.stages") from None
        if not isinstance(stages, list) or not all(isinstance(s, str) for s in stages) or len(stages) > 100:
            raise self.bad("review_info.stages")
        return tuple(stages)


_CONTENT_TABLES = ("criterion_record", "checklist_tick", "reflection", "verification", "evidence_link",
                   "conversation_link")


def _read_rows(conn: sqlite3.Connection, name: str, cap: int) -> dict:
    """The review's rows, read with plain SQL and checked value by value."""
    v = _Values(name)
    info = conn.execute("SELECT export_id, journal_uuid, owner, exported_at, stages, reviewer_name "
                        "FROM review_info").fetchall()
    if len(info) != 1:
        raise ReviewRefused(translate("review", "{name} is a journal, not a review copy").format(name=name))
    export_id, journal_uuid, owner, exported_at, stages, reviewer = info[0]
    ident = conn.execute("SELECT owner, framework_id, created_at FROM journal_info").fetchall()
    if len(ident) != 1:
        raise v.bad("journal_info")
    n_comments = conn.execute("SELECT count(*) FROM review_comment").fetchone()[0]
    if n_comments > cap:
        raise ReviewRefused(translate("review", "{name} holds {count} comments, far more than a review can have; it was not imported").format(name=name, count=n_comments))
    comments = [ReturnedComment(v.text(s, "review_comment.stage_id"), v.text(c, "review_comment.criterion_id"),
                                v.text(a, "review_comment.author", MAX_NAME), v.text(r, "review_comment.role_id"),
                                v.text(t, "review_comment.text"), v.when(w, "review_comment.written_at"))
                for s, c, a, r, t, w in conn.execute(
                    "SELECT stage_id, criterion_id, author, role_id, text, written_at FROM review_comment "
                    "WHERE export_id IS ? ORDER BY written_at, id", (export_id,))]
    if len(comments) != n_comments:
        raise ReviewRefused(translate("review", "{name} holds comments made for another export; it was not imported").format(name=name))
    n_offs = conn.execute("SELECT count(*) FROM sign_off").fetchone()[0]
    if n_offs > cap:
        raise ReviewRefused(translate("review", "{name} holds {count} sign-offs, far more than a review can have; it was not imported").format(name=name, count=n_offs))
    offs = [ReturnedSignOff(v.text(s, "sign_off.stage_id"), v.text(r, "sign_off.role_id"),
                            v.text(n, "sign_off.name", MAX_NAME), v.text(o, "sign_off.outcome"),
                            v.text(c, "sign_off.comment"), v.when(w, "sign_off.signed_at"), v.text(f, "sign_off.fingerprint"))
            for s, r, n, o, c, w, f in conn.execute(
                "SELECT stage_id, role_id, name, outcome, comment, signed_at, fingerprint FROM sign_off "
                "WHERE export_id IS ? ORDER BY signed_at, id", (export_id,))]
    if len(offs) != n_offs:
        raise ReviewRefused(translate("review", "{name} holds sign-offs made for another export; it was not imported").format(name=name))
    content = set()
    for table in _CONTENT_TABLES:
        content |= {r[0] for r in conn.execute(f"SELECT DISTINCT stage_id FROM {table}")}  # noqa: S608 (fixed names)
    if any(not isinstance(s, str) for s in content):
        raise v.bad("stage_id")
    if ident[0][0] != owner:
        raise ReviewRefused(translate("review", "{name} is not consistent: it names {owner} as the owner but holds the journal of {other}; it was not imported").format(name=name, owner=owner, other=ident[0][0]))
    return {"export_id": v.text(export_id, "review_info.export_id", 64),
            "journal_uuid": v.text(journal_uuid, "review_info.journal_uuid", 64),
            "owner": v.text(owner, "review_info.owner", MAX_NAME), "exported_at": v.when(exported_at, "review_info.exported_at"),
            "stages": v.stages(stages), "reviewer": v.text(reviewer, "review_info.reviewer_name", MAX_NAME),
            "framework_id": v.text(ident[0][1], "journal_info.framework_id", 64),
            "created_at": v.when(ident[0][2], "journal_info.created_at"),
            "comments": comments, "sign_offs": offs, "content_stages": tuple(sorted(content))}


def read_review_copy(path: str | Path, workdir: str | Path, cancel: threading.Event | None = None) -> ReturnedReview:
    """Read a returned review copy (an ``.ljournal``), checked as untrusted, via a private copy
    of it in ``workdir``. Raises ReviewRefused with the reason; Cancelled (between its steps)
    once ``cancel`` is set."""
    from journal_app.core.journal import Journal
    from journal_app.core.review import fingerprint

    path = Path(path)
    private = _open_untrusted(path, Path(workdir))
    check_cancelled(cancel)
    conn = db.ro_connect(private)
    try:
        rows = _read_rows(conn, path.name, MAX_ROWS)
    except sqlite3.DatabaseError as e:
        raise ReviewRefused(translate("review", "{name} is damaged ({e}); ask for it to be sent again").format(name=path.name, e=e)) from None
    finally:
        conn.close()
    check_cancelled(cancel)
    try:
        copy = Journal.open(private, readonly=True)
    except JournalAppError as e:
        raise ReviewRefused(translate("review", "{name} cannot be read as a review copy ({e})").format(name=path.name, e=str(e).split(": ", 1)[-1])) from None
    try:
        prints = {}
        for sid in rows["stages"]:
            if copy.framework_snapshot.stage(sid) is None:
                raise ReviewRefused(translate("review", "{name} names a stage its own framework does not have ({stage}); it was not imported").format(name=path.name, stage=sid))
            prints[sid] = fingerprint(copy, sid)
    except ReviewRefused:
        raise
    except Exception as e:  # a value of the wrong type deep in the teacher's content
        raise ReviewRefused(translate("review", "{name} is damaged ({e}); ask for it to be sent again").format(name=path.name, e=e.__class__.__name__)) from None
    finally:
        copy.close()
    return ReturnedReview(
        source_name=path.name, kind="review-copy", export_id=rows["export_id"], journal_uuid=rows["journal_uuid"],
        owner=rows["owner"], reviewer_name=rows["reviewer"], stages=rows["stages"], comments=rows["comments"],
        sign_offs=rows["sign_offs"], exported_at=rows["exported_at"], content_fingerprints=prints,
        framework_id=rows["framework_id"], journal_created_at=rows["created_at"], content_stages=rows["content_stages"])


# ---------------------------------------------------------------- checking it against the journal
def _criterion_name(stage: Stage, criterion_id: str) -> str:
    if not criterion_id:
        return translate("review", "the stage as a whole")
    crit = stage.criterion(criterion_id)
    text = " ".join((crit.text if crit else criterion_id).split())
    return text if len(text) <= 60 else text[:59] + "…"


def _role_title(stage: Stage, role_id: str) -> str:
    role = stage.verifier(role_id)
    return role.title if role else role_id


def _check_export(journal: Journal, returned: ReturnedReview) -> tuple:
    """The export the file claims to answer, as this journal recorded it; refused unless the
    file is consistent with it."""
    name = returned.source_name
    details = journal.details()
    if returned.journal_uuid != details.journal_uuid:
        raise ReviewRefused(translate("review", "{name} is a review of {owner}'s journal, not of this one").format(name=name, owner=returned.owner))
    try:
        export = journal.review_export(returned.export_id)
    except JournalAppError as e:
        raise ReviewRefused(str(e)) from None
    if export is None:
        raise ReviewRefused(translate("review", "{name} was not exported from this journal (or from a backup older than the export)").format(name=name))
    if export.imported_at is not None:
        raise ReviewRefused(translate("review", "this review was already imported on {date}; nothing changed").format(date=format_date(export.imported_at)))
    if tuple(returned.stages) != export.stages:
        raise ReviewRefused(translate("review", "{name} claims the stages {claimed}, but that export sent {sent}; it was not imported").format(
            name=name, claimed=", ".join(returned.stages) or "-", sent=", ".join(export.stages)))
    if (returned.framework_id and returned.framework_id != details.framework_id) or (
            returned.journal_created_at is not None and returned.journal_created_at != details.created_at):
        raise ReviewRefused(translate("review", "{name} holds another journal's content under this journal's ids; it was not imported").format(name=name))
    if returned.exported_at is not None and abs(returned.exported_at - export.exported_at) > dt.timedelta(seconds=1):
        raise ReviewRefused(translate("review", "{name} is not the copy made by that export (it was made on {date}): an older review under a newer export's id is not imported").format(
            name=name, date=format_date(returned.exported_at)))
    extra = sorted(set(returned.content_stages) - set(export.stages))
    if extra:
        raise ReviewRefused(translate("review", "{name} holds content of stages that were not sent ({stages}); it was not imported").format(name=name, stages=", ".join(extra)))
    return details, export


def _check_date(name: str, when: dt.datetime, export_at: dt.datetime, now: dt.datetime) -> None:
    if when > now + CLOCK_SKEW:
        raise ReviewRefused(translate("review", "{name} holds an entry dated {date}, in the future; it was not imported").format(name=name, date=format_date(when)))
    if when < export_at - EARLY_SKEW:
        raise ReviewRefused(translate("review", "{name} holds an entry dated {date}, before the review was sent on {sent}; it was not imported").format(
            name=name, date=format_date(when), sent=format_date(export_at)))


def _check_place(journal: Journal, name: str, sent: tuple[str, ...], stage_id: str, role_id: str) -> Stage:
    if stage_id not in sent:
        raise ReviewRefused(translate("review", "{name} holds a sign-off or comment for stage {stage!r}, which was not sent for review; it was not imported").format(name=name, stage=stage_id))
    stage = journal.framework.stage(stage_id)
    if stage is None:
        raise ReviewRefused(translate("review", "{name} names a stage this journal does not have ({stage}); it was not imported").format(name=name, stage=stage_id))
    if stage.verifier(role_id) is None:
        raise ReviewRefused(translate("review", "{name} holds an entry for the role {role!r}, which stage {stage} does not have; it was not imported").format(name=name, role=role_id, stage=stage.label))
    return stage


def _check_comments(journal: Journal, returned: ReturnedReview, export, pv: ImportPreview, now: dt.datetime) -> None:
    name = returned.source_name
    stages = [journal.framework.stage(s) for s in export.stages]
    cap = sum((len(s.criteria) + 1) * len(s.reflection.verifiers) for s in stages if s is not None)
    if len(returned.comments) > cap:
        raise ReviewRefused(translate("review", "{name} holds {count} comments, more than the {cap} this review can have (one per criterion and role); it was not imported").format(
            name=name, count=len(returned.comments), cap=cap))
    seen = set()
    for c in returned.comments:
        stage = _check_place(journal, name, export.stages, c.stage_id, c.role_id)
        if c.criterion_id and stage.criterion(c.criterion_id) is None:
            raise ReviewRefused(translate("review", "{name} holds a comment on a criterion stage {stage} does not have ({criterion}); it was not imported").format(name=name, stage=stage.label, criterion=c.criterion_id))
        if (c.stage_id, c.criterion_id, c.role_id) in seen:
            raise ReviewRefused(translate("review", "{name} holds two comments by one role on the same criterion; it was not imported").format(name=name))
        seen.add((c.stage_id, c.criterion_id, c.role_id))
        if not c.text.strip() or not c.author.strip() or len(c.text) > MAX_TEXT or len(c.author) > MAX_NAME:
            raise ReviewRefused(translate("review", "{name} holds a comment without its text or author; it was not imported").format(name=name))
        _check_date(name, c.written_at, export.exported_at, now)
        pv.comments.append(f"{stage.label} – {_criterion_name(stage, c.criterion_id)}: {c.author} ({_role_title(stage, c.role_id)}): {c.text}")


def _check_sign_offs(journal: Journal, returned: ReturnedReview, export, pv: ImportPreview, now: dt.datetime) -> None:
    from journal_app.core.review import fingerprint

    name = returned.source_name
    seen = set()
    for o in returned.sign_offs:
        stage = _check_place(journal, name, export.stages, o.stage_id, o.role_id)
        if (o.stage_id, o.role_id) in seen:
            raise ReviewRefused(translate("review", "{name} holds two sign-offs for one role of a stage; it was not imported").format(name=name))
        seen.add((o.stage_id, o.role_id))
        if o.outcome not in ("verified", "not_yet") or not o.name.strip() or len(o.name) > MAX_NAME or len(o.comment) > MAX_TEXT:
            raise ReviewRefused(translate("review", "{name} holds a sign-off without a name or a valid outcome; it was not imported").format(name=name))
        if not _HEX64.fullmatch(o.fingerprint):
            raise ReviewRefused(translate("review", "{name} holds a sign-off without a valid seal; it was not imported").format(name=name))
        _check_date(name, o.signed_at, export.exported_at, now)
        role = _role_title(stage, o.role_id)
        line = (translate("review", "{stage}: verified by {name} ({role})") if o.outcome == "verified" else
                translate("review", "{stage}: not yet verified by {name} ({role})")).format(stage=stage.label, name=o.name, role=role)
        pv.sign_offs.append(line + (f" – {o.comment}" if o.comment.strip() else ""))
        held = returned.content_fingerprints.get(o.stage_id)
        sent = export.fingerprints.get(o.stage_id)
        if sent is not None and sent != o.fingerprint:
            pv.warnings.append(translate("review", "{stage}: {name} signed content that is not what you sent: the sign-off will show as changed since verified").format(stage=stage.label, name=o.name))
        elif held is not None and held != o.fingerprint:
            pv.warnings.append(translate("review", "{stage}: the sign-off by {name} does not match the content in the returned file: it will show as changed since verified").format(stage=stage.label, name=o.name))
        elif o.outcome == "verified" and o.fingerprint != fingerprint(journal, o.stage_id):
            pv.warnings.append(translate("review", "{stage}: your content has changed since {name} signed it: the sign-off will show as changed since verified; ask for it to be verified again if the change matters").format(stage=stage.label, name=o.name))
        if journal.verification_is_teachers(o.stage_id, o.role_id):
            pv.kept.append(translate("review", "{stage}: what you typed for {role} stays; {name}'s sign-off is recorded beside it").format(stage=stage.label, role=role, name=o.name))


def preview(journal: Journal, returned: ReturnedReview) -> ImportPreview:
    """Check a returned review against this journal; what will come in, the checks made and
    the warnings. Raises ReviewRefused with the reason; never writes."""
    if journal.review is not None:
        raise ReviewRefused(translate("review", "this is a review copy; import the review into the teacher's own journal"))
    details, export = _check_export(journal, returned)
    pv = ImportPreview(returned.source_name, returned.kind, returned.export_id, returned.owner, returned.reviewer_name)
    labels = ", ".join(journal.stage(s).label for s in export.stages)
    pv.checks.append(translate("review", "It is a review of this journal, answering the review sent on {date} (stages: {stages}), not imported before.").format(
        date=format_date(export.exported_at), stages=labels))
    if returned.kind == "review-copy":
        pv.checks.append(translate("review", "The file is sound and holds nothing this app does not make; its evidence matches its checksums."))
        pv.checks.append(translate("review", "Its owner, framework, creation date, export date and stages match this journal's record of that export."))
    else:
        from journal_app.core.reviewform.importer import check_form

        check_form(returned, export, pv)
    now = utcnow()
    _check_comments(journal, returned, export, pv, now)
    _check_sign_offs(journal, returned, export, pv, now)
    pv.checks.append(translate("review", "Sign-offs and comments are only for the stages sent, roles those stages have and criteria that exist, dated between the sending and now."))
    pv.warnings = list(dict.fromkeys(pv.warnings))  # two roles signed by one person: said once
    if returned.owner != details.owner:
        pv.warnings.append(translate("review", "The review names the journal's owner {owner}; this journal's owner is now {current}.").format(owner=returned.owner, current=details.owner))
    return pv


# ---------------------------------------------------------------- writing it
def apply(journal: Journal, returned: ReturnedReview, backups: BackupStore | None = None) -> ImportSummary:
    """Check again, back the journal up, then add the review in one transaction. Nothing the
    teacher typed is replaced: a sign-off fills in a verification only where it was empty."""
    pv = preview(journal, returned)
    if backups is not None:
        backups.backup(journal.path, "before-import")
    from journal_app.core.reviewform.importer import keep_record, signature_info

    record = keep_record(journal, returned)  # a returned form, kept as its sign-offs' record
    try:
        recorded = journal.record_returned_review(returned.export_id, returned.kind, returned.comments,
                                                  returned.sign_offs, record, signature_info(returned))
    except BaseException:
        if record is not None:
            journal.remove_evidence(record)
        raise
    summary = ImportSummary(returned.owner, returned.reviewer_name, len(returned.comments), warnings=pv.warnings)
    for o, kept in recorded:
        stage = journal.stage(o.stage_id)
        role = _role_title(stage, o.role_id)
        summary.sign_offs.append((translate("review", "{stage}: verified by {name} ({role})") if o.outcome == "verified" else
                                  translate("review", "{stage}: not yet verified by {name} ({role})")).format(stage=stage.label, name=o.name, role=role))
        if kept:
            summary.kept.append(translate("review", "{stage}: what you typed for {role} was kept; {name}'s sign-off is recorded beside it").format(stage=stage.label, role=role, name=o.name))
    return summary


def read_returned(path: str | Path, workdir: str | Path, cancel: threading.Event | None = None) -> ReturnedReview:
    """Read a returned file of either kind, told apart by its content, not its name. It touches
    no open journal, so it may run in a worker thread; setting ``cancel`` from another thread
    stops it soon (a PDF's checker process is killed) with Cancelled."""
    path = Path(path)
    if path.exists() and not path.is_file():  # never open a FIFO or a device: it may never answer
        raise ReviewRefused(translate("review", "{name} is not a file").format(name=path.name))
    try:
        with open(path, "rb") as f:
            head = f.read(16)
    except FileNotFoundError:
        raise ReviewRefused(translate("review", "{reviewed}: no such file").format(reviewed=path)) from None
    except OSError as e:
        raise ReviewRefused(translate("review", "{reviewed}: cannot be read ({strerror})").format(reviewed=path, strerror=e.strerror)) from None
    if head.startswith(b"%PDF-"):
        from journal_app.core.reviewform.reader import read_review_form

        returned = read_review_form(path, Path(workdir), cancel)
    else:
        returned = read_review_copy(path, workdir, cancel)
    check_cancelled(cancel)
    return returned


def import_review(journal: Journal, path: str | Path, backups: BackupStore | None = None) -> ImportSummary:
    """Read, check and add a returned review (a review copy or a PDF form); a refused file
    leaves the journal untouched."""
    if journal.review is not None:
        raise ReviewRefused(translate("review", "this is a review copy; import the review into the teacher's own journal"))
    with tempfile.TemporaryDirectory(prefix="journal-review-") as tmp:
        return apply(journal, read_returned(path, tmp), backups)
