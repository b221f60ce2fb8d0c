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
from typing import BinaryIO

TEMP_MARK = ".ljournal-temp-"
TEMP_KINDS = ("part", "tmp", "restoring", "loading")
# The app's temporary files, and what SQLite adds beside one while it writes it.
TEMP_NAME = re.compile(re.escape(TEMP_MARK) + r"[0-9a-f]{32}\.(?:" + "|".join(TEMP_KINDS) + r")(?:-journal|-wal|-shm)?")


def file_id(path: Path) -> tuple[int, int] | None:
    """Which file is at ``path`` now (device and inode), or None if none is: tells a file that
    was replaced under the same name from the one that was opened."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino


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


def _unnamed_in(folder: Path) -> int | None:
    """A new file in ``folder`` that has no name (Linux O_TMPFILE): it vanishes with the
    process unless it is linked in. None where the system or the filesystem cannot."""
    flag = getattr(os, "O_TMPFILE", 0)
    if not flag or not Path("/proc/self/fd").is_dir():
        return None
    try:
        return os.open(folder, flag | os.O_RDWR, 0o644)
    except OSError:
        return None


def _link_in(fd: int, dest: Path, *, replace: bool) -> None:
    """Give the unnamed file ``fd`` the name ``dest`` (never over an existing file unless
    ``replace``: then under a temporary name renamed over it at once)."""
    folder = os.open(dest.parent, os.O_RDONLY)
    try:
        target = temp_path(dest.parent, "part") if replace else dest
        # An absolute source with a dir fd makes Python use linkat(AT_SYMLINK_FOLLOW).
        os.link(f"/proc/self/fd/{fd}", target, src_dir_fd=folder, follow_symlinks=True)
        if replace:
            try:
                os.replace(target, dest)
            except BaseException:
                target.unlink(missing_ok=True)
                raise
    finally:
        os.close(folder)


@contextmanager
def written_unseen(dest: Path, *, replace: bool = True) -> Iterator[BinaryIO]:
    """Yield a binary file to write that gets the name ``dest`` only once it is complete and
    on the disk. It is made in ``dest``'s folder without a name, so a process killed while
    writing leaves nothing in that folder. Where the system cannot make a file without a
    name, it is written aside under a hidden temporary name (removed at the next start if
    the process is killed). Without ``replace``, an existing ``dest`` raises FileExistsError."""
    fd = _unnamed_in(dest.parent)
    if fd is None:
        tmp = temp_path(dest.parent, "part")
        try:
            with open(tmp, "xb") as f:
                yield f
                f.flush()
                os.fsync(f.fileno())
            if replace:
                os.replace(tmp, dest)
            else:
                os.link(tmp, dest)
        finally:
            tmp.unlink(missing_ok=True)
        return
    with os.fdopen(fd, "w+b") as f:
        yield f
        f.flush()
        os.fsync(f.fileno())
        _link_in(f.fileno(), dest, replace=replace)


def published(work: Path, dest: Path) -> None:
    """Give the finished work file ``work`` the name ``dest`` too, never over an existing file:
    once it is on the disk, ``dest`` is linked to it in one step where both are on one
    filesystem that has links (no second copy of a large file), else it is copied unseen
    (``written_unseen``). Either way ``dest`` appears only whole."""
    fsync_file(work)
    try:
        os.link(work, dest, follow_symlinks=False)
    except FileExistsError:
        raise
    except OSError:  # another filesystem, or one without links (a FAT USB stick)
        with written_unseen(dest, replace=False) as out:
            copy_into(work, out)
        return
    _sync_folder(dest.parent)


def _sync_folder(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def private_file(folder: Path) -> Path:
    """A new empty temporary file in ``folder`` that only its owner can read."""
    path = temp_path(folder, "part")
    os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    return path


def copy_into(src: Path, fout: BinaryIO) -> None:
    """Copy a file's bytes into an open file, in the kernel where the system can."""
    with open(src, "rb") as fin:
        size = os.fstat(fin.fileno()).st_size
        done = 0
        try:
            while done < size:
                n = os.copy_file_range(fin.fileno(), fout.fileno(), size - done)
                if n == 0:
                    break
                done += n
        except (AttributeError, OSError):
            fin.seek(0)
            fout.seek(0)
            fout.truncate()
            shutil.copyfileobj(fin, fout, 1024 * 1024)


def copy_file(src: Path, dest: Path) -> None:
    """Copy a file's bytes as ``cp`` does: in the kernel (copy_file_range) where the system
    can, else with shutil (the caller syncs ``dest``)."""
    with open(dest, "wb") as fout:
        copy_into(src, fout)


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
