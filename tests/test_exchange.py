"""dump and load: a documented, versioned JSON format; dump, load, dump is the same."""

from __future__ import annotations

import base64
import datetime as dt
import json
from pathlib import Path

import jsonschema
import pytest

from conftest import ROOT
from journal_app.core.errors import DumpError
from journal_app.core.exchange import dump_to_file, json_schema, load


@pytest.fixture
def full_journal(journal, tmp_path):
    j = journal
    j.set_criterion_state("developing", "dev-qts-standards", "achieved", dt.date(2025, 2, 3))
    j.set_criterion_notes("developing", "dev-qts-standards", "Notes with “quotes” & <b>tags</b> and ŵ")
    j.set_criterion_notes("developing", "dev-sensitive-issues", "Trainee X: confidential", private=True)
    (tmp_path / "a.bin").write_bytes(bytes(range(256)) * 5000)  # not a multiple of 3 bytes per chunk
    j.add_evidence(tmp_path / "a.bin", links=[("developing", "dev-qts-standards")])
    (tmp_path / "b.txt").write_text("second")
    b = j.add_evidence(tmp_path / "b.txt")
    (tmp_path / "c.txt").write_text("third, private")
    j.add_evidence(tmp_path / "c.txt", private=True)
    j.remove_evidence(b)  # a gap in the ids, kept by load
    j.set_tick("effective", "coaching", "c4", True, "note")
    j.set_reflection("developing", "Reflection\n\n- one\n- two")
    j.set_reflection("advanced", "Secret reflection", private=True)
    j.add_target("developing", "Target one", "criteria", dt.date(2025, 9, 1))
    j.add_target(None, "Journal-wide target")
    j.add_target("developing", "Private target", private=True)
    j.set_verification("developing", "university-link-tutor", name="Dr Lee", state="awaiting")
    return j


def test_dump_load_dump_is_identical(full_journal, tmp_path):
    first = dump_to_file(full_journal, tmp_path / "one.json")
    loaded = load(first, tmp_path / "copy.ljournal")
    second = dump_to_file(loaded, tmp_path / "two.json")
    loaded.close()
    doc, again = json.loads(first.read_text(encoding="utf-8")), json.loads(second.read_text(encoding="utf-8"))
    assert again["journal"].pop("uuid") != doc["journal"].pop("uuid")  # a journal of its own
    assert doc == again
    assert [e["id"] for e in doc["evidence"]] == [1, 3]
    assert base64.b64decode(doc["evidence"][0]["content_base64"]) == bytes(range(256)) * 5000


def test_loaded_journal_works_and_is_searchable(full_journal, tmp_path):
    src = dump_to_file(full_journal, tmp_path / "one.json")
    j = load(src, tmp_path / "copy.ljournal")
    try:
        assert j.details().journal_uuid != full_journal.details().journal_uuid
        assert j.criterion_record("developing", "dev-qts-standards").achieved_on == dt.date(2025, 2, 3)
        assert any(h.kind == "reflection" for h in j.search("one"))
        assert j.evidence_checksum_problems() == []
    finally:
        j.close()


def test_dump_validates_against_the_documented_schema(full_journal, tmp_path):
    doc = json.loads(dump_to_file(full_journal, tmp_path / "d.json").read_text(encoding="utf-8"))
    committed = json.loads((ROOT / "docs" / "journal-dump.schema.json").read_text(encoding="utf-8"))
    assert committed == json_schema(), "regenerate: python -m journal_app.core.exchange --schema"
    jsonschema.validate(doc, committed)


def test_dump_without_private_leaves_no_trace(full_journal, tmp_path):
    text = dump_to_file(full_journal, tmp_path / "share.json", include_private=False).read_text(encoding="utf-8")
    for secret in ("confidential", "Secret reflection", "Private target", "third, private",
                   base64.b64encode(b"third, private").decode()):
        assert secret not in text
    assert "Target one" in text


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("not json", "not valid JSON"),
        ('{"format": "something-else"}', "not a Learning Journal dump"),
        ('{"format": "learning-journal-dump", "format_version": 9}', "newer than this app reads"),
        ('{"format": "learning-journal-dump", "format_version": 1}', "invalid dump at app_version"),
    ],
)
def test_bad_dumps_are_refused_and_leave_no_file(tmp_path, content, message):
    src = tmp_path / "bad.json"
    src.write_text(content)
    with pytest.raises(DumpError, match=message):
        load(src, tmp_path / "out.ljournal")
    assert not (tmp_path / "out.ljournal").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.json"]


def test_tampered_evidence_is_refused(full_journal, tmp_path):
    doc = json.loads(dump_to_file(full_journal, tmp_path / "d.json").read_text(encoding="utf-8"))
    doc["evidence"][0]["content_base64"] = base64.b64encode(b"tampered").decode()
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(doc))
    with pytest.raises(DumpError, match="does not match its checksum"):
        load(bad, tmp_path / "out.ljournal")
    assert not (tmp_path / "out.ljournal").exists()


def test_load_never_overwrites(full_journal, tmp_path):
    src = dump_to_file(full_journal, tmp_path / "d.json")
    existing = tmp_path / "exists.ljournal"
    existing.write_text("keep me")
    with pytest.raises(FileExistsError):
        load(src, existing)
    assert existing.read_text() == "keep me"


def test_schema_doc_exists():
    assert Path(ROOT / "docs" / "journal-dump.md").is_file()



def test_hostile_dumps_are_refused_in_plain_words(tmp_path, journal, run_cli):
    """Nested too deep, a number too long, an id given twice, a pipe, a folder as output: one
    plain line each, never the app's own temporary file names or a Python error's name."""
    import json as _json
    import os as _os

    from journal_app.core.exchange import dump_to_file

    journal.add_target("developing", "First")
    journal.add_target("developing", "Second")
    data = _json.loads(dump_to_file(journal, tmp_path / "good.json").read_text())
    data["targets"][1]["id"] = data["targets"][0]["id"]
    (tmp_path / "twice.json").write_text(_json.dumps(data))
    (tmp_path / "deep.json").write_text("[" * 200_000 + "]" * 200_000)
    (tmp_path / "digits.json").write_text("1" * 100_000)
    _os.mkfifo(tmp_path / "pipe.json")
    expected = {"deep.json": "nested too deeply", "digits.json": "a number too long", "pipe.json": "not a regular file",
                "twice.json": "targets id"}
    for name, words in expected.items():
        code, _out, err = run_cli("load", str(tmp_path / name), "-o", str(tmp_path / f"{name}.ljournal"))
        assert code != 0 and words in err and err.strip().count("\n") == 0, (name, err)
        assert ".ljournal-temp" not in err and "Error" not in err, err
        assert not (tmp_path / f"{name}.ljournal").exists()
    (tmp_path / "folder").mkdir()
    code, _out, err = run_cli("dump", str(journal.path), "-o", str(tmp_path / "folder"))
    assert code != 0 and "is a folder" in err and ".ljournal-temp" not in err
