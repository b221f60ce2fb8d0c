"""The core announces changes: one ChangeEvent per write operation, saying what changed; and the
domain rules the window and the command line share (the next state on Space, who is recorded
after a sign-off)."""

from __future__ import annotations

import datetime as dt

import pytest

from journal_app.core.events import TOPICS, ChangeEvent
from journal_app.core.journal import Journal
from journal_app.core.review import export_for_mentor, return_copy
from journal_app.core.review_import import import_review
from journal_app.core.views import CriterionRecordView

S, C = "developing", "dev-qts-standards"


@pytest.fixture
def ready(journal, registry, tmp_path):
    journal.start_journey(registry.get("gtc-tla"))
    journal.set_diamond(S, [("mentoring", "m1"), ("mentoring", "m2"), ("mentoring", "m3")] + [None] * 6)
    cid = journal.add_conversation(dt.date(2026, 3, 1), "Pat", agreed_actions="Observe\nRead")
    tid = journal.add_target(S, "A target")
    (tmp_path / "e.txt").write_text("evidence")
    eid = journal.add_evidence(tmp_path / "e.txt", links=[(S, C)])
    return journal, {"conversation": cid, "target": tid, "evidence": eid, "file": tmp_path / "e.txt"}


# operation, the event it announces
OPERATIONS = {
    "criterion state": (lambda j, i: j.set_criterion_state(S, C, "achieved"), ChangeEvent("criteria", S, C)),
    "toggle achieved": (lambda j, i: j.toggle_achieved(S, C), ChangeEvent("criteria", S, C)),
    "criterion notes": (lambda j, i: j.set_criterion_notes(S, C, "n"), ChangeEvent("criteria", S, C)),
    "tick": (lambda j, i: j.set_tick(S, "mentoring", "m1", True), ChangeEvent("checklist", S, ("mentoring", "m1"))),
    "reflection": (lambda j, i: j.set_reflection(S, "r"), ChangeEvent("reflection", S)),
    "details": (lambda j, i: j.set_details(school="X"), ChangeEvent("details")),
    "add target": (lambda j, i: j.add_target(S, "t"), ChangeEvent("targets", S)),
    "update target": (lambda j, i: j.update_target(i["target"], text="u"), None),
    "verification": (lambda j, i: j.set_verification(S, "professional-mentor", name="V"),
                     ChangeEvent("verification", S, "professional-mentor")),
    "diamond": (lambda j, i: j.set_diamond(S, [None] * 9), ChangeEvent("diamond", S)),
    "diamond to three targets": (lambda j, i: j.diamond_to_targets(S, 2), ChangeEvent("targets", S)),
    "action to target": (lambda j, i: j.action_to_target(i["conversation"], 1, S), ChangeEvent("targets", S)),
    "add evidence": (lambda j, i: j.add_evidence(i["file"], links=[(S, C)]), None),
    "link evidence": (lambda j, i: j.link_evidence(i["evidence"], S, "dev-documentation"), None),
    "conversation": (lambda j, i: j.update_conversation(i["conversation"], focus="f"), None),
    "agreement": (lambda j, i: j.set_agreement("Pat", ground_rules="g"), ChangeEvent("conversations", None, "Pat")),
    "journey": (lambda j, i: j.update_journey(focus="f"), ChangeEvent("journey")),
    "dimension": (lambda j, i: j.set_dimension_account("planning", "a"), ChangeEvent("journey", None, "planning")),
    "plan": (lambda j, i: j.add_plan_item("action", "p"), ChangeEvent("journey")),
    "breakthrough": (lambda j, i: j.add_breakthrough("b"), ChangeEvent("journey")),
    "paper sign-off": (lambda j, i: j.record_paper_sign_off(S, "professional-mentor", "Pat", verified=True,
                                                            signed_on=dt.date.today(), comment="", scan=i["file"]),
                       ChangeEvent("journal")),
    "tags": (lambda j, i: j.set_tags("reflection", S, ["learning-conversation"], []),
             ChangeEvent("tags", S, ("reflection", S))),
}
TOPIC_OF = {"add evidence": "evidence", "link evidence": "evidence", "conversation": "conversations",
            "update target": "targets"}


@pytest.mark.parametrize("name", list(OPERATIONS))
def test_each_write_operation_announces_one_change(ready, name):
    journal, ids = ready
    heard: list[ChangeEvent] = []
    journal.subscribe(heard.append)
    operation, expected = OPERATIONS[name]
    operation(journal, ids)
    assert len(heard) == 1, heard
    if name in TOPIC_OF:
        assert heard[0].topic == TOPIC_OF[name]
    else:
        assert heard[0] == expected
    assert heard[0].topic in TOPICS


def test_a_refused_operation_announces_nothing(journal):
    heard: list[ChangeEvent] = []
    journal.subscribe(heard.append)
    with pytest.raises(Exception, match="empty"):
        journal.diamond_to_targets(S, 1)
    assert heard == []


def test_an_event_says_whom_it_concerns():
    e = ChangeEvent("targets", "developing")
    assert e.concerns({"targets"}, "developing") and e.concerns({"targets"}, None)
    assert not e.concerns({"targets"}, "effective") and not e.concerns({"criteria"}, "developing")
    assert ChangeEvent("targets").concerns({"targets"}, "effective")  # a change of no one stage: all
    assert ChangeEvent("journal").concerns(set(), "effective")  # the whole journal: everyone
    assert ChangeEvent.of("criterion", S, C) == ChangeEvent("criteria", S, C)  # the older names
    assert ChangeEvent.of("something new") == ChangeEvent("journal")  # unknown: refresh everything


@pytest.mark.parametrize(("state", "notes", "evidence", "after"), [
    ("not_started", "", 0, "achieved"), ("begun", "", 0, "achieved"), ("partly_evidenced", "n", 1, "achieved"),
    ("achieved", "", 0, "not_started"), ("achieved", "some notes", 0, "partly_evidenced"),
    ("achieved", "", 2, "partly_evidenced"),
])
def test_the_next_state_of_a_criterion_on_space(state, notes, evidence, after):
    assert CriterionRecordView(S, C, state, notes=notes, evidence_count=evidence).toggled_state == after


def test_toggle_achieved_in_the_core(journal):
    assert journal.toggle_achieved(S, C) == "achieved"
    assert journal.criterion_record(S, C).achieved_on == dt.date.today()
    assert journal.toggle_achieved(S, C) == "not_started"
    journal.set_criterion_notes(S, C, "notes")
    journal.toggle_achieved(S, C)
    assert journal.toggle_achieved(S, C) == "partly_evidenced"


def test_a_sign_off_records_its_signer_as_the_reviewer_once(journal, tmp_path, run_cli):
    copy = export_for_mentor(journal, tmp_path / "copy.ljournal")
    m = Journal.open(copy)
    heard: list[ChangeEvent] = []
    m.subscribe(heard.append)
    m.sign_off(S, "professional-mentor", "Pat Mentor")
    assert (m.review.reviewer_name, m.review.reviewer_role) == ("Pat Mentor", "professional-mentor")
    assert heard == [ChangeEvent("review", S)]  # one change
    m.sign_off("effective", "university-partnership-manager", "Someone Else")  # the first signer stays
    assert (m.review.reviewer_name, m.review.reviewer_role) == ("Pat Mentor", "professional-mentor")
    m.close()
    m = Journal.open(copy)
    assert (m.review.reviewer_name, m.review.reviewer_role) == ("Pat Mentor", "professional-mentor")
    m.close()
    # The command line follows the same rule: a name already given is kept, a missing role filled.
    copy2 = export_for_mentor(journal, tmp_path / "copy2.ljournal")
    m = Journal.open(copy2)
    m.set_reviewer("Dr Khan")
    m.close()
    code, _out, err = run_cli("sign-off", copy2, "--stage", S, "--role", "university-link-tutor", "--name", "R. Smith")
    assert code == 0, err
    m = Journal.open(copy2)
    assert (m.review.reviewer_name, m.review.reviewer_role) == ("Dr Khan", "university-link-tutor")
    m.close()


def test_an_import_is_one_whole_journal_change(journal, tmp_path):
    copy = export_for_mentor(journal, tmp_path / "copy.ljournal")
    m = Journal.open(copy)
    m.sign_off(S, "professional-mentor", "Pat")
    returned = return_copy(m, tmp_path / "returned.ljournal")
    m.close()
    heard: list[ChangeEvent] = []
    journal.subscribe(heard.append)
    import_review(journal, returned)
    assert heard == [ChangeEvent("journal")]


def test_a_criterion_comment_is_recorded_under_the_reviewers_role(journal, tmp_path):
    copy = export_for_mentor(journal, tmp_path / "copy.ljournal")
    m = Journal.open(copy)
    try:
        assert m.comment_role(S) == "professional-mentor"  # no role given yet: the stage's first verifier
        m.set_reviewer("Pat", "University link tutor")  # as printed, in either language
        assert m.comment_role(S) == "university-link-tutor"
        assert m.comment_role("effective") == "professional-mentor"  # a role that stage does not have
    finally:
        m.close()


def test_a_stage_changed_since_it_was_verified_is_one_rule(journal, tmp_path):
    copy = export_for_mentor(journal, tmp_path / "copy.ljournal")
    m = Journal.open(copy)
    m.sign_off(S, "professional-mentor", "Pat")
    returned = return_copy(m, tmp_path / "returned.ljournal")
    m.close()
    import_review(journal, returned)
    assert journal.broken_seal(S) is None
    journal.set_reflection(S, "changed after the sign-off")
    seal = journal.broken_seal(S)
    assert seal is not None and seal.broken and journal.broken_seals() == [f"Developing Mentor: {seal.describe()}"]


def test_agreed_actions_are_read_the_same_everywhere():
    from journal_app.core.conversations import agreed_actions

    assert agreed_actions("  Observe \n\n Read the handbook\n") == ["Observe", "Read the handbook"]
