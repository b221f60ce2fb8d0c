"""A real desktop application: resources found from source and frozen, desktop files that
validate and install, icons, the help window and the first-start welcome, and the built app."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, open_window
from journal_app import resources

RESOURCE_FILES = sorted(p.relative_to(ROOT / "resources") for p in (ROOT / "resources").rglob("*") if p.is_file())
LINUX = ROOT / "packaging" / "linux"
DESKTOP_ID = "org.learningjournal.LearningJournal"


def test_the_resource_helper_finds_every_resource_from_source():
    assert resources.resources_root() == ROOT / "resources"
    for rel in RESOURCE_FILES:
        assert resources.resource_path(*rel.parts).is_file(), rel
    assert resources.guide_path() == ROOT / "docs" / "user-guide.md"
    assert resources.guide_path("cy") == ROOT / "docs" / "user-guide.cy.md"
    assert resources.guide_path("fr") == ROOT / "docs" / "user-guide.md"


def test_the_resource_helper_finds_resources_when_frozen(tmp_path, monkeypatch):
    bundle = tmp_path / "_internal"
    shutil.copytree(ROOT / "resources", bundle / "journal_app" / "resources")
    (bundle / "journal_app" / "resources" / "help").mkdir()
    shutil.copy(ROOT / "docs" / "user-guide.md", bundle / "journal_app" / "resources" / "help")
    shutil.copy(ROOT / "docs" / "user-guide.cy.md", bundle / "journal_app" / "resources" / "help")
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    resources.resources_root.cache_clear()
    try:
        assert resources.resources_root() == bundle / "journal_app" / "resources"
        for rel in RESOURCE_FILES:
            assert resources.resource_path(*rel.parts).is_file(), rel
        assert resources.guide_path() == bundle / "journal_app" / "resources" / "help" / "user-guide.md"
        assert resources.guide_path("cy") == bundle / "journal_app" / "resources" / "help" / "user-guide.cy.md"
    finally:
        resources.resources_root.cache_clear()


def test_icons_are_all_there():
    for size in (16, 22, 24, 32, 48, 64, 128, 256, 512):
        assert (ROOT / "resources" / "icons" / "app" / f"journal-app-{size}.png").is_file()
    light = sorted(p.name for p in (ROOT / "resources" / "icons" / "actions" / "light").glob("*.svg"))
    dark = sorted(p.name for p in (ROOT / "resources" / "icons" / "actions" / "dark").glob("*.svg"))
    assert light == dark and len(light) >= 8
    assert (ROOT / "resources" / "icons" / "LICENSE.md").is_file()


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils not installed")
def test_the_desktop_file_validates():
    out = subprocess.run(["desktop-file-validate", str(LINUX / f"{DESKTOP_ID}.desktop")], capture_output=True, text=True)
    assert out.returncode == 0 and "error" not in out.stdout.lower(), out.stdout


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstream not installed")
def test_the_appstream_metainfo_validates():
    out = subprocess.run(["appstreamcli", "validate", "--no-net", str(LINUX / f"{DESKTOP_ID}.metainfo.xml")],
                         capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr


@pytest.mark.skipif(shutil.which("update-mime-database") is None, reason="shared-mime-info not installed")
def test_install_desktop_registers_the_file_type_and_icons(tmp_path):
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "share"), "HOME": str(tmp_path)}
    out = subprocess.run([str(LINUX / "install-desktop.sh"), "/opt/learning-journal/journal-app"], env=env,
                         capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr
    share = tmp_path / "share"
    desktop = (share / "applications" / f"{DESKTOP_ID}.desktop").read_text()
    assert 'Exec="/opt/learning-journal/journal-app" %f' in desktop
    assert "MimeType=application/x-learning-journal;" in desktop
    assert (share / "icons" / "hicolor" / "256x256" / "apps" / f"{DESKTOP_ID}.png").is_file()
    globs = (share / "mime" / "globs2").read_text()
    assert "application/x-learning-journal:*.ljournal" in globs
    magic = (share / "mime" / "magic").read_bytes()
    assert b"LJRN" in magic


def test_the_help_window_shows_the_guide_and_finds_text(qtbot, tmp_path, paths, errors):
    w = open_window(qtbot, paths)
    help_window = w.show_guide()
    qtbot.waitExposed(help_window)
    text = help_window.browser.toPlainText()
    assert "Learning Journal – user guide" in text and "Sending your journal to your mentor" in text
    qtbot.keyClicks(help_window.find, "Import mentor review")
    assert help_window.find_next()
    assert help_window.browser.textCursor().selectedText() == "Import mentor review"
    help_window.find.setText("no such words anywhere")
    assert not help_window.find_next() and help_window.status.text() == "Not found"
    assert w.menu.guide_action.shortcut().toString() == "F1"


def test_welcome_on_first_start_only(qtbot, monkeypatch, tmp_path, paths, errors):
    from journal_app.ui.help_window import WelcomeDialog

    shown = []

    def fake_exec(dialog):
        shown.append(dialog.windowTitle())
        dialog.open_guide.setChecked(True)
        return 1

    monkeypatch.setattr(WelcomeDialog, "exec", fake_exec)
    w = open_window(qtbot, paths)
    w.welcome_if_first_start()
    assert shown == ["Welcome to Learning Journal"] and w._help is not None and w._help.isVisible()
    w.close()
    w2 = open_window(qtbot, paths)
    w2.welcome_if_first_start()
    assert shown == ["Welcome to Learning Journal"]


def test_about_lists_the_frameworks_and_their_sources(qtbot, monkeypatch, paths, errors):
    from journal_app.ui import main_window

    seen = {}
    monkeypatch.setattr(main_window.QMessageBox, "about", lambda parent, title, text: seen.update(title=title, text=text))
    w = open_window(qtbot, paths)
    w.show_about()
    assert "0.1.0" in seen["text"] and "GNU General Public License" in seen["text"]
    assert "Liverpool John Moores University" in seen["text"] and "Cornwall Council" in seen["text"]


@pytest.mark.slow
@pytest.mark.timeout(900)  # the build and the smoke test have timeouts of their own
@pytest.mark.skipif(shutil.which("pyinstaller", path=str(Path(sys.executable).parent)) is None,
                    reason="PyInstaller not installed (pip install -e '.[package]')")
def test_the_built_application_passes_its_smoke_test(tmp_path):
    """Builds the one-folder app (about 35 s here) and runs packaging/smoke-test.sh on it."""
    pyinstaller = shutil.which("pyinstaller", path=str(Path(sys.executable).parent))
    build = subprocess.run([pyinstaller, "--noconfirm", "--log-level", "ERROR", "--distpath", str(tmp_path / "dist"),
                            "--workpath", str(tmp_path / "build"), str(ROOT / "packaging" / "journal-app.spec")],
                           capture_output=True, text=True, timeout=600)
    assert build.returncode == 0, build.stderr[-3000:]
    app = tmp_path / "dist" / "journal-app" / "journal-app"
    smoke = subprocess.run([str(ROOT / "packaging" / "smoke-test.sh"), str(app)], capture_output=True, text=True,
                           timeout=180)
    assert smoke.returncode == 0, smoke.stdout + smoke.stderr
    assert "smoke test passed: journal-app 0.1.0" in smoke.stdout
    bundled = tmp_path / "dist" / "journal-app" / "_internal" / "journal_app" / "resources"
    for rel in RESOURCE_FILES:  # every resource is in the frozen app too
        assert (bundled / rel).is_file(), rel
    assert (bundled / "help" / "user-guide.md").is_file()
