"""The CUREE framework at hand (issue 7): tags with principles and skills, their coverage, and
Diamond 9."""

from __future__ import annotations

import datetime as dt

import pytest

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
    assert first.read_text(encoding="utf-8") == second.read_text(encoding="utf-8")
