"""The disk says no: read-only media, files and folders open read-only with a plain message; a
full disk (a real one: a small tmpfs) is named as such, never "damaged"; temporary files left by
a killed operation are removed on the next start. Mounting needs root; the read-only checks run
as the user "nobody" (root ignores file permissions)."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

import pytest

from journal_app.core.backups import BackupStore
from journal_app.core.check import check_journal
from journal_app.core.errors import ReadOnlyError, StorageError
from journal_app.core.files import TEMP_MARK, remove_leftovers
from journal_app.core.journal import Journal

SRC = Path(__file__).resolve().parent.parent / "src"
NOBODY = 65534
ROOT_ONLY = pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="needs root (mount, setpriv)")


def mount_tmpfs(where: Path, size: str) -> None:
    where.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size},mode=0755", "tmpfs", str(where)],
                            capture_output=True, timeout=30)
    if result.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {result.stderr.decode(errors='replace').strip()}")


@pytest.fixture
def small_disk(tmp_path):
    """A real 4 MB filesystem."""
    where = tmp_path / "disk"
    mount_tmpfs(where, "4m")
    yield where
    subprocess.run(["umount", "-l", str(where)], timeout=30)


def fill(disk: Path) -> None:
    with open(disk / "filler", "wb") as f:
        try:
            while True:
                f.write(b"\0" * 65536)
                f.flush()
        except OSError:
            pass


def run_py(code: str, *args: str, as_nobody: bool = False) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(SRC), "HOME": "/tmp"}
    prefix = ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups"] if as_nobody else []
    return subprocess.run([*prefix, sys.executable, "-c", textwrap.dedent(code), *args], env=env,
                          capture_output=True, text=True, timeout=120)


# ---------------------------------------------------------------- full disk
@ROOT_ONLY
def test_a_full_disk_during_an_evidence_add_says_so_and_the_journal_stays_sound(small_disk, ljmu, tmp_path):
    path = small_disk / "j.ljournal"
    j = Journal.create(path, ljmu, "Ann Jones")
    j.set_reflection("developing", "written before the disk filled")
    big = tmp_path / "lesson.mp4"
    big.write_bytes(os.urandom(6 * 1024 * 1024))  # more than the whole disk
    with pytest.raises(StorageError, match=r"^The disk is full: the change was not saved to j\.ljournal"):
        j.add_evidence(big)
    fill(small_disk)
    with pytest.raises(StorageError, match="The disk is full"):
        for n in range(200):  # until the log needs a page more than the disk has
            j.set_reflection("developing", f"{n} " + "words " * 2000)
    j.close()
    os.remove(small_disk / "filler")
    assert check_journal(path).ok
    with Journal.open(path) as again:
        assert again.evidence_items() == []


@ROOT_ONLY
def test_a_full_disk_is_never_called_damaged_on_opening(small_disk, ljmu):
    path = small_disk / "j.ljournal"
    Journal.create(path, ljmu, "Ann Jones").close()
    fill(small_disk)
    for readonly in (False, True):
        try:
            with Journal.open(path, readonly=readonly) as j:
                assert j.details().owner == "Ann Jones"
        except StorageError as e:
            assert "The disk is full" in str(e)
    with pytest.raises(StorageError, match=r"^The disk is full: .*new\.ljournal was not created"):
        Journal.create(small_disk / "new.ljournal", ljmu, "Bob")
    assert not (small_disk / "new.ljournal").exists()
    assert not [n for n in os.listdir(small_disk) if n.startswith(TEMP_MARK)]


@ROOT_ONLY
def test_a_full_backup_folder_is_named_as_such(small_disk, journal, run_cli):
    fill(small_disk)
    with pytest.raises(StorageError, match=r"^The backup folder's disk is full: test\.ljournal was not backed up"):
        BackupStore(small_disk / "backups").backup(journal.path, "manual")
    path = journal.path
    journal.close()
    code, _out, err = run_cli("--data-dir", small_disk / "data", "backups", path, "--now")
    assert code == 1 and "disk is full" in err and err.count("\n") == 1
    assert not [p for p in small_disk.rglob(f"{TEMP_MARK}*")]  # nothing half-written left


@ROOT_ONLY
def test_a_copy_to_a_full_disk_says_so_and_leaves_nothing(small_disk, journal, tmp_path):
    """Save a copy elsewhere, a returned review copy: written with db.backup_to."""
    from journal_app.core.store import db

    (tmp_path / "v.bin").write_bytes(os.urandom(5 * 1024 * 1024))
    journal.add_evidence(tmp_path / "v.bin")
    with pytest.raises(StorageError, match=r"^The disk is full: .*copy\.ljournal was not written"):
        db.backup_to(journal.path, small_disk / "copy.ljournal")
    assert os.listdir(small_disk) == []


# ---------------------------------------------------------------- read-only
OPEN_AND_EDIT = """
import sys
from journal_app.core.journal import Journal
from journal_app.core.errors import ReadOnlyError
j = Journal.open(sys.argv[1])
print("READONLY", j.readonly)
print("NOTICE", j.read_only_notice)
try:
    j.set_reflection("developing", "an edit")
    print("SAVED")
except ReadOnlyError as e:
    print("REFUSED", e)
j.close()
"""


@pytest.fixture
def shared_dir():
    """A folder "nobody" can reach (pytest's own are private to root)."""
    d = Path(tempfile.mkdtemp(prefix="lj-ro-"))
    d.chmod(0o755)
    yield d
    shutil.rmtree(d, ignore_errors=True)


RESTORE = """
import sys
from pathlib import Path
from journal_app.core.backups import BackupStore
from journal_app.core.errors import StorageError
store = BackupStore(Path(sys.argv[2]))
try:
    store.restore(Path(sys.argv[1]), store.list(Path(sys.argv[1]))[0].id)
    print("RESTORED")
except StorageError as e:
    print("REFUSED", e)
"""


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
@pytest.mark.parametrize("case", ["file", "folder"])
def test_a_read_only_file_or_folder_opens_read_only_with_a_plain_message(journal, shared_dir, case):
    """Run as "nobody" when the tests run as root (root may write anything), else as the user."""
    as_nobody = os.geteuid() == 0
    if as_nobody and shutil.which("setpriv") is None:
        pytest.skip("setpriv (util-linux) is needed to drop root")
    if as_nobody and subprocess.run(["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups",
                                     sys.executable, "-c", "import journal_app"], capture_output=True).returncode:
        pytest.skip("this checkout cannot be read by nobody (a folder only root may enter, as mktemp -d "
                    "makes); the read-only medium case below runs as root")
    folder = shared_dir / "j"
    folder.mkdir()
    path = folder / "test.ljournal"
    journal.close()
    shutil.copyfile(journal.path, path)
    if case == "file":  # the folder may be written in, not the file
        if as_nobody:
            os.chown(folder, NOBODY, NOBODY)
        path.chmod(0o444)
    else:  # the file may be written, not the folder
        if as_nobody:
            os.chown(path, NOBODY, NOBODY)
        else:
            folder.chmod(0o555)
    before = path.read_bytes()
    result = run_py(OPEN_AND_EDIT, str(path), as_nobody=as_nobody)
    cli = run_py("import sys; from journal_app.cli.main import main; sys.exit(main(sys.argv[1:]))",
                 "--lang", "en", "--data-dir", str(shared_dir / "data"), "export-for-mentor", str(path),
                 "-o", str(shared_dir / "copy.ljournal"), as_nobody=as_nobody)
    listed = sorted(os.listdir(folder))
    folder.chmod(0o755)
    BackupStore(shared_dir / "backups").backup(path, "manual")
    for p in (shared_dir / "backups").rglob("*"):
        p.chmod(0o755 if p.is_dir() else 0o644)
    if case == "folder" and not as_nobody:
        folder.chmod(0o555)
    assert result.returncode == 0, result.stderr
    reason = "the file is read-only" if case == "file" else "its folder is read-only"
    assert f"NOTICE This journal is read-only ({reason}); opened for reading only." in result.stdout
    assert "READONLY True" in result.stdout and f"REFUSED This journal is read-only ({reason})" in result.stdout
    assert "damaged" not in result.stdout + result.stderr
    assert path.read_bytes() == before
    assert listed == ["test.ljournal"]  # no -wal, -shm or lock left behind
    restore = run_py(RESTORE, str(path), str(shared_dir / "backups"), as_nobody=as_nobody)
    folder.chmod(0o755)
    assert restore.stdout.strip() == f"REFUSED This journal is read-only ({reason}): the backup was not restored."
    assert cli.returncode == 1 and cli.stderr.strip() == (
        f"journal-app: error: This journal is read-only ({reason}); nothing was changed.")


@ROOT_ONLY
def test_a_journal_on_read_only_media_opens_read_only_in_the_window(journal, tmp_path, qtbot, errors, paths,
                                                                    monkeypatch):
    from conftest import open_window

    media = tmp_path / "media"
    mount_tmpfs(media, "8m")
    try:
        journal.set_reflection("developing", "on the stick")
        journal.close()
        shutil.copyfile(journal.path, media / "test.ljournal")
        subprocess.run(["mount", "-o", "remount,ro", str(media)], check=True, timeout=30)
        w = open_window(qtbot, paths)
        import journal_app.ui.messages as messages

        shown: list[str] = []
        monkeypatch.setattr(messages, "info", lambda parent, title, text: shown.append(f"{title}: {text}"))
        assert w.open_journal(media / "test.ljournal")
        assert shown == ["Opened for reading only: This journal is read-only (the disk it is on is read-only); "
                         "opened for reading only."]
        assert errors == [] and w.session.readonly
        assert w.session.journal.reflection("developing").text == "on the stick"
        w.close_journal()
    finally:
        subprocess.run(["umount", "-l", str(media)], timeout=30)


@ROOT_ONLY
def test_an_older_journal_on_read_only_media_says_what_to_do(tmp_path):
    from conftest import copy_fixture
    from journal_app.core.errors import InvalidOperation

    media = tmp_path / "media"
    mount_tmpfs(media, "8m")
    try:
        copy_fixture("journal-format1.ljournal", media)
        subprocess.run(["mount", "-o", "remount,ro", str(media)], check=True, timeout=30)
        with pytest.raises(InvalidOperation, match=r"read-only \(the disk it is on is read-only\) and in an older "
                                                   r"format \(1\); copy it to a folder you can write to"):
            Journal.open(media / "journal-format1.ljournal")
    finally:
        subprocess.run(["umount", "-l", str(media)], timeout=30)


# ---------------------------------------------------------------- leftovers
KILLED_WRITER = """
import sys
from pathlib import Path
from journal_app.core.files import written_aside
with written_aside(Path(sys.argv[1])) as tmp:
    tmp.write_bytes(b"half an export " * 10000)
    print(tmp, flush=True)
    sys.stdin.readline()
"""


def age(path: Path, seconds: float = 3600) -> None:
    old = time.time() - seconds
    os.utime(path, (old, old), follow_symlinks=False)


def test_leftovers_of_a_killed_operation_are_removed_on_the_next_start(journal, tmp_path, run_cli):
    folder = journal.path.parent
    proc = subprocess.Popen([sys.executable, "-c", textwrap.dedent(KILLED_WRITER), str(folder / "out.json")],
                            env={**os.environ, "PYTHONPATH": str(SRC)}, text=True,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    part = Path(proc.stdout.readline().strip())
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert part.exists() and part.parent == folder and part.name.startswith(TEMP_MARK)
    legacy = [folder / f".test.ljournal.{'a' * 32}.restoring", folder / f".{'b' * 32}.tmp",
              folder / f".out.pdf.{'c' * 32}.part", folder / f"{part.name}-journal"]
    for p in legacy:
        p.write_bytes(b"left")
    young = folder / f"{TEMP_MARK}{'d' * 32}.part"  # another window's export, still running
    young.write_bytes(b"busy")
    victim = tmp_path.parent / f"victim-{tmp_path.name}"
    victim.write_bytes(b"precious")
    link = folder / f"{TEMP_MARK}{'e' * 32}.part"
    link.symlink_to(victim)
    keep = [folder / "notes.part", folder / f"{TEMP_MARK}not-hex.part", folder / f"x{TEMP_MARK}{'f' * 32}.part"]
    for p in keep:
        p.write_bytes(b"mine")
    for p in [part, *legacy, link, *keep]:
        age(p)
    path = journal.path
    journal.close()
    Journal.open(path).close()  # the next start
    assert not part.exists() and not any(p.exists() for p in legacy)
    assert young.exists() and link.is_symlink() and victim.read_bytes() == b"precious"
    assert all(p.read_bytes() == b"mine" for p in keep)
    assert (folder / "out.json").exists() is False  # the killed export left nothing at its destination


def test_leftovers_in_a_backup_folder_are_removed_by_the_next_backup(journal, tmp_path):
    store = BackupStore(tmp_path / "backups")
    store.backup(journal.path, "manual")
    folder = store.folder_for(journal.path)
    stale = folder / f"{TEMP_MARK}{'1' * 32}.tmp"
    stale.write_bytes(b"x" * 1000)
    age(stale)
    assert remove_leftovers(folder, older_than_s=10**9) == []  # not old enough for that
    store.backup(journal.path, "manual")
    assert not stale.exists()


def test_a_read_only_edit_is_refused_plainly(journal):
    path = journal.path
    journal.close()
    with Journal.open(path, readonly=True) as j, pytest.raises(ReadOnlyError, match="open read-only"):
        j.set_reflection("developing", "no")
