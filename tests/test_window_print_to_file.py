"""Say what happened: File → Print → *Print to file* writes the same text PDF as Export PDF
(the exporter's own file, not page images), and Export PDF says in the status bar where it
wrote the file, with an Open folder button."""

from __future__ import annotations

from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog

from conftest import open_window
from journal_app.core.journal import Journal
from journal_app.core.reports import export_pdf
from journal_app.ui import printing
from journal_app.ui.printing import ExportOptions, ExportPdfDialog, WrittenNote


def journal_file(tmp_path, ljmu):
    path = tmp_path / "p.ljournal"
    j = Journal.create(path, ljmu, "Pat")
    j.set_reflection("effective", "Printed to a file as text")
    for i in range(60):
        j.add_target("effective", f"Target number {i}")
    j.close()
    return path


def fake_print_dialog(output):
    class FakePrintDialog:
        PrintDialogOption = printing.QPrintDialog.PrintDialogOption

        def __init__(self, printer, parent=None):
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # what "Print to file" sets
            printer.setOutputFileName(str(output))

        def setOption(self, *args):
            pass

        def exec(self):
            return QDialog.DialogCode.Accepted

    return FakePrintDialog


def test_print_to_file_writes_the_exported_text_pdf(qtbot, monkeypatch, tmp_path, paths, errors, ljmu):
    w = open_window(qtbot, paths)
    w.open_journal(journal_file(tmp_path, ljmu))
    printed_to = tmp_path / "out" / "printed.pdf"
    printed_to.parent.mkdir()
    opts = ExportOptions("reflection", ["effective"], "a4", False, False)
    monkeypatch.setattr(ExportPdfDialog, "get_options", lambda *a, **k: opts)
    monkeypatch.setattr(printing, "QPrintDialog", fake_print_dialog(printed_to))
    assert w.print_sheets("reflection", "effective") > 1
    exported = export_pdf(w.session.journal, tmp_path / "exported.pdf", sheet="reflection", stage_ids=["effective"])
    printed, reference = PdfReader(str(printed_to)), PdfReader(str(exported))
    assert [p.extract_text() for p in printed.pages] == [p.extract_text() for p in reference.pages]
    assert "Printed to a file as text" in printed.pages[0].extract_text()
    assert not any(page.images for page in printed.pages)  # text, not pictures of pages
    assert printed_to.stat().st_size < 3 * exported.stat().st_size
    assert [p.name for p in printed_to.parent.iterdir()] == ["printed.pdf"]  # nothing else left there
    note = w.statusBar().findChild(WrittenNote)
    assert note is not None and str(printed_to) in note.label.text()
    assert errors == []


def test_export_says_where_it_wrote_and_opens_the_folder(qtbot, monkeypatch, tmp_path, paths, errors, ljmu):
    w = open_window(qtbot, paths)
    w.open_journal(journal_file(tmp_path, ljmu))
    monkeypatch.setattr(ExportPdfDialog, "get_options",
                        lambda *a, **k: ExportOptions("reflection", ["effective"], "a4", False, False))
    opened = []
    monkeypatch.setattr(printing.QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    for name in ("first", "second"):
        monkeypatch.setattr(printing.QFileDialog, "getSaveFileName", lambda *a, n=name, **k: (str(tmp_path / n), ""))
        w.menu.export_action.trigger()
    notes = w.statusBar().findChildren(WrittenNote)
    qtbot.waitUntil(lambda: len(w.statusBar().findChildren(WrittenNote)) == 1)  # the last one only
    note = w.statusBar().findChildren(WrittenNote)[0]
    assert len(notes) >= 1 and note.isVisible()
    assert str(tmp_path / "second.pdf") in note.label.text() and note.label.accessibleName() == note.label.text()
    assert opened == []  # "Open the PDF afterwards" was not asked for
    qtbot.mouseClick(note.open_folder, printing.Qt.MouseButton.LeftButton)
    assert opened == [str(tmp_path)]
    assert note.open_folder.accessibleName()
    assert errors == []


def test_the_note_of_where_a_pdf_went_follows_a_change_of_language(qtbot, monkeypatch, tmp_path, paths, errors, ljmu):
    """Switching to Welsh left "PDF saved as …" and its "Open folder" button in English."""
    w = open_window(qtbot, paths)
    w.open_journal(journal_file(tmp_path, ljmu))
    monkeypatch.setattr(ExportPdfDialog, "get_options",
                        lambda *a, **k: ExportOptions("reflection", ["effective"], "a4", False, False))
    monkeypatch.setattr(printing.QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "sheet"), ""))
    w.menu.export_action.trigger()
    note = w.statusBar().findChild(WrittenNote)
    english = (note.label.text(), note.open_folder.text(), note.open_folder.accessibleName())
    try:
        assert w.set_language("cy")
        qtbot.waitUntil(lambda: note.open_folder.text() != english[1])  # Qt's LanguageChange is posted
        welsh = (note.label.text(), note.open_folder.text(), note.open_folder.accessibleName())
        assert all(cy != en for cy, en in zip(welsh, english, strict=True)), welsh
        assert str(tmp_path / "sheet.pdf") in note.label.text() and note.label.accessibleName() == note.label.text()
        assert w.set_language("en")
        qtbot.waitUntil(lambda: note.open_folder.text() == english[1])
        assert (note.label.text(), note.open_folder.text(), note.open_folder.accessibleName()) == english
    finally:
        w.translators.apply("en")
    assert errors == []
