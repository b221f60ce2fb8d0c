"""Adding, opening, renaming and removing evidence items, shared by the criterion pane and the
Evidence page. Large files are added on a worker thread behind a progress dialog."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QThread, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QWidget

from journal_app.core.errors import JournalAppError
from journal_app.core.evidence import EvidenceCancelled
from journal_app.core.filetypes import describe_media_type
from journal_app.ui import messages
from journal_app.ui.session import JournalSession

BACKGROUND_THRESHOLD = 8 * 1024 * 1024  # files larger than this are added with a progress dialog


class _AddWorker(QObject):
    progress = Signal(int, int)
    finished = Signal(object, str)  # evidence id or None, error message

    def __init__(self, session: JournalSession, path: Path, links: list[tuple[str, str]]) -> None:
        super().__init__()
        self.session, self.path, self.links = session, path, links
        self.cancelled = False

    def run(self) -> None:
        def progress(done: int, total: int) -> bool:
            self.progress.emit(done // 1024, max(total // 1024, 1))
            return not self.cancelled

        try:
            eid = self.session.journal.add_evidence(self.path, links=self.links, progress=progress)
            self.finished.emit(eid, "")
        except EvidenceCancelled:
            self.finished.emit(None, "")
        except (JournalAppError, OSError) as e:
            self.finished.emit(None, str(e))
        except Exception as e:  # disk full and other database errors
            self.finished.emit(None, QCoreApplication.translate("EvidenceActions", "{name} could not be added: {reason}").format(name=self.path.name, reason=e))


class EvidenceActions(QObject):
    added = Signal(int)

    def __init__(self, session: JournalSession, parent: QWidget) -> None:
        super().__init__(parent)
        self.session = session
        self.parent_widget = parent
        self._jobs: dict[QObject, tuple[QThread, QProgressDialog]] = {}

    def add_files(self, paths: list[str | Path], links: list[tuple[str, str]]) -> list[int]:
        """Add files; small ones at once (their ids are returned), large ones in the background."""
        added = []
        for p in map(Path, paths):
            if not p.is_file():
                messages.error(self.parent_widget, self.tr("Evidence not added"),
                               self.tr("{p} is not a file that can be attached.").format(p=p),
                               self.tr("Check that the file exists and that you can read it."))
                continue
            if p.stat().st_size > BACKGROUND_THRESHOLD:
                self._add_in_background(p, links)
                continue
            ok, eid = self.session.run(lambda j, p=p: j.add_evidence(p, links=links))
            if ok and eid is not None:
                added.append(eid)
                self.added.emit(eid)
        return added

    def _add_in_background(self, path: Path, links: list[tuple[str, str]]) -> None:
        dialog = QProgressDialog(self.tr("Adding {name}…").format(name=path.name), self.tr("Cancel"), 0, 100, self.parent_widget)
        dialog.setWindowTitle(self.tr("Adding evidence"))
        dialog.setAccessibleName(self.tr("Adding evidence"))
        dialog.setMinimumDuration(0)
        thread = QThread(self)
        worker = _AddWorker(self.session, path, links)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        # Bound methods of this (main-thread) object: Qt queues the calls to the main thread.
        worker.progress.connect(self._on_progress)
        worker.finished.connect(self._on_finished)
        dialog.canceled.connect(lambda: setattr(worker, "cancelled", True))
        self._jobs[worker] = (thread, dialog)
        thread.start()

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        job = self._jobs.get(self.sender())
        if job is not None:
            job[1].setMaximum(total)
            job[1].setValue(min(done, total))

    @Slot(object, str)
    def _on_finished(self, eid: object, error: str) -> None:
        worker = self.sender()
        thread, dialog = self._jobs.pop(worker)
        dialog.close()
        thread.quit()
        thread.wait()
        if error:
            messages.error(self.parent_widget, self.tr("Evidence not added"), error, self.tr("The journal is as it was before."))
        elif eid is not None:
            self.added.emit(int(eid))

    @property
    def busy(self) -> bool:
        return bool(self._jobs)

    def shutdown(self) -> None:
        """Cancel files still being added (their partial rows are removed) and wait for them."""
        for worker, (thread, dialog) in list(self._jobs.items()):
            worker.cancelled = True
            thread.quit()
            thread.wait()
            dialog.close()
        self._jobs.clear()

    def open(self, evidence_id: int) -> None:
        """Copy the item out to a temporary file and open it with the system's viewer."""
        try:
            item = self.session.journal.evidence(evidence_id)
            folder = Path(tempfile.mkdtemp(prefix="journal-evidence-"))
            path = self.session.journal.export_evidence(evidence_id, folder / Path(item.name).name)
        except (JournalAppError, OSError) as e:
            messages.error(self.parent_widget, self.tr("Cannot open evidence"), str(e))
            return
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            self.no_viewer(evidence_id)

    def no_viewer(self, evidence_id: int) -> None:
        """Nothing on this computer opens the file: say so, and offer a copy to open elsewhere."""
        item = self.session.journal.evidence(evidence_id)
        if messages.error_with_action(
                self.parent_widget, self.tr("No program to open it"),
                self.tr("“{name}” ({kind}) could not be opened: no program on this computer is set to open it.").format(
                    name=item.name, kind=describe_media_type(item.media_type)),
                self.tr("Save a copy…"),
                self.tr("You can save a copy where you choose and open it with another program, or on another computer.")):
            self.save_copy(evidence_id)

    def save_copy(self, evidence_id: int) -> Path | None:
        """A copy of the item, written where the teacher chooses (the journal keeps its own)."""
        item = self.session.journal.evidence(evidence_id)
        name, _ = QFileDialog.getSaveFileName(self.parent_widget, self.tr("Save a copy of the evidence"),
                                              str(Path.home() / Path(item.name).name))
        if not name:
            return None
        try:
            out = self.session.journal.export_evidence(evidence_id, name)
        except (JournalAppError, OSError) as e:
            messages.error(self.parent_widget, self.tr("Copy not saved"), str(e), self.tr("Choose another place and try again."))
            return None
        messages.info(self.parent_widget, self.tr("Copy saved"), self.tr("A copy of “{name}” was saved as {path}.").format(name=item.name, path=out))
        return out

    def rename(self, evidence_id: int) -> bool:
        item = self.session.journal.evidence(evidence_id)
        name = messages.ask_text(self.parent_widget, self.tr("Rename evidence"), self.tr("New name:"), item.name)
        if name is None or name.strip() == item.name:
            return False
        ok, _ = self.session.run(lambda j: j.rename_evidence(evidence_id, name))
        return ok

    def toggle_private(self, evidence_id: int) -> bool:
        item = self.session.journal.evidence(evidence_id)
        ok, _ = self.session.run(lambda j: j.set_evidence_private(evidence_id, not item.private))
        return ok

    def remove(self, evidence_id: int) -> bool:
        item = self.session.journal.evidence(evidence_id)
        if not messages.confirm(self.parent_widget, self.tr("Remove evidence"),
                                self.tr("Remove “{name}” from the journal? The copy kept in the journal is deleted; the original file, if you still have it, is not touched.").format(name=item.name),
                                self.tr("Remove")):
            return False
        ok, _ = self.session.run(lambda j: j.remove_evidence(evidence_id))
        return ok
