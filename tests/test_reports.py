"""Printed sheets: every section, label, verifier role and piece of the user's text is in the
PDF; long content flows over pages; the user's text prints literally; exporting changes nothing."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import shutil
import subprocess

import pytest
from pypdf import PdfReader

from journal_app.core.reports import export_pdf


def pdf_text(path) -> tuple[str, int]:
    reader = PdfReader(str(path))
    return "\n".join(page.extract_text() for page in reader.pages), len(reader.pages)


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text)


@pytest.fixture
def kept(journal, tmp_path):
    j = journal
    j.set_criterion_state("developing", "dev-qts-standards", "achieved", dt.date(2025, 3, 4))
    j.set_criterion_notes("developing", "dev-qts-standards", "Feedback notes mention the Standards")
    j.set_criterion_notes("developing", "dev-sensitive-issues", "CONFIDENTIAL trainee matter", private=True)
    (tmp_path / "obs.pdf").write_bytes(b"%PDF observation")
    j.add_evidence(tmp_path / "obs.pdf", name="Observation week 3.pdf", links=[("developing", "dev-qts-standards")])
    (tmp_path / "secret.txt").write_text("x")
    j.add_evidence(tmp_path / "secret.txt", name="SECRET-evidence.txt", private=True,
                   links=[("developing", "dev-documentation")])
    j.set_tick("developing", "mentoring", "m2", True, "Modelled a starter")
    j.set_reflection("developing", "I learnt to **listen** first.\n\n- Fewer targets\n- Sharper feedback")
    j.add_target("developing", "Co-observe with the link tutor", "Joint notes written", dt.date(2025, 6, 1))
    j.add_target("developing", "PRIVATE-target", private=True)
    j.set_verification("developing", "professional-mentor", name="Pat Mentor", comment="Clear evidence throughout.",
                       state="verified", verified_on=dt.date(2025, 7, 1))
    return j


def test_reflection_and_verification_sheet(kept, tmp_path):
    out = export_pdf(kept, tmp_path / "r.pdf", sheet="reflection", stage_ids=["developing"])
    text, pages = pdf_text(out)
    flat = squash(text)
    for expected in ("Developing Mentor Reflection", "Reflection and Verification including Development Targets",
                     "Reflection", "Targets for Further Development", "Verification",
                     "School and University reflective comments and signature", "Professional Mentor",
                     "University Liaison / Link Tutor", "I learnt to listen first.", "Fewer targets",
                     "Co-observe with the link tutor", "Joint notes written", "01/06/2025", "Open",
                     "Clear evidence throughout.", "Name: Pat Mentor", "Signature:", "Date: 01/07/2025",
                     "Ann Jones", f"Page 1 of {pages}", "Printed "):
        assert expected in flat, expected
    assert "PRIVATE-target" not in flat


def test_criteria_record_with_checklist(kept, tmp_path):
    out = export_pdf(kept, tmp_path / "c.pdf", sheet="criteria", stage_ids=["developing"])
    flat = squash(pdf_text(out)[0])
    for expected in ("Developing Mentor: Following Initial School-based Tutor Training", "Performance criteria",
                     "Evidenced by", "Your evidence", "Achieved", "Professional Standards",
                     "Have a working knowledge of the QTS Standards", "Be able to use Standards",
                     "Feedback notes mention the Standards", "Observation week 3.pdf", "04/03/2025",
                     "Attributes:", "IM. 35 a/b/c", "Undertaking analytical lesson observations",
                     "CUREE Framework for Skills in Mentoring", "Use this checklist as you develop",
                     "Model expertise in practice or through conversation", "Modelled a starter"):
        assert expected in flat, expected
    for secret in ("CONFIDENTIAL", "SECRET-evidence"):
        assert secret not in flat
    # Ticks and boxes are drawn, not typed.
    assert not set("✓✔☐☑☒") & set(flat)


def test_private_entries_print_when_chosen(kept, tmp_path):
    out = export_pdf(kept, tmp_path / "p.pdf", sheet="criteria", stage_ids=["developing"], include_private=True)
    flat = squash(pdf_text(out)[0])
    assert "CONFIDENTIAL trainee matter" in flat and "SECRET-evidence.txt" in flat


def test_whole_journal(kept, tmp_path):
    out = export_pdf(kept, tmp_path / "j.pdf", sheet="journal", printed=dt.date(2025, 9, 1))
    text, pages = pdf_text(out)
    flat = squash(text)
    for expected in ("A Learning Journal: Mentor Recognition & Accreditation", "Kept by Ann Jones", "Hill School",
                     "Printed 1 September 2025", "Contents", "Overall Framework Plan on which the Stages are Developed",
                     "Thinking about", "Prerequisite Performance Criteria for Mentors", "Prerequisite Reflection on Mentoring",
                     "Advanced Mentor Reflection", "University Partnership Manager", "Senior member of staff",
                     "Targets for Further Development: all stages", "Index of evidence items",
                     "Observation week 3.pdf", f"Page {pages} of {pages}"):
        assert expected in flat, expected
    sha = kept.evidence_items()[0].sha256
    assert sha[:32] in flat.replace(" ", "") and sha[32:] in flat.replace(" ", "")
    # The contents page lists the sections with page numbers; the evidence index is the last page.
    contents = squash(PdfReader(str(out)).pages[1].extract_text())
    assert "Index of evidence items" in contents and "Developing Mentor Reflection" in contents
    numbers = [int(n) for n in re.findall(r"(?<=\. )(\d+)\b", contents)]
    assert numbers == sorted(numbers) and numbers[-1] == pages and len(numbers) == 11


def test_long_content_flows_over_pages(journal, tmp_path):
    words = " ".join(f"word{i}" for i in range(10_000))
    journal.set_reflection("effective", "Start of reflection. " + words + " END-OF-REFLECTION")
    for i in range(200):
        journal.add_target("effective", f"Target number {i:03d}", f"criterion {i}")
    out = export_pdf(journal, tmp_path / "long.pdf", sheet="reflection", stage_ids=["effective"])
    text, pages = pdf_text(out)
    flat = squash(text)
    assert pages >= 15
    assert "END-OF-REFLECTION" in flat and "word9999" in flat
    assert all(f"Target number {i:03d}" in flat for i in range(200))
    assert "Professional Mentor" in flat and "University Partnership Manager" in flat


def test_a_huge_criterion_note_splits_instead_of_failing(journal, tmp_path):
    journal.set_criterion_notes("developing", "dev-documentation", "evidence " * 4000 + "LAST-WORD")
    out = export_pdf(journal, tmp_path / "huge.pdf", sheet="criteria", stage_ids=["developing"])
    text, pages = pdf_text(out)
    assert pages > 2 and "LAST-WORD" in squash(text)


def test_user_text_prints_literally_and_welsh_survives(journal, tmp_path):
    journal.set_reflection("developing", "Tags <b>not bold</b> & <i>x</i> &amp; ‘quotes’ “double” – dash … Ŵ ŵ Ŷ ŷ")
    journal.add_target("developing", "Gwella’r dŵr <font> & ŷ")
    out = export_pdf(journal, tmp_path / "lit.pdf", sheet="reflection", stage_ids=["developing"])
    flat = squash(pdf_text(out)[0])
    assert "Tags <b>not bold</b> & <i>x</i> &amp; ‘quotes’ “double” – dash … Ŵ ŵ Ŷ ŷ" in flat
    assert "Gwella’r dŵr <font> & ŷ" in flat


def test_blank_sheets_have_the_labels_and_nothing_of_the_journal(kept, tmp_path):
    out = export_pdf(kept, tmp_path / "b.pdf", sheet="blank", stage_ids=["developing"])
    flat = squash(pdf_text(out)[0])
    for expected in ("Developing Mentor Reflection", "Targets for Further Development", "Professional Mentor",
                     "University Liaison / Link Tutor", "Name:", "Signature:", "Date:", "Performance criteria",
                     "Have a working knowledge of the QTS Standards"):
        assert expected in flat
    for own in ("Pat Mentor", "listen", "Co-observe", "Feedback notes", "Observation week 3", "Modelled a starter"):
        assert own not in flat


def test_letter_paper(journal, tmp_path):
    out = export_pdf(journal, tmp_path / "l.pdf", sheet="reflection", stage_ids=["prerequisite"], page_size="letter")
    box = PdfReader(str(out)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)
    a4 = export_pdf(journal, tmp_path / "a.pdf", sheet="reflection", stage_ids=["prerequisite"])
    box = PdfReader(str(a4)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)


def test_cornwall_phase_sheets(registry, tmp_path):
    from journal_app.core.journal import Journal

    j = Journal.create(tmp_path / "c.ljournal", registry.get("cornwall-mcl"), "Cara")
    try:
        out = export_pdf(j, tmp_path / "c.pdf", sheet="journal")
        flat = squash(pdf_text(out)[0])
        assert "A Master Mentor and Coach – Phase 3" in flat and "Quality assurance visitor" in flat
    finally:
        j.close()


def test_cli_export_pdf_and_its_errors(run_cli, journal, tmp_path):
    path = journal.path
    journal.set_reflection("developing", "Exported from the command line")
    journal.close()
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    code, out, err = run_cli("export-pdf", path, "-o", tmp_path / "out.pdf", "--sheet", "reflection",
                             "--stage", "developing", "--page-size", "letter")
    assert code == 0 and (tmp_path / "out.pdf").exists(), err
    assert "Exported from the command line" in squash(pdf_text(tmp_path / "out.pdf")[0])
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before  # exporting never changes the journal
    code, _, err = run_cli("export-pdf", path, "-o", tmp_path / "x.pdf", "--stage", "nope")
    assert code == 1 and "unknown stage 'nope'" in err and err.count("\n") == 1
    code, _, err = run_cli("export-pdf", path, "-o", tmp_path / "missing" / "x.pdf")
    assert code == 1 and "no such folder" in err and err.count("\n") == 1
    code, _, err = run_cli("export-pdf", path, "-o", "/sys/x.pdf")
    assert code == 1 and "cannot be written" in err and err.count("\n") == 1
    code, _, err = run_cli("export-pdf", path, "-o", tmp_path / "y.pdf", "--sheet", "poster")
    assert code == 2 and err.count("\n") == 1
    assert not list(tmp_path.glob(".*.part"))


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm (poppler-utils) not installed")
def test_pages_render(kept, tmp_path):
    out = export_pdf(kept, tmp_path / "r.pdf", sheet="reflection", stage_ids=["developing"])
    subprocess.run(["pdftoppm", "-png", "-r", "30", str(out), str(tmp_path / "page")], check=True)
    assert list(tmp_path.glob("page-*.png"))


def test_one_long_paragraph_is_laid_out_in_bounded_pieces(journal, tmp_path):
    """PDF time grows with the text, not its square: a paragraph is set in pieces of at most
    PIECE_WORDS words (reportlab lays a split paragraph out again from the split on), the pieces
    add up to every word in order, and the page count grows in proportion to the text."""
    from journal_app.core.reports import text
    from journal_app.core.reports.layout import register_fonts, styles

    register_fonts()
    st = styles()
    words = [f"w{i}" + ("." if i % 13 == 12 else "") for i in range(12_000)]
    pieces = text.markdown_flowables("**Bold start** " + " ".join(words), st["body"], st["bullet"], st["h2"], 480)
    assert len(pieces) >= 12_000 // text.PIECE_WORDS
    assert all(len(p.getPlainText().split()) <= text.PIECE_WORDS for p in pieces)
    assert " ".join(p.getPlainText() for p in pieces).split() == ["Bold", "start", *words]

    def pages(n: int) -> tuple[int, str]:
        journal.set_reflection("effective", " ".join(f"word{i}" for i in range(n)) + " END-OF-REFLECTION")
        out = export_pdf(journal, tmp_path / f"long{n}.pdf", sheet="reflection", stage_ids=["effective"])
        extracted, count = pdf_text(out)
        return count, squash(extracted)

    small, _ = pages(6_000)
    large, flat = pages(18_000)
    assert "END-OF-REFLECTION" in flat and all(f"word{i} " in flat for i in range(0, 18_000, 997))
    assert re.findall(r"word(\d+)", flat) == [str(i) for i in range(18_000)]
    assert 2.6 * (small - 2) <= large - 2 <= 3.4 * (small - 2)


def test_pieces_look_like_the_paragraph(journal, tmp_path, monkeypatch):
    """Each piece ends where a line of the whole paragraph ends, with no space between pieces:
    the text is laid out line for line and page for page as one paragraph (bold running over
    a piece's end, bullets and headings too)."""
    from journal_app.core.reports import text

    words = [("**" if i == 350 else "") + f"term{i % 37}" + ("**" if i == 470 else "") + ("." if i % 11 == 0 else "")
             for i in range(2_600)]
    journal.set_reflection("effective", "# " + " ".join(words[:500]) + "\n\n" + " ".join(words)
                           + "\n\n- " + " ".join(words[:900]) + "\n\nThe end.")
    pieced = pdf_pages(export_pdf(journal, tmp_path / "pieces.pdf", sheet="reflection", stage_ids=["effective"]))
    monkeypatch.setattr(text, "PIECE_WORDS", 10**9)
    monkeypatch.setattr(text, "PIECE_CHARS", 10**12)
    whole = pdf_pages(export_pdf(journal, tmp_path / "whole.pdf", sheet="reflection", stage_ids=["effective"]))
    assert len(pieced) > 5
    assert pieced == whole


def test_a_word_with_no_space_is_laid_out_in_bounded_pieces_too(journal, tmp_path):
    """A run of 60,000 characters with no space (a pasted blob), bold and with & and <, is set in
    parts of at most LONG_WORD characters, never cutting a tag or an entity, and prints whole."""
    from journal_app.core.reports import text
    from journal_app.core.reports.layout import register_fonts, styles

    register_fonts()
    st = styles()
    blob = "".join(f"{i:05d}&<" for i in range(8_500))
    pieces = text.markdown_flowables(f"Start **{blob}** end", st["body"], st["bullet"], st["h2"], 480)
    assert len(pieces) > 10 and all(len(p.getPlainText()) <= text.PIECE_CHARS + text.LONG_WORD for p in pieces)
    assert "".join(p.getPlainText() for p in pieces) == f"Start {blob} end"
    journal.set_reflection("effective", blob)
    out = export_pdf(journal, tmp_path / "blob.pdf", sheet="reflection", stage_ids=["effective"])
    body = [line for page in pdf_pages(out) for line in page.splitlines()
            if not re.match(r"(Printed .*|Page \d+ of \d+)$", line.strip())]  # not the footers
    assert "".join(re.findall(r"[0-9&<]+", "".join("".join(body).split()))).startswith(blob)


def pdf_pages(path) -> list[str]:
    return [page.extract_text() for page in PdfReader(str(path)).pages]


def test_text_too_long_for_a_cell_goes_on_after_the_table(journal, tmp_path):
    """A table row is laid out again at every page it runs over, so at most CELL_WORDS words of
    one text stay in its cell and the rest follows the table, every word printed once, in order;
    a verifier's comment longer than a page no longer fails to print."""
    from journal_app.core.reports.sheets import CELL_WORDS

    extra = 300
    stage = journal.framework.stage("effective")
    journal.set_criterion_notes("effective", stage.criteria[1].id, " ".join(f"note{i}" for i in range(CELL_WORDS + extra)))
    journal.add_target("effective", " ".join(f"aim{i}" for i in range(CELL_WORDS + extra)), "Seen in lessons")
    journal.set_verification("effective", "professional-mentor", name="Pat", state="verified",
                             comment=" ".join(f"said{i}" for i in range(6_000)), verified_on=dt.date(2025, 7, 1))
    for sheet, word, count in (("criteria", "note", CELL_WORDS + extra), ("reflection", "aim", CELL_WORDS + extra),
                               ("reflection", "said", 6_000)):
        out = export_pdf(journal, tmp_path / f"{sheet}.pdf", sheet=sheet, stage_ids=["effective"])
        flat = squash(pdf_text(out)[0])
        assert re.findall(rf"\b{word}(\d+)\b", flat) == [str(i) for i in range(count)], (sheet, word)
        assert "Note 1, continued from the table above:" in flat and "(continued below the table, note 1)" in flat
