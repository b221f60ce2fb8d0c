"""Every command and the window over the hostile files of hostile_files.CASES: one line on
standard error and a non-zero exit for what must be refused, never a traceback, never a hang
(every run bounded; `check` says every problem it finds, one line each), the file and its folder byte for byte as they were, and nothing written
outside the folders chosen (the output folder and --data-dir)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from hostile_files import CASES, copy_base
from test_open_guard import state

from conftest import open_window
from journal_app.core.journal import Journal

pytestmark = pytest.mark.timeout(120)
SRC = Path(__file__).resolve().parent.parent.parent / "src"
REFUSED = sorted(n for n, (_m, e) in CASES.items() if e == "refused")


def commands(path: Path, out: Path, good: Path) -> dict[str, list[str]]:
    return {
        "check": ["check", path],
        "dump": ["dump", path, "-o", out / "dump.json"],
        "export-pdf": ["export-pdf", path, "-o", out / "out.pdf"],
        "backups": ["backups", path, "--now"],
        "import-review": ["import-review", good, path],
    }


def assert_refused(command: str, code: int, err: str, path: Path) -> None:
    """A non-zero exit and one line on standard error (``check``: one line per problem, each
    naming the file), never a traceback."""
    lines = err.strip().splitlines()
    assert code != 0 and lines and "Traceback" not in err, (command, err)
    if command == "check":
        assert all(line.startswith("journal-app: ") and path.name in line for line in lines), err
    else:
        assert len(lines) == 1, (command, err)


@pytest.fixture
def folders(tmp_path):
    (tmp_path / "files").mkdir()
    (tmp_path / "out").mkdir()
    (tmp_path / "data").mkdir()
    (tmp_path / "mine").mkdir()
    good = copy_base(tmp_path / "mine", "mine.ljournal")
    return tmp_path / "files", tmp_path / "out", tmp_path / "data", good


def tree(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*")}


@pytest.mark.parametrize("name", REFUSED)
def test_every_command_refuses_a_hostile_file_in_one_line(run_cli, folders, name):
    files, out, data, good = folders
    path = CASES[name][0](files)
    before, data_before = state(files), tree(data)
    for command, args in commands(path, out, good).items():
        code, _stdout, err = run_cli("--data-dir", data, *args)
        assert_refused(command, code, err, path)
        assert state(files) == before, command
        assert list(out.iterdir()) == [], command
        assert {p for p in tree(data) - data_before if not p.startswith("settings")} <= {"backups"}, command


def test_a_foreign_wal_is_left_out_by_every_reading_command(run_cli, folders):
    from hostile_files import make_foreign_wal

    files, out, data, _good = folders
    path = make_foreign_wal(files)
    before = state(files)
    code, _o, err = run_cli("--data-dir", data, "dump", path, "-o", out / "dump.json")
    assert code == 0 and "Mallory" not in (out / "dump.json").read_text(encoding="utf-8")
    code, _o, err = run_cli("--data-dir", data, "check", path)
    assert code == 1 and "belongs to another database" in err and len(err.strip().splitlines()) == 1
    code, _o, err = run_cli("--data-dir", data, "export-pdf", path, "-o", out / "out.pdf")
    assert code == 0
    assert state(files) == before


@pytest.mark.parametrize("name, command", [("fifo", "check"), ("dev-zero", "dump"), ("recursive-view", "export-pdf"),
                                           ("crafted-snapshot-deep", "dump")])
def test_real_processes_never_hang_or_trace_back(folders, name, command):
    """The same as real processes, bounded by a timeout: a pipe, /dev/zero, a recursive view."""
    files, out, data, good = folders
    path = CASES[name][0](files)
    before = state(files)
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    args = [str(a) for a in commands(path, out, good)[command]]
    proc = subprocess.run([sys.executable, "-m", "journal_app", "--data-dir", str(data), *args],
                          capture_output=True, text=True, timeout=60, env=env)
    assert_refused(command, proc.returncode, proc.stderr, path)
    assert state(files) == before and list(out.iterdir()) == []


def test_the_window_opens_every_hostile_file_with_a_message_never_an_exception(qtbot, paths, errors, tmp_path):
    """Each file opened in one window (offscreen): what must be refused is said in a message,
    nothing escapes, and the window goes on working."""
    w = open_window(qtbot, paths)
    # refused ones first: a journal opened later is backed up, and a damaged copy of it would
    # then be offered that backup (as it should), which is another test's story
    for name, (maker, expected) in sorted(CASES.items(), key=lambda kv: (kv[1][1] != "refused", kv[0])):
        folder = tmp_path / name
        folder.mkdir()
        path = maker(folder)
        before = state(folder)
        errors.clear()
        opened = w.open_journal(path)
        if expected == "refused":
            assert not opened and len(errors) == 1 and "Traceback" not in errors[0], name
            assert state(folder) == before, name
        elif expected == "tolerated":
            assert opened, (name, errors)
        if opened:
            assert w.close_journal()
    assert w.isVisible()
    with Journal.open(copy_base(tmp_path)) as j:  # and the files the tests made are still journals
        assert j.details().owner


@pytest.mark.parametrize("name", ["sound", "own-wal"])
def test_reading_commands_leave_the_journal_and_its_folder_as_they_were(run_cli, folders, name):
    """check, dump, export-pdf and frameworks on a sound journal (and on one with the -wal and
    -shm a crash left) change no byte and no modification time of the journal (nor of its log),
    and make no -wal or -shm (SQLite keeps its index of a crash's log in the -shm there was)."""
    from hostile_files import make_own_wal

    files, out, data, _good = folders
    path = copy_base(files) if name == "sound" else make_own_wal(files)
    if name == "own-wal":  # a crash leaves both; reading it then must keep both as they were
        Path(f"{path}-shm").write_bytes(b"")
    before = state(files)
    for args in (["check", path], ["dump", path, "-o", out / "d.json"], ["export-pdf", path, "-o", out / "o.pdf"],
                 ["frameworks"]):
        code, _o, err = run_cli("--data-dir", data, *args)
        assert code == 0, err
        after = state(files)
        if name == "own-wal":
            assert after.pop(f"{path.name}-shm")[0] == "file"
        assert after == {k: v for k, v in before.items() if k != f"{path.name}-shm"}, args[0]
