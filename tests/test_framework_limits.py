"""Framework files are data from anywhere: reading one is bounded (size, nesting, values with
YAML aliases expanded, regular files only), each limit is one line naming the file, and one bad
file in the user's framework folder is reported and left out, never blocking the rest: the
command line warns, the window's New journal dialog and About box say which file was left out."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from journal_app.core.errors import FrameworkError
from journal_app.core.frameworks import FrameworkRegistry, load_framework_file, loader
from journal_app.resources import resource_path

GOOD = Path(resource_path("frameworks", "cornwall-mcl.yaml")).read_text(encoding="utf-8")
LAUGHS = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" + "".join(
    f"{n}: &{n} [{', '.join([f'*{p}'] * 9)}]\n" for p, n in zip("abcdefghi", "bcdefghij", strict=True))

HOSTILE = {
    "deep.yaml": ("a: " + "[" * 50_000 + "]" * 50_000, "nested more than 40 levels deep"),
    "deep-block.yaml": ("".join(" " * i + "- \n" for i in range(200)) + " " * 200 + "x", "nested more than 40 levels deep"),
    "deep.json": ("[" * 50_000 + "]" * 50_000, "nested more than 40 levels deep"),
    "laughs.yaml": (LAUGHS, "more than 100000 values"),
    "big.yaml": ("# " + "x" * (2 * 1024 * 1024) + "\n" + GOOD, "larger than 2 MB"),
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_a_hostile_file_is_one_line_naming_it(tmp_path, name):
    text, expected = HOSTILE[name]
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(FrameworkError) as info:
        load_framework_file(path)
    message = str(info.value)
    assert message.startswith(str(path)) and expected in message and "\n" not in message


def test_aliases_within_the_limits_still_load(tmp_path):
    text = GOOD.replace("id: cornwall-mcl", "id: &name mine\nversion_note: *name")
    path = tmp_path / "mine.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(FrameworkError, match="version_note: Extra inputs"):  # read, then validated
        load_framework_file(path)


def test_the_limits_leave_room_for_every_bundled_framework(registry):
    for path in registry.paths.values():
        assert path.stat().st_size < loader.MAX_BYTES / 20
    assert registry.problems == []


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_pipes_links_and_devices_in_the_folder_are_left_out_without_waiting(tmp_path):
    folder = tmp_path / "frameworks"
    folder.mkdir()
    (folder / "good.yaml").write_text(GOOD.replace("id: cornwall-mcl", "id: my-school"), encoding="utf-8")
    os.mkfifo(folder / "pipe.yaml")  # opening it to read would wait for a writer for ever
    (folder / "zero.yaml").symlink_to("/dev/zero")
    (folder / "link.yaml").symlink_to(folder / "good.yaml")
    (folder / "dir.yaml").mkdir()
    for name, (text, _expected) in HOSTILE.items():
        (folder / name).write_text(text, encoding="utf-8")
    reg = FrameworkRegistry.load(extra_dirs=[folder])
    assert "my-school" in reg.frameworks and "ljmu-mentor" in reg.frameworks
    named = {Path(p.split(":")[0]).name: p for p in reg.problems}
    assert set(named) == {"pipe.yaml", "zero.yaml", "link.yaml", "dir.yaml", *HOSTILE}
    assert "not a regular file" in named["pipe.yaml"] and "a link" in named["zero.yaml"]
    assert all("\n" not in p for p in reg.problems)


def test_one_bad_file_never_blocks_frameworks_or_new(tmp_path, run_cli):
    data = tmp_path / "data"
    folder = data / "frameworks"
    folder.mkdir(parents=True)
    (folder / "deep.yaml").write_text(HOSTILE["deep.yaml"][0], encoding="utf-8")
    code, out, err = run_cli("--data-dir", data, "frameworks")
    assert code == 0 and "ljmu-mentor" in out
    assert err.count("\n") == 1 and "deep.yaml" in err and "warning" in err and "Traceback" not in err
    code, out, err = run_cli("--data-dir", data, "new", tmp_path / "j.ljournal", "--framework", "ljmu-mentor",
                             "--owner", "Ann")
    assert code == 0 and (tmp_path / "j.ljournal").exists()
    assert "deep.yaml" in err and "nested more than 40 levels deep" in err


def test_the_window_says_which_file_was_left_out(qtbot, monkeypatch, paths, errors):
    from PySide6.QtWidgets import QMessageBox

    from conftest import open_window
    from journal_app.ui.new_journal_dialog import NewJournalDialog

    paths.frameworks_dir.mkdir(parents=True, exist_ok=True)
    (paths.frameworks_dir / "laughs.yaml").write_text(LAUGHS, encoding="utf-8")
    w = open_window(qtbot, paths)
    shown: dict[str, str] = {}

    def fake_exec(dialog: NewJournalDialog) -> int:
        shown["dialog"] = dialog.left_out.text() if dialog.left_out.isVisibleTo(dialog) else ""
        return 0

    monkeypatch.setattr(NewJournalDialog, "exec", fake_exec)
    monkeypatch.setattr(QMessageBox, "about", lambda parent, title, text: shown.setdefault("about", text))
    w.new_journal()
    w.show_about()
    assert "laughs.yaml" in shown["dialog"] and "more than 100000 values" in shown["dialog"]
    assert "laughs.yaml" in shown["about"] and "left out" in shown["about"]
    assert w.registry.get("ljmu-mentor")
    qtbot.waitUntil(lambda: any("Framework files left out" in e for e in errors), timeout=3000)


def test_the_apps_own_files_read_the_same_with_the_fast_parser(registry):
    """The bundled files are read with libyaml's C parser (ten times faster at every start):
    it gives exactly what the bounded Python loader gives."""
    for path in registry.paths.values():
        if path.suffix != ".yaml":
            continue
        text = path.read_text(encoding="utf-8")
        fast, fast_node = loader._parse_yaml(text, own=True)
        slow, slow_node = loader._parse_yaml(text)
        assert fast == slow, path
        assert fast_node.start_mark.line == slow_node.start_mark.line


def test_a_users_file_is_read_by_the_bounded_loader_only(tmp_path, monkeypatch):
    """Deep nesting in a user's file is refused by the Python composer, never handed to the C
    parser (whose recursion has no limit); the fast parser reads only the app's own files."""
    fast = loader._FAST_LOADER
    given = []
    monkeypatch.setattr(loader, "_FAST_LOADER", lambda text: given.append(text) or fast(text))
    deep, good = HOSTILE["deep.yaml"][0], GOOD.replace("id: cornwall-mcl", "id: my-school")
    (tmp_path / "deep.yaml").write_text(deep, encoding="utf-8")
    (tmp_path / "good.yaml").write_text(good, encoding="utf-8")
    reg = FrameworkRegistry.load(extra_dirs=[tmp_path])
    assert "my-school" in reg.frameworks and any("deep.yaml" in p for p in reg.problems)
    own = [p for p in reg.paths.values() if p.parent != tmp_path]
    assert len(given) == len(own) and deep not in given and good not in given
