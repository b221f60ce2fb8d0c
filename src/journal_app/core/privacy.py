"""What is private in a journal, and what depends on it: the one rule.

Every table of the journal file is described here, with every column, so that a table or
column added later must be classified before the tests pass (``tests/test_privacy.py``). A
review copy (``review.export_for_mentor``), a dump without private entries
(``exchange.dump``), printed sheets without ``--include-private`` (``reports``), the PDF review
form and the content fingerprints all ask this module, never decide for themselves.

Kinds of table:

``shared``
    nothing in it is private.
``private-rows``
    a row is private when ``private`` (an SQL condition on the row) holds; such a row never
    leaves the journal, nor does anything that depends on it.
``private-columns``
    some columns of a row are private when ``private`` holds: they leave as ``redact`` says.
``dependent``
    a row belongs to a row of another table (``owners``); it leaves only with that row.
``review``
    the mentor round trip's own records: they never leave in a copy or dump.
``meta``
    the file format's bookkeeping.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, text, true


@dataclass(frozen=True)
class Owner:
    """Rows of this table that belong to rows of ``table``: ``match`` (an SQL expression on this
    table's row, e.g. ``"evidence_id"``) equals ``key`` (an SQL expression on the owner's row)."""

    table: str
    match: str
    key: str
    when: str = ""  # only rows of this table for which this holds belong to ``table``


@dataclass(frozen=True)
class Rule:
    table: str
    kind: str  # shared | private-rows | private-columns | dependent | review | meta
    columns: tuple[str, ...]
    private: str = ""  # SQL condition on a row: it (or its private columns) is private
    flag: str = ""  # the column views carry that says so
    redact: tuple[tuple[str, Any], ...] = ()  # private-columns: what they leave as
    owners: tuple[Owner, ...] = ()


RULES: tuple[Rule, ...] = (
    Rule("journal_info", "shared", ("id", "journal_uuid", "owner", "school", "role", "framework_id",
                                    "framework_version", "framework_snapshot", "created_at", "modified_at")),
    Rule("criterion_record", "private-columns",
         ("id", "stage_id", "criterion_id", "state", "achieved_on", "notes", "notes_private", "modified_at"),
         private="notes_private = 1", flag="notes_private", redact=(("notes", ""), ("notes_private", False))),
    # Incomplete evidence (an add that was interrupted: no checksum yet) never leaves either.
    Rule("evidence_item", "private-rows", ("id", "name", "media_type", "size", "sha256", "added_at", "private"),
         private="private = 1 OR sha256 = ''", flag="private"),
    Rule("evidence_chunk", "dependent", ("evidence_id", "seq", "data"),
         owners=(Owner("evidence_item", "evidence_id", "id"),)),
    Rule("evidence_link", "dependent", ("evidence_id", "stage_id", "criterion_id"),
         owners=(Owner("evidence_item", "evidence_id", "id"),)),
    Rule("checklist_tick", "shared", ("stage_id", "checklist_id", "item_id", "ticked", "note", "modified_at")),
    Rule("reflection", "private-rows", ("stage_id", "text", "private", "modified_at"),
         private="private = 1", flag="private"),
    Rule("target", "private-rows", ("id", "stage_id", "text", "success_criteria", "due_date", "status",
                                    "review_notes", "private", "created_at", "modified_at"),
         private="private = 1", flag="private"),
    Rule("verification", "shared", ("id", "stage_id", "role_id", "name", "comment", "verified_on", "state",
                                    "modified_at")),
    Rule("review_export", "review", ("export_id", "exported_at", "stages", "imported_at", "kind", "fingerprints")),
    Rule("review_info", "review", ("id", "export_id", "journal_uuid", "owner", "exported_at", "stages",
                                   "reviewer_name", "reviewer_role")),
    Rule("review_comment", "review", ("id", "export_id", "stage_id", "criterion_id", "author", "role_id", "text",
                                      "written_at")),
    Rule("sign_off", "review", ("id", "export_id", "stage_id", "role_id", "name", "outcome", "comment", "signed_at",
                                "fingerprint", "source", "record_id", "signature")),
    Rule("conversation", "private-rows", ("id", "held_on", "with_whom", "their_role", "kind", "focus", "notes",
                                          "agreed_actions", "private", "created_at", "modified_at"),
         private="private = 1", flag="private"),
    Rule("conversation_link", "dependent", ("conversation_id", "stage_id", "criterion_id"),
         owners=(Owner("conversation", "conversation_id", "id"),)),
    Rule("learning_agreement", "private-rows", ("person", "ground_rules", "confidentiality", "boundaries", "private",
                                                "modified_at"),
         private="private = 1", flag="private"),
    Rule("tla_journey", "shared", ("id", "focus", "tla_stage", "ljmu_stage_id", "tla_snapshot", "created_at",
                                   "modified_at")),
    Rule("journey_plan_item", "shared", ("id", "kind", "text", "due_date", "done")),
    Rule("journey_plan_change", "shared", ("id", "changed_at", "change", "reason")),
    Rule("dimension_account", "shared", ("dimension_id", "text", "modified_at")),
    # The journey's links to evidence and conversations go with what they link to.
    Rule("dimension_link", "dependent", ("dimension_id", "kind", "ref_id"),
         owners=(Owner("evidence_item", "ref_id", "id", "kind = 'evidence'"),
                 Owner("conversation", "ref_id", "id", "kind = 'conversation'"))),
    Rule("breakthrough", "shared", ("id", "recorded_on", "what_changed", "evidence", "feedback")),
    # CUREE tags go with the reflection, conversation or target they tag.
    Rule("curee_tag", "dependent", ("kind", "ref", "tag_kind", "tag_id"),
         owners=(Owner("reflection", "ref", "stage_id", "kind = 'reflection'"),
                 Owner("conversation", "ref", "CAST(id AS TEXT)", "kind = 'conversation'"),
                 Owner("target", "ref", "CAST(id AS TEXT)", "kind = 'target'"))),
    # Diamond 9 places checklist items (framework text), never an entry of the teacher's.
    Rule("diamond_slot", "shared", ("stage_id", "slot", "checklist_id", "item_id")),
    Rule("alembic_version", "meta", ("version_num",)),
)
# The search index is rebuilt from the tables above wherever a copy is made (search.rebuild).
DERIVED = ("search_doc", "search_fts")

_BY_TABLE = {r.table: r for r in RULES}


def rule(table: str) -> Rule:
    return _BY_TABLE[table]


def hidden(table: str) -> str | None:
    """An SQL condition true of the rows of ``table`` that must not leave the journal (private,
    or belonging to something private); None when every row may leave."""
    r = _BY_TABLE[table]
    if r.kind == "review":
        return "1"
    parts = [f"({r.private})"] if r.kind == "private-rows" else []
    for o in r.owners:
        owner = hidden(o.table)
        if owner:
            clause = f"{o.match} IN (SELECT {o.key} FROM {o.table} WHERE {owner})"
            parts.append(f"({o.when} AND {clause})" if o.when else f"({clause})")
    return " OR ".join(parts) or None


def orphaned(table: str) -> str | None:
    """An SQL condition true of dependent rows whose owner is gone (after rows were removed)."""
    r = _BY_TABLE[table]
    parts = []
    for o in r.owners:
        clause = f"{o.match} NOT IN (SELECT {o.key} FROM {o.table})"
        parts.append(f"({o.when} AND {clause})" if o.when else f"({clause})")
    return " OR ".join(parts) or None


def visible(table: str) -> ColumnElement[bool]:
    """A filter for an ORM query of ``table``: the rows that may leave."""
    cond = hidden(table)
    return text(f"NOT ({cond})") if cond else true()


def is_private(table: str, row: object) -> bool:
    """Whether a row (an ORM row or a view carrying the same field) is itself private."""
    r = _BY_TABLE[table]
    return bool(r.flag and getattr(row, r.flag))


def shown(table: str, row: object, column: str) -> Any:
    """A column's value as it may leave the journal (redacted where the row says private)."""
    r = _BY_TABLE[table]
    if r.kind == "private-columns" and is_private(table, row):
        for col, value in r.redact:
            if col == column:
                return value
    return getattr(row, column)


def purge(conn: sqlite3.Connection) -> None:
    """Remove from a copy of a journal (a plain sqlite3 connection, in a transaction) every
    private entry and everything that depends on one, and the review records; redact private
    columns. Dependents go first, while the rows they belong to can still be found."""
    present = {r[0] for r in conn.execute("SELECT name FROM sqlite_schema WHERE type = 'table'")}
    order = sorted((r for r in RULES if r.table in present), key=lambda r: r.kind != "dependent")
    for r in order:
        cond = hidden(r.table)
        if cond and r.kind != "private-columns":
            conn.execute(f"DELETE FROM {r.table} WHERE {cond}")  # noqa: S608 (names from RULES)
        if r.kind == "private-columns":
            sets = ", ".join(f"{col} = ?" for col, _ in r.redact)
            conn.execute(f"UPDATE {r.table} SET {sets} WHERE {r.private}", [v for _, v in r.redact])  # noqa: S608


def purge_orphans(conn: sqlite3.Connection) -> None:
    """Remove dependent rows whose owner is no longer in the copy."""
    present = {r[0] for r in conn.execute("SELECT name FROM sqlite_schema WHERE type = 'table'")}
    for r in RULES:
        cond = orphaned(r.table) if r.table in present else None
        if cond:
            conn.execute(f"DELETE FROM {r.table} WHERE {cond}")  # noqa: S608 (names from RULES)
