"""File → Export PDF… and File → Print…: choose the sheets and stages; export them with the
core's report exporter; print exactly those PDF pages through Qt's print dialog. *Print to file*
in that dialog writes the exporter's own PDF (real text, as Export PDF does), not page images.
Where a PDF was written is said in the status bar, with a button that opens its folder."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QRectF, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.errors import JournalAppError
from journal_app.core.files import copy_file, written_aside
from journal_app.core.frameworks.models import Framework
from journal_app.core.journal import Journal
from journal_app.core.reports import SHEET_TITLES, export_pdf
from journal_app.ui import messages

CHOICES = ("reflection", "criteria", "journal", "blank-reflection", "blank-criteria")


@dataclass(frozen=True)
class ExportOptions:
    sheet: str
    stage_ids: list[str]
    page_size: str
    include_private: bool
    open_after: bool


class ExportPdfDialog(QDialog):
    def __init__(self, framework: Framework, *, sheet: str = "journal", stage_id: str | None = None,
                 printing: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Print") if printing else self.tr("Export PDF"))
        self.sheet_group = QButtonGroup(self)
        sheets = QGroupBox(self.tr("&Sheets"))
        box = QVBoxLayout(sheets)
        self.radios: dict[str, QRadioButton] = {}
        for key in CHOICES:
            r = QRadioButton(SHEET_TITLES[key])
            r.setAccessibleName(SHEET_TITLES[key])
            self.sheet_group.addButton(r)
            box.addWidget(r)
            self.radios[key] = r
        self.radios.get(sheet, self.radios["journal"]).setChecked(True)
        self.stages = QListWidget()
        self.stages.setAccessibleName(self.tr("Stages to print"))
        self.stages.setToolTip(self.tr("Space ticks or unticks the selected stage"))
        for stage in framework.stages:
            item = QListWidgetItem(stage.title)
            item.setData(Qt.ItemDataRole.UserRole, stage.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if stage_id in (None, stage.id) else Qt.CheckState.Unchecked)
            self.stages.addItem(item)
        # Every stage's title whole (the LJMU prerequisite's is long), a scroll bar's width to spare.
        self.stages.setMinimumWidth(self.stages.sizeHintForColumn(0) + 2 * self.stages.frameWidth()
                                    + self.stages.verticalScrollBar().sizeHint().width())
        self.page_size = QComboBox()
        self.page_size.setAccessibleName(self.tr("Paper size"))
        self.page_size.addItem(self.tr("A4"), "a4")
        self.page_size.addItem(self.tr("US Letter"), "letter")
        self.private = QCheckBox(self.tr("Include entries marked &private"))
        self.private.setAccessibleName(self.tr("Include private entries"))
        self.open_after = QCheckBox(self.tr("&Open the PDF afterwards"))
        self.open_after.setAccessibleName(self.tr("Open the PDF afterwards"))
        self.open_after.setChecked(True)
        self.open_after.setVisible(not printing)
        form = QFormLayout()
        form.addRow(self.tr("S&tages:"), self.stages)
        form.addRow(self.tr("Paper si&ze:"), self.page_size)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("P&rint…") if printing else self.tr("&Export…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(sheets)
        layout.addLayout(form)
        layout.addWidget(self.private)
        layout.addWidget(self.open_after)
        layout.addWidget(buttons)
        self.sheet_group.buttonToggled.connect(lambda *_: self.stages.setEnabled(not self.radios["journal"].isChecked()))
        self.stages.setEnabled(not self.radios["journal"].isChecked())

    def options(self) -> ExportOptions:
        sheet = next(k for k, r in self.radios.items() if r.isChecked())
        stage_ids = [self.stages.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.stages.count())
                     if self.stages.item(i).checkState() == Qt.CheckState.Checked]
        return ExportOptions(sheet, [] if sheet == "journal" else stage_ids, self.page_size.currentData(),
                             self.private.isChecked(), self.open_after.isChecked())

    @classmethod
    def get_options(cls, framework: Framework, *, sheet: str = "journal", stage_id: str | None = None,
                    printing: bool = False, parent: QWidget | None = None) -> ExportOptions | None:
        dialog = cls(framework, sheet=sheet, stage_id=stage_id, printing=printing, parent=parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        opts = dialog.options()
        if opts.sheet != "journal" and not opts.stage_ids:
            messages.error(parent, QCoreApplication.translate("ExportPdfDialog", "Nothing to print"), QCoreApplication.translate("ExportPdfDialog", "Choose at least one stage."))
            return None
        return opts


def default_pdf_name(journal: Journal, opts: ExportOptions) -> str:
    owner = journal.details().owner
    what = SHEET_TITLES[opts.sheet]
    if opts.stage_ids and len(opts.stage_ids) == 1:
        what += " – " + journal.stage(opts.stage_ids[0]).label
    return QCoreApplication.translate("printing", "{owner} – {what}.pdf").format(owner=owner, what=what).replace("/", "-")


def write_pdf(parent: QWidget, journal: Journal, opts: ExportOptions, dest: Path) -> Path | None:
    try:
        return export_pdf(journal, dest, sheet=opts.sheet, stage_ids=opts.stage_ids or None,
                          page_size=opts.page_size, include_private=opts.include_private)
    except (JournalAppError, OSError) as e:
        messages.error(parent, QCoreApplication.translate("printing", "PDF not written"), str(e), QCoreApplication.translate("printing", "Choose another folder or file name and try again."))
        return None


def export_with_dialogs(parent: QWidget, journal: Journal, folder: Path, *, sheet: str = "journal",
                        stage_id: str | None = None) -> Path | None:
    opts = ExportPdfDialog.get_options(journal.framework, sheet=sheet, stage_id=stage_id, parent=parent)
    if opts is None:
        return None
    name, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("printing", "Export PDF"), str(folder / default_pdf_name(journal, opts)),
                                          QCoreApplication.translate("printing", "PDF files (*.pdf)"))
    if not name:
        return None
    dest = Path(name if name.lower().endswith(".pdf") else name + ".pdf")
    out = write_pdf(parent, journal, opts, dest)
    if out is not None:
        show_written(parent, out, lambda: QCoreApplication.translate("printing", "PDF saved as {path}").format(path=out))
        if opts.open_after and not QDesktopServices.openUrl(QUrl.fromLocalFile(str(out))):
            messages.info(parent, QCoreApplication.translate("printing", "PDF not opened"),
                          QCoreApplication.translate("printing", "The PDF was saved as {path}, but no program on this "
                                                     "computer could open it. Open it from its folder with a PDF "
                                                     "reader.").format(path=out))
    return out


class WrittenNote(QWidget):
    """In the status bar: where a file was written, and a button that opens its folder; both
    follow a change of language (``text`` says it in the language of the moment)."""

    def __init__(self, path: Path, text: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.text = text
        self.label = QLabel()
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_folder = QPushButton()
        self.open_folder.clicked.connect(self._open_folder)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.open_folder)
        self._retranslate()

    def _retranslate(self) -> None:
        self.label.setText(self.text())
        self.label.setAccessibleName(self.label.text())  # read out as it is, not by a fixed name
        self.open_folder.setText(self.tr("Open folder"))
        self.open_folder.setAccessibleName(self.tr("Open the folder the file was saved in"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _open_folder(self) -> None:
        folder = self.path.parent
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
            messages.error(self, self.tr("Folder not opened"), self.tr("No file manager could open {folder}.").format(folder=folder))


def show_written(parent: QWidget | None, path: Path, text: Callable[[], str]) -> WrittenNote | None:
    """Say in the main window's status bar where ``path`` was written (replacing the last such
    note), with its Open folder button."""
    window = parent.window() if parent is not None else None
    if not isinstance(window, QMainWindow):
        return None
    bar = window.statusBar()
    for old in bar.findChildren(WrittenNote):
        bar.removeWidget(old)
        old.deleteLater()
    note = WrittenNote(path, text, bar)
    bar.clearMessage()
    bar.addWidget(note, 1)
    note.show()
    return note


def print_pdf(pdf: Path, printer: QPrinter) -> int:
    """Paint the PDF's pages onto the printer, each scaled to the printable page. Returns the
    number of pages printed."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(pdf))
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(QCoreApplication.translate("printing", "the printer could not be started"))
    dpi = min(printer.resolution(), 300)
    count = 0
    try:
        first, last = printer.fromPage(), printer.toPage()
        for index in range(len(document)):
            if first and (index + 1 < first or index + 1 > last):
                continue
            if count:
                printer.newPage()
            page = document[index]
            bitmap = page.render(scale=dpi / 72, rev_byteorder=True)  # RGB, no alpha
            data = bytes(bitmap.buffer)
            image = QImage(data, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGB888).copy()
            target = QRectF(painter.viewport())
            scale = min(target.width() / image.width(), target.height() / image.height())
            w, h = image.width() * scale, image.height() * scale
            painter.drawImage(QRectF((target.width() - w) / 2, (target.height() - h) / 2, w, h), image)
            count += 1
    finally:
        painter.end()
        document.close()
    return count


def print_with_dialogs(parent: QWidget, journal: Journal, *, sheet: str = "journal",
                       stage_id: str | None = None) -> int:
    opts = ExportPdfDialog.get_options(journal.framework, sheet=sheet, stage_id=stage_id, printing=True, parent=parent)
    if opts is None:
        return 0
    with tempfile.TemporaryDirectory(prefix="journal-print-") as tmp:
        pdf = write_pdf(parent, journal, opts, Path(tmp) / "print.pdf")
        if pdf is None:
            return 0
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(default_pdf_name(journal, opts))
        dialog = QPrintDialog(printer, parent)
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintToFile, True)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return 0
        try:
            if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
                return print_to_file(parent, pdf, Path(printer.outputFileName()))
            return print_pdf(pdf, printer)
        except OSError as e:
            messages.error(parent, QCoreApplication.translate("printing", "Not printed"), str(e), QCoreApplication.translate("printing", "Check the printer and try again."))
            return 0


def print_to_file(parent: QWidget | None, pdf: Path, dest: Path) -> int:
    """The print dialog's *Print to file*: the exported PDF itself, copied to ``dest`` (replaced
    whole, never left half-written), so it is the same text PDF as Export PDF. Returns its page
    count."""
    import pypdfium2 as pdfium

    if dest.is_dir():
        raise OSError(QCoreApplication.translate("printing", "{dest} is a folder; give a file name for the PDF").format(dest=dest))
    with written_aside(dest) as tmp:
        copy_file(pdf, tmp)
    document = pdfium.PdfDocument(str(pdf))
    try:
        pages = len(document)
    finally:
        document.close()
    show_written(parent, dest, lambda: QCoreApplication.translate("printing", "Printed to the file {path}").format(path=dest))
    return pages
