"""Learning conversations and learning agreements (part of the learning journey, issue 7)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from conftest import same_dump_but_identity
from journal_app.core import i18n
from journal_app.core.errors import InvalidOperation
from journal_app.core.exchange import dump_to_file, load
from journal_app.core.journal import Journal
from journal_app.core.review import export_for_mentor


def test_log_a_conversation_and_turn_an_action_into_a_target(journal):
    cid = journal.add_conversation(dt.date(2025, 10, 6), "Pat Mentor", "mentoring", their_role="Professional mentor",
                                   focus="Giving feedback", notes="We watched the video together.",
                                   agreed_actions="Ask the trainee to speak first\n\nSet one target, not three")
    c = journal.conversation(cid)
    assert c.actions == ["Ask the trainee to speak first", "Set one target, not three"]
    tid = journal.action_to_target(cid, 1, "developing")
    t = journal.target(tid)
    assert (t.text, t.stage_id) == ("Set one target, not three", "developing")
    assert t.review_notes == "Agreed in a conversation with Pat Mentor on 6 Oct 2025"
    with i18n.using("cy"):  # the date as every other date is shown, in Welsh too
        welsh = journal.target(journal.action_to_target(cid, 0, "advanced")).review_notes
    assert "6 Hyd 2025" in welsh and "Pat Mentor" in welsh
    with pytest.raises(InvalidOperation, match="no agreed action 3"):
        journal.action_to_target(cid, 2, "developing")
    journal.link_conversation(cid, "developing", "dev-qts-standards")
    assert journal.conversation(cid).links == (("developing", "dev-qts-standards"),)
    assert [h.kind for h in journal.search("video")] == ["conversation"]
    journal.update_conversation(cid, notes="Edited notes")
    assert journal.search("video") == []
    journal.delete_conversation(cid)
    assert journal.conversations() == []
    assert [h for h in journal.search("giving") if h.kind == "conversation"] == []


def test_conversation_input_is_checked(journal):
    with pytest.raises(InvalidOperation, match="unknown kind"):
        journal.add_conversation(dt.date(2025, 1, 1), "Sam", "gossip")
    with pytest.raises(InvalidOperation, match="name of the person"):
        journal.add_conversation(dt.date(2025, 1, 1), "  ")


def test_a_learning_agreement_per_person(journal):
    assert journal.agreement("Pat Mentor").empty
    journal.set_agreement("Pat Mentor", ground_rules="Fortnightly, 30 minutes", confidentiality="Stays between us")
    journal.set_agreement("Pat Mentor", boundaries="No assessment talk")
    a = journal.agreement("Pat Mentor")
    assert (a.ground_rules, a.confidentiality, a.boundaries) == (
        "Fortnightly, 30 minutes", "Stays between us", "No assessment talk")
    assert [x.person for x in journal.agreements()] == ["Pat Mentor"]


def test_private_conversations_stay_on_the_laptop(journal, tmp_path):
    journal.add_conversation(dt.date(2025, 2, 1), "Coach", "co-coaching", notes="Shared notes")
    journal.add_conversation(dt.date(2025, 2, 2), "Head", "mentoring", notes="Quokkaprivatus matter", private=True)
    journal.set_agreement("Head", ground_rules="Quokkaprivatus rules", private=True)
    copy = export_for_mentor(journal, tmp_path / "copy.ljournal")
    assert b"Quokkaprivatus" not in copy.read_bytes()
    m = Journal.open(copy, readonly=True)
    assert [c.with_whom for c in m.conversations()] == ["Coach"] and m.agreements() == []
    m.close()
    shared = dump_to_file(journal, tmp_path / "share.json", include_private=False).read_text(encoding="utf-8")
    assert "Quokkaprivatus" not in shared and "Shared notes" in shared


def test_conversations_round_trip_through_a_dump(journal, tmp_path):
    cid = journal.add_conversation(dt.date(2025, 3, 3), "Pat", "specialist-coaching", agreed_actions="One\nTwo")
    journal.link_conversation(cid, "effective", "eff-moderate")
    journal.set_agreement("Pat", boundaries="Only teaching and learning")
    first = dump_to_file(journal, tmp_path / "one.json")
    copy = load(first, tmp_path / "copy.ljournal")
    second = dump_to_file(copy, tmp_path / "two.json")
    assert copy.conversation(cid).links == (("effective", "eff-moderate"),)
    assert any(h.kind == "conversation" for h in copy.search("pat"))
    copy.close()
    assert same_dump_but_identity(first, second)


def test_conversations_in_the_window(qtbot, tmp_path, paths, errors, ljmu):
    from conftest import open_window

    path = tmp_path / "c.ljournal"
    j = Journal.create(path, ljmu, "Cal")
    j.set_agreement("Pat Mentor", ground_rules="Fortnightly")
    j.close()
    w = open_window(qtbot, paths)
    w.open_journal(path)
    w.view.show_page("conversations")
    page = w.view.pages["conversations"]
    cid = page.new_conversation()
    page.with_whom.clear()
    qtbot.keyClicks(page.with_whom, "Pat Mentor")
    qtbot.keyClicks(page.focus, "Feedback after the observation")
    qtbot.keyClicks(page.actions, "Ask the trainee to speak first")
    assert page.flush()
    assert page.agreement.title() == "Learning agreement with Pat Mentor"
    assert page.ground_rules.toPlainText() == "Fortnightly"  # shown when a conversation with them is logged
    qtbot.keyClicks(page.boundaries, "Not an assessment")
    assert page.flush()
    page.stage_choice.setCurrentIndex(page.stage_choice.findData("developing"))
    tid = page.make_target()
    assert w.session.journal.target(tid).text == "Ask the trainee to speak first"
    c = w.session.journal.conversation(cid)
    assert (c.with_whom, c.focus) == ("Pat Mentor", "Feedback after the observation")
    assert w.session.journal.agreement("Pat Mentor").boundaries == "Not an assessment"
    assert page.table.model().index(0, 1).data() == "Pat Mentor"
    page.criterion_choice.setCurrentIndex(page.criterion_choice.findData("developing/dev-adult-learners"))
    assert page.link_criterion()
    assert w.session.journal.conversation(cid).links == (("developing", "dev-adult-learners"),)
    assert page.linked.text() == "Evidence for: Developing Mentor 8"
    page.agreement_private.setChecked(True)
    assert page.flush() and w.session.journal.agreement("Pat Mentor").private
    w.focus_search()
    qtbot.keyClicks(w.view.search, "observation")
    qtbot.keyClick(w.view.search, Qt.Key.Key_Return)
    qtbot.keyClick(w.view.search_page.results, Qt.Key.Key_Return)
    assert w.view.current_key() == "conversations"
    assert errors == []


def test_a_cornwall_journal_keeps_evidence_for_each_phase(qtbot, tmp_path, paths, errors, registry):
    """Cornwall's phases have no criteria table: evidence belongs to the phase itself."""
    from conftest import open_window
    from journal_app.core.reports import export_pdf

    path = tmp_path / "cornwall.ljournal"
    j = Journal.create(path, registry.get("cornwall-mcl"), "Kerensa")
    (tmp_path / "coaching-log.pdf").write_bytes(b"%PDF log")
    eid = j.add_evidence(tmp_path / "coaching-log.pdf", links=[("phase-2", "")])
    j.set_reflection("phase-2", "Coaching three colleagues changed my own practice.")
    j.add_target("phase-2", "Lead a coaching triad")
    j.set_verification("phase-2", "school-leader", name="R. Head", state="verified")
    assert [e.id for e in j.evidence_items("phase-2")] == [eid] and j.evidence_items("phase-1") == []
    for n, phase in enumerate(("phase-1", "phase-3"), 1):  # and through the other phases too
        (tmp_path / f"p{n}.txt").write_text(phase)
        j.add_evidence(tmp_path / f"p{n}.txt", links=[(phase, "")])
        j.set_reflection(phase, f"Reflection on {phase}")
        j.add_target(phase, f"Target for {phase}")
        j.set_verification(phase, "qa-visitor", name="Q. Visitor", state="verified")
    assert [s.verification_state for s in j.overview()] == ["partly_verified"] * 3
    assert all(s.reflection_words and s.open_targets for s in j.overview())
    with pytest.raises(InvalidOperation, match="no criterion"):
        j.link_evidence(eid, "phase-2", "nope")
    pdf = export_pdf(j, tmp_path / "c.pdf", sheet="criteria", stage_ids=["phase-2"])
    j.close()
    from pypdf import PdfReader

    text = " ".join(PdfReader(str(pdf)).pages[0].extract_text().split())
    assert "An Advanced Mentor and Coach – Phase 2" in text and "coaching-log.pdf" in text
    w = open_window(qtbot, paths)
    w.open_journal(path)
    w.view.show_page("stage:phase-2#criteria")
    tab = w.view.stage_pages["phase-2"].criteria
    assert tab.stage_evidence is not None and tab.stage_evidence.model.rowCount() == 1
    (tmp_path / "triad notes.txt").write_text("notes")
    assert len(tab.stage_evidence.add_files([str(tmp_path / "triad notes.txt")])) == 1
    assert {e.name for e in w.session.journal.evidence_items("phase-2")} == {"coaching-log.pdf", "triad notes.txt"}
    assert w.view.stage_pages["phase-2"].tabs.count() == 4  # evidence, reflection, targets, verification
    assert errors == []


def test_the_criterion_list_cuts_long_criteria_at_a_word_with_an_ellipsis(qtbot, tmp_path, paths, errors, ljmu):
    """It read 'Prerequisite 1: Model professional behaviour in all aspects of work, includi'."""
    from conftest import open_window

    path = tmp_path / "c.ljournal"
    Journal.create(path, ljmu, "Cal").close()
    w = open_window(qtbot, paths)
    w.open_journal(path)
    w.view.show_page("conversations")
    combo = w.view.pages["conversations"].criterion_choice
    texts = {f"{s.label} {n}: {' '.join(c.text.split())}" for s in ljmu.stages for n, c in enumerate(s.criteria, 1)}
    items = [combo.itemText(i) for i in range(combo.count())]
    assert items and all(t in texts or t.endswith(" …") for t in items), [t for t in items if t not in texts][:3]
    cut = [t[:-2] for t in items if t.endswith(" …")]
    assert cut and all(any(full.startswith(c + " ") for full in texts) for c in cut)  # whole words only
    assert errors == []


def test_an_agreed_action_already_made_a_target_is_found_and_not_made_twice(journal):
    """The journal keeps no link from a target to its conversation, so the core ties them by
    text: an open target of the action's words (case and spacing aside)."""
    cid = journal.add_conversation(dt.date(2025, 10, 6), "Pat Mentor", "mentoring",
                                   agreed_actions="Ask the trainee to speak first\nSet one target, not three")
    assert journal.action_targets(cid, 0) == []
    tid = journal.action_to_target(cid, 0, "developing")
    journal.update_target(tid, due_date=dt.date(2025, 11, 1))
    assert [t.id for t in journal.action_targets(cid, 0)] == [tid]
    assert journal.action_targets(cid, 1) == []
    with pytest.raises(InvalidOperation, match="already an open target for .*, due 1 Nov 2025"):
        journal.action_to_target(cid, 0, "developing")
    assert len(journal.targets("developing")) == 1
    # Typed again by hand with other spacing and case: still the same action.
    journal.update_target(tid, text="  ask the trainee  to speak FIRST ")
    with pytest.raises(InvalidOperation, match="already an open target"):
        journal.action_to_target(cid, 0, "developing")
    # Another stage, or the whole journal, may have it too; each then counts.
    other = journal.action_to_target(cid, 0, None)
    with pytest.raises(InvalidOperation, match="whole journal .no due date."):
        journal.action_to_target(cid, 0, None)
    assert [t.id for t in journal.action_targets(cid, 0)] == [tid, other]
    # Achieved, dropped or reworded, it is no longer the open target of that action.
    journal.update_target(tid, status="achieved")
    journal.update_target(other, text="Ask the trainee to speak first, then the class teacher")
    assert journal.action_targets(cid, 0) == []
    again = journal.action_to_target(cid, 0, "developing")
    assert journal.target(again).status == "open" and len(journal.targets("developing")) == 2
    with pytest.raises(InvalidOperation, match="no agreed action 3"):
        journal.action_targets(cid, 2)


def test_the_window_shows_an_action_already_made_a_target(qtbot, tmp_path, paths, errors, ljmu):
    """A teacher sees that an agreed action is already a target (and when it is due) instead of
    making it twice; a target of its words made or changed elsewhere counts the same."""
    from conftest import open_window

    path = tmp_path / "c.ljournal"
    j = Journal.create(path, ljmu, "Cal")
    j.add_conversation(dt.date(2025, 10, 6), "Pat Mentor", "mentoring",
                       agreed_actions="Ask the trainee to speak first\nSet one target, not three")
    j.close()
    w = open_window(qtbot, paths)
    assert w.open_journal(path)
    w.view.show_page("conversations")
    page = w.view.pages["conversations"]
    journal = w.session.journal
    page.stage_choice.setCurrentIndex(page.stage_choice.findData("developing"))
    assert page.target_button.isEnabled() and page.target_button.text() == "Make it a &target"
    assert page.already.isHidden()

    tid = page.make_target()
    assert journal.target(tid).text == "Ask the trainee to speak first"
    assert not page.target_button.isEnabled() and page.target_button.text() == "Made a target ✓"
    assert not page.already.isHidden() and page.already.text() == "Already a target for Developing Mentor (no due date)"
    assert page.make_target() is None and len(journal.targets("developing")) == 1  # refused by the core too
    assert any("already an open target" in e for e in errors)
    errors.clear()

    w.session.run(lambda j: j.update_target(tid, due_date=dt.date(2025, 11, 1)))  # changed on the targets page
    assert page.already.text() == "Already a target for Developing Mentor, due 1 Nov 2025"
    page.action_choice.setCurrentIndex(1)  # the other action is not a target yet
    assert page.target_button.isEnabled() and page.already.isHidden()
    page.action_choice.setCurrentIndex(0)
    page.stage_choice.setCurrentIndex(page.stage_choice.findData(None))  # for another stage it still can be
    assert page.target_button.isEnabled() and page.target_button.text() == "Make it a &target"
    assert "Developing Mentor" in page.already.text()
    w.session.run(lambda j: j.update_target(tid, status="achieved"))  # achieved: no longer an open target
    assert page.already.isHidden()
    page.stage_choice.setCurrentIndex(page.stage_choice.findData("developing"))
    assert page.target_button.isEnabled()
    assert errors == []
