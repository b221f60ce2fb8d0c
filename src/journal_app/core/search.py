"""Full-text search over the teacher's own words (SQLite FTS5), kept up to date by the store.

``search_doc`` gives every searchable entry a stable rowid keyed by (kind, ref), so an edit
replaces its one row in ``search_fts`` by rowid instead of scanning the index.
Kinds: criterion (notes), reflection, target, evidence (name), checklist (note).
"""

from __future__ import annotations

import re

from sqlalchemy import text
from sqlalchemy.orm import Session

from journal_app.core.frameworks.models import Framework
from journal_app.core.i18n import translate
from journal_app.core.views import SearchHit

SCHEMA_SQL = (
    "CREATE TABLE search_doc (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, stage_id TEXT, "
    "ref TEXT NOT NULL, UNIQUE (kind, ref))",
    "CREATE VIRTUAL TABLE search_fts USING fts5(body, tokenize = 'unicode61 remove_diacritics 2')",
)

# (kind, stage column, ref expression, body expression, table, condition)
# Column expressions name the source table as ``t``.
_SOURCES = (
    ("criterion", "t.stage_id", "t.stage_id || '/' || t.criterion_id", "t.notes", "criterion_record",
     "t.notes != ''"),
    ("reflection", "t.stage_id", "t.stage_id", "t.text", "reflection", "t.text != ''"),
    ("target", "t.stage_id", "CAST(t.id AS TEXT)",
     "t.text || char(10) || t.success_criteria || char(10) || t.review_notes", "target", "1"),
    ("evidence", "NULL", "CAST(t.id AS TEXT)", "t.name", "evidence_item", "t.sha256 != ''"),
    ("checklist", "t.stage_id", "t.stage_id || '/' || t.checklist_id || '/' || t.item_id", "t.note",
     "checklist_tick", "t.note != ''"),
    ("conversation", "NULL", "CAST(t.id AS TEXT)",
     "t.with_whom || char(10) || t.focus || char(10) || t.notes || char(10) || t.agreed_actions", "conversation", "1"),
)


def index_entry(s: Session, kind: str, stage_id: str | None, ref: str, body: str) -> None:
    """Put (or replace) one entry; an empty body removes it."""
    row = s.execute(text("SELECT id FROM search_doc WHERE kind = :k AND ref = :r"),
                    {"k": kind, "r": ref}).first()
    if row is not None:
        s.execute(text("DELETE FROM search_fts WHERE rowid = :id"), {"id": row[0]})
        if not body.strip():
            s.execute(text("DELETE FROM search_doc WHERE id = :id"), {"id": row[0]})
            return
        doc_id = row[0]
    else:
        if not body.strip():
            return
        doc_id = s.execute(
            text("INSERT INTO search_doc (kind, stage_id, ref) VALUES (:k, :s, :r) RETURNING id"),
            {"k": kind, "s": stage_id, "r": ref}).scalar_one()
    s.execute(text("INSERT INTO search_fts (rowid, body) VALUES (:id, :b)"), {"id": doc_id, "b": body})


def remove_entry(s: Session, kind: str, ref: str) -> None:
    index_entry(s, kind, None, ref, "")


# The format that introduced each kind's table (a migration rebuilds only what its format has).
_SINCE = {"conversation": 4}


def rebuild(s, until_format: int | None = None) -> None:  # noqa: ANN001 - a Session or an Alembic connection
    """Recreate the whole index from the journal's tables (after a load or a migration)."""
    s.execute(text("DELETE FROM search_fts"))
    s.execute(text("DELETE FROM search_doc"))
    for kind, stage_col, ref, body, table, cond in _SOURCES:
        if until_format is not None and _SINCE.get(kind, 2) > until_format:
            continue
        s.execute(text(
            f"INSERT INTO search_doc (kind, stage_id, ref) SELECT '{kind}', {stage_col}, {ref} "
            f"FROM {table} AS t WHERE {cond}"))
        s.execute(text(
            f"INSERT INTO search_fts (rowid, body) SELECT d.id, {body} FROM {table} AS t "
            f"JOIN search_doc d ON d.kind = '{kind}' AND d.ref = {ref} WHERE {cond}"))


_TOKEN = re.compile(r"\w+", re.UNICODE)


def fts_query(query: str) -> str | None:
    """User words to an FTS5 query: every word must appear, each as a prefix."""
    words = _TOKEN.findall(query)
    if not words:
        return None
    return " ".join(f'"{w}"*' for w in words)


def search(s: Session, framework: Framework, query: str, limit: int = 100) -> list[SearchHit]:
    hits: list[SearchHit] = []
    q = fts_query(query)
    if q is None:
        return hits
    rows = s.execute(text(
        "SELECT d.kind, d.stage_id, d.ref, snippet(search_fts, 0, '', '', '…', 12) "
        "FROM search_fts JOIN search_doc d ON d.id = search_fts.rowid "
        "WHERE search_fts MATCH :q ORDER BY rank LIMIT :n"), {"q": q, "n": limit}).all()
    for kind, stage_id, ref, snippet in rows:
        hits.append(SearchHit(kind, stage_id, ref, _title(framework, kind, stage_id, ref), snippet))
    # The framework's own criterion texts are searched too, so "partnership" finds the criterion.
    words = [w.casefold() for w in _TOKEN.findall(query)]
    for stage in framework.stages:
        for c in stage.criteria:
            hay = (c.full_text + " " + c.evidenced_by).casefold()
            if all(w in hay for w in words) and len(hits) < limit:
                hits.append(SearchHit("framework", stage.id, f"{stage.id}/{c.id}", translate("search", "{label}: criterion").format(label=stage.label),
                                      c.text))
    return hits


def _title(fw: Framework, kind: str, stage_id: str | None, ref: str) -> str:
    stage = fw.stage(stage_id) if stage_id else None
    where = stage.label if stage else translate("search", "Journal")
    return {
        "criterion": translate("search", "{where}: evidence notes").format(where=where),
        "reflection": translate("search", "{where}: reflection").format(where=where),
        "target": translate("search", "{where}: target").format(where=where),
        "evidence": translate("search", "Evidence item"),
        "checklist": translate("search", "{where}: checklist note").format(where=where),
        "conversation": translate("search", "Learning conversation"),
    }.get(kind, where)
