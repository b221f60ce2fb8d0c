"""``journal-app check``: is a journal file sound? Reads only; never changes the file."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

from pydantic import ValidationError

from journal_app.core.errors import JournalAppError
from journal_app.core.frameworks.models import Framework
from journal_app.core.i18n import translate
from journal_app.core.store import db, guard, validate
from journal_app.core.views import CheckReport


def check_journal(path: str | Path, *, checksums: bool = True) -> CheckReport:
    path = Path(path)
    report = CheckReport(path=str(path))
    try:
        path = guard.regular_file(path)
        header = guard.read_header(path)
        if header.application_id != db.APPLICATION_ID:
            guard.ro_connect(path).close()  # says why, in the same words as opening it
    except JournalAppError as e:
        report.problems.append(str(e))
        return report
    stray = guard.wal_problem(path, header.page_size)
    if stray:
        report.problems.append(translate("check", "{problem}; opening the journal for writing sets it aside").format(problem=stray))
    try:
        conn = guard.connect(path, "mode=ro&immutable=1" if stray or not guard.siblings(path)[0].exists() else "mode=ro")
    except sqlite3.Error as e:
        report.problems.append(translate("check", "cannot be opened: {e}").format(e=e))
        return report
    try:
        _check_file(conn, path, report, checksums)
    except (sqlite3.DatabaseError, UnicodeDecodeError, ValueError) as e:
        report.problems.append(translate("check", "the file is damaged ({e})").format(e=e))
    finally:
        conn.close()
    if report.ok and report.schema_version == db.SCHEMA_VERSION:
        _check_seals(path, report)
    return report


def _check_file(conn: sqlite3.Connection, path: Path, report: CheckReport, checksums: bool) -> None:
    """Structure first (nothing stored in the file is read before it is known to be a journal's),
    then SQLite's integrity, then every value, then the evidence."""
    version = guard.file_version(conn)
    try:
        db.identify_version(path, version)
    except JournalAppError as e:
        report.problems.append(str(e))
        return
    report.schema_version = version
    if version < db.SCHEMA_VERSION:
        report.notes.append(
            translate("check", "older format; it will be upgraded to format {SCHEMA_VERSION} when next opened").format(SCHEMA_VERSION=db.SCHEMA_VERSION))
    differences = guard.schema_differences(conn, version)
    if differences:
        report.problems += [translate("check", "its structure is not that of a journal: {difference}").format(difference=d)
                            for d in differences]
        return
    _check_sqlite(conn, report)
    report.problems += validate.problems(conn, version)
    if report.problems:
        return
    _check_schema(conn, version, report)
    if checksums and not report.problems:
        _check_evidence(conn, report)


def _check_seals(path: Path, report: CheckReport) -> None:
    """Stages whose content changed after a verifier signed them off (not damage: a note)."""
    from journal_app.core.journal import Journal

    try:
        with Journal.open(path, readonly=True) as journal:
            report.seals = journal.broken_seals()
    except JournalAppError as e:
        report.problems.append(str(e))


def _check_sqlite(conn: sqlite3.Connection, report: CheckReport) -> None:
    rows = [r[0] for r in conn.execute("PRAGMA integrity_check(20)")]
    if rows != ["ok"]:
        report.problems += [translate("check", "SQLite integrity: {r}").format(r=r) for r in rows]
    dangling = dangling_references(conn)
    if dangling:
        report.problems.append(dangling)


def dangling_references(conn: sqlite3.Connection) -> str | None:
    """What is wrong if rows refer to rows that do not exist (a lying id), else None."""
    fk = conn.execute("PRAGMA foreign_key_check").fetchall()
    return translate("check", "%n row(s) refer to rows that do not exist (foreign keys)", None, len(fk)) if fk else None


def snapshot_problem(conn: sqlite3.Connection) -> str | None:
    """What is wrong with the framework the journal keeps of itself, else None."""
    row = conn.execute("SELECT framework_snapshot FROM journal_info WHERE id = 1").fetchone()
    if row is None:
        return translate("check", "the journal has no owner details")
    try:
        Framework.model_validate_json(row[0])
    except ValidationError as e:
        return translate("check", "the framework snapshot is invalid (%n problem(s))", None, e.error_count())
    return None


def _check_schema(conn: sqlite3.Connection, version: int, report: CheckReport) -> None:
    try:
        rev = conn.execute("SELECT version_num FROM alembic_version").fetchall()
    except sqlite3.OperationalError:
        report.problems.append(translate("check", "the schema revision table is missing"))
        return
    expected = db.SCHEMA_REVISIONS[version - 1]
    if [r[0] for r in rev] != [expected]:
        report.problems.append(
            translate("check", "schema revision {r_0_for_r_in_rev} does not match format {version} ({expected!r})").format(r_0_for_r_in_rev=[r[0] for r in rev], version=version, expected=expected))
    try:
        problem = snapshot_problem(conn)
    except sqlite3.OperationalError as e:
        report.problems.append(translate("check", "the journal's details cannot be read ({e})").format(e=e))
        return
    if problem:
        report.problems.append(problem)


def _check_evidence(conn: sqlite3.Connection, report: CheckReport) -> None:
    items = conn.execute(
        "SELECT id, name, size, sha256 FROM evidence_item WHERE sha256 != '' ORDER BY id").fetchall()
    incomplete = conn.execute("SELECT count(*) FROM evidence_item WHERE sha256 = ''").fetchone()[0]
    if incomplete:
        report.notes.append(translate("check", "%n evidence item(s) were being added when the app stopped; they will be cleared when the journal is next opened", None, incomplete))
    for evidence_id, name, size, sha in items:
        h = hashlib.sha256()
        total = 0
        seq = 0
        while True:
            chunk = conn.execute("SELECT data FROM evidence_chunk WHERE evidence_id = ? AND seq = ?",
                                 (evidence_id, seq)).fetchone()
            if chunk is None:
                break
            h.update(chunk[0])
            total += len(chunk[0])
            seq += 1
        if total != size or h.hexdigest() != sha:
            report.problems.append(translate("check", "evidence item {name!r} (id {evidence_id}) does not match its checksum").format(name=name, evidence_id=evidence_id))
    report.notes.append(translate("check", "%n evidence item(s) checked", None, len(items)))
