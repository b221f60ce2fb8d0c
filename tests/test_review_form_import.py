"""A returned review form comes back into the journal: filled by programs that are not this
app (pypdf writing field values as a reader does, and pdftk), digitally signed with pyHanko,
and every refusal leaving the journal byte for byte as it was."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter
from pypdf.generic import DictionaryObject, NameObject, TextStringObject

from journal_app.core.errors import ReviewRefused
from journal_app.core.journal import Journal
from journal_app.core.review import fingerprint
from journal_app.core.review_import import apply, preview, read_returned
from journal_app.core.reviewform import fields as F
from journal_app.core.reviewform.export import export_review_form
from journal_app.core.signoffs import NOT_CONFIRMED, SignatureInfo

TODAY = dt.date.today().strftime("%d/%m/%Y")
PM, LT = "professional-mentor", "university-link-tutor"


@pytest.fixture
def teacher(tmp_path, ljmu):
    j = Journal.create(tmp_path / "ann.ljournal", ljmu, "Ann Jones", "Hill School")
    j.set_reflection("developing", "A reflection the mentor may read")
    j.set_criterion_state("developing", "dev-qts-standards", "achieved", dt.date(2025, 3, 1))
    yield j
    j.close()


def answers(stage: str = "developing", role: str = PM, outcome: str = "verified", name: str = "Pat Mentor",
            comment: str = "Verified: well evidenced.", date: str = TODAY) -> dict[str, str]:
    return {F.role_field("name", stage, role): name, F.role_field("outcome", stage, role): outcome,
            F.role_field("comment", stage, role): comment, F.role_field("date", stage, role): date}


def fill_with_pypdf(form: Path, out: Path, values: dict[str, str]) -> Path:
    """As a PDF reader saves a filled form: values (a radio button's as a name), appearances."""
    writer = PdfWriter(clone_from=PdfReader(form))
    values = {k: NameObject("/" + v) if k.startswith("outcome_") else v for k, v in values.items()}
    for page in writer.pages:
        names = {a.get_object().get("/T") or a.get_object().get("/Parent", {}).get("/T")
                 for a in page.get("/Annots", [])}
        mine = {k: v for k, v in values.items() if k in names}
        if mine:
            writer.update_page_form_field_values(page, mine, auto_regenerate=False)
    writer.set_need_appearances_writer(True)
    with open(out, "wb") as f:
        writer.write(f)
    return out


def fill_with_pdftk(form: Path, out: Path, values: dict[str, str]) -> Path:
    xfdf = out.with_suffix(".xfdf")
    fields = "".join(f'<field name="{k}"><value>{v}</value></field>' for k, v in values.items())
    xfdf.write_text('<?xml version="1.0" encoding="UTF-8"?><xfdf xmlns="http://ns.adobe.com/xfdf/">'
                    f"<fields>{fields}</fields></xfdf>", encoding="utf-8")
    subprocess.run(["pdftk", str(form), "fill_form", str(xfdf), "output", str(out)], check=True, timeout=120,
                   capture_output=True)
    return out


def import_returned(journal: Journal, path: Path, confirm=None):  # noqa: ANN001
    """As the window and the command line do: read, preview, then (if agreed) apply."""
    with tempfile.TemporaryDirectory() as tmp:
        returned = read_returned(path, tmp)
        shown = preview(journal, returned).describe()
        if confirm is not None and not confirm(shown):
            return None
        return apply(journal, returned)


def state(journal: Journal) -> str:
    """The journal's bytes on disk (the file and its write-ahead log)."""
    h = hashlib.sha256()
    for p in (journal.path, Path(f"{journal.path}-wal")):
        if p.exists():
            h.update(p.read_bytes())
    return h.hexdigest()


def refused(journal: Journal, returned: Path, match: str) -> None:
    before = state(journal)
    with pytest.raises(ReviewRefused, match=match):
        import_returned(journal, returned)
    assert state(journal) == before


# ---------------------------------------------------------------- round trips
@pytest.mark.parametrize("stages", [["developing"], None], ids=["one-stage", "all-stages"])
def test_round_trip_filled_with_pypdf(teacher, tmp_path, stages):
    form = export_review_form(teacher, tmp_path / "form.pdf", stages)
    values = answers() | answers(role=LT, outcome="not_yet", name="Lee Tutor", comment="Needs the reflection.")
    values[F.criterion_field("developing", "dev-qts-standards")] = "Strong use of the Standards."
    if stages is None:
        values |= answers(stage="effective", name="Pat Mentor", comment="Effective: verified ŵ.")
    sealed = fingerprint(teacher, "developing")
    seen: list[str] = []
    summary = import_returned(teacher, fill_with_pypdf(form, tmp_path / "filled.pdf", values),
                              confirm=lambda text: seen.append(text) or True)
    assert "verified by Pat Mentor (Professional Mentor)" in seen[0]
    assert "not yet verified by Lee Tutor" in seen[0] and "not digitally signed" in seen[0]
    assert summary is not None and summary.comments == 1
    seals = {s.role_id: s for s in teacher.seals("developing")}
    assert seals[PM].outcome == "verified" and seals[LT].outcome == "not_yet"
    assert seals[PM].fingerprint == sealed and not seals[PM].changed
    assert seals[PM].source == "pdf-form" and "returned on the PDF review form" in seals[PM].describe()
    record = teacher.evidence(seals[PM].record_id)
    assert record.name.startswith("Review form returned by") and record.media_type == "application/pdf"
    assert b"".join(teacher.iter_evidence_bytes(record.id)) == (tmp_path / "filled.pdf").read_bytes()
    assert fingerprint(teacher, "developing") == sealed  # keeping the record changes nothing sealed
    [c] = teacher.review_comments("developing", "dev-qts-standards")
    assert (c.author, c.text) == ("Pat Mentor", "Strong use of the Standards.")
    v = {v.role_id: v for v in teacher.verifications("developing")}
    assert (v[PM].name, v[PM].state, v[PM].verified_on) == ("Pat Mentor", "verified", dt.date.today())
    if stages is None:
        assert teacher.seals("effective")[0].comment == "Effective: verified ŵ."
    # Imported twice: refused, nothing changed.
    refused(teacher, tmp_path / "filled.pdf", "already imported")


@pytest.mark.skipif(shutil.which("pdftk") is None, reason="pdftk (pdftk-java) not installed")
def test_round_trip_filled_with_pdftk(teacher, tmp_path):
    form = export_review_form(teacher, tmp_path / "form.pdf", ["developing"])
    values = answers(name="Siân Mentor", comment="Da iawn – ŵ ŷ")
    values[F.criterion_field("developing", "dev-documentation")] = "Lesson notes seen"
    import_returned(teacher, fill_with_pdftk(form, tmp_path / "filled.pdf", values))
    [seal] = teacher.seals("developing")
    assert (seal.name, seal.outcome, seal.comment, seal.source) == ("Siân Mentor", "verified", "Da iawn – ŵ ŷ", "pdf-form")
    assert teacher.review_comments("developing", "dev-documentation")[0].text == "Lesson notes seen"


def test_a_sign_off_is_sealed_against_the_content_as_exported(teacher, tmp_path):
    form = export_review_form(teacher, tmp_path / "form.pdf", ["developing"])
    teacher.set_reflection("developing", "edited after the form was sent")
    seen: list[str] = []
    import_returned(teacher, fill_with_pypdf(form, tmp_path / "filled.pdf", answers()),
                    confirm=lambda text: seen.append(text) or True)
    assert "has changed since Pat Mentor signed it" in seen[0]
    [seal] = teacher.seals("developing")
    assert seal.changed and seal.describe().startswith("changed since verified")
    assert teacher.broken_seals()


def test_what_the_teacher_typed_is_kept_beside_the_mentors_sign_off(teacher, tmp_path):
    teacher.set_verification("developing", PM, name="P. Mentor", comment="Seen in person.")
    form = export_review_form(teacher, tmp_path / "form.pdf", ["developing"])
    summary = import_returned(teacher, fill_with_pypdf(form, tmp_path / "filled.pdf", answers()))
    assert "what you typed for Professional Mentor was kept" in summary.describe()
    v = teacher.verifications("developing")[0]
    assert (v.name, v.comment) == ("P. Mentor", "Seen in person.")
    assert teacher.seals("developing")[0].name == "Pat Mentor"


def test_cli_previews_then_imports(teacher, tmp_path, run_cli):
    form = export_review_form(teacher, tmp_path / "form.pdf", ["developing"])
    filled = fill_with_pypdf(form, tmp_path / "filled.pdf", answers())
    path = teacher.path
    teacher.close()
    before = path.read_bytes()
    code, out, err = run_cli("import-review", path, filled, "--preview")
    assert code == 0, err
    assert "Sign-offs:" in out and "verified by Pat Mentor" in out and "not digitally signed" in out
    assert path.read_bytes() == before
    code, out, err = run_cli("import-review", path, filled)
    assert code == 0, err
    assert "Imported the review by Pat Mentor" in out
    code, _out, err = run_cli("import-review", path, filled)
    assert code == 1 and "already imported" in err


# ---------------------------------------------------------------- digital signatures
def _signer(tmp_path: Path, name: str = "Pat Mentor"):
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import NameOID
    from pyhanko.sign import signers

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(subject).issuer_name(subject).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=30))
            .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True)
            .sign(key, hashes.SHA256()))
    (tmp_path / "key.pem").write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                                         serialization.NoEncryption()))
    (tmp_path / "cert.pem").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    signer = signers.SimpleSigner.load(str(tmp_path / "key.pem"), str(tmp_path / "cert.pem"))
    return signer, hashlib.sha256(cert.public_bytes(serialization.Encoding.DER)).hexdigest()


def sign(src: Path, out: Path, signer) -> Path:  # noqa: ANN001
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers

    with open(src, "rb") as f:
        w = IncrementalPdfFileWriter(f)
        with open(out, "wb") as o:
            signers.sign_pdf(w, signers.PdfSignatureMetadata(field_name=F.SIGNATURE), signer=signer, output=o)
    return out


def test_a_digitally_signed_form_is_verified_and_recorded(teacher, tmp_path):
    form = export_review_form(teacher, tmp_path / "form.pdf", ["developing"])
    filled = fill_with_pypdf(form, tmp_path / "filled.pdf", answers())
    signer, cert_sha = _signer(tmp_path)
    seen: list[str] = []
    import_returned(teacher, sign(filled, tmp_path / "signed.pdf", signer), confirm=lambda t: seen.append(t) or True)
    assert "digitally signed by Pat Mentor" in seen[0] and NOT_CONFIRMED in seen[0]
    [seal] = teacher.seals("developing")
    info = SignatureInfo.from_json(seal.signature)
    assert (info.signer, info.certificate_sha256, info.trusted) == ("Pat Mentor", cert_sha, False)
    assert info.status == "valid, certificate not confirmed"
    assert info.signed_at is not None and abs(info.signed_at.replace(tzinfo=None) - dt.datetime.now(dt.UTC).replace(tzinfo=None)) < dt.timedelta(minutes=5)


def test_a_form_changed_after_signing_is_refused(teacher, tmp_path):
    form = export_review_form(teacher, tmp_path / "form.pdf", ["developing"])
    filled = fill_with_pypdf(form, tmp_path / "filled.pdf", answers())
    signer, _sha = _signer(tmp_path)
    signed = sign(filled, tmp_path / "signed.pdf", signer)
    # Filled in further after signing (an incremental update the signature does not cover).
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    with open(signed, "rb") as f:
        w = IncrementalPdfFileWriter(f)
        w.root["/LJExtra"] = generic.TextStringObject("added after signing")
        w.update_root()
        with open(tmp_path / "later.pdf", "wb") as o:
            w.write(o)
    refused(teacher, tmp_path / "later.pdf", "does not cover the whole form")
    # A byte of the signed content changed.
    data = bytearray(signed.read_bytes())
    at = data.index(b"Pat Mentor")
    data[at] = ord("R")
    (tmp_path / "tampered.pdf").write_bytes(bytes(data))
    refused(teacher, tmp_path / "tampered.pdf", "does not verify|damaged")
    assert teacher.seals("developing") == []


# ---------------------------------------------------------------- refusals
def _with_identity(form: Path, out: Path, change) -> Path:  # noqa: ANN001
    writer = PdfWriter(clone_from=PdfReader(form))
    change(writer._root_object["/LearningJournal"])
    with open(out, "wb") as f:
        writer.write(f)
    return out


def test_refusals_leave_the_journal_untouched(teacher, tmp_path, ljmu):
    from journal_app.core.reports import export_pdf

    form = export_review_form(teacher, tmp_path / "form.pdf", ["developing"])
    good = fill_with_pypdf(form, tmp_path / "filled.pdf", answers())
    # Not a review form: a printed sheet of the same journal; not a PDF at all.
    refused(teacher, export_pdf(teacher, tmp_path / "sheet.pdf", sheet="reflection"), "not a Learning Journal review form")
    (tmp_path / "notes.pdf").write_text("just text")
    refused(teacher, tmp_path / "notes.pdf", "is not a returned review")
    # Another journal's form.
    other = Journal.create(tmp_path / "other.ljournal", ljmu, "Bob Smith")
    other_form = export_review_form(other, tmp_path / "other.pdf", ["developing"])
    other.close()
    refused(teacher, fill_with_pypdf(other_form, tmp_path / "other-filled.pdf", answers()), "Bob Smith's journal")
    # A form with this journal's id that this journal did not issue (made from a copy of it).
    shutil.copyfile(teacher.path, tmp_path / "copy.ljournal")
    with Journal.open(tmp_path / "copy.ljournal") as copy:
        stray = export_review_form(copy, tmp_path / "stray.pdf", ["developing"])
    refused(teacher, fill_with_pypdf(stray, tmp_path / "stray-filled.pdf", answers()), "not exported from this journal")
    # Identifying data changed: the stages widened, a fingerprint replaced.
    refused(teacher, _with_identity(good, tmp_path / "widened.pdf", lambda d: d["/Stages"].append(
        TextStringObject("effective"))), "identifying data was changed|claims the stages")
    refused(teacher, _with_identity(good, tmp_path / "refp.pdf", lambda d: d["/Fingerprints"].__setitem__(
        NameObject("/developing"), TextStringObject("0" * 64))), "identifying data was changed")
    # Answers for a role the stage lacks, an implausible date, an outcome without a name.
    refused(teacher, fill_with_pypdf(form, tmp_path / "late.pdf", answers(date="01/01/2099")), "in the future")
    refused(teacher, fill_with_pypdf(form, tmp_path / "anon.pdf", answers(name="")), "without a name")
    refused(teacher, fill_with_pypdf(form, tmp_path / "empty.pdf", {}), "nothing filled in")
    refused(teacher, fill_with_pypdf(form, tmp_path / "baddate.pdf", answers(date="next Tuesday")), "could not be read")
    # Damaged: truncated; encrypted.
    (tmp_path / "cut.pdf").write_bytes(good.read_bytes()[: len(good.read_bytes()) // 3])
    refused(teacher, tmp_path / "cut.pdf", "damaged|not a Learning Journal")
    writer = PdfWriter(clone_from=PdfReader(good))
    writer.encrypt("secret")
    with open(tmp_path / "locked.pdf", "wb") as f:
        writer.write(f)
    refused(teacher, tmp_path / "locked.pdf", "encrypted")
    # Finally the good one goes in.
    assert import_returned(teacher, good) is not None


@pytest.mark.skipif(shutil.which("pdftk") is None, reason="pdftk (pdftk-java) not installed")
def test_a_flattened_form_is_refused_with_what_to_ask(teacher, tmp_path):
    form = export_review_form(teacher, tmp_path / "form.pdf", ["developing"])
    filled = fill_with_pypdf(form, tmp_path / "filled.pdf", answers())
    subprocess.run(["pdftk", str(filled), "output", str(tmp_path / "flat.pdf"), "flatten"], check=True, timeout=120,
                   capture_output=True)
    refused(teacher, tmp_path / "flat.pdf", "the form was flattened: ask the mentor to save it rather than print it")
    if shutil.which("pdftocairo"):  # printed to PDF: no fields, no catalogue, no metadata left
        subprocess.run(["pdftocairo", "-pdf", str(filled), str(tmp_path / "printed.pdf")], check=True, timeout=120)
        refused(teacher, tmp_path / "printed.pdf", "the form was flattened")


def test_javascript_and_embedded_files_are_refused_never_run(teacher, tmp_path):
    form = export_review_form(teacher, tmp_path / "form.pdf", ["developing"])
    filled = fill_with_pypdf(form, tmp_path / "filled.pdf", answers())
    writer = PdfWriter(clone_from=PdfReader(filled))
    writer._root_object[NameObject("/OpenAction")] = writer._add_object(DictionaryObject({
        NameObject("/S"): NameObject("/JavaScript"), NameObject("/JS"): TextStringObject("app.alert('hello');")}))
    with open(tmp_path / "js.pdf", "wb") as f:
        writer.write(f)
    refused(teacher, tmp_path / "js.pdf", "contains JavaScript")
    writer = PdfWriter(clone_from=PdfReader(filled))
    writer.add_attachment("payload.exe", b"MZ" + bytes(100))
    with open(tmp_path / "attached.pdf", "wb") as f:
        writer.write(f)
    refused(teacher, tmp_path / "attached.pdf", "contains embedded files")


def test_links_out_and_doubled_fields_are_refused(teacher, tmp_path):
    from pypdf.generic import ArrayObject

    form = export_review_form(teacher, tmp_path / "form.pdf", ["developing"])
    filled = fill_with_pypdf(form, tmp_path / "filled.pdf", answers())
    writer = PdfWriter(clone_from=PdfReader(filled))
    writer._root_object[NameObject("/OpenAction")] = writer._add_object(DictionaryObject({
        NameObject("/S"): NameObject("/URI"), NameObject("/URI"): TextStringObject("http://evil.example/")}))
    with open(tmp_path / "link.pdf", "wb") as f:
        writer.write(f)
    refused(teacher, tmp_path / "link.pdf", "a link or action that reaches outside the form")
    # A second field of the same name as the mentor's name field, saying someone else.
    name_field = F.role_field("name", "developing", PM)
    writer = PdfWriter(clone_from=PdfReader(filled))
    fields = writer._root_object["/AcroForm"]["/Fields"]
    target = next(f.get_object() for f in fields if f.get_object().get("/T") == name_field)
    twin = DictionaryObject({NameObject("/T"): TextStringObject(str(target["/T"])), NameObject("/FT"): NameObject("/Tx"),
                             NameObject("/V"): TextStringObject("Eve")})
    fields.append(writer._add_object(twin))
    assert isinstance(fields, ArrayObject)
    with open(tmp_path / "twin.pdf", "wb") as f:
        writer.write(f)
    refused(teacher, tmp_path / "twin.pdf", "has two fields named")


def test_huge_long_and_slow_pdfs_are_refused(teacher, tmp_path, monkeypatch):
    from reportlab.pdfgen.canvas import Canvas

    from journal_app.core.reviewform import inspect, reader

    form = export_review_form(teacher, tmp_path / "form.pdf", ["developing"])
    filled = fill_with_pypdf(form, tmp_path / "filled.pdf", answers())
    c = Canvas(str(tmp_path / "long.pdf"))
    for _ in range(inspect.MAX_PAGES + 1):
        c.showPage()
    c.save()
    refused(teacher, tmp_path / "long.pdf", "too many pages")
    monkeypatch.setattr(reader, "MAX_BYTES", 1000)
    refused(teacher, filled, "too large")
    monkeypatch.undo()
    monkeypatch.setattr(inspect, "TIME_LIMIT", 0.001)
    refused(teacher, filled, "took too long")
    fifo = tmp_path / "fifo.pdf"
    import os

    os.mkfifo(fifo)
    refused(teacher, fifo, "not a (regular )?file")


def test_signature_details_are_kept_as_json():
    """The signature details are JSON a later version can read (and a damaged value reads as none)."""
    assert SignatureInfo.from_json("not json") is None
    info = SignatureInfo("A", "b" * 64, None, True)
    assert SignatureInfo.from_json(info.to_json()) == info
    assert json.loads(info.to_json())["status"] == "valid, certificate trusted by this computer"
