"""A first look at a journal, read in milliseconds with nothing but sqlite3 and json: whose it
is, its framework's stages and how far each has got. The window paints this the moment it
opens, while the journal itself (SQLAlchemy, the framework models) is still loading.

It never writes, and it answers None for anything out of the ordinary (not a journal, an
older format, damage): opening the journal properly then deals with it and says what is wrong.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from journal_app.core import i18n
from journal_app.core.errors import JournalAppError
from journal_app.core.store import guard, validate
from journal_app.core.store.fileformat import SCHEMA_REVISIONS, SCHEMA_VERSION
from journal_app.core.views import stage_badge

# The tables the quick look reads: their values are checked, and no others (the journal is
# checked whole when it is opened, a moment later).
READS = frozenset({"journal_info", "criterion_record", "checklist_tick", "reflection", "verification"})


@dataclass(frozen=True)
class QuickStage:
    stage_id: str
    label: str
    criteria_total: int
    criteria_achieved: int
    checklist_total: int
    checklist_ticked: int
    reflection_words: int
    verified: bool

    @property
    def badge(self) -> str:
        return stage_badge(self.criteria_achieved, self.criteria_total, self.checklist_ticked, self.checklist_total,
                           self.reflection_words, self.verified)


@dataclass(frozen=True)
class QuickLook:
    path: Path
    title: str
    owner: str
    school: str
    role: str
    stages: tuple[QuickStage, ...]


def _text(item: dict, field: str, lang: str) -> str:
    welsh = (item.get("cy") or {}).get(field) if lang == "cy" else None
    return welsh if isinstance(welsh, str) and welsh else item.get(field) or ""


def quick_look(path: str | Path) -> QuickLook | None:
    """The first look at ``path``, or None for anything out of the ordinary. A crafted file can
    make it None, never make it raise or hang: the file is read through the guard (a regular
    file, a journal's schema and nothing else) and every value is validated first."""
    try:
        return _quick_look(Path(path))
    except Exception:  # noqa: BLE001 (anything unexpected in a crafted file: no quick look)
        return None


def _quick_look(path: Path) -> QuickLook | None:
    try:
        conn = guard.ro_connect(path)
    except (JournalAppError, sqlite3.Error):
        return None
    try:
        if (guard.file_version(conn) != SCHEMA_VERSION or validate.problems(conn, SCHEMA_VERSION, limit=1, tables=READS)
                or conn.execute("SELECT version_num FROM alembic_version").fetchall() != [(SCHEMA_REVISIONS[-1],)]):
            return None
        owner, school, role, snapshot = conn.execute(
            "SELECT owner, school, role, framework_snapshot FROM journal_info WHERE id = 1").fetchone()
        fw = json.loads(snapshot)
        achieved = dict(conn.execute(
            "SELECT stage_id, COUNT(*) FROM criterion_record WHERE state = 'achieved' GROUP BY stage_id").fetchall())
        ticked = dict(conn.execute(
            "SELECT stage_id, COUNT(*) FROM checklist_tick WHERE ticked = 1 GROUP BY stage_id").fetchall())
        words = {sid: len(text.split()) for sid, text in conn.execute("SELECT stage_id, text FROM reflection")}
        verified = dict(conn.execute(
            "SELECT stage_id, COUNT(*) FROM verification WHERE state = 'verified' GROUP BY stage_id").fetchall())
    except (sqlite3.Error, TypeError, ValueError, KeyError):
        return None
    finally:
        conn.close()
    lang = i18n.language()
    stages = []
    for s in fw.get("stages", []):
        sid = s["id"]
        roles = len((s.get("reflection") or {}).get("verifiers", []))
        stages.append(QuickStage(
            stage_id=sid,
            label=_text(s, "short_title", lang) or _text(s, "title", lang),
            criteria_total=len(s.get("criteria", [])),
            criteria_achieved=achieved.get(sid, 0),
            checklist_total=sum(len(c.get("items", [])) for c in s.get("checklists", [])),
            checklist_ticked=ticked.get(sid, 0),
            reflection_words=words.get(sid, 0),
            verified=bool(roles) and verified.get(sid, 0) >= roles,
        ))
    return QuickLook(path, _text(fw, "title", lang), owner, school, role, tuple(stages))
