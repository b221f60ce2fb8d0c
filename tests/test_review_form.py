"""The review as a fillable PDF form: format 7, the export (fields, tooltips, tab order, the
identity in the catalogue, nothing private), and the paper route."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import sqlite3
import subprocess

import pytest
from pypdf import PdfReader

from conftest import PRIVATE_WORDS, copy_fixture, teacher_with_private_entries
from journal_app.core.errors import InvalidOperation
from journal_app.core.journal import Journal
from journal_app.core.review import fingerprint
from journal_app.core.reviewform import fields as F
from journal_app.core.reviewform.export import export_review_form
from journal_app.core.store import db
from journal_app.core.store.models import ReviewExport

SECRETS = (*PRIVATE_WORDS, "Plumtreeglade")


@pytest.fixture
def teacher(tmp_path, ljmu):
    j = teacher_with_private_entries(tmp_path / "teacher", ljmu)
    j.set_tick("developing", "mentoring", "m1", True, f"Private? no, a tick note {SECRETS[4]}")
    yield j
    j.close()


def page_text(path) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(path).pages).split())


# ---------------------------------------------------------------- format 7
def test_format_7_upgrade_keeps_old_sign_offs_as_from_a_review_copy(tmp_path):
    path = copy_fixture("journal-format6.ljournal", tmp_path)
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO review_export (export_id, exported_at, stages, imported_at) "
                 "VALUES ('e1', '2024-07-01 10:00:00', '[\"developing\"]', '2024-07-02 10:00:00')")
    conn.execute("INSERT INTO sign_off (export_id, stage_id, role_id, name, outcome, comment, signed_at, fingerprint) "
                 "VALUES ('e1', 'developing', 'professional-mentor', 'P. Mentor', 'verified', '', "
                 "'2024-07-01 12:00:00', 'abc')")
    conn.commit()
    conn.close()
    with Journal.open(path, upgrade_backup_dir=tmp_path / "aside") as j:
        assert j.upgraded_from == 6
        [seal] = j.seals("developing")
        assert (seal.source, seal.record_id, seal.signature) == ("review-copy", None, None)
        assert seal.describe().endswith("– returned in a review copy")
        with j._read() as s:
            export = s.get(ReviewExport, "e1")
            assert (export.kind, export.fingerprints) == ("copy", "{}")
    assert db.identify(path) == 7


def test_format_7_fixture_has_a_form_export_and_a_paper_sign_off(tmp_path):
    path = copy_fixture("journal-format7.ljournal", tmp_path)
    with Journal.open(path, readonly=True) as j:
        [seal] = j.seals("developing")
        assert (seal.source, seal.name) == ("paper", "U. Tutor")
        assert j.evidence(seal.record_id).name.endswith("signed sheet.png")
        with j._read() as s:
            [export] = s.query(ReviewExport).all()
        assert export.kind == "form" and set(json.loads(export.fingerprints)) == {"developing"}


# ---------------------------------------------------------------- export
def test_the_form_has_every_field_with_a_tooltip_in_reading_order(teacher, tmp_path):
    out = export_review_form(teacher, tmp_path / "form.pdf", ["developing"])
    reader = PdfReader(out)
    fields = reader.get_fields()
    stage = teacher.stage("developing")
    expected = {F.criterion_field("developing", c.id) for c in stage.criteria}
    for v in stage.reflection.verifiers:
        expected |= {F.role_field(k, "developing", v.id) for k in ("name", "outcome", "comment", "date")}
    assert set(fields) == expected | {F.SIGNATURE}
    assert fields[F.SIGNATURE]["/FT"] == "/Sig" and "/V" not in fields[F.SIGNATURE]
    assert all(f.get("/TU") for f in fields.values())
    assert fields[F.role_field("name", "developing", "professional-mentor")]["/TU"] == \
        "Developing Mentor: Professional Mentor – your name"
    assert fields[F.role_field("outcome", "developing", "professional-mentor")]["/FT"] == "/Btn"
    assert all(p["/Tabs"] == "/R" for p in reader.pages)
    # Widgets on each page come in reading order: top to bottom.
    for page in reader.pages:
        tops = [round(float(a.get_object()["/Rect"][3])) for a in page.get("/Annots", [])
                if a.get_object().get("/Subtype") == "/Widget"]
        assert tops == sorted(tops, reverse=True)


def test_the_form_identifies_itself_and_the_journal_records_the_export(teacher, tmp_path):
    out = export_review_form(teacher, tmp_path / "form.pdf", ["developing", "effective"])
    ident = PdfReader(out).trailer["/Root"]["/LearningJournal"]
    assert ident["/Journal"] == teacher.details().journal_uuid
    assert list(ident["/Stages"]) == ["developing", "effective"]
    assert ident["/Fingerprints"]["/developing"] == fingerprint(teacher, "developing")
    with teacher._read() as s:
        export = s.get(ReviewExport, ident["/Export"])
    assert export.kind == "form" and json.loads(export.stages) == ["developing", "effective"]
    assert json.loads(export.fingerprints) == {"developing": fingerprint(teacher, "developing"),
                                               "effective": fingerprint(teacher, "effective")}


def test_the_form_shows_what_the_mentor_judges_and_nothing_private(teacher, tmp_path):
    out = export_review_form(teacher, tmp_path / "form.pdf")
    text = page_text(out)
    for shown in ("Open notes for the mentor", "A reflection the mentor may read", "Co-observe with the link tutor",
                  "obs.txt", "Evidenced by", "Achieved", "Professional Mentor", "Signature (on paper)"):
        assert shown in text
    data = out.read_bytes()
    for secret in SECRETS[:4]:
        assert secret not in text and secret.encode() not in data
    assert "Kept private by the teacher" in text


def test_export_refuses_an_existing_file_and_a_review_copy(teacher, tmp_path):
    (tmp_path / "taken.pdf").write_bytes(b"mine")
    with pytest.raises(FileExistsError):
        export_review_form(teacher, tmp_path / "taken.pdf")
    assert (tmp_path / "taken.pdf").read_bytes() == b"mine"
    with pytest.raises(InvalidOperation):
        export_review_form(teacher, tmp_path / "form.pdf", ["no-such-stage"])
    assert not (tmp_path / "form.pdf").exists()


def test_cli_exports_a_form(teacher, tmp_path, run_cli):
    path = teacher.path
    teacher.close()
    code, out, err = run_cli("export-for-mentor", path, "--form", "-o", tmp_path / "f.pdf", "--stage", "developing")
    assert code == 0, err
    assert "review form" in out
    assert list(PdfReader(tmp_path / "f.pdf").trailer["/Root"]["/LearningJournal"]["/Stages"]) == ["developing"]
    code, _out, err = run_cli("export-for-mentor", path, "-o", tmp_path / "copy.ljournal")
    assert code == 0, err
    assert db.identify(tmp_path / "copy.ljournal") == db.SCHEMA_VERSION


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm (poppler-utils) not installed")
def test_the_form_renders(teacher, tmp_path):
    out = export_review_form(teacher, tmp_path / "form.pdf", ["developing"])
    subprocess.run(["pdftoppm", "-png", "-r", "30", "-f", "1", "-l", "1", str(out), str(tmp_path / "p")],
                   check=True, timeout=60)
    assert list(tmp_path.glob("p*.png"))


# ---------------------------------------------------------------- paper route
def test_a_paper_sign_off_keeps_its_scan_and_seals_the_stage(teacher, tmp_path):
    scan = tmp_path / "sheet.jpg"
    scan.write_bytes(b"\xff\xd8\xff" + bytes(100))
    before = fingerprint(teacher, "developing")
    record = teacher.record_paper_sign_off("developing", "professional-mentor", "Pat Mentor", verified=True,
                                           signed_on=dt.date(2025, 6, 1), comment="Signed in the meeting.", scan=scan)
    [seal] = teacher.seals("developing")
    assert (seal.source, seal.record_id, seal.fingerprint, seal.changed) == ("paper", record, before, False)
    assert b"".join(teacher.iter_evidence_bytes(record)) == scan.read_bytes()
    assert fingerprint(teacher, "developing") == before  # the record is linked to no criterion
    v = teacher.verifications("developing")[0]
    assert (v.name, v.state, v.verified_on) == ("Pat Mentor", "verified", dt.date(2025, 6, 1))
    assert "signed on paper" in seal.describe()
    teacher.set_reflection("developing", "changed after the sheet was signed")
    assert teacher.seals("developing")[0].changed


def test_a_paper_sign_off_is_refused_without_what_it_needs(teacher, tmp_path):
    scan = tmp_path / "sheet.jpg"
    scan.write_bytes(b"scan")
    with pytest.raises(InvalidOperation, match="no verifier role"):
        teacher.record_paper_sign_off("developing", "nobody", "Pat", verified=True, signed_on=dt.date(2025, 1, 1),
                                      comment="", scan=scan)
    with pytest.raises(InvalidOperation, match="not yet verified"):
        teacher.record_paper_sign_off("developing", "professional-mentor", "Pat", verified=False,
                                      signed_on=dt.date(2025, 1, 1), comment="", scan=scan)
    with pytest.raises(InvalidOperation, match="no such file"):
        teacher.record_paper_sign_off("developing", "professional-mentor", "Pat", verified=True,
                                      signed_on=dt.date(2025, 1, 1), comment="", scan=tmp_path / "missing.jpg")
    assert teacher.seals("developing") == [] and teacher.evidence_items()[-1].name != "sheet.jpg"


def test_the_printed_sheet_says_where_a_sign_off_came_from(teacher, tmp_path):
    from journal_app.core.reports import export_pdf

    scan = tmp_path / "sheet.png"
    scan.write_bytes(b"\x89PNG" + bytes(50))
    teacher.record_paper_sign_off("developing", "university-link-tutor", "Lee Tutor", verified=True,
                                  signed_on=dt.date(2025, 6, 1), comment="", scan=scan)
    text = page_text(export_pdf(teacher, tmp_path / "sheet.pdf", sheet="reflection", stage_ids=["developing"]))
    assert "verified on 1 Jun 2025 by Lee Tutor – signed on paper" in text
