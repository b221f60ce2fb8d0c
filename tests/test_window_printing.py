"""Export PDF and Print from the window, and the Verification tab's print button."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog

from conftest import open_window, window_on_new_journal
from journal_app.core.journal import Journal
from journal_app.core.reports import export_pdf
from journal_app.ui import printing
from journal_app.ui.printing import ExportOptions, ExportPdfDialog, print_pdf


def make_journal(tmp_path, ljmu) -> Path:
    path = tmp_path / "p.ljournal"
    j = Journal.create(path, ljmu, "Pat")
    j.set_reflection("effective", "Printed from the window")
    j.close()
    return path


def test_export_pdf_from_the_file_menu(qtbot, monkeypatch, tmp_path, paths, errors, ljmu):
    w = open_window(qtbot, paths)
    w.open_journal(make_journal(tmp_path, ljmu))
    w.view.show_page("stage:effective#reflection")
    chosen = {}

    def fake_options(framework, *, sheet, stage_id, printing=False, parent=None):
        chosen.update(sheet=sheet, stage_id=stage_id)
        return ExportOptions(sheet, [stage_id], "a4", False, True)

    opened = []
    monkeypatch.setattr(ExportPdfDialog, "get_options", fake_options)
    monkeypatch.setattr(printing.QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "sheet"), ""))
    monkeypatch.setattr(printing.QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    w.menu.export_action.trigger()
    out = tmp_path / "sheet.pdf"
    assert chosen == {"sheet": "reflection", "stage_id": "effective"}  # the stage on screen is offered
    assert out.exists() and opened == [str(out)]
    assert "Printed from the window" in PdfReader(str(out)).pages[0].extract_text()
    assert errors == []


def test_a_pdf_no_program_can_open_is_said_not_dropped(qtbot, monkeypatch, tmp_path, paths, errors, ljmu):
    """"Open the PDF afterwards" on a computer with no PDF program: the teacher is told where it
    is, not left waiting for a reader that never comes."""
    from journal_app.ui import messages

    told = []
    monkeypatch.setattr(messages, "info", lambda parent, title, text: told.append((title, text)))
    w = open_window(qtbot, paths)
    w.open_journal(make_journal(tmp_path, ljmu))
    monkeypatch.setattr(ExportPdfDialog, "get_options", lambda *a, **k: ExportOptions("journal", [], "a4", False, True))
    monkeypatch.setattr(printing.QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "all"), ""))
    monkeypatch.setattr(printing.QDesktopServices, "openUrl", lambda url: False)
    w.menu.export_action.trigger()
    out = tmp_path / "all.pdf"
    assert out.exists()
    assert told and told[0][0] == "PDF not opened" and str(out) in told[0][1] and "\n" not in told[0][1]


def test_export_dialog_choices(qtbot, ljmu):
    dialog = ExportPdfDialog(ljmu, sheet="criteria", stage_id="advanced")
    qtbot.addWidget(dialog)
    opts = dialog.options()
    assert opts.sheet == "criteria" and opts.stage_ids == ["advanced"] and opts.page_size == "a4"
    dialog.radios["journal"].setChecked(True)
    assert not dialog.stages.isEnabled() and dialog.options().stage_ids == []
    dialog.radios["blank-reflection"].setChecked(True)
    dialog.stages.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.page_size.setCurrentIndex(1)
    opts = dialog.options()
    assert opts.sheet == "blank-reflection" and opts.stage_ids == ["prerequisite", "advanced"]
    assert opts.page_size == "letter"


def test_print_pdf_prints_the_same_pages(qapp, journal, tmp_path):
    for i in range(80):
        journal.add_target("developing", f"Target {i}")
    pdf = export_pdf(journal, tmp_path / "s.pdf", sheet="reflection", stage_ids=["developing"])
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    pages = len(PdfReader(str(pdf)).pages)
    assert pages > 1
    assert print_pdf(pdf, printer) == pages
    assert len(PdfReader(str(tmp_path / "printed.pdf")).pages) == pages


def test_verification_tab_prints_its_stage_sheet(qtbot, monkeypatch, tmp_path, paths, errors, ljmu):
    w = open_window(qtbot, paths)
    w.open_journal(make_journal(tmp_path, ljmu))
    printed_to = tmp_path / "printer.pdf"

    def fake_options(framework, *, sheet, stage_id, printing=False, parent=None):
        assert printing and sheet == "reflection" and stage_id == "advanced"
        return ExportOptions(sheet, [stage_id], "a4", False, False)

    class FakePrintDialog:
        PrintDialogOption = printing.QPrintDialog.PrintDialogOption

        def __init__(self, printer, parent=None):
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(printed_to))

        def setOption(self, *args):
            pass

        def exec(self):
            return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ExportPdfDialog, "get_options", fake_options)
    monkeypatch.setattr(printing, "QPrintDialog", FakePrintDialog)
    w.view.show_page("stage:advanced#verification")
    w.view.stage_pages["advanced"].verification.print_button.click()
    assert printed_to.exists() and len(PdfReader(str(printed_to)).pages) == 1
    assert errors == []


def test_a_framework_without_criteria_shows_no_empty_criteria_columns(qtbot, tmp_path, paths, errors, registry):
    """Cornwall's phases have no criteria or checklists: the Overview shows no empty "Criteria
    achieved" and "Checklist ticked" columns (its criteria record sheet lists each phase's
    evidence, so Export PDF keeps it)."""

    cornwall, ljmu = registry.get("cornwall-mcl"), registry.get("ljmu-mentor")
    assert not cornwall.has_criteria and not cornwall.has_checklists and ljmu.has_criteria and ljmu.has_checklists
    w = window_on_new_journal(qtbot, paths, tmp_path, cornwall)
    stages = w.view.overview.stages
    assert stages.isColumnHidden(1) and stages.isColumnHidden(2) and not stages.isColumnHidden(3)
    w.close_journal()
    assert w.open_journal(make_journal(tmp_path, ljmu))
    assert not w.view.overview.stages.isColumnHidden(1)
