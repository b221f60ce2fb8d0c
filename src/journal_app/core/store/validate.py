"""Every value of a journal as this app writes it: one cheap SQL pass over the tables, run on
every open, the quick look and ``journal-app check``, so that a wrong storage type, a NULL the
app never writes, a date that is no date or a state the app does not know is the app's own
error naming the journal, the table and the column, never a traceback later.

The column types come from the schema of the file's format (``schema_sql``, the same one the
file has just been compared with), so every format version is covered; the few values with a
fixed set of meanings are listed here. Evidence chunks are only asked their type (SQLite answers
that without reading the chunk), so the pass stays cheap on a journal of gigabytes.
"""

from __future__ import annotations

import re
import sqlite3
from functools import cache
from pathlib import Path

from journal_app.core.i18n import translate
from journal_app.core.store.guard import expected_schema

_DATETIME = ("typeof({c}) = 'text' AND length({c}) IN (19, 26) AND substr({c}, 1, 4) > '0000' "
             "AND strftime('%Y-%m-%d %H:%M:%S', julianday({c})) = substr({c}, 1, 19) "
             "AND (length({c}) = 19 OR substr({c}, 20) GLOB '.[0-9][0-9][0-9][0-9][0-9][0-9]')")
_DATE = "typeof({c}) = 'text' AND length({c}) = 10 AND substr({c}, 1, 4) > '0000' AND date(julianday({c})) = {c}"
_BY_TYPE = {
    "INTEGER": "typeof({c}) = 'integer'",
    "BOOLEAN": "typeof({c}) = 'integer' AND {c} IN (0, 1)",
    "TEXT": "typeof({c}) = 'text'",
    "VARCHAR": "typeof({c}) = 'text'",
    "DATETIME": _DATETIME,
    "DATE": _DATE,
    "BLOB": "typeof({c}) = 'blob'",
}
# Read as data whatever it holds, never as a name: core/identity.py names folders from a
# validated UUID or a hash of it, so a journal with a crafted id is still backed up safely.
UNCHECKED = {("journal_info", "journal_uuid")}


def _one_of(*values: str) -> str:
    return "{c} IN (" + ", ".join(f"'{v}'" for v in values) + ")"


def _json(kind: str) -> str:
    # (CASE evaluates lazily: json_type() is never asked about text that is not JSON)
    return f"CASE WHEN typeof({{c}}) != 'text' THEN 0 WHEN json_valid({{c}}) THEN json_type({{c}}) = '{kind}' ELSE 0 END"


# Values with a fixed set of meanings (beyond their type), as the core writes them.
RULES: dict[tuple[str, str], str] = {
    ("journal_info", "id"): "{c} = 1",
    ("journal_info", "framework_snapshot"): _json("object"),
    ("tla_journey", "tla_snapshot"): _json("object"),
    ("review_export", "stages"): _json("array"),
    ("review_info", "stages"): _json("array"),
    ("review_export", "fingerprints"): _json("object"),
    ("criterion_record", "state"): _one_of("not_started", "begun", "partly_evidenced", "achieved"),
    ("target", "status"): _one_of("open", "achieved", "dropped"),
    ("verification", "state"): _one_of("not_requested", "awaiting", "verified"),
    ("evidence_item", "size"): "{c} >= 0",
    ("evidence_chunk", "seq"): "{c} >= 0",
    ("sign_off", "outcome"): _one_of("verified", "not_yet"),
    ("review_info", "id"): "{c} = 1",
    ("review_export", "kind"): _one_of("copy", "form"),
    ("sign_off", "source"): _one_of("review-copy", "pdf-form", "paper"),
    ("conversation", "kind"): _one_of("mentoring", "specialist-coaching", "co-coaching"),
    ("journey_plan_item", "kind"): _one_of("action", "review"),
    ("dimension_link", "kind"): _one_of("evidence", "conversation"),
    ("tla_journey", "id"): "{c} = 1",
    ("tla_journey", "tla_stage"): "{c} BETWEEN 1 AND 20",
    ("curee_tag", "kind"): _one_of("reflection", "conversation", "target"),
    ("curee_tag", "tag_kind"): _one_of("principle", "skill"),
    ("diamond_slot", "slot"): "{c} BETWEEN 0 AND 8",
}

_COLUMN = re.compile(r"^\s*(\w+)\s+([A-Z]+)")
_SKIP = ("CONSTRAINT", "PRIMARY", "FOREIGN", "UNIQUE", "CHECK")


@cache
def columns(version: int) -> dict[str, tuple[tuple[str, str, bool], ...]]:
    """For each table of format ``version``: (column, declared type, may be NULL)."""
    out = {}
    for kind, name, _tbl, sql in expected_schema(version):
        if kind != "table" or not sql or name.startswith(("search_fts", "sqlite_", "alembic_")) \
                or sql.startswith("CREATE VIRTUAL"):
            continue
        body = sql[sql.index("(") + 1:sql.rindex(")")]
        cols = []
        for part in re.split(r",\s*(?![^()]*\))", body):
            m = _COLUMN.match(part)
            if not m or m.group(1).upper() in _SKIP:
                continue
            col, decl, not_null = m.group(1), m.group(2), "NOT NULL" in part.upper()
            if "PRIMARY KEY" in part.upper() and decl == "INTEGER":
                not_null = True  # a rowid alias is never NULL
            cols.append((col, decl, not not_null))
        out[name] = tuple(cols)
    return out


def _condition(table: str, col: str, decl: str, nullable: bool) -> str:
    c = f'"{col}"'
    cond = "1" if (table, col) in UNCHECKED else _BY_TYPE.get(decl, "1").format(c=c)
    rule = RULES.get((table, col))
    if rule:
        cond = f"({cond}) AND ({rule.format(c=c)})"
    return f"({c} IS NULL OR ({cond}))" if nullable else f"({c} IS NOT NULL AND ({cond}))"


@cache
def _queries(version: int) -> tuple[tuple[str, tuple[str, ...], str], ...]:
    """For each table: the columns, and one query giving each column's verdict (1 sound) for
    the first row that is not sound."""
    out = []
    for table, cols in sorted(columns(version).items()):
        conds = [_condition(table, col, decl, nullable) for col, decl, nullable in cols]
        sql = f'SELECT {", ".join(conds)} FROM "{table}" WHERE NOT ({" AND ".join(conds)}) LIMIT 1'
        out.append((table, tuple(col for col, _d, _n in cols), sql))
    return tuple(out)


def problems(conn: sqlite3.Connection, version: int, *, limit: int = 50,
             tables: frozenset[str] | None = None) -> list[str]:
    """Every table with a value this app never writes: "table reflection, column text: ...";
    only the given ``tables`` when a reader reads no others (the quick look)."""
    found = []
    for table, cols, sql in _queries(version):
        if tables is not None and table not in tables:
            continue
        row = conn.execute(sql).fetchone()
        if row is None:
            continue
        found += [translate("validate", "table {table}, column {column}: a value of the wrong type, missing or out of range").format(
            table=table, column=col) for col, ok in zip(cols, row, strict=True) if not ok]
        if len(found) >= limit:
            break
    row = conn.execute("SELECT count(*) FROM journal_info").fetchone()
    if row[0] != 1:
        found.append(translate("validate", "table journal_info: it must hold exactly one row"))
    return found


def first_problem(path: Path, *, immutable: bool | None = None) -> str | None:
    """The first value problem of the journal at ``path`` (read through the guard), or None."""
    from journal_app.core.store.guard import file_version, ro_connect

    conn = ro_connect(path, immutable=immutable)
    try:
        found = problems(conn, file_version(conn), limit=1)
    except (sqlite3.DatabaseError, UnicodeDecodeError, ValueError) as e:
        return str(e)
    finally:
        conn.close()
    return found[0] if found else None
