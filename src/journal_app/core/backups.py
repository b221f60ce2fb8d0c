"""Automatic backups of journals, with SQLite's backup API.

Each journal has a folder in the backups folder named by the app after its identity
(``core/identity.py``: a canonical UUID or a hash, never a name read from the file). A backup is taken on
opening (at most one a day) and before every schema upgrade, import of a review and restore.
Every backup is reopened and checked after it is written; a journal that fails its quick
check is never backed up (so a damaged journal cannot push good backups out). Backups are
rotated (the newest of each of the last 7 days with backups, and of each of the last 4 weeks)
and kept under a size cap; the newest backup is always kept.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import shutil
import sqlite3
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from journal_app.core.errors import (
    DamagedJournalError,
    InvalidOperation,
    JournalAppError,
    StorageError,
    disk_nearly_full,
    storage_cause,
    storage_error,
)
from journal_app.core.files import remove_leftovers, temp_path, written_aside
from journal_app.core.i18n import QT_TRANSLATE_NOOP, Labels, format_datetime, translate
from journal_app.core.identity import SAFE_NAME, Identity, read_identity
from journal_app.core.store import db, guard, validate

DEFAULT_CAP_BYTES = 2 * 1024**3
KEEP_DAYS = 7
KEEP_WEEKS = 4
INDEX = "journal.json"
STAMP = "%Y%m%d-%H%M%S"
# How the app names a backup: when, why (and a number when two are taken in one second).
BACKUP_NAME = re.compile(r"(\d{8}-\d{6})_([a-z0-9]+(?:-[a-z0-9]+)*)" + re.escape(db.SUFFIX))


REASONS = Labels("backups", {
    "daily": QT_TRANSLATE_NOOP("backups", "daily"),
    "manual": QT_TRANSLATE_NOOP("backups", "taken by hand"),
    "before-import": QT_TRANSLATE_NOOP("backups", "before importing a review"),
    "before-restore": QT_TRANSLATE_NOOP("backups", "before restoring"),
    "backup": QT_TRANSLATE_NOOP("backups", "backup"),
})


@dataclass(frozen=True)
class BackupInfo:
    id: str
    path: Path
    created: dt.datetime
    reason: str
    size: int
    stages: int = 0
    criteria_achieved: int = 0
    reflection_words: int = 0
    owner: str = ""

    @property
    def why(self) -> str:
        """Why it was taken, in words (the reason is kept in the file name, in English)."""
        if self.reason.startswith("before-upgrade-from-format"):
            return translate("backups", "before upgrading from format {version}").format(
                version=self.reason.removeprefix("before-upgrade-from-format"))
        return REASONS.get(self.reason, self.reason.replace("-", " "))

    def describe(self) -> str:
        return (translate("backups", "{created}  {reason:<16} {size_1024_2:8.1f} MB  {criteria_achieved} criteria achieved, {reflection_words} words of reflection across {stages} stages").format(created=format_datetime(self.created), reason=self.why, size_1024_2=self.size / 1024**2, criteria_achieved=self.criteria_achieved, reflection_words=self.reflection_words, stages=self.stages))


@dataclass(frozen=True)
class BackupResult:
    info: BackupInfo | None
    warning: str = ""


def quick_check(path: Path) -> str | None:
    """None when the file passes SQLite's quick check, holds only values the app writes
    (core/store/validate.py), refers to no row that is not there and keeps a valid framework
    snapshot (as ``journal-app check`` requires), else what is wrong."""
    try:
        conn = db.ro_connect(path)
        try:
            rows = [r[0] for r in conn.execute("PRAGMA quick_check(5)")]
            if rows == ["ok"]:
                rows = validate.problems(conn, guard.file_version(conn), limit=1) or rows
            if rows == ["ok"]:  # what ``journal-app check`` refuses is never backed up either
                from journal_app.core.check import dangling_references, snapshot_problem

                rows = [p for p in (dangling_references(conn), snapshot_problem(conn)) if p] or rows
        finally:
            conn.close()
    except (sqlite3.DatabaseError, UnicodeDecodeError, ValueError, JournalAppError) as e:
        return str(e)
    return None if rows == ["ok"] else "; ".join(rows)


def _summary(path: Path) -> dict:
    """What a backup holds, read directly (works for every format version)."""
    try:
        conn = db.ro_connect(path)
        try:
            owner, snapshot = conn.execute("SELECT owner, framework_snapshot FROM journal_info WHERE id = 1").fetchone()
            achieved = conn.execute("SELECT count(*) FROM criterion_record WHERE state = 'achieved'").fetchone()[0]
            words = sum(len((t or "").split()) for (t,) in conn.execute("SELECT text FROM reflection"))
        finally:
            conn.close()
        stages = len(json.loads(snapshot).get("stages", []))
    except (sqlite3.DatabaseError, ValueError, TypeError, AttributeError, JournalAppError):
        return {}
    return {"owner": owner, "stages": stages, "criteria_achieved": achieved, "reflection_words": words}


class BackupStore:
    def __init__(self, root: Path, cap_bytes: int = DEFAULT_CAP_BYTES) -> None:
        self.root = root
        self.cap_bytes = cap_bytes

    # ------------------------------------------------------------------ finding
    def folder_for(self, journal: Path) -> Path:
        """The journal's backup folder: named by the app after the journal's identity, or (for a
        file too damaged to say who it is) the folder it was last backed up from."""
        return self._locate(journal)[0]

    def _locate(self, journal: Path) -> tuple[Path, Identity | None]:
        ident = read_identity(journal)
        if ident is not None:
            return self.root / ident.key, ident
        resolved = str(journal.resolve())
        for folder in self._folders():
            index = folder / INDEX
            try:
                if _regular(index) and index.stat().st_size < 65536 and \
                        json.loads(index.read_text(encoding="utf-8")).get("path") == resolved:
                    return folder, None
            except (OSError, ValueError, AttributeError):
                continue
        raise DamagedJournalError(translate("backups", "{path}: the journal's id cannot be read").format(path=journal))

    def _folders(self) -> list[Path]:
        try:
            return [p for p in sorted(self.root.iterdir()) if SAFE_NAME.fullmatch(p.name) and _real_dir(p)]
        except OSError:
            return []

    def list(self, journal: Path, *, summaries: bool = True) -> list[BackupInfo]:
        """The backups of this journal, newest first: only files the app wrote whose identity is
        the journal's (a backup of a review copy is never offered for the teacher's journal).
        For a journal too damaged to say who it is, the backups of its last folder that are not
        review copies."""
        folder, ident = self._locate(journal)
        if ident is not None:
            self._adopt_legacy(ident)
        return self._list_folder(folder, ident, summaries=summaries, rehome=ident is not None)

    def _list_folder(self, folder: Path, ident: Identity | None, *, summaries: bool = True,
                     rehome: bool = False) -> list[BackupInfo]:
        out = []
        if not _real_dir(folder):
            return out
        for p, created, reason in _own_backups(folder):
            owner = read_identity(p)
            if owner is None:
                continue  # unreadable: never offered, and never removed either
            if owner.key != folder.name:
                if rehome:  # filed here by an older version (a review copy sharing the teacher's id)
                    self._move(p, self.root / owner.key)
                continue
            if ident is None and owner.is_review_copy:
                continue
            extra = _summary(p) if summaries else {}
            out.append(BackupInfo(p.stem, p, created, reason, p.stat().st_size, **extra))
        # Newest first; backups taken in the same second are ordered by when they were written.
        out.sort(key=lambda b: (b.created, b.path.stat().st_mtime_ns), reverse=True)
        return out

    def _adopt_legacy(self, ident: Identity) -> None:
        """Backups an older version filed under the id as written in the file (when that was a
        plain name other than today's) move to today's folder; nothing else is touched."""
        legacy = ident.legacy_key()
        if legacy is None or not _real_dir(self.root / legacy):
            return
        for p, _created, _reason in _own_backups(self.root / legacy):
            owner = read_identity(p)
            if owner is not None and owner.key == ident.key:
                self._move(p, self.root / ident.key)

    def _move(self, backup: Path, folder: Path) -> None:
        try:
            self._ensure_folder(folder)
            dest = folder / backup.name
            if not dest.exists():
                os.rename(backup, dest)
        except (OSError, JournalAppError):
            pass  # left where it was: nothing is lost

    def _ensure_folder(self, folder: Path) -> Path:
        """Create the folder if needed; refuse one that is a link or a file (never followed)."""
        self.root.mkdir(parents=True, exist_ok=True)
        try:
            os.mkdir(folder)
        except FileExistsError:
            if not _real_dir(folder):
                raise JournalAppError(translate("backups", "{folder} is not a folder the app made (a link or a file); no backup was written there").format(folder=folder)) from None
        return folder

    def get(self, journal: Path, backup_id: str) -> BackupInfo:
        for b in self.list(journal, summaries=False):
            if b.id == backup_id:
                return b
        raise InvalidOperation(translate("backups", "no backup {backup_id!r} of {name} (see 'journal-app backups {journal}')").format(backup_id=backup_id, name=journal.name, journal=journal))

    def newest_sound(self, journal: Path) -> BackupInfo | None:
        for b in self.list(journal, summaries=False):
            if quick_check(b.path) is None:
                return b
        return None

    # ------------------------------------------------------------------ writing
    def backup(self, journal: Path, reason: str, *, now: dt.datetime | None = None) -> BackupResult:
        """Back up a sound journal; raises DamagedJournalError (and writes nothing) if the
        journal fails its quick check."""
        problem = quick_check(journal)
        if problem is not None:
            raise DamagedJournalError(translate("backups", "{journal}: not backed up, the journal fails its check ({problem})").format(journal=journal, problem=problem))
        ident = read_identity(journal)
        if ident is None:
            raise DamagedJournalError(translate("backups", "{path}: the journal's id cannot be read").format(path=journal))
        folder = self.root / ident.key
        self._adopt_legacy(ident)
        now = now or dt.datetime.now()
        name = f"{now.strftime(STAMP)}_{reason}"
        dest = folder / f"{name}{db.SUFFIX}"
        n = 1
        while dest.exists():
            n += 1
            dest = folder / f"{name}-{n}{db.SUFFIX}"
        tmp = temp_path(folder, "tmp")
        try:
            self._ensure_folder(folder)
            remove_leftovers(folder)  # of a backup killed half-way
            db.backup_to(journal, tmp)
            problem = quick_check(tmp)
            if problem is not None or db.identify(tmp) < 1:
                raise DamagedJournalError(translate("backups", "the backup of {name} did not check out ({problem})").format(name=journal.name, problem=problem))
            os.replace(tmp, dest)
        except (OSError, sqlite3.Error, StorageError) as e:  # written to the backup folder's disk, read from the journal's
            raise _backup_failed(e, journal, folder) from None
        finally:
            _remove_temp(tmp)
        try:
            with written_aside(folder / INDEX) as index:  # replaces whatever is there, never follows it
                index.write_text(json.dumps({"path": str(journal.resolve()), "last_backup": dest.name}), encoding="utf-8")
        except OSError:
            pass  # only a help to find the backups of a journal too damaged to say who it is
        warning = self._rotate(folder, ident, keep=dest)
        listed = self._list_folder(folder, ident, summaries=False)
        return BackupResult(listed[0] if listed and dest.exists() else None, warning)

    def daily_backup(self, journal: Path, *, now: dt.datetime | None = None) -> BackupResult | None:
        """The backup taken on opening: at most one a day."""
        now = now or dt.datetime.now()
        try:
            existing = self.list(journal, summaries=False)
        except JournalAppError:
            existing = []
        if any(b.created.date() == now.date() for b in existing):
            return None
        return self.backup(journal, "daily", now=now)

    def _rotate(self, folder: Path, ident: Identity, keep: Path) -> str:
        """Remove old backups: only files the app wrote, in this folder, of this journal."""
        backups = self._list_folder(folder, ident, summaries=False, rehome=True)  # newest first
        keep_ids = {backups[0].id, keep.stem} if backups else {keep.stem}
        days: list[dt.date] = []
        weeks: list[tuple[int, int]] = []
        for b in backups:
            day = b.created.date()
            week = tuple(b.created.isocalendar()[:2])
            if day not in days and len(days) < KEEP_DAYS:
                days.append(day)
                keep_ids.add(b.id)
            if week not in weeks and len(weeks) < KEEP_WEEKS:
                weeks.append(week)
                keep_ids.add(b.id)
        for b in backups:
            if b.id not in keep_ids:
                b.path.unlink(missing_ok=True)
        # The size cap: drop the oldest until under it, but never the newest.
        kept = [b for b in backups if b.id in keep_ids]
        total = sum(b.size for b in kept)
        while total > self.cap_bytes and len(kept) > 1 and kept[-1].path != keep:
            oldest = kept.pop()
            oldest.path.unlink(missing_ok=True)
            total -= oldest.size
        if total > self.cap_bytes:
            return (translate("backups", "The newest backup alone ({total_1024_2:.0f} MB) is larger than the backup space allowed ({cap_bytes_1024_2:.0f} MB); older backups of this journal were removed. Keep a copy of the journal somewhere else too.").format(total_1024_2=total / 1024**2, cap_bytes_1024_2=self.cap_bytes / 1024**2))
        free = shutil.disk_usage(folder).free
        if free < 2 * max((b.size for b in kept), default=0):
            return translate("backups", "The disk holding the backups is nearly full: the next backup may not fit.")
        return ""

    # ------------------------------------------------------------------ restoring
    def restore(self, journal: Path, backup_id: str) -> Path | None:
        """Put a backup in the journal's place. The current file is first set aside: backed up
        if it is sound, else renamed (never deleted). Returns where the old file went."""
        from journal_app.core.lock import JournalLock

        chosen = self.get(journal, backup_id)
        problem = quick_check(chosen.path)
        if problem is not None:
            raise DamagedJournalError(translate("backups", "backup {backup_id} is damaged ({problem}); choose another").format(backup_id=backup_id, problem=problem))
        read_only = db.read_only_reason(journal) if journal.exists() else None
        if read_only is not None:
            raise StorageError(translate("backups", "This journal is read-only ({reason}): the backup was not restored.").format(reason=read_only), "read-only")
        lock = JournalLock.acquire(journal)  # not while the journal is open anywhere
        try:
            return self._restore_locked(journal, chosen)
        finally:
            lock.release()

    def _restore_locked(self, journal: Path, chosen: BackupInfo) -> Path | None:
        # Copy the chosen backup first: setting the current file aside adds a backup, and
        # rotation may then remove older ones (the chosen one among them).
        tmp = temp_path(journal.parent, "restoring")
        try:
            try:
                db.backup_to(chosen.path, tmp)
                conn = sqlite3.connect(str(tmp))
                conn.execute("PRAGMA journal_mode = WAL")
                conn.close()
            except (OSError, sqlite3.Error, StorageError) as e:
                what = translate("backups", "the backup was not restored and {name} is as it was").format(name=journal.name)
                raise storage_error(e, what, journal.parent) or JournalAppError(
                    translate("backups", "The backup could not be restored ({e}); {name} is as it was.").format(e=e, name=journal.name)) from None
            aside: Path | None = None
            if journal.exists():
                try:
                    result = self.backup(journal, "before-restore")
                    aside = result.info.path if result.info else None
                except JournalAppError:
                    aside = set_aside(journal)
            for side in ("-wal", "-shm"):
                Path(f"{journal}{side}").unlink(missing_ok=True)
            os.replace(tmp, journal)
        finally:
            _remove_temp(tmp)
        return aside


def _backup_failed(e: BaseException, journal: Path, folder: Path) -> JournalAppError:
    if storage_cause(e) == "full" or (storage_cause(e) == "io" and disk_nearly_full(folder)):
        return StorageError(translate("backups", "The backup folder's disk is full: {name} was not backed up to {folder}. Free some space there, or choose another data folder.").format(name=journal.name, folder=folder), "full")
    what = translate("backups", "{name} was not backed up to {folder}").format(name=journal.name, folder=folder)
    return storage_error(e, what, folder) or JournalAppError(
        translate("backups", "{name} could not be backed up to {folder}: {strerror_or_e}").format(name=journal.name, folder=folder, strerror_or_e=getattr(e, "strerror", None) or e))


def _remove_temp(tmp: Path) -> None:
    """A temporary file and what SQLite may have left beside it."""
    for side in ("", "-journal", "-wal", "-shm"):
        Path(f"{tmp}{side}").unlink(missing_ok=True)


def _regular(path: Path) -> bool:
    try:
        return stat.S_ISREG(os.lstat(path).st_mode)
    except OSError:
        return False


def _real_dir(path: Path) -> bool:
    """A folder, not a link to one."""
    try:
        return stat.S_ISDIR(os.lstat(path).st_mode)
    except OSError:
        return False


def _own_backups(folder: Path) -> Iterator[tuple[Path, dt.datetime, str]]:
    """The files in ``folder`` named as the app names backups, that are plain files (never a
    link), with when and why each was taken."""
    try:
        names = sorted(os.listdir(folder))
    except OSError:
        return
    for name in names:
        m = BACKUP_NAME.fullmatch(name)
        if not m or not _regular(folder / name):
            continue
        try:
            created = dt.datetime.strptime(m.group(1), STAMP)
        except ValueError:
            continue
        yield folder / name, created, m.group(2)


def set_aside(journal: Path) -> Path:
    """Rename a damaged journal (and its -wal/-shm) out of the way; nothing is deleted."""
    stamp = dt.datetime.now().strftime(STAMP)
    dest = journal.with_name(f"{journal.stem}.damaged-{stamp}{journal.suffix}")
    os.replace(journal, dest)
    for side in ("-wal", "-shm"):
        src = Path(f"{journal}{side}")
        if src.exists():
            os.replace(src, Path(f"{dest}{side}"))
    return dest
