"""The mentor round trip from the window's File menu: send a review copy, import a returned
review, and (in a review copy) return it to the teacher."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog

from journal_app.core.errors import Cancelled, JournalAppError
from journal_app.ui import messages

if TYPE_CHECKING:
    from journal_app.core.review_import import ImportSummary
    from journal_app.ui.main_window import MainWindow

    _Base = MainWindow
else:
    _Base = object


class ReviewActions(_Base):
    """Mixed into MainWindow (uses its session, view, backups and status bar)."""

    def send_to_mentor(self) -> Path | None:
        """A review form (PDF) or a review copy (.ljournal) of the chosen stages."""
        from journal_app.ui.review_panel import SendToMentorDialog

        if self.session is None:
            return None
        choice = SendToMentorDialog.get_choice(self.session.journal.framework, self)
        if not choice:
            return None
        stages, kind = choice
        self.view.flush()
        j = self.session.journal
        if kind == "form":
            name = QCoreApplication.translate("MainWindow", "{owner} – review form – {today:%Y-%m-%d}.pdf").format(owner=j.details().owner, today=dt.date.today())
            title, filter_, suffix = QCoreApplication.translate("MainWindow", "Save the review form"), QCoreApplication.translate("MainWindow", "PDF review forms (*.pdf)"), ".pdf"
        else:
            name = QCoreApplication.translate("MainWindow", "{owner} – for review – {today:%Y-%m-%d}.ljournal").format(owner=j.details().owner, today=dt.date.today())
            title, filter_, suffix = QCoreApplication.translate("MainWindow", "Save the review copy"), self.file_filter(), ".ljournal"
        dest, _ = QFileDialog.getSaveFileName(self, title, str(j.path.parent / name), filter_)
        if not dest:
            return None
        dest_path = Path(dest if dest.endswith(suffix) else dest + suffix)
        try:
            if kind == "form":
                from journal_app.core.reviewform.export import export_review_form

                out = export_review_form(j, dest_path, stages)
            else:
                from journal_app.core.review import export_for_mentor

                out = export_for_mentor(j, dest_path, stages)
        except (JournalAppError, OSError) as e:
            messages.error(self, QCoreApplication.translate("MainWindow", "Review form not saved") if kind == "form" else
                           QCoreApplication.translate("MainWindow", "Review copy not saved"), str(e))
            return None
        self.statusBar().showMessage((QCoreApplication.translate("MainWindow", "Review form saved as {out}: send it to your mentor, who fills it in "
                                         "with any PDF reader and sends it back") if kind == "form" else
                                      QCoreApplication.translate("MainWindow", "Review copy saved as {out}: send this file to your mentor")).format(out=out), 20000)
        return out

    def import_mentor_review(self) -> ImportSummary | None:
        """Read the returned file, show what will come in and what was checked, and write it
        only when the teacher says so."""
        import tempfile

        from journal_app.core.review_import import apply, preview, read_returned
        from journal_app.ui.busy import run_busy

        if self.session is None:
            return None
        name, _ = QFileDialog.getOpenFileName(self, QCoreApplication.translate("MainWindow", "Import a mentor's review"), str(self.session.journal.path.parent),
                                              self.review_file_filter())
        if not name:
            return None
        self.view.flush()
        title = QCoreApplication.translate("MainWindow", "Import mentor review")
        journal = self.session.journal
        try:
            with tempfile.TemporaryDirectory(prefix="journal-review-") as tmp:
                # Reading (a PDF is checked in a child process) touches no journal, so it runs off
                # the GUI thread; the preview and the write use the session, so they stay here.
                returned = run_busy(self, title, QCoreApplication.translate("MainWindow", "Checking the returned file…"),
                                    lambda cancel: read_returned(Path(name), tmp, cancel))
                if self.session is None or self.session.journal is not journal:  # closed meanwhile
                    return None
                pv = preview(journal, returned)
                if not messages.confirm(self, title, self.preview_text(pv),
                                        QCoreApplication.translate("MainWindow", "&Import"), detail=pv.describe()):
                    return None
                summary = apply(journal, returned, self.backups)
        except Cancelled:  # stopped while reading: nothing was written
            self.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Import cancelled: your journal has not been changed"), 10000)
            return None
        except (JournalAppError, OSError) as e:
            messages.error(self, QCoreApplication.translate("MainWindow", "Review not imported"), str(e), QCoreApplication.translate("MainWindow", "Your journal has not been changed."))
            return None
        messages.info(self, QCoreApplication.translate("MainWindow", "Review imported"), summary.describe())
        return summary

    @staticmethod
    def preview_text(pv) -> str:  # noqa: ANN001 (ImportPreview)
        """The short form of a preview: the sign-offs, what stays, the warnings."""
        lines = [QCoreApplication.translate("MainWindow", "This review will add:")]
        lines += [f"• {s}" for s in pv.sign_offs]
        lines.append(QCoreApplication.translate("MainWindow", "Comments: {n}").format(n=len(pv.comments)))
        lines += [f"• {k}" for k in pv.kept]
        lines += [f"⚠ {w}" for w in pv.warnings]
        lines.append(QCoreApplication.translate("MainWindow", "Nothing else in your journal changes. Import it?"))
        return "\n".join(lines)

    def review_file_filter(self) -> str:
        """Returned reviews: review copies and PDF review forms (told apart by their content)."""
        return QCoreApplication.translate("MainWindow", "Returned reviews (*.ljournal *.pdf);;All files (*)")

    def return_to_teacher(self) -> Path | None:
        from journal_app.core.review import return_copy, returned_file_name


        if self.session is None or not self.session.review_mode:
            return None
        self.view.flush()
        j = self.session.journal
        reviewer = j.review.reviewer_name
        suggested = j.path.parent / returned_file_name(j.review, reviewer)
        dest, _ = QFileDialog.getSaveFileName(self, QCoreApplication.translate("MainWindow", "Return the reviewed journal"), str(suggested), self.file_filter())
        if not dest:
            return None
        try:
            out = return_copy(j, Path(dest if dest.endswith(".ljournal") else dest + ".ljournal"))
        except (JournalAppError, OSError) as e:
            messages.error(self, QCoreApplication.translate("MainWindow", "Not saved"), str(e))
            return None
        self.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Saved {name}: send this file back to {owner}").format(name=out.name, owner=j.review.owner), 20000)
        return out

