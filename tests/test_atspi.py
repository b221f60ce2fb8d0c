"""Heard as well as seen, through the real accessibility bus (AT-SPI, as Orca reads it): the
window runs on an X server (Xvfb, with openbox) with Qt's AT-SPI bridge on, and a walker in
Debian's own Python (pyatspi) reads its tree: every control named, fields tied to their labels,
combo boxes labelled, status text exposed as it changes, empty cells saying what is empty, and a
Tab order (real key presses) that leaves every table.

Skipped only when the bus cannot be had (no at-spi2-core, pyatspi, Xvfb, D-Bus or xdotool);
.ci/run installs them."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from journal_app.core.journal import Journal

HERE = Path(__file__).resolve().parent
SYSTEM_PYTHON = "/usr/bin/python3"
PAGES = ["overview", "conversations", "stage:developing#criteria", "stage:developing#targets",
         "stage:developing#verification", "evidence"]
TAB_PAGES = ["overview", "stage:developing#criteria", "conversations", "evidence"]
CONTROLS = {"push button", "combo box", "text", "table", "list", "check box", "radio button", "page tab list"}


def _bus_missing() -> str:
    for tool in ("dbus-run-session", "xvfb-run", "xdotool"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed"
    if not Path("/usr/libexec/at-spi-bus-launcher").exists() and shutil.which("at-spi-bus-launcher") is None:
        return "at-spi2-core is not installed"
    probe = subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True) \
        if Path(SYSTEM_PYTHON).exists() else None
    if probe is None or probe.returncode != 0:
        return "python3-pyatspi is not installed"
    return ""


@pytest.fixture(scope="module")
def heard(tmp_path_factory, ljmu):
    missing = _bus_missing()
    if missing:
        pytest.skip(f"no accessibility bus: {missing}")
    tmp = tmp_path_factory.mktemp("atspi")
    j = Journal.create(tmp / "a.ljournal", ljmu, "Ann Jones")
    j.add_conversation(dt.date(2025, 10, 2), "Siân", "mentoring", agreed_actions="Observe")
    j.add_target("developing", "Co-observe")
    (tmp / "observation.pdf").write_bytes(b"%PDF-1.4 lesson observation")
    j.add_evidence(tmp / "observation.pdf", links=[("developing", "dev-qts-standards")])
    j.close()
    app = [sys.executable, str(HERE / "atspi" / "app_under_test.py"), str(tmp / "a.ljournal"), str(tmp / "data")]
    env = {k: v for k, v in __import__("os").environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY")}
    env.update(QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_QPA_PLATFORM="xcb", QT_ACCESSIBILITY="1")
    try:
        run = subprocess.run(
            ["dbus-run-session", "--", "xvfb-run", "-a", "-s", "-screen 0 1366x768x24 -nolisten tcp",
             SYSTEM_PYTHON, str(HERE / "atspi" / "walker.py"), json.dumps(app), json.dumps(PAGES), json.dumps(TAB_PAGES)],
            capture_output=True, text=True, timeout=240, env=env)
    except subprocess.TimeoutExpired:
        pytest.fail("the accessibility walk did not finish in 240 s")
    lines = run.stdout.strip().splitlines()
    if run.returncode != 0 and "never appeared on the accessibility bus" in run.stdout + run.stderr:
        pytest.skip("the app could not reach the accessibility bus here")
    assert run.returncode == 0 and lines, run.stderr[-3000:]
    return json.loads(lines[-1])


def test_every_control_is_named(heard):
    unnamed = [f"{page}: {n['role']} in {n['parent_role']} {n['parent_name']!r}"
               for page, nodes in heard["pages"].items() for n in nodes
               if n["role"] in CONTROLS and not n["name"].strip()]
    assert not unnamed, unnamed


def _node(heard, page, role, **where):
    for n in heard["pages"][page]:
        if n["role"] == role and all(n[k] == v for k, v in where.items()):
            return n
    raise AssertionError(f"no {role} {where} on {page}")


def test_fields_and_combo_boxes_are_tied_to_their_labels(heard):
    # Qt names a combo box on Linux by its value; Orca says its label through LABELLED_BY.
    combos = [n for n in heard["pages"]["conversations"] if n["role"] == "combo box"]
    assert len(combos) >= 4
    assert all(n["labelled_by"] for n in combos), [(n["name"], n["labelled_by"]) for n in combos]
    assert _node(heard, "conversations", "combo box", name="Mentoring")["labelled_by"] == ["Kind:"]
    assert _node(heard, "conversations", "text", name="Agreed actions")["labelled_by"] == ["Agreed actions:"]
    assert _node(heard, "conversations", "text", name="Date of the conversation")["labelled_by"] == ["Date:"]
    verification = heard["pages"]["stage:developing#verification"]
    for n in verification:
        if n["role"] in ("text", "combo box") and n["name"].startswith("Professional Mentor"):
            assert n["labelled_by"], n


def test_status_text_is_exposed_and_follows_what_happens(heard):
    assert heard["word_count_before"] == "Word count: 0 words"
    assert heard["status"]["Word count"]["name"] == "Word count: 5 words"  # "heard as well as seen"
    assert heard["status"]["Save status"]["name"].startswith("Save status: All changes saved at ")
    sign_off = [n for n in heard["pages"]["stage:developing#verification"] if n["description"] == "Sign-off status"]
    assert sign_off and sign_off[0]["name"].startswith("Sign-off status: No sign-off received yet")
    assert heard["reflection_focused"]["text"] == "heard as well as seen"


def test_empty_cells_say_what_is_empty(heard):
    cells = [n["name"] for n in heard["pages"]["stage:developing#targets"]
             if n["role"] == "table cell" and n["parent_name"] == "Targets for Further Development"]
    assert "Co-observe" in cells and "no due date" in cells and "no success criteria yet" in cells


def test_tab_leaves_every_table_and_comes_round(heard):
    for page, order in heard["tab_order"].items():
        assert order and order[-1] and order[-1]["name"] == "Journal sections", (page, order)
        tables = [i for i, f in enumerate(order) if f and f["role"] == "table"]
        assert tables, (page, order)
        for i in tables:  # the next Tab goes somewhere outside that table
            after = order[i + 1]
            assert after and after["role"] != "table cell" and after["name"] != order[i]["name"], (page, order)
    overview = [f["name"] for f in heard["tab_order"]["overview"] if f]
    assert overview.index("Progress by stage") < overview.index("Next targets due") < overview.index("Journal sections")
    criteria = [f["name"] for f in heard["tab_order"]["stage:developing#criteria"] if f]
    assert "Your evidence notes" in criteria and "Add an evidence file" in criteria  # reachable forwards
    assert heard["pages"]["overview"][0]["role"] != "scroll pane" or heard["pages"]["overview"][0]["name"]


def test_changes_a_sighted_teacher_sees_are_sent_to_the_screen_reader(heard):
    """Not only exposed when asked: the screen reader is told. The word count and the save
    status send a name change as they change; a date not understood is announced."""
    changed = {(e["description"], e["name"]) for e in heard["heard"] if e["type"].endswith("accessible-name")}
    assert ("Word count", "Word count: 5 words") in changed, heard["heard"]
    assert any(d == "Save status" and n.startswith("Save status: All changes saved at ") for d, n in changed)
    assert heard["date_problem"] and heard["date_problem"].startswith("Date problem: ")
    problem = heard["date_problem"].removeprefix("Date problem: ")
    announced = [e["data"] for e in heard["heard"] if e["type"] == "object:announcement"]
    assert problem in announced, heard["heard"]
