"""The TLA learning journey (issue 7): focus and stage, a plan whose changes keep their reasons,
the six dimensions with descriptors and links, breakthroughs."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import same_dump_but_identity
from journal_app.core.errors import InvalidOperation


def test_a_journey_with_its_stage_and_alignment(journal, registry):
    assert journal.journey() is None
    journal.start_journey(registry.get("gtc-tla"), "Better feedback conversations", 2, "effective")
    j = journal.journey()
    assert (j.focus, j.tla_stage, j.ljmu_stage_id) == ("Better feedback conversations", 2, "effective")
    assert j.stage_title == "A descriptive and reflective account of a learning breakthrough"
    assert j.aligned_stages == ("effective",)  # from the LJMU framework's alignment
    assert [d.title for d in j.dimensions][:2] == ["Engaging with the knowledge base", "Coaching and mentoring"]
    assert j.dimensions[0].descriptor.startswith("There has been consistent engagement with sources")
    journal.update_journey(tla_stage=3)
    assert journal.journey().dimensions[0].descriptor.startswith("There has been consistent engagement with and "
                                                                 "analysis of, credible")
    with pytest.raises(InvalidOperation, match="no TLA stage 5"):
        journal.update_journey(tla_stage=5)
    with pytest.raises(InvalidOperation, match="already has"):
        journal.start_journey(registry.get("gtc-tla"))


def test_every_change_to_the_plan_keeps_its_reason(journal, registry):
    journal.start_journey(registry.get("gtc-tla"), "Focus", 1)
    a = journal.add_plan_item("action", "Observe two colleagues", dt.date(2025, 11, 1))
    journal.add_plan_item("review", "Review with my mentor", dt.date(2025, 12, 1), reason="first review point")
    with pytest.raises(InvalidOperation, match="say why the plan changed"):
        journal.change_plan_item(a, "", text="Observe three colleagues")
    journal.change_plan_item(a, "A third colleague offered", text="Observe three colleagues")
    journal.change_plan_item(a, "Done early", done=True)
    journal.remove_plan_item(a, "Folded into the review")
    history = journal.plan_history()
    assert [h.reason for h in history] == ["", "first review point", "A third colleague offered", "Done early",
                                           "Folded into the review"]
    assert history[2].change == ("Changed action “Observe two colleagues” (due 1 Nov 2025) to action "
                                 "“Observe three colleagues” (due 1 Nov 2025)")
    assert history[4].change.startswith("Removed action “Observe three colleagues”")
    assert [p.text for p in journal.plan()] == ["Review with my mentor"]


def test_dimensions_accounts_links_and_coverage(journal, registry, tmp_path):
    journal.start_journey(registry.get("gtc-tla"), "Focus", 1)
    (tmp_path / "notes.txt").write_text("x")
    eid = journal.add_evidence(tmp_path / "notes.txt")
    cid = journal.add_conversation(dt.date(2025, 1, 1), "Pat", "mentoring")
    journal.set_dimension_account("knowledge-base", "I read " + "widely " * 120)
    journal.link_to_dimension("knowledge-base", "evidence", eid)
    journal.link_to_dimension("coaching-mentoring", "conversation", cid)
    dims = {d.id: d for d in journal.journey().dimensions}
    assert dims["knowledge-base"].status == "addressed"
    assert dims["coaching-mentoring"].status == "thin" and dims["planning"].status == "not started"
    assert dims["coaching-mentoring"].links == (("conversation", cid),)
    with pytest.raises(InvalidOperation, match="no TLA dimension"):
        journal.set_dimension_account("nope", "x")
    with pytest.raises(InvalidOperation, match="no evidence item"):
        journal.link_to_dimension("planning", "evidence", 999)
    assert any(n.startswith("Still thin: Coaching and mentoring") for n in journal.journey_notes())


def test_breakthroughs_and_what_stage_4_asks(journal, registry):
    journal.start_journey(registry.get("gtc-tla"), "Focus", 4)
    assert "Stage 4 asks for more than one learning breakthrough." in journal.journey_notes()
    journal.add_breakthrough("Trainees now evaluate first", "Observation notes", "Trainee: 'I own my targets now'")
    journal.add_breakthrough("Colleagues adopted the protocol")
    assert "Stage 4 asks for more than one learning breakthrough." not in journal.journey_notes()
    assert [b.what_changed for b in journal.breakthroughs()] == ["Trainees now evaluate first",
                                                                 "Colleagues adopted the protocol"]
    with pytest.raises(InvalidOperation, match="say what changed"):
        journal.add_breakthrough(" ")


def test_the_journey_survives_a_dump(journal, registry, tmp_path):
    from journal_app.core.exchange import dump_to_file, load

    journal.start_journey(registry.get("gtc-tla"), "Focus", 3, "advanced")
    item = journal.add_plan_item("action", "Read two studies")
    journal.change_plan_item(item, "Found a better one", text="Read three studies")
    journal.set_dimension_account("evaluating", "Pupil voice survey")
    cid = journal.add_conversation(dt.date(2025, 2, 2), "Pat", "mentoring")
    journal.link_to_dimension("evaluating", "conversation", cid)
    journal.add_breakthrough("Feedback changed", "notes", "pupils")
    first = dump_to_file(journal, tmp_path / "one.json")
    copy = load(first, tmp_path / "copy.ljournal")
    second = dump_to_file(copy, tmp_path / "two.json")
    assert copy.journey().tla_stage == 3 and copy.plan_history()[-1].reason == "Found a better one"
    copy.close()
    assert same_dump_but_identity(first, second)


def test_the_tla_summary_sheet(journal, registry, tmp_path, run_cli):
    from pypdf import PdfReader

    journal.start_journey(registry.get("gtc-tla"), "Sharper feedback <conversations>", 4, "advanced")
    item = journal.add_plan_item("action", "Film two feedback sessions", dt.date(2025, 10, 1))
    journal.change_plan_item(item, "Trainee preferred audio", text="Record two feedback sessions")
    journal.set_dimension_account("sharing-learning", "Led a twilight session for ten mentors.")
    (tmp_path / "slides.pdf").write_bytes(b"%PDF slides")
    eid = journal.add_evidence(tmp_path / "slides.pdf")
    journal.link_to_dimension("sharing-learning", "evidence", eid)
    journal.add_breakthrough("Trainees set their own targets", "Target sheets", "Trainee: it is mine now")
    path = journal.path
    journal.close()
    code, _, err = run_cli("export-pdf", path, "-o", tmp_path / "tla.pdf", "--sheet", "tla")
    assert code == 0, err
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(str(tmp_path / "tla.pdf")).pages).split())
    for expected in ("Teacher Learning Academy: learning journey", "Sharper feedback <conversations>",
                     "Stage 4: A reflective and analytical account of more than one learning breakthrough",
                     "Advanced Mentor", "Record two feedback sessions", "Trainee preferred audio",
                     "Sharing your learning and influencing practice", "Led a twilight session for ten mentors.",
                     "Evidence: slides.pdf", "Trainees set their own targets", "Trainee: it is mine now",
                     "Stage 4 asks for more than one learning breakthrough.", "Evidence index"):
        assert expected in text, expected


def test_the_journey_in_the_window(qtbot, tmp_path, paths, errors, ljmu):
    from conftest import open_window
    from journal_app.core.journal import Journal

    path = tmp_path / "j.ljournal"
    j = Journal.create(path, ljmu, "Jo")
    j.add_conversation(dt.date(2025, 1, 1), "Pat", "mentoring")
    j.close()
    w = open_window(qtbot, paths)
    w.open_journal(path)
    w.view.show_page("journey")
    page = w.view.pages["journey"]
    assert page.start_button.isVisible() and not page.body.isVisible()
    assert page.start()
    qtbot.keyClicks(page.focus, "Questioning in feedback")
    page.tla_stage.setCurrentIndex(page.tla_stage.findData(2))
    page.tla_stage.activated.emit(page.tla_stage.currentIndex())
    page.ljmu_stage.setCurrentIndex(page.ljmu_stage.findData("effective"))
    page.ljmu_stage.activated.emit(page.ljmu_stage.currentIndex())
    assert page.add_item(("action", "Observe two colleagues", dt.date(2025, 3, 1), ""))
    page.plan.selectRow(0)
    assert not page.change_item(("action", "Observe three colleagues", dt.date(2025, 3, 1), ""))  # needs a why
    assert errors and "say why the plan changed" in errors[-1]
    assert page.change_item(("action", "Observe three colleagues", dt.date(2025, 3, 1), "A third offered"))
    assert page.history.item(1).text().endswith("because A third offered")
    tab = page.dimension_tabs["coaching-mentoring"]
    assert tab.descriptor.text().startswith("<i>Stage 2 asks:</i> There has been consistent professional dialogue")
    qtbot.keyClicks(tab.account, "Fortnightly dialogue with my mentor")
    for dim_id, other in page.dimension_tabs.items():  # write to each dimension
        if other is not tab:
            qtbot.keyClicks(other.account, f"My account of {dim_id}")
    assert page.flush()
    assert tab.link_chosen()
    assert page.record_breakthrough(("Trainees speak first", "Notes", "Trainee feedback"))
    page.refresh()
    journey = w.session.journal.journey()
    assert (journey.focus, journey.tla_stage, journey.ljmu_stage_id) == ("Questioning in feedback", 2, "effective")
    dims = {d.id: d for d in journey.dimensions}
    assert dims["coaching-mentoring"].account == "Fortnightly dialogue with my mentor"
    assert dims["coaching-mentoring"].links == (("conversation", 1),)
    assert all(d.account for d in journey.dimensions) and dims["evaluating"].account == "My account of evaluating"
    assert page.breakthroughs.count() == 1 and "Effective Mentor" in page.aligned.text()


def test_the_overview_shows_which_dimensions_are_thin(qtbot, journal, registry):
    from journal_app.ui.overview_page import OverviewPage
    from journal_app.ui.session import JournalSession

    journal.start_journey(registry.get("gtc-tla"), "Focus", 1)
    journal.set_dimension_account("planning", "word " * 150)
    cid = journal.add_conversation(dt.date(2025, 1, 1), "Pat", "mentoring")
    journal.link_to_dimension("planning", "conversation", cid)
    page = OverviewPage(JournalSession(journal))
    qtbot.addWidget(page)
    m = page.journey.model()
    rows = {m.index(r, 0).data(): m.index(r, 3).data() for r in range(m.rowCount())}
    assert rows["Planning your learning"] == "Addressed" and rows["Coaching and mentoring"] == "Not started"
    assert not page.journey.isHidden()
