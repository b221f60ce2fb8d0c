"""Locks that cannot be fooled: the OS lock is held on the journal file itself, the lock file
is never followed if it is a link, and deleting it lets no second writer in."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from journal_app.core.journal import Journal
from journal_app.core.lock import JournalLock, JournalLockedError, lock_path

SRC = Path(__file__).resolve().parent.parent / "src"

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="flock on the journal: Linux and macOS")

HOLDER = """
import sys
from journal_app.core.journal import Journal
j = Journal.open(sys.argv[1])
print("OPEN", flush=True)
for line in sys.stdin:
    j.set_reflection("developing", line.strip())
    print("SAVED", flush=True)
"""

OPENER = """
import sys
from journal_app.core.journal import Journal
from journal_app.core.lock import JournalLockedError
try:
    j = Journal.open(sys.argv[1])
    j.set_reflection("developing", "second writer")
    print("OPENED")
except JournalLockedError as e:
    print("REFUSED", e)
"""


def start(code: str, *args: str) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    return subprocess.Popen([sys.executable, "-c", textwrap.dedent(code), *args], env=env, text=True,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


@pytest.fixture
def holder(journal):
    """Another process with the journal open for writing."""
    path = journal.path
    journal.close()
    proc = start(HOLDER, str(path))
    assert proc.stdout.readline().strip() == "OPEN", proc.stderr.read()
    yield proc, path
    proc.kill()
    proc.communicate(timeout=30)


def run(code: str, *args: str) -> str:
    proc = start(code, *args)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    return out


def test_deleting_the_lock_file_lets_no_second_writer_in(holder):
    proc, path = holder
    lock_path(path).unlink()  # a user (or a sync tool) removes the lock file while it is held
    out = run(OPENER, str(path))
    assert out.startswith("REFUSED") and "already open for writing" in out
    with pytest.raises(JournalLockedError):  # nor one in this process
        Journal.open(path)
    proc.stdin.write("still mine\n")
    proc.stdin.flush()
    assert proc.stdout.readline().strip() == "SAVED"
    with Journal.open(path, readonly=True) as j:
        assert j.reflection("developing").text == "still mine"


def test_replacing_the_lock_file_lets_no_second_writer_in(holder):
    _proc, path = holder
    lock_path(path).unlink()
    lock_path(path).write_text("{}")  # a fresh, unlocked lock file
    assert run(OPENER, str(path)).startswith("REFUSED")


def test_the_holder_is_still_named(holder):
    proc, path = holder
    out = run(OPENER, str(path))
    assert out.startswith("REFUSED") and f"(process {proc.pid}" in out


def test_flock_on_the_journal_and_sqlites_own_locks_are_independent(holder):
    """The writer holds an flock on the journal and SQLite its POSIX locks: a reader in another
    process reads (SQLite's shared locks are not blocked by the flock), and the writer goes on
    saving while that reader has the file open."""
    proc, path = holder
    ino = os.stat(path).st_ino
    kinds = {line.split()[1] for line in Path("/proc/locks").read_text().splitlines()
             if f":{ino} " in line and f" {proc.pid} " in line} if Path("/proc/locks").exists() else {"FLOCK"}
    assert "FLOCK" in kinds
    reader = Journal.open(path, readonly=True)
    try:
        assert reader.details().owner == "Ann Jones"
        proc.stdin.write("saved while read\n")
        proc.stdin.flush()
        assert proc.stdout.readline().strip() == "SAVED"
        assert reader.reflection("developing").text == "saved while read"
    finally:
        reader.close()


def test_the_lock_is_released_when_the_holder_is_killed(holder):
    proc, path = holder
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert run(OPENER, str(path)).startswith("OPENED")


def test_a_symlinked_lock_file_is_never_followed(journal, tmp_path):
    path = journal.path
    journal.close()
    victim = tmp_path / "victim.txt"
    victim.write_text("precious")
    lock_path(path).symlink_to(victim)
    j = Journal.open(path)
    try:
        assert victim.read_text() == "precious"
        assert not lock_path(path).is_symlink() and '"pid"' in lock_path(path).read_text()
    finally:
        j.close()
    assert victim.read_text() == "precious" and not lock_path(path).exists()
    # A dangling link to a place outside: nothing is created there.
    lock_path(path).symlink_to(tmp_path / "made-by-link")
    with Journal.open(path):
        pass
    assert not (tmp_path / "made-by-link").exists()


def test_a_hard_linked_lock_file_never_overwrites_the_file_it_shares(journal, tmp_path):
    path = journal.path
    journal.close()
    victim = tmp_path / "victim.txt"
    victim.write_text("precious")
    os.link(victim, lock_path(path))
    with Journal.open(path):
        assert victim.read_text() == "precious" and os.stat(lock_path(path)).st_nlink == 1
    assert victim.read_text() == "precious"


def test_a_fifo_or_folder_named_as_the_lock_file_neither_blocks_nor_is_removed(journal):
    path = journal.path
    journal.close()
    os.mkfifo(lock_path(path))
    with Journal.open(path) as j:  # locked on the journal; the holder goes unrecorded
        assert run(OPENER, str(path)).startswith("REFUSED")
        j.set_reflection("developing", "fine")
    assert lock_path(path).exists()
    os.unlink(lock_path(path))
    lock_path(path).mkdir()
    with Journal.open(path):
        pass
    assert lock_path(path).is_dir()


def test_a_journal_that_is_not_a_plain_file_is_not_locked(tmp_path):
    fifo = tmp_path / "fifo.ljournal"
    os.mkfifo(fifo)
    with pytest.raises(JournalLockedError, match="not a plain file"):
        JournalLock.acquire(fifo)
