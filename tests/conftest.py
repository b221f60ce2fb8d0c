"""Shared fixtures. Qt runs offscreen; every test gets its own data folder."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sys
from pathlib import Path

# Window tests `make test` runs a second time on a real X server (tests/realx), besides those
# marked @pytest.mark.realx where they are written: the main paths a teacher takes.
REAL_X = {
    "test_window.py::test_keep_a_stage_close_and_find_it_all_again",
    "test_window.py::test_keyboard_path",
    "test_window.py::test_search_goes_to_the_place",
    "test_window.py::test_start_screen_lists_recent_and_missing_journals",
    "test_window.py::test_every_control_has_an_accessible_name",
    "test_window_review.py::test_round_trip_in_the_window",
}

# Offscreen, the screen is a 1366×768 laptop's (Qt's default offscreen screen is 800×800), so
# the window is laid out as a teacher sees it.
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = "offscreen:configfile=" + str(Path(__file__).resolve().parent / "fixtures" / "screen-1366x768.json")

import pytest  # noqa: E402

from journal_app.config import AppPaths  # noqa: E402
from journal_app.core.frameworks import FrameworkRegistry  # noqa: E402
from journal_app.core.journal import Journal  # noqa: E402
from journal_app.ui import messages  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "seeds"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path_factory, monkeypatch):
    """No test reads or writes the real user's settings, backups or frameworks."""
    data = tmp_path_factory.mktemp("appdata")
    monkeypatch.setenv("JOURNAL_APP_DATA_DIR", str(data))
    return data


@pytest.fixture(autouse=True)
def _english_unless_asked(monkeypatch):
    """Tests run in English whatever the machine's locale; a test that wants Welsh asks for it."""
    from journal_app.core import i18n

    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    with i18n.using("en"):
        yield


@pytest.fixture
def welsh(qapp):
    """The app in Welsh (the window's translators and the core), English again afterwards."""
    from journal_app.ui.i18n import Translators

    translators = Translators()
    assert translators.apply("cy"), "resources/i18n/journal_app_cy.qm is missing: run `make translations`"
    yield translators
    translators.apply("en")


@pytest.fixture(scope="session")
def registry() -> FrameworkRegistry:
    return FrameworkRegistry.load()


@pytest.fixture(scope="session")
def ljmu(registry):
    return registry.get("ljmu-mentor")


@pytest.fixture
def journal(tmp_path, ljmu):
    j = Journal.create(tmp_path / "test.ljournal", ljmu, "Ann Jones", "Hill School", "School-based tutor")
    yield j
    j.close()


@pytest.fixture
def seed_text():
    def read(name: str) -> str:
        path = SEEDS / name
        if not path.exists():
            pytest.skip(f"seed {name} not available beside the repository")
        return path.read_text(encoding="utf-8")

    return read


@pytest.fixture
def run_cli(capsys):
    """Run the command line in-process: returns (exit code, stdout, stderr)."""
    from journal_app.cli.main import main

    def run(*args: str) -> tuple[int, str, str]:
        code = main([str(a) for a in args])
        out, err = capsys.readouterr()
        return code, out, err

    return run


# ---------------------------------------------------------------- window helpers
@pytest.fixture
def errors(monkeypatch):
    """Message boxes answered by the test: errors are recorded, confirmations accepted."""
    seen: list[str] = []
    seen_info: list[str] = []
    monkeypatch.setattr(messages, "error", lambda parent, title, text, detail="": seen.append(f"{title}: {text}"))
    monkeypatch.setattr(messages, "confirm", lambda *a, **k: True)
    monkeypatch.setattr(messages, "info", lambda parent, title, text: seen_info.append(f"{title}: {text}"))
    monkeypatch.setattr(messages, "error_with_action",
                        lambda parent, title, text, action, detail="": seen.append(f"{title}: {text}") or False)
    return seen


@pytest.fixture
def font_scale(qapp, request):
    """The application's font scaled by the test's parameter (1.25: a teacher's larger text; use
    ``@pytest.mark.parametrize("font_scale", [...], indirect=True)``), as before afterwards."""
    from PySide6.QtGui import QFont

    original = QFont(qapp.font())
    if request.param != 1:
        bigger = QFont(original)
        bigger.setPointSizeF(original.pointSizeF() * request.param)
        qapp.setFont(bigger)
    yield request.param
    qapp.setFont(original)


@pytest.fixture
def paths(tmp_path) -> AppPaths:
    return AppPaths.default(tmp_path / "data")


def open_window(qtbot, paths):
    """The main window as the app makes it, shown and active."""
    from journal_app.ui.app import make_window

    w = make_window(paths)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow, timeout=3000)  # shortcuts and mnemonics need an active window
    return w


def window_on_new_journal(qtbot, paths, folder: Path, framework, owner: str = "Ann Jones"):  # noqa: ANN001, ANN201
    """The main window (as open_window makes it) on a new, empty journal of ``framework``."""
    path = folder / f"{framework.id}-{owner.split()[0].lower()}.ljournal"
    Journal.create(path, framework, owner).close()
    w = open_window(qtbot, paths)
    assert w.open_journal(path)
    return w


PRIVATE_WORDS = ("Zanzibarquux", "Qwertyplover", "Mauvefennel", "Xylocarpmoss")


def teacher_with_private_entries(folder: Path, framework) -> Journal:  # noqa: ANN001
    """A teacher's journal with shared entries and one private entry of each kind, each private
    entry holding one of PRIVATE_WORDS (the tests of what leaves the laptop look for them)."""
    folder.mkdir()
    j = Journal.create(folder / "ann.ljournal", framework, "Ann Jones", "Hill School")
    j.set_criterion_state("developing", "dev-qts-standards", "achieved", dt.date(2025, 3, 1))
    j.set_criterion_notes("developing", "dev-qts-standards", "Open notes for the mentor")
    j.set_criterion_notes("developing", "dev-sensitive-issues", f"Trainee matter {PRIVATE_WORDS[0]}", private=True)
    j.set_reflection("developing", "A reflection the mentor may read")
    j.set_reflection("effective", f"Private reflection {PRIVATE_WORDS[1]}", private=True)
    j.add_target("developing", "Co-observe with the link tutor")
    j.add_target("developing", f"Private target {PRIVATE_WORDS[2]}", private=True)
    (folder / "obs.txt").write_text("observation notes")
    j.add_evidence(folder / "obs.txt", links=[("developing", "dev-qts-standards")])
    (folder / "secret.txt").write_text(f"private evidence {PRIVATE_WORDS[3]}")
    j.add_evidence(folder / "secret.txt", name=f"secret {PRIVATE_WORDS[3]}.txt", private=True,
                   links=[("developing", "dev-documentation")])
    return j


def copy_fixture(name: str, dest: Path) -> Path:
    target = dest / name
    shutil.copyfile(FIXTURES / name, target)
    return target


PYTHON = sys.executable


def same_dump_but_identity(first: Path, second: Path) -> bool:
    """Two dumps hold the same journal content; a loaded journal has an identity of its own."""
    import json

    a, b = (json.loads(p.read_text(encoding="utf-8")) for p in (first, second))
    return a["journal"].pop("uuid") != b["journal"].pop("uuid") and a == b


def pytest_collection_modifyitems(config, items):
    for item in items:
        if f"{item.path.name}::{item.originalname}" in REAL_X:
            item.add_marker(pytest.mark.realx)
