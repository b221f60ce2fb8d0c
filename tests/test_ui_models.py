"""The item models on their own, without a window."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from journal_app.ui.models import (
    ID_ROLE,
    ChecklistModel,
    CriteriaModel,
    EvidenceModel,
    TargetsModel,
)
from journal_app.ui.session import JournalSession


@pytest.fixture
def session(qapp, journal):
    return JournalSession(journal)


def test_criteria_model_reads_and_writes_through_the_core(session, ljmu):
    stage = ljmu.stage("developing")
    model = CriteriaModel(session, stage)
    assert model.rowCount() == 11 and model.columnCount() == 5
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Evidenced by"
    first = model.index(6, CriteriaModel.CRITERION).data()
    assert first.startswith("Assess trainees by:\n• Undertaking analytical lesson observations")
    assert model.index(0, CriteriaModel.ACHIEVED).data() == "○ Not started"  # a mark, then the words
    assert model.setData(model.index(0, CriteriaModel.ACHIEVED), "achieved")
    assert session.journal.criterion_record("developing", "dev-qts-standards").achieved
    assert model.index(0, CriteriaModel.ACHIEVED).data().startswith("✓ Achieved")
    assert not model.setData(model.index(0, CriteriaModel.ACHIEVED), "finished")
    assert model.flags(model.index(0, CriteriaModel.ACHIEVED)) & Qt.ItemFlag.ItemIsEditable
    assert not model.flags(model.index(0, CriteriaModel.CRITERION)) & Qt.ItemFlag.ItemIsEditable
    assert "Attributes" in model.index(0, CriteriaModel.STANDARDS).data()


def test_space_toggle_goes_back_to_partly_evidenced_when_there_is_evidence(session, ljmu):
    model = CriteriaModel(session, ljmu.stage("developing"))
    session.journal.set_criterion_notes("developing", "dev-documentation", "some notes")
    model.refresh()
    row = model.row_of("dev-documentation")
    model.toggle_achieved(row)
    assert session.journal.criterion_record("developing", "dev-documentation").state == "achieved"
    model.toggle_achieved(row)
    assert session.journal.criterion_record("developing", "dev-documentation").state == "partly_evidenced"


def test_prerequisite_shows_induction_codes(session, ljmu):
    model = CriteriaModel(session, ljmu.stage("prerequisite"))
    assert model.index(0, CriteriaModel.EVIDENCED_BY).data() == "I. 2, I. 3, I. 6, I. 7/I. 8, I. 9"


def test_targets_model_edits_and_marks_overdue(session):
    j = session.journal
    t1 = j.add_target("developing", "Past", due_date=dt.date(2020, 1, 1))
    j.add_target("developing", "Future", due_date=dt.date.today() + dt.timedelta(days=30))
    model = TargetsModel(session, "developing")
    assert model.rowCount() == 2 and model.columnCount() == 6
    assert "(overdue)" in model.index(0, TargetsModel.DUE).data()
    assert model.index(0, TargetsModel.TEXT).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert model.index(1, TargetsModel.TEXT).data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.setData(model.index(0, TargetsModel.STATUS), "achieved")
    assert j.target(t1).status == "achieved"
    assert "(overdue)" not in model.index(0, TargetsModel.DUE).data()
    assert model.setData(model.index(0, TargetsModel.DUE), dt.date(2030, 5, 6))
    assert j.target(t1).due_date == dt.date(2030, 5, 6)
    assert not model.setData(model.index(0, TargetsModel.STATUS), "maybe")
    whole = TargetsModel(session, None)
    assert whole.columnCount() == 7 and whole.index(0, TargetsModel.STAGE).data() == "Developing Mentor"
    assert model.setData(model.index(1, TargetsModel.PRIVATE), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert j.targets("developing")[1].private


def test_evidence_model_lists_supported_criteria(session, tmp_path):
    f = tmp_path / "plan.docx"
    f.write_bytes(b"x" * 2048)
    eid = session.journal.add_evidence(f, links=[("developing", "dev-documentation")])
    model = EvidenceModel(session)
    assert model.rowCount() == 1
    assert model.index(0, EvidenceModel.NAME).data(ID_ROLE) == eid
    assert model.index(0, EvidenceModel.SUPPORTS).data() == "Developing Mentor 3"
    assert model.index(0, EvidenceModel.SIZE).data() == "2.0 KB"
    model.set_filter("developing", "dev-qts-standards")
    assert model.rowCount() == 0


def test_checklist_model_ticks_and_notes_through_the_core(session, ljmu, journal):
    stage = ljmu.stage("developing")
    model = ChecklistModel(session, stage, stage.checklists[0])
    assert model.rowCount() == len(stage.checklists[0].items) and model.columnCount() == 2
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(2)] == ["Skill", "Note"]
    skill, note = model.index(0, ChecklistModel.SKILL), model.index(0, ChecklistModel.NOTE)
    assert skill.data() == stage.checklists[0].items[0].full_text and skill.data(ID_ROLE) == "m1"
    assert skill.flags() & Qt.ItemFlag.ItemIsUserCheckable and not skill.flags() & Qt.ItemFlag.ItemIsEditable
    assert note.flags() & Qt.ItemFlag.ItemIsEditable
    assert model.setData(skill, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert model.setData(note, "shown in a meeting")
    tick = journal.ticks("developing")[("mentoring", "m1")]
    assert (tick.ticked, tick.note) == (True, "shown in a meeting")
    assert skill.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked and model.ticked_count() == 1
    # A change made elsewhere (another page, an import) shows once the model is refreshed.
    journal.set_tick("developing", "mentoring", "m2", True)
    model.refresh()
    assert model.index(1, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked and model.ticked_count() == 2


def test_checklist_model_of_a_read_only_journal_cannot_be_changed(qapp, tmp_path, ljmu):
    from journal_app.core.journal import Journal

    path = tmp_path / "ro.ljournal"
    Journal.create(path, ljmu, "Ann").close()
    j = Journal.open(path, readonly=True)
    try:
        stage = ljmu.stage("developing")
        model = ChecklistModel(JournalSession(j), stage, stage.checklists[0])
        skill, note = model.index(0, 0), model.index(0, 1)
        assert not skill.flags() & Qt.ItemFlag.ItemIsUserCheckable and not note.flags() & Qt.ItemFlag.ItemIsEditable
        assert not model.setData(skill, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    finally:
        j.close()


def test_session_reports_failures_instead_of_raising(session):
    messages = []
    session.failed.connect(messages.append)
    ok, _ = session.run(lambda j: j.set_reflection("nope", "x"))
    assert not ok and "unknown stage" in messages[0]


def test_evidence_can_be_marked_private_from_the_window(qtbot, session, tmp_path, monkeypatch):
    from journal_app.ui.evidence_page import EvidencePage

    f = tmp_path / "note.txt"
    f.write_text("x")
    eid = session.journal.add_evidence(f)
    page = EvidencePage(session)
    qtbot.addWidget(page)
    page.table.selectRow(0)
    assert page.actions.toggle_private(eid)
    page.refresh()
    assert session.journal.evidence(eid).private
    assert page.model.index(0, EvidenceModel.NAME).data().endswith("(private)")
