"""One way data reaches the screen: every write operation the window can trigger announces one
change, and every built page and tab that shows that data shows the change at once, wherever
the change came from, without navigating, and without losing what the user is typing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from conftest import open_window
from journal_app.core.events import ChangeEvent
from journal_app.core.journal import Journal

STAGE = "developing"
CRIT = "dev-qts-standards"


def shown_text(widget: QWidget) -> str:
    """Everything a person reads on ``widget`` (hidden parts included: a page or tab not on screen
    must be as current as one that is)."""
    out = []
    for w in [widget, *widget.findChildren(QWidget)]:
        if isinstance(w, QLabel):
            out.append(w.text())
        elif isinstance(w, QLineEdit):
            out.append(w.text())
        elif isinstance(w, QPlainTextEdit | QTextEdit):
            out.append(w.toPlainText())
        elif isinstance(w, QComboBox):
            out.append(w.currentText())
        elif isinstance(w, QAbstractButton):
            out.append(w.text())
        elif isinstance(w, QAbstractItemView) and w.model() is not None:
            m = w.model()
            root = w.rootIndex()
            for r in range(m.rowCount(root)):
                for c in ([w.modelColumn()] if isinstance(w, QListView) else range(m.columnCount(root))):
                    i = m.index(r, c, root)
                    check = m.data(i, Qt.ItemDataRole.CheckStateRole)
                    mark = "[x] " if check in (Qt.CheckState.Checked, 2) else ""
                    out.append(mark + str(m.data(i) or ""))
    return "\n".join(out)


@dataclass
class Ctx:
    journal: Journal
    tmp: object
    ids: dict = field(default_factory=dict)


def _setup(journal: Journal, tla, tmp) -> Ctx:
    ctx = Ctx(journal, tmp)
    journal.start_journey(tla, "Better feedback", 1)
    ctx.ids["conversation"] = journal.add_conversation(dt.date(2026, 3, 2), "Pat Mentor", "mentoring",
                                                       agreed_actions="Plan a joint observation\nRead the handbook")
    journal.set_diamond(STAGE, [("mentoring", "m1")] + [None] * 8)
    ctx.ids["target"] = journal.add_target(STAGE, "Observe a colleague")
    f = tmp / "plan.txt"
    f.write_text("a plan")
    ctx.ids["evidence"] = journal.add_evidence(f, name="Lesson plan.txt")
    return ctx


def _overview_stage_row(view) -> list[str]:  # noqa: ANN001
    m = view.overview.stages.model()
    row = next(r for r in range(m.rowCount()) if m.index(r, 0).data() == "Developing Mentor")
    return [str(m.index(row, c).data()) for c in range(m.columnCount())]


def _open_targets(journal: Journal) -> str:
    return str(sum(1 for t in journal.targets(STAGE) if t.status == "open"))


def _add_evidence(ctx: Ctx) -> None:
    f = ctx.tmp / "observation.txt"
    f.write_text("notes")
    ctx.journal.add_evidence(f, name="Observation notes.txt", links=[(STAGE, CRIT)])


# Each operation: what it does through the core, and where its change must show. A check is
# (page key, text that must be shown there) or a callable(view, journal) -> bool.
OPERATIONS: dict[str, tuple[Callable[[Ctx], object], list]] = {
    "diamond top skill to target": (
        lambda c: c.journal.diamond_to_targets(STAGE, 1),
        [("stage:developing#targets", "Develop: Relates sensitively"), ("targets", "Develop: Relates sensitively"),
         lambda v, j: _overview_stage_row(v)[4] == _open_targets(j) == "2"]),
    "conversation action to target": (
        lambda c: c.journal.action_to_target(c.ids["conversation"], 0, STAGE),
        [("stage:developing#targets", "Plan a joint observation"), ("targets", "Plan a joint observation"),
         ("overview", "Plan a joint observation"), lambda v, j: _overview_stage_row(v)[4] == "2"]),
    "criterion state (F2)": (
        lambda c: c.journal.set_criterion_state(STAGE, CRIT, "achieved", dt.date(2026, 1, 5)),
        [("stage:developing#criteria", "✓ Achieved"),
         lambda v, j: v.stage_pages[STAGE].criteria.detail.state.currentText() == "Achieved",
         lambda v, j: _overview_stage_row(v)[1] == "1 of 11", lambda v, j: "1/11" in v.nav.item(2).text()]),
    "criterion notes": (
        lambda c: c.journal.set_criterion_notes(STAGE, CRIT, "Feedback used the Standards"),
        [("stage:developing#criteria", "Feedback used the Standards")]),
    "dimension account": (
        lambda c: c.journal.set_dimension_account("knowledge-base", "I read three studies of feedback"),
        [("journey", "6 words, 0 linked"), ("journey", "I read three studies"), ("overview", "6 words")]),
    "dimension link": (
        lambda c: c.journal.link_to_dimension("planning", "evidence", c.ids["evidence"]),
        [("journey", "0 words, 1 linked"), ("journey", "Evidence: Lesson plan.txt")]),
    "plan item": (
        lambda c: c.journal.add_plan_item("action", "Visit a partner school", dt.date(2026, 5, 1)),
        [("journey", "Visit a partner school")]),
    "breakthrough": (
        lambda c: c.journal.add_breakthrough("Pupils asked better questions"),
        [("journey", "Pupils asked better questions")]),
    "reflection": (
        lambda c: c.journal.set_reflection(STAGE, "I have learnt to listen"),
        [("stage:developing#reflection", "I have learnt to listen"), ("overview", "Written (5 words)")]),
    "checklist tick": (
        lambda c: c.journal.set_tick(STAGE, "mentoring", "m2", True, "shown in a meeting"),
        [("stage:developing#checklist", "shown in a meeting"), ("overview", "1 of")]),
    "diamond place": (
        lambda c: c.journal.set_diamond(STAGE, [None, ("mentoring", "m2")] + [None] * 7),
        [lambda v, j: v.stage_pages[STAGE].diamond.places[1].key == "mentoring/m2"]),
    "target edited": (
        lambda c: c.journal.update_target(c.ids["target"], text="Observe two colleagues", status="achieved"),
        [("stage:developing#targets", "Observe two colleagues"), ("targets", "Observe two colleagues"),
         lambda v, j: _overview_stage_row(v)[4] == "0"]),
    "target deleted": (
        lambda c: c.journal.delete_target(c.ids["target"]),
        [lambda v, j: "Observe a colleague" not in shown_text(v.pages["targets"]),
         lambda v, j: "Observe a colleague" not in shown_text(v.stage_pages[STAGE].targets)]),
    "verification": (
        lambda c: c.journal.set_verification(STAGE, "professional-mentor", name="Dr Khan", state="awaiting"),
        [("stage:developing#verification", "Dr Khan"), ("overview", "Awaiting")]),
    "evidence added": (
        _add_evidence,
        [("evidence", "Observation notes.txt"), ("stage:developing#criteria", "Observation notes.txt"),
         lambda v, j: v.stage_pages[STAGE].criteria.model.index(0, 4).data() == "1",
         ("journey", "Evidence: Observation notes.txt")]),
    "evidence renamed": (
        lambda c: c.journal.rename_evidence(c.ids["evidence"], "Unit plan.txt"),
        [("evidence", "Unit plan.txt"), ("journey", "Evidence: Unit plan.txt")]),
    "conversation edited": (
        lambda c: c.journal.update_conversation(c.ids["conversation"], focus="Questioning"),
        [("conversations", "Questioning")]),
    "conversation added": (
        lambda c: c.journal.add_conversation(dt.date(2026, 4, 1), "Sam Lee", "co-coaching"),
        [("conversations", "Sam Lee"), ("journey", "Conversation with Sam Lee")]),
    "learning agreement": (
        lambda c: c.journal.set_agreement("Pat Mentor", ground_rules="Fortnightly, on Tuesdays"),
        [("conversations", "Fortnightly, on Tuesdays")]),
    "tags": (
        lambda c: c.journal.set_tags("reflection", STAGE, ["learning-conversation"], []),
        [lambda v, j: "a learning conversation\n1" in shown_text(v.overview)]),
    "owner details": (
        lambda c: c.journal.set_details(school="Valley School"),
        [("overview", "Valley School")]),
}


@pytest.fixture
def window(qtbot, paths, tmp_path, ljmu, registry, errors):
    j = Journal.create(tmp_path / "current.ljournal", ljmu, "Ann Jones", "Hill School")
    ctx = _setup(j, registry.get("gtc-tla"), tmp_path)
    j.close()
    w = open_window(qtbot, paths)
    assert w.open_journal(tmp_path / "current.ljournal")
    for key in w.view.keys():  # every page built (each refreshes itself from now on)
        w.view.show_page(key)
    ctx.journal = w.session.journal
    w.view.show_page("overview")  # the pages checked are not on screen
    yield w, ctx
    w.close_journal()


@pytest.mark.parametrize("name", list(OPERATIONS))
def test_every_page_showing_a_change_shows_it_at_once(window, name):
    w, ctx = window
    heard: list[ChangeEvent] = []
    ctx.journal.subscribe(heard.append)
    operation, checks = OPERATIONS[name]
    operation(ctx)
    assert len(heard) == 1, heard  # one operation, one announced change
    view = w.view
    for check in checks:
        if callable(check):
            assert check(view, ctx.journal), f"{name}: {check}"
        else:
            key, text = check
            base, _, tab = key.partition("#")
            page = view.pages[base]
            widget = page.tab_for[tab] if tab else page
            assert text in shown_text(widget), f"{name}: {text!r} not shown on {key}"


def test_a_change_from_elsewhere_keeps_what_is_being_typed(window, qtbot):
    """The criterion's notes being typed (not yet saved) stay while its state changes elsewhere,
    and the state shows; the reflection being typed stays while the overview counts change."""
    w, ctx = window
    w.view.show_page(f"stage:{STAGE}#criteria")
    detail = w.view.stage_pages[STAGE].criteria.detail
    detail.notes.setFocus()
    qtbot.keyClicks(detail.notes, "Half a thought")
    assert detail.autosave.pending
    ctx.journal.set_criterion_state(STAGE, CRIT, "begun")  # e.g. from the window's F2, or a dialog
    assert detail.notes.toPlainText() == "Half a thought"
    assert detail.state.currentText() == "Begun"
    assert detail.flush() if hasattr(detail, "flush") else detail.autosave.flush()
    assert ctx.journal.criterion_record(STAGE, CRIT).notes == "Half a thought"


def test_an_import_refreshes_every_page(window, monkeypatch):
    """A whole-journal change (an import, a restore, the language) reaches every built page."""
    w, ctx = window
    refreshed = []
    for key, page in w.view.pages.items():
        monkeypatch.setattr(page, "refresh", lambda event=None, k=key: refreshed.append((k, event)))
    ctx.journal.announce("journal")
    assert sorted(k for k, _e in refreshed) == sorted(w.view.keys())
    assert all(e == ChangeEvent("journal") for _k, e in refreshed)
