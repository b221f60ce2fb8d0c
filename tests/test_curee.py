"""The CUREE framework at hand (issue 7): tags with principles and skills, their coverage, and
Diamond 9."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import same_dump_but_identity
from journal_app.core.curee import diamond_row
from journal_app.core.errors import InvalidOperation


def test_tagging_and_coverage(journal, registry):
    curee = registry.get("curee-national")
    journal.set_reflection("developing", "x")
    cid = journal.add_conversation(dt.date(2025, 1, 1), "Pat", "mentoring")
    tid = journal.add_target("developing", "Listen more")
    journal.set_tags("reflection", "developing", ["learning-conversation", "thoughtful-relationship"], ["mentors/m9"],
                     curee)
    journal.set_tags("conversation", cid, ["learning-agreement", "learning-conversation"], [], curee)
    journal.set_tags("target", tid, [], ["mentors/m9", "specialist-coaches/c8"], curee)
    assert journal.tags("conversation", cid) == (["learning-agreement", "learning-conversation"], [])
    principles, skills = journal.tag_coverage()
    assert principles["learning-conversation"] == 2 and principles["using-resources"] == 0
    assert skills["mentors/m9"] == 2
    journal.set_tags("reflection", "developing", [], [], curee)  # untagged again
    assert journal.tag_coverage()[0]["thoughtful-relationship"] == 0
    with pytest.raises(InvalidOperation, match="unknown CUREE principle or skill: nope"):
        journal.set_tags("target", tid, ["nope"], [], curee)
    with pytest.raises(InvalidOperation, match="only reflection, conversation, target"):
        journal.set_tags("evidence", 1, [], [], curee)


def test_diamond_nine(journal):
    assert [diamond_row(i) for i in range(9)] == [0, 1, 1, 2, 2, 2, 3, 3, 4]
    skills = [("mentoring", f"m{i}") for i in (9, 1, 8, 2, 3, 4, 5, 6, 7)]
    journal.set_diamond("developing", skills)
    assert journal.diamond("developing") == skills
    with pytest.raises(InvalidOperation, match="only one place"):
        journal.set_diamond("developing", [skills[0]] * 2 + [None] * 7)
    with pytest.raises(InvalidOperation, match="not a skill of this stage"):
        journal.set_diamond("developing", [("coaching", "c1")] + [None] * 8)
    ids = journal.diamond_to_targets("developing", rows=2)
    texts = [journal.target(t).text for t in ids]
    assert texts == ["Develop: Listen actively accommodate and value silence; concentrate on what is being said; using "
                     "affirming body language to signal attention; replaying what has been said using some of the "
                     "same words to reinforce, value and reframe thinking",
                     "Develop: Relates sensitively to learners and work through agreed processes to build trust and "
                     "confidence",
                     "Develop: Use open questions to raise awareness, explore beliefs, develop plans, understand "
                     "consequences and explore and commit to solutions"]
    journal.set_diamond("developing", [None] * 9)
    with pytest.raises(InvalidOperation, match="top of the diamond is empty"):
        journal.diamond_to_targets("developing")


def test_tags_and_diamond_survive_a_dump(journal, registry, tmp_path):
    from journal_app.core.exchange import dump_to_file, load

    journal.set_tags("reflection", "developing", ["learning-agreement"], ["co-coaches/cc7"],
                     registry.get("curee-national"))
    journal.set_diamond("effective", [("coaching", "c4")] + [None] * 8)
    first = dump_to_file(journal, tmp_path / "one.json")
    copy = load(first, tmp_path / "copy.ljournal")
    assert copy.diamond("effective")[0] == ("coaching", "c4")
    second = dump_to_file(copy, tmp_path / "two.json")
    copy.close()
    assert same_dump_but_identity(first, second)


def test_diamond_nine_by_drag_and_by_keyboard(qtbot, tmp_path, paths, errors, ljmu):
    from PySide6.QtCore import QMimeData, QPointF, Qt
    from PySide6.QtGui import QDropEvent

    from conftest import open_window
    from journal_app.core.journal import Journal
    from journal_app.ui.diamond_tab import MIME

    path = tmp_path / "d.ljournal"
    Journal.create(path, ljmu, "Di").close()
    w = open_window(qtbot, paths)
    w.open_journal(path)
    w.view.show_page("stage:developing#diamond")
    tab = w.view.stage_pages["developing"].diamond
    # Keyboard: select a skill in the list, move to the top place, press Space.
    tab.skills.setFocus()
    tab.skills.setCurrentRow(8)  # "Listen actively"
    tab.places[0].setFocus()
    qtbot.keyClick(tab.places[0], Qt.Key.Key_Space)
    assert w.session.journal.diamond("developing")[0] == ("mentoring", "m9")
    # Drag from the list onto a place.
    mime = QMimeData()
    mime.setData(MIME, b"mentoring/m1")
    tab.places[1].dropEvent(QDropEvent(QPointF(4, 4), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                                       Qt.KeyboardModifier.NoModifier))
    # Drag between places: the top skill moves down, swapping with what was there.
    mime = QMimeData()
    mime.setData(MIME, b"mentoring/m9")
    mime.setData("application/x-journal-place", b"0")
    tab.places[1].dropEvent(QDropEvent(QPointF(4, 4), Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton,
                                       Qt.KeyboardModifier.NoModifier))
    assert w.session.journal.diamond("developing")[:2] == [("mentoring", "m1"), ("mentoring", "m9")]
    assert tab.places[0].accessibleName().startswith("Priority 1, place 1: Relates sensitively")
    # Delete clears a place from the keyboard.
    tab.places[1].setFocus()
    qtbot.keyClick(tab, Qt.Key.Key_Delete)
    assert w.session.journal.diamond("developing")[1] is None
    ids = tab.make_targets(1)
    assert [w.session.journal.target(i).text for i in ids] == [
        "Develop: Relates sensitively to learners and work through agreed processes to build trust and confidence"]
    assert errors == []


def test_tags_from_the_window_and_the_overview(qtbot, monkeypatch, tmp_path, paths, errors, ljmu):
    from conftest import open_window
    from journal_app.core.journal import Journal
    from journal_app.ui.curee_pane import TagDialog

    path = tmp_path / "t.ljournal"
    Journal.create(path, ljmu, "Tam").close()
    w = open_window(qtbot, paths)
    w.open_journal(path)
    monkeypatch.setattr(TagDialog, "choose", classmethod(
        lambda cls, curee, p, s, what, parent=None: (["learning-agreement"], ["mentors/m8"])))
    assert w.view.stage_pages["developing"].reflection.edit_tags()
    assert w.session.journal.tags("reflection", "developing") == (["learning-agreement"], ["mentors/m8"])
    w.view.show_page("overview")
    m = w.view.overview.curee.model()
    rows = {m.index(r, 0).data(): m.index(r, 1).data() for r in range(m.rowCount())}
    assert rows["Principle: a learning agreement"] == "1" and rows["Principle: using resources effectively"] == "none yet"
    assert rows["Mentors: use open questions"] == "1"
    # The reference pane, with the Welsh Government's wording on request.
    pane = w.curee_pane
    pane.edition.setCurrentIndex(pane.edition.findData("curee-wales"))
    assert "identifying goals rooted in aspirations for pupils" in pane.browser.toPlainText()
    pane.edition.setCurrentIndex(pane.edition.findData("curee-national"))
    assert "identifying goals that build on what learners know" in pane.browser.toPlainText()
    assert errors == []


def test_the_diamond_is_printed_with_the_criteria_record(journal, tmp_path):
    from pypdf import PdfReader

    from journal_app.core.reports import export_pdf

    journal.set_diamond("developing", [("mentoring", "m8"), ("mentoring", "m9"), None, ("mentoring", "m1")] + [None] * 5)
    out = export_pdf(journal, tmp_path / "c.pdf", sheet="criteria", stage_ids=["developing"])
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(str(out)).pages).split())
    assert "Diamond 9: skills in order of priority" in text
    assert "1 Use open questions (mentoring)" in text and "Listen actively (mentoring)" in text
