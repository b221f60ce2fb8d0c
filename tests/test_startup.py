"""Start-up: the window paints the journal from a quick look before the store and the framework
models are loaded, and the quick look says what the open journal says."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
from pathlib import Path

from journal_app.core import i18n
from journal_app.core.quicklook import quick_look

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def test_the_window_module_loads_without_the_store_or_the_framework_models():
    """What the first paint needs is light: no SQLAlchemy, pydantic, YAML or reportlab, and
    not Qt's big Qt namespace (it costs ~15 ms), multiprocessing (~20 ms, only a packaged app
    needs it at start)."""
    code = ("import sys, journal_app.__main__, journal_app.cli.main, journal_app.ui.app, journal_app.core.quicklook, "
            "journal_app.ui.quick_view\n"
            "heavy = [m for m in ('sqlalchemy', 'pydantic', 'yaml', 'reportlab', 'alembic', 'multiprocessing')"
            " if m in sys.modules]\n"
            "print(','.join(heavy))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
    assert out.stdout.strip() == ""


def _fill(journal) -> None:
    journal.set_criterion_state("developing", "dev-qts-standards", "achieved", dt.date(2025, 11, 3))
    journal.set_criterion_state("developing", "dev-documentation", "achieved", dt.date(2025, 11, 4))
    journal.set_criterion_state("prerequisite", "pre-subject-knowledge", "begun")
    journal.set_tick("effective", "mentoring", "m1", True)
    journal.set_reflection("advanced", "one two three four")
    for role in ("professional-mentor", "university-link-tutor"):
        journal.set_verification("developing", role, name="X", state="verified", verified_on=dt.date(2025, 12, 1))


def test_the_quick_look_says_what_the_open_journal_says(journal):
    _fill(journal)
    look = quick_look(journal.path)
    assert look is not None
    assert (look.owner, look.school, look.role) == ("Ann Jones", "Hill School", "School-based tutor")
    assert look.title == journal.framework.title
    summaries = journal.overview()
    assert [s.stage_id for s in look.stages] == [s.stage_id for s in summaries]
    for q, s in zip(look.stages, summaries, strict=True):
        assert (q.label, q.criteria_total, q.criteria_achieved, q.checklist_total, q.checklist_ticked,
                q.reflection_words) == (s.title, s.criteria_total, s.criteria_achieved, s.checklist_total,
                                        s.checklist_ticked, s.reflection_words)
        assert q.verified == (s.verification_state == "verified")
    assert [q.badge for q in look.stages] == ["0/5", "2/11 ✓", "0/12", "0/12"]


def test_the_quick_look_is_in_welsh_where_the_framework_is(journal):
    with i18n.using("cy"):
        look = quick_look(journal.path)
        assert look.stages[1].label == "Mentor sy'n Datblygu"
        assert look.title == journal.framework.title


def test_anything_out_of_the_ordinary_gets_no_quick_look(tmp_path):
    old = tmp_path / "old.ljournal"
    shutil.copy(FIXTURES / "journal-format1.ljournal", old)
    assert quick_look(old) is None  # an older format: opening it upgrades it, with its backup
    junk = tmp_path / "junk.ljournal"
    junk.write_bytes(b"not a journal at all" * 100)
    assert quick_look(junk) is None
    assert quick_look(tmp_path / "missing.ljournal") is None
    before = old.read_bytes()
    quick_look(old)
    assert old.read_bytes() == before and not Path(f"{old}-wal").exists()


def test_the_quick_view_shows_the_sections_the_journal_view_will(qtbot, journal, tmp_path, errors):
    from journal_app.config import AppPaths
    from journal_app.ui.app import make_window, open_quickly

    _fill(journal)
    path = journal.path
    journal.close()
    window = make_window(AppPaths.default(tmp_path / "data"), show_start=False)
    qtbot.addWidget(window)
    window.show()
    open_quickly(window, path)
    quick = window.quick_view
    assert quick is not None and not quick.nav.isEnabled()
    quick_items = [quick.nav.item(i).text() for i in range(quick.nav.count())]
    qtbot.waitUntil(lambda: window.session is not None, timeout=5000)
    view_items = [window.view.nav.item(i).text() for i in range(window.view.nav.count())]
    assert quick_items == view_items
    assert window.quick_view is None
    window.close_journal()


def test_the_app_paints_the_journal_before_it_has_loaded_it(tmp_path, ljmu):
    """In a real start: "PAINTED" (the quick look on screen) comes before "READY" (the journal
    open), and the app then quits by itself (JOURNAL_APP_BENCH_PAINTED, as bench/run uses it)."""
    from journal_app.core.journal import Journal

    j = Journal.create(tmp_path / "start.ljournal", ljmu, "Ann Jones")
    j.close()
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "QT_QPA_PLATFORM": "offscreen",
           "JOURNAL_APP_BENCH_PAINTED": "1", "JOURNAL_APP_DATA_DIR": str(tmp_path / "data")}
    out = subprocess.run([sys.executable, "-m", "journal_app", str(tmp_path / "start.ljournal")], env=env,
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["PAINTED", "READY"]



def test_the_quick_look_checks_the_values_of_every_table_it_reads():
    """It checks only the tables it reads (the whole journal is checked when it is opened): so
    every table it reads must be among them."""
    import re

    from journal_app.core import quicklook

    source = Path(quicklook.__file__).read_text(encoding="utf-8")
    read = set(re.findall(r"FROM (\w+)", source)) - {"alembic_version"}
    assert read and read <= quicklook.READS


def _closed_and_spoilt(journal, sql: str) -> Path:  # noqa: ANN001
    """The journal closed, then changed behind the app's back by ``sql``."""
    import sqlite3

    path = journal.path
    journal.close()
    conn = sqlite3.connect(path)
    conn.execute(sql)
    conn.commit()
    conn.close()
    return path


def test_a_wrong_value_in_a_table_the_quick_look_reads_means_no_quick_look(journal):
    journal.set_reflection("developing", "some words")
    path = _closed_and_spoilt(journal, "UPDATE reflection SET text = x'00ff' WHERE stage_id = 'developing'")
    assert quick_look(path) is None


def test_a_journal_the_quick_look_passes_but_opening_refuses_ends_on_the_start_screen(qtbot, journal, tmp_path, errors):
    """A wrong value in a table the quick look does not read: the quick view is painted, then
    opening refuses in one line and the window goes back to the start screen; the file is
    unchanged."""
    import hashlib

    from journal_app.config import AppPaths
    from journal_app.ui.app import make_window, open_quickly

    journal.add_target("developing", "Plan a joint observation")
    path = _closed_and_spoilt(journal, "UPDATE target SET status = 'nonsense'")
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    window = make_window(AppPaths.default(tmp_path / "data"), show_start=False)
    qtbot.addWidget(window)
    window.show()
    open_quickly(window, path)
    assert window.quick_view is not None
    qtbot.waitUntil(lambda: window.quick_view is None, timeout=5000)
    assert window.session is None and window.stack.currentWidget() is window.start
    assert len(errors) == 1 and "\n" not in errors[0] and "target" in errors[0]
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
