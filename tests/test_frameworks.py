"""Every framework file loads, matches its seed word for word, and broken files are refused
with the file, the line and the problem named."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from journal_app.core.errors import FrameworkError
from journal_app.core.frameworks import FrameworkRegistry, load_framework_file
from journal_app.resources import resource_path

LJMU_SEED = "002_7e572dd33ecb6dc9.txt"


def normalise(text: str) -> str:
    text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    text = text.replace("**", " ").replace("*", " ")
    text = re.sub(r"\s+", " ", text)
    return text.replace("( ", "(").replace(" )", ")").strip()


def test_every_bundled_framework_loads(registry):
    assert set(registry.frameworks) == {"ljmu-mentor", "gtc-tla", "curee-national", "curee-wales", "cornwall-mcl"}
    assert registry.problems == []
    assert {f.id for f in registry.journal_frameworks()} == {"ljmu-mentor", "cornwall-mcl"}


def test_ljmu_structure_matches_the_booklet(ljmu):
    stages = {s.id: s for s in ljmu.stages}
    assert list(stages) == ["prerequisite", "developing", "effective", "advanced"]
    assert {k: len(s.criteria) for k, s in stages.items()} == {
        "prerequisite": 5, "developing": 11, "effective": 12, "advanced": 12}
    checklists = {k: [(c.id, len(c.items)) for c in s.checklists] for k, s in stages.items()}
    assert checklists == {
        "prerequisite": [],
        "developing": [("mentoring", 10)],
        "effective": [("mentoring", 10), ("coaching", 10)],
        "advanced": [("coaching", 10), ("co-coaching", 10)],
    }
    roles = {k: [v.title for v in s.reflection.verifiers] for k, s in stages.items()}
    assert roles == {
        "prerequisite": ["Senior member of staff"],
        "developing": ["Professional Mentor", "University Liaison / Link Tutor"],
        "effective": ["Professional Mentor", "University Partnership Manager"],
        "advanced": ["Professional Mentor", "University Partnership Manager"],
    }
    assert stages["developing"].reflection.title == "Developing Mentor Reflection"
    assert stages["prerequisite"].reflection.verification_note == "School comments and signature from senior member of staff"
    assert [r.stage for r in ljmu.plan.rows] == list(stages)
    assert ljmu.alignment.tla.stages == {"developing": [1], "effective": [2], "advanced": [3, 4]}
    modules = ljmu.alignment.pg_cert.modules
    assert [(m.title, m.credits) for m in modules] == [
        ("Mentoring in Education", 20), ("Developing Mentoring and Coaching", 20),
        ("Developing Collaborative Coaching for School/Organisational Improvement", 20)]
    assert [c.title for c in stages["prerequisite"].cpd_links.items] == ["AST Standard 6", "Subject leader", "Threshold", "NPQH"]


def test_standards_codes_in_their_groups(ljmu):
    dev = ljmu.stage("developing")
    std = dev.standards_for("dev-partnership")
    assert std.attributes[:3] == ["IM. 1", "IM. 2", "IM. 3"]
    assert "IM. 35 a/b/c" in std.skills and "IM. 25" in std.knowledge
    pre = ljmu.stage("prerequisite").standards_for("pre-professional-behaviour")
    assert pre.induction == ["I. 2", "I. 3", "I. 6", "I. 7/I. 8", "I. 9"]
    eff = ljmu.stage("effective")
    assert eff.standards_for("eff-moderate").knowledge == ["IM. 24", "IM. 25", "P. 6"]


# Texts mended for extraction damage (each is commented in the YAML file).
MENDED = {
    "Commitment to ensure a secure environment for trainee to engage in risk taking",
    "Understand how to facilitate trainees self-evaluation and reflection",
}


def _ljmu_texts(fw):
    for stage in fw.stages:
        yield stage.reflection.title
        for v in stage.reflection.verifiers:
            yield v.title
        for c in stage.criteria:
            yield c.text
            for p in c.points:
                yield p.text
            if c.evidenced_by:
                yield c.evidenced_by
        for cl in stage.checklists:
            yield cl.definition
            for item in cl.items:
                yield f"{item.lead} {item.text}"
        if stage.cpd_links:
            for link in stage.cpd_links.items:
                yield f"{link.title} {link.text}"
    for row in fw.plan.rows:
        yield row.principle
        yield row.descriptors
        yield from row.knowledge
        yield from row.evidence


def test_ljmu_texts_are_word_for_word_from_the_seed(ljmu, seed_text):
    seed = normalise(seed_text(LJMU_SEED))
    # Case aside: the prerequisite's "senior member of staff" is a role title with a capital.
    missing = [t for t in _ljmu_texts(ljmu)
               if t not in MENDED and normalise(t).casefold() not in seed.casefold()]
    assert missing == []
    # The mended texts' words are all in the seed, only rearranged.
    assert "secure Documentation & QA procedures environment for trainee" in seed


def test_tla_dimensions_match_the_seed(registry, seed_text):
    tla = registry.get("gtc-tla")
    seed = normalise(seed_text(LJMU_SEED))
    assert len(tla.tla_stages) == 4 and len(tla.dimensions) == 6
    for d in tla.dimensions:
        assert normalise(d.title) in seed
        assert sorted(d.descriptors) == [1, 2, 3, 4]
        for n, text in d.descriptors.items():
            if "coaching or mentoring. An original" in text:  # mended: a missing space
                text = text.replace("mentoring. An", "mentoring .An")
            assert normalise(text) in seed, (d.id, n)
    assert tla.tla_stages[3].title == "A reflective and analytical account of more than one learning breakthrough"


def test_curee_frameworks_match_their_seeds(registry, seed_text):
    national = registry.get("curee-national")
    principles_seed = normalise(seed_text("001_9f7f313d67a1f140.txt"))
    appendix = normalise(seed_text(LJMU_SEED))
    assert len(national.principles) == 10
    for p in national.principles:
        assert normalise(f"{p.title} {p.text}") in principles_seed
    assert [c.id for c in national.concepts] == ["mentoring", "specialist-coaching", "co-coaching"]
    for c in national.concepts:
        for para in [c.definition, *c.why, *c.who, c.what_intro, *c.what, c.where, c.when]:
            assert normalise(para) in appendix, para
    assert [len(s.items) for s in national.skills] == [10, 10, 10]
    assert [len(s.items) for s in national.learners] == [5, 5, 5]
    wales = registry.get("curee-wales")
    wales_seed = normalise(seed_text("004_a135747afeb43382.txt"))
    for p in wales.principles:
        assert normalise(f"{p.title} {p.text}") in wales_seed
    # Where the Welsh edition words a principle differently, it keeps its own wording...
    assert wales.principles[5].text.startswith("identifying goals rooted in aspirations for pupils")
    assert national.principles[5].text.startswith("identifying goals that build on")
    # ...and takes the rest from the national framework it is based on.
    assert wales.concepts == national.concepts and wales.skills == national.skills


def test_cornwall_phases(registry, seed_text):
    cornwall = registry.get("cornwall-mcl")
    seed = normalise(seed_text("000_153e4ba9c97b3fd9.txt"))
    assert [s.title for s in cornwall.stages] == [
        "An Effective Mentor", "An Advanced Mentor and Coach", "A Master Mentor and Coach"]
    for s in cornwall.stages:
        assert s.criteria == [] and s.reflection.verifiers
        assert normalise(s.description) in seed


GOOD = resource_path("frameworks", "cornwall-mcl.yaml").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda t: t.replace("    number: 2\n", "    number: two\n"), r"line \d+, at stages\[1\]\.number: Input should be a valid integer"),
        (lambda t: t.replace("id: phase-3", "id: phase-1"), r"at stages: stage id 'phase-1' is used twice"),
        (lambda t: t.replace("title: \"A Master Mentor and Coach\"", "title: \"\""), r"line \d+, at stages\[2\]\.title: String should have at least 1 character"),
        (lambda t: t.replace("journal: true", "journal: true\ncolour: red"), r"line \d+, at colour: Extra inputs are not permitted"),
        (lambda t: t.replace("stages:\n", "stages: [\n", 1), r"line \d+, column \d+: not valid YAML"),
        (lambda t: t.replace("format: 1", "format: 7"), r"at format: Input should be 1"),
    ],
)
def test_a_broken_framework_file_names_file_place_and_problem(tmp_path, change, expected):
    broken = tmp_path / "broken.yaml"
    broken.write_text(change(GOOD), encoding="utf-8")
    with pytest.raises(FrameworkError) as info:
        load_framework_file(broken)
    message = str(info.value)
    assert message.startswith(str(broken))
    assert re.search(expected, message), message


def test_line_number_points_at_the_bad_field(tmp_path):
    text = GOOD.replace("    number: 2\n", "    number: two\n")
    broken = tmp_path / "broken.yaml"
    broken.write_text(text, encoding="utf-8")
    line = text.splitlines().index("    number: two") + 1
    with pytest.raises(FrameworkError, match=rf", line {line}, "):
        load_framework_file(broken)


def test_a_users_broken_file_is_reported_not_fatal(tmp_path):
    (tmp_path / "mine.yaml").write_text("id: [", encoding="utf-8")
    reg = FrameworkRegistry.load(extra_dirs=[tmp_path])
    assert "ljmu-mentor" in reg.frameworks
    assert len(reg.problems) == 1 and "mine.yaml" in reg.problems[0]


def test_a_user_framework_is_added(tmp_path):
    (tmp_path / "mine.yaml").write_text(GOOD.replace("id: cornwall-mcl", "id: my-school"), encoding="utf-8")
    reg = FrameworkRegistry.load(extra_dirs=[tmp_path])
    assert reg.get("my-school").stages[0].title == "An Effective Mentor"


def test_bundled_files_are_found_from_the_resource_helper():
    assert Path(resource_path("frameworks", "ljmu-mentor.yaml")).is_file()
