"""Each command of journal-app, including its errors: one line on stderr, non-zero exit."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from conftest import FIXTURES


def test_version(run_cli):
    with pytest.raises(SystemExit) as info:
        run_cli("--version")
    assert info.value.code == 0


def test_frameworks_list_and_show(run_cli):
    code, out, err = run_cli("frameworks")
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert lines[0].split() == ["ID", "TITLE", "VERSION", "STAGES"]
    ljmu = next(line for line in lines if line.startswith("ljmu-mentor "))
    assert "prerequisite, developing, effective, advanced" in ljmu and "1.0" in ljmu
    code, out, _ = run_cli("frameworks", "show", "ljmu-mentor", "--json")
    data = json.loads(out)
    assert code == 0 and data["id"] == "ljmu-mentor" and len(data["stages"]) == 4
    code, out, _ = run_cli("frameworks", "show", "ljmu-mentor")
    assert "University Liaison / Link Tutor" in out


def test_frameworks_errors(run_cli, tmp_path):
    code, out, err = run_cli("frameworks", "show", "nope")
    assert code == 1 and out == "" and err.count("\n") == 1 and "unknown framework 'nope'" in err
    bad = tmp_path / "bad.yaml"
    bad.write_text("format: 1\nid: Bad Id\n")
    code, _, err = run_cli("frameworks", "validate", bad)
    assert code == 1 and err.count("\n") == 1 and str(bad) in err and "at id" in err


def test_frameworks_validate_a_good_file(run_cli):
    from journal_app.resources import resource_path

    code, out, _ = run_cli("frameworks", "validate", resource_path("frameworks", "curee-wales.yaml"))
    assert code == 0 and "valid framework 'curee-wales'" in out


def test_new_check_dump_load(run_cli, tmp_path):
    path = tmp_path / "j.ljournal"
    code, out, _ = run_cli("new", path, "--framework", "ljmu-mentor", "--owner", "Ann Jones", "--school", "Hill")
    assert code == 0 and path.exists() and "created" in out
    code, out, _ = run_cli("check", path)
    assert code == 0 and "sound" in out
    code, out, _ = run_cli("dump", path)
    assert code == 0 and json.loads(out)["journal"]["owner"] == "Ann Jones"
    code, _, _ = run_cli("dump", path, "-o", tmp_path / "d.json")
    assert code == 0
    code, _, _ = run_cli("load", tmp_path / "d.json", "-o", tmp_path / "k.ljournal")
    assert code == 0
    code, out2, _ = run_cli("dump", tmp_path / "k.ljournal")
    loaded, dumped = json.loads(out2), json.loads((tmp_path / "d.json").read_text(encoding="utf-8"))
    assert loaded["journal"].pop("uuid") != dumped["journal"].pop("uuid")  # a journal of its own
    assert loaded == dumped


def test_new_refuses_to_overwrite(run_cli, tmp_path):
    path = tmp_path / "j.ljournal"
    path.write_text("mine")
    code, _, err = run_cli("new", path, "--framework", "ljmu-mentor", "--owner", "A")
    assert code == 1 and "already exists" in err and err.count("\n") == 1
    assert path.read_text() == "mine"


def test_new_on_a_reference_framework_is_refused(run_cli, tmp_path):
    code, _, err = run_cli("new", tmp_path / "x.ljournal", "--framework", "curee-national", "--owner", "A")
    assert code == 1 and "no stages" in err


def test_check_reports_problems(run_cli, tmp_path, journal):
    not_journal = tmp_path / "notes.txt"
    not_journal.write_text("hello")
    code, _, err = run_cli("check", not_journal)
    assert code == 1 and "not a Learning Journal file" in err and err.count("\n") == 1
    code, out, _ = run_cli("check", FIXTURES / "journal-format1.ljournal")
    assert code == 0 and "upgraded" in out


def test_usage_errors_are_one_line(run_cli):
    code, _, err = run_cli("new")
    assert code == 2 and err.count("\n") == 1 and "required" in err
    code, _, err = run_cli("dump")
    assert code == 2 and err.count("\n") == 1


def test_missing_files_are_one_line(run_cli, tmp_path):
    code, _, err = run_cli("dump", tmp_path / "missing.ljournal")
    assert code == 1 and "no such file" in err and err.count("\n") == 1
    code, _, err = run_cli("load", tmp_path / "missing.json", "-o", tmp_path / "o.ljournal")
    assert code == 1 and "no such file" in err


def test_unwritable_output_is_one_line(run_cli, journal, tmp_path):
    code, _, err = run_cli("dump", journal.path, "-o", tmp_path / "no" / "such" / "dir" / "d.json")
    assert code == 1 and err.count("\n") == 1 and "Traceback" not in err


def test_data_dir_is_used_for_user_frameworks(run_cli, tmp_path):
    from journal_app.resources import resource_path

    frameworks = tmp_path / "data" / "frameworks"
    frameworks.mkdir(parents=True)
    text = resource_path("frameworks", "cornwall-mcl.yaml").read_text(encoding="utf-8")
    (frameworks / "mine.yaml").write_text(text.replace("id: cornwall-mcl", "id: our-school"), encoding="utf-8")
    code, out, _ = run_cli("--data-dir", tmp_path / "data", "frameworks")
    assert code == 0 and "our-school" in out


def test_real_process_no_display_and_no_traceback(tmp_path):
    """As a user runs it: the installed module in a subprocess, with no display."""
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    proc = subprocess.run([sys.executable, "-m", "journal_app"], env=env, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1 and "xvfb-run" in proc.stderr and "QT_QPA_PLATFORM=offscreen" in proc.stderr
    proc = subprocess.run([sys.executable, "-m", "journal_app", "check", str(tmp_path / "nope")],
                          env=env, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 1 and proc.stderr.count("\n") == 1 and "Traceback" not in proc.stderr


def test_importing_the_app_creates_no_folders(tmp_path):
    """Settings, data and backup folders appear only when something is written to them."""
    home = tmp_path / "home"
    home.mkdir()
    env = {"PATH": "/usr/bin:/bin", "HOME": str(home), "XDG_DATA_HOME": str(home / ".local" / "share"),
           "XDG_CONFIG_HOME": str(home / ".config"), "QT_QPA_PLATFORM": "offscreen"}
    code = ("import journal_app.cli.main, journal_app.ui.main_window, journal_app.core.review, "
            "journal_app.core.backups, journal_app.settings; from journal_app.config import AppPaths; "
            "AppPaths.default()")
    proc = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    created = sorted(str(p.relative_to(home)) for p in home.rglob("*"))
    assert created == []


def test_missing_x11_libraries_are_named_in_one_line(run_cli, monkeypatch):
    import ctypes.util

    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setenv("DISPLAY", ":99")
    monkeypatch.setattr(ctypes.util, "find_library", lambda name: None if name == "xcb-cursor" else f"lib{name}.so")
    code, _, err = run_cli()
    assert code == 2 and err.count("\n") == 1
    assert "libxcb-cursor0" in err and "apt install libxcb-cursor0" in err and "libxcb-icccm4" not in err
