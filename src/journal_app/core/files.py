"""Writing a file so that it is whole or absent: written beside its destination under a
temporary name, flushed to the disk, then renamed into place. An interrupted or failed write
leaves no half file at the destination and no temporary file behind.

Every temporary file the app makes is named ``.ljournal-temp-<32 hex digits>.<kind>``, so a
file left by a killed process is recognised as the app's own and nothing else ever is
(``remove_leftovers`` removes them when stale)."""

from __future__ import annotations

import os
import re
import shutil
import stat
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

TEMP_MARK = ".ljournal-temp-"
TEMP_KINDS = ("part", "tmp", "restoring", "loading")
# The app's temporary files, and what SQLite adds beside one while it writes it.
TEMP_NAME = re.compile(re.escape(TEMP_MARK) + r"[0-9a-f]{32}\.(?:" + "|".join(TEMP_KINDS) + r")(?:-journal|-wal|-shm)?")


def temp_path(folder: Path, kind: str) -> Path:
    """A new temporary file's path in ``folder``, named as the app's own."""
    assert kind in TEMP_KINDS
    return folder / f"{TEMP_MARK}{uuid.uuid4().hex}.{kind}"


def fsync_file(path: Path) -> None:
    with open(path, "rb+") as f:
        os.fsync(f.fileno())


@contextmanager
def written_aside(dest: Path) -> Iterator[Path]:
    """Yield the temporary path to write; on success it becomes ``dest`` (replacing it)."""
    remove_leftovers(dest.parent)  # of an earlier write killed half-way
    tmp = temp_path(dest.parent, "part")
    try:
        yield tmp
        if tmp.exists():
            fsync_file(tmp)
        os.replace(tmp, dest)
    finally:
        tmp.unlink(missing_ok=True)


def copy_file(src: Path, dest: Path) -> None:
    """Copy a file's bytes as ``cp`` does: in the kernel (copy_file_range) where the system
    can, else with shutil (the caller syncs ``dest``)."""
    with open(src, "rb") as fin, open(dest, "wb") as fout:
        size = os.fstat(fin.fileno()).st_size
        done = 0
        try:
            while done < size:
                n = os.copy_file_range(fin.fileno(), fout.fileno(), size - done)
                if n == 0:
                    break
                done += n
        except (AttributeError, OSError):  # not Linux, or not between these filesystems
            fin.seek(0)
            fout.seek(0)
            fout.truncate()
            shutil.copyfileobj(fin, fout, 1024 * 1024)


# ---------------------------------------------------------------- leftovers
# Temporary files left by a killed operation (an export, a backup, a restore, a new journal) are
# removed the next time the app works in that folder: only plain files (never a link, never
# followed) whose whole name is one the app gives its temporary files (or the names older
# versions gave them, each with a 32-digit random part), with what SQLite writes beside such a
# file, and only once they are older than a few minutes, so an operation still running in
# another window is never disturbed.
STALE_AFTER_S = 10 * 60
_SIDECAR = r"(?:-journal|-wal|-shm)?"
# The names older versions gave their temporary files (the backups' own, a written-aside
# file, a restore, a new journal, a loaded dump).
LEGACY_NAMES = (
    re.compile(r"\.[0-9a-f]{32}\.tmp" + _SIDECAR),
    re.compile(r"\..+\.[0-9a-f]{32}\.(?:part|tmp|restoring)" + _SIDECAR),
    re.compile(r"\..+\.ljournal\.loading" + _SIDECAR),
)


def is_leftover_name(name: str) -> bool:
    return bool(TEMP_NAME.fullmatch(name)) or any(p.fullmatch(name) for p in LEGACY_NAMES)


def remove_leftovers(folder: Path, *, older_than_s: float = STALE_AFTER_S) -> list[Path]:
    """Remove the app's stale temporary files from ``folder``; returns what was removed. Never
    raises: a folder that cannot be read or written is left as it is."""
    removed: list[Path] = []
    try:
        names = os.listdir(folder)
    except OSError:
        return removed
    now = time.time()
    for name in names:
        if not is_leftover_name(name):
            continue
        path = Path(folder) / name
        try:
            st = os.lstat(path)
            if stat.S_ISREG(st.st_mode) and now - st.st_mtime > older_than_s:
                os.unlink(path)
                removed.append(path)
        except OSError:
            continue
    return removed
