"""The journal's backups from the window: the daily backup (on a thread, after start-up),
restoring one (File → Restore from backup…), and offering the newest sound one when a journal
will not open."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from journal_app.core.errors import JournalAppError
from journal_app.core.i18n import format_datetime
from journal_app.ui import messages

if TYPE_CHECKING:
    from journal_app.ui.main_window import MainWindow

    _Base = MainWindow
else:
    _Base = object


class BackupActions(_Base):
    """Mixed into MainWindow (uses its session, backups, status bar and backup_done signal)."""

    def _offer_restore(self, path: Path, problem: str) -> bool:
        """A damaged journal: offer the newest sound backup; the damaged file is set aside."""
        try:
            newest = self.backups.newest_sound(path) if path.exists() else None
        except JournalAppError:
            newest = None
        if newest is None:
            messages.error(self, QCoreApplication.translate("MainWindow", "Cannot open the journal"), problem,
                           QCoreApplication.translate("MainWindow", "The file has not been changed. No backup of it was found."))
            return False
        if not messages.confirm(
                self, QCoreApplication.translate("MainWindow", "The journal is damaged"),
                QCoreApplication.translate("MainWindow", "{problem}\n\nRestore the newest sound backup, taken {created}? The damaged file is kept beside it, renamed.").format(problem=problem, created=format_datetime(newest.created)), QCoreApplication.translate("MainWindow", "Restore the backup")):
            return False
        try:
            self.backups.restore(path.resolve(), newest.id)
        except (JournalAppError, OSError) as e:
            messages.error(self, QCoreApplication.translate("MainWindow", "Not restored"), str(e))
            return False
        return self.open_journal(path)

    def restore_from_backup(self) -> bool:
        if self.session is None:
            return False
        path = self.session.journal.path
        try:
            backups = self.backups.list(path)
        except JournalAppError as e:
            messages.error(self, QCoreApplication.translate("MainWindow", "Backups not available"), str(e))
            return False
        from journal_app.ui.restore_dialog import RestoreDialog

        chosen = RestoreDialog.choose(backups, path.name, self)
        if chosen is None or not self.close_journal():
            return False
        try:
            aside = self.backups.restore(path, chosen.id)
        except (JournalAppError, OSError) as e:
            messages.error(self, QCoreApplication.translate("MainWindow", "Not restored"), str(e), QCoreApplication.translate("MainWindow", "The journal is as it was."))
            return self.open_journal(path) and False
        ok = self.open_journal(path)
        if ok:
            self.statusBar().showMessage((QCoreApplication.translate("MainWindow", "Restored the backup of {created}; the journal as it was is kept as {name}") if aside else
                 QCoreApplication.translate("MainWindow", "Restored the backup of {created}; the journal as it was is kept as a backup")).format(
                created=format_datetime(chosen.created), name=aside.name if aside else ""), 15000)
        return ok

    def _start_daily_backup(self, path: Path) -> None:
        def tell(warning: str, error: str) -> None:
            try:
                self.backup_done.emit(warning, error)
            except RuntimeError:  # the window was closed meanwhile: nobody left to tell
                pass

        def work() -> None:
            try:
                result = self.backups.daily_backup(path)
                tell(result.warning if result else "", "")
            except JournalAppError as e:
                tell("", str(e))
            except Exception as e:  # never let a backup problem take the app down
                tell("", QCoreApplication.translate("MainWindow", "The daily backup failed: {reason}").format(reason=e))

        self._backup_thread = threading.Thread(target=work, name="daily-backup", daemon=True)
        self._backup_thread.start()

    def _backup_finished(self, warning: str, error: str) -> None:
        if error:
            messages.error(self, QCoreApplication.translate("MainWindow", "Backup not taken"), error,
                           QCoreApplication.translate("MainWindow", "Your journal was not backed up today. Check it with File → Restore from backup… "
                           "or 'journal-app check'."))
        elif warning:
            self.statusBar().showMessage(warning, 30000)
            messages.error(self, QCoreApplication.translate("MainWindow", "Backup space"), warning)

    def wait_for_backup(self, timeout: float = 30) -> None:
        """Take the daily backup now if it is still waiting, and wait for it to finish."""
        if self._backup_timer is not None and self._backup_timer.isActive():
            self._backup_timer.stop()
            self._backup_timer.timeout.emit()
        if self._backup_thread is not None:
            self._backup_thread.join(timeout)
