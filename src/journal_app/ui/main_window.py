"""The main window: the start screen or the open journal, menus with the platform's standard
shortcuts, and a status bar that says when the journal was last saved."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from journal_app import APP_NAME, __version__
from journal_app.config import AppPaths
from journal_app.core import i18n
from journal_app.core.errors import DamagedJournalError, JournalAppError, NotAJournalError
from journal_app.settings import Settings
from journal_app.ui import icons, messages
from journal_app.ui.accessible import StatusLabel
from journal_app.ui.backup_actions import BackupActions
from journal_app.ui.i18n import Translators
from journal_app.ui.language import LanguageSwitch
from journal_app.ui.main_menu import MainMenu
from journal_app.ui.review_actions import ReviewActions
from journal_app.ui.screen_fit import fills_screen, fit_window

# The journal's store (SQLAlchemy), the frameworks (pydantic), the journal's pages and even
# Qt's big Qt namespace are loaded when first needed, not here: the window paints before they
# are (bench/run measures it; tests/test_startup.py keeps it so).
if TYPE_CHECKING:
    from journal_app.core.backups import BackupStore
    from journal_app.core.frameworks import FrameworkRegistry
    from journal_app.core.journal import Journal
    from journal_app.ui.curee_pane import CureePane
    from journal_app.ui.help_window import HelpWindow
    from journal_app.ui.journal_view import JournalView
    from journal_app.ui.session import JournalSession
    from journal_app.ui.start_screen import StartScreen

BACKUP_DELAY_MS = 3000
_FRAME_EVENTS = (QEvent.Type.Show, QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.WindowActivate)


class MainWindow(ReviewActions, BackupActions, LanguageSwitch, QMainWindow):
    backup_done = Signal(str, str)  # warning, error: emitted by the backup thread

    def __init__(self, settings: Settings, paths: AppPaths, registry: FrameworkRegistry | None = None,
                 translators: Translators | None = None, *, show_start: bool = True) -> None:
        super().__init__()
        self.settings, self.paths = settings, paths
        self._registry = registry
        self.translators = translators or Translators()
        self._backups: BackupStore | None = None
        self._help: HelpWindow | None = None
        self._curee_pane: CureePane | None = None
        self.quick_view: QWidget | None = None  # the journal as first painted, before it is open
        self.setWindowIcon(icons.app_icon())
        self._backup_thread: threading.Thread | None = None
        self._backup_timer: QTimer | None = None
        self.backup_done.connect(self._backup_finished)
        self.session: JournalSession | None = None
        self.view: JournalView | None = None
        self.setWindowTitle(APP_NAME)
        self.setMinimumSize(760, 500)  # fits a 1366×768 screen at 125%
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self._start: StartScreen | None = None
        self.saved_label = StatusLabel(self.tr("Save status"))
        self.statusBar().addPermanentWidget(self.saved_label)
        self.menu = MainMenu(self)
        self.menu.update()
        restored = bool(settings.window_geometry) and self.restoreGeometry(
            QByteArray.fromBase64(settings.window_geometry.encode()))
        fit_window(self, restored=restored)  # the frame is guessed until the window is shown
        self._fitted_on_screen = False
        if show_start:  # (not when a journal is about to be shown: the start screen is made later)
            self.stack.setCurrentWidget(self.start)

    @property
    def registry(self) -> FrameworkRegistry:
        """The frameworks, read when first needed; files that could not be read are reported."""
        if self._registry is None:
            from journal_app.core.frameworks import FrameworkRegistry

            self._registry = FrameworkRegistry.load(extra_dirs=[self.paths.frameworks_dir])
            if self._registry.problems:
                QTimer.singleShot(0, lambda: messages.error(
                    self, self.tr("Framework files left out"), self.tr("Some of your framework files could not be read:"),
                    "\n".join(self._registry.problems)))
        return self._registry

    @property
    def backups(self) -> BackupStore:
        if self._backups is None:
            from journal_app.core.backups import BackupStore

            self._backups = BackupStore(self.paths.backups_dir)
        return self._backups

    @property
    def curee_pane(self) -> CureePane:
        """The CUREE framework pane (View menu), made the first time it is asked for."""
        if self._curee_pane is None:
            from journal_app.ui.curee_pane import CureePane

            self._curee_pane = CureePane(self.registry, self)
            from PySide6.QtCore import Qt

            self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self._curee_pane)
            self._curee_pane.hide()
            self._curee_pane.visibilityChanged.connect(lambda shown: self.menu.curee_action.setChecked(shown))
        return self._curee_pane

    def toggle_curee_pane(self, shown: bool) -> None:
        self.curee_pane.setVisible(shown)

    def curee_pane_visible(self) -> bool:
        return self._curee_pane is not None and self._curee_pane.isVisible()

    @property
    def start(self) -> StartScreen:
        """The start screen (new journal, open, recent journals), made when first shown."""
        if self._start is None:
            from journal_app.ui.start_screen import StartScreen

            self._start = StartScreen(self.settings)
            self.stack.insertWidget(0, self._start)
            self._start.new_requested.connect(self.new_journal)
            self._start.open_requested.connect(self.choose_and_open)
            self._start.open_path.connect(self.open_journal)
            self.menu.undo_everywhere()
        return self._start

    def file_filter(self) -> str:
        return self.tr("Learning journals (*.ljournal);;All files (*)")

    # ------------------------------------------------------------------ journals
    def new_journal(self) -> None:
        from journal_app.core.journal import Journal
        from journal_app.ui.new_journal_dialog import NewJournalDialog

        details = NewJournalDialog.get_details(self.registry.journal_frameworks(), self.paths.documents_dir, self,
                                               left_out=self.registry.problems)
        if details is None:
            return
        try:
            fw = self.registry.get(details.framework_id)
            journal = Journal.create(details.path, fw, details.owner, details.school, details.role)
        except (JournalAppError, OSError) as e:
            messages.error(self, self.tr("Journal not created"), str(e), self.tr("Choose another name or folder and try again."))
            return
        self._show_journal(journal)

    def choose_and_open(self) -> None:
        start = str(Path(self.settings.last_journal).parent) if self.settings.last_journal else str(self.paths.documents_dir)
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Open a journal"), start, self.file_filter())
        if name:
            self.open_journal(name)

    def open_journal(self, path: str | Path) -> bool:
        from journal_app.core.journal import Journal
        from journal_app.core.lock import JournalLockedError

        path = Path(path)
        if self.session is not None and self.session.journal.path == path.resolve():
            return True
        try:
            journal = Journal.open(path, backups=self.backups)
        except JournalLockedError as e:
            if not messages.confirm(self, self.tr("Journal already open"), str(e), self.tr("Open read-only")):
                return False
            try:
                journal = Journal.open(path, readonly=True)
            except (JournalAppError, OSError) as e2:
                messages.error(self, self.tr("Cannot open the journal"), str(e2))
                return False
        except (DamagedJournalError, NotAJournalError) as e:
            return self._offer_restore(path, str(e))
        except (JournalAppError, OSError) as e:
            messages.error(self, self.tr("Cannot open the journal"), str(e),
                           self.tr("The file has not been changed. If it is a journal, check it with "
                           "'journal-app check', or open another one."))
            return False
        except Exception as e:  # noqa: BLE001 (the last resort: a crafted file never closes the window)
            messages.error(self, self.tr("Cannot open the journal"),
                           self.tr("{path} could not be opened ({name}: {reason}).").format(
                               path=path, name=e.__class__.__name__, reason=str(e)[:300]),
                           self.tr("If it is a journal, check it with 'journal-app check', or open another one."))
            return False
        if journal.open_note:
            messages.info(self, self.tr("Journal opened"), journal.open_note)
        shown = self._show_journal(journal)
        if shown and journal.read_only_notice:  # read-only media, file or folder: said plainly
            self.saved_label.setText(self.tr("Read-only"))
            messages.info(self, self.tr("Opened for reading only"), journal.read_only_notice)
        return shown

    def _show_journal(self, journal: Journal) -> bool:
        if not self.close_journal():
            journal.close()
            return False
        from journal_app.ui.session import JournalSession

        self.session = JournalSession(journal, self)
        self.session.curee_source = self.registry.frameworks.get("curee-national")
        self.session.saved.connect(self._saved)
        self.session.failed.connect(self._save_failed)
        self._make_view()
        d = journal.details()
        self.settings.add_recent(journal.path, d.owner, journal.framework.label)
        self._restore_state(str(journal.path))
        self.settings.save()
        self.setWindowTitle(f"{journal.path.stem} — {APP_NAME}")
        self.saved_label.setText(self.tr("Opened {name}").format(name=journal.path.name))
        if journal.upgraded_from is not None:
            self.statusBar().showMessage(
                self.tr("Upgraded from an older format; the original was kept as {upgrade_backup}").format(upgrade_backup=journal.upgrade_backup), 15000)
        self.menu.fill_view()
        self.menu.update()
        self.view.nav.setFocus()
        if not journal.readonly:  # after start-up, so it does not compete with the first paint
            self._backup_timer = QTimer(self)
            self._backup_timer.setSingleShot(True)
            self._backup_timer.timeout.connect(lambda p=journal.path: self._start_daily_backup(p))
            self._backup_timer.start(BACKUP_DELAY_MS)
        return True

    def _make_view(self) -> None:
        from journal_app.core.frameworks.localize import in_language
        from journal_app.ui.journal_view import JournalView

        tla = self.registry.frameworks.get("gtc-tla")
        self.view = JournalView(self.session, tla=in_language(tla, i18n.language()) if tla else None)
        self.view.page_changed.connect(self._remember_page)
        self.view.print_requested.connect(lambda sid: self.print_sheets("reflection", sid))
        self.stack.addWidget(self.view)
        self.stack.setCurrentWidget(self.view)
        self.menu.undo_everywhere()

    def close_journal(self) -> bool:
        """Save what is pending and close the journal; False if something could not be saved
        and the teacher chose to stay."""
        if self.session is None or self.view is None:
            return True
        if not self.view.flush() and not messages.confirm(
                self, self.tr("Changes not saved"),
                self.tr("Some of your latest changes could not be saved. Close the journal anyway and lose them?"),
                self.tr("Close and lose them")):
            return False
        from journal_app.ui.evidence_actions import EvidenceActions

        for actions in self.view.findChildren(EvidenceActions):
            actions.shutdown()
        self._save_state(str(self.session.journal.path))
        self.settings.save()
        self.stack.removeWidget(self.view)
        self.view.deleteLater()
        self.view = None
        self.session.close()
        self.session.deleteLater()
        self.session = None
        self.start.refresh()
        self.stack.setCurrentWidget(self.start)
        self.setWindowTitle(APP_NAME)
        self.saved_label.clear()
        self.menu.fill_view()
        self.menu.update()
        return True

    # ------------------------------------------------------------------ state
    def _splitters(self) -> list[QSplitter]:
        return [s for s in self.findChildren(QSplitter) if s.objectName()]

    def _save_state(self, journal_path: str) -> None:
        if self.view is not None:
            self.settings.last_page[journal_path] = self.view.current_key()
        for s in self._splitters():
            self.settings.splitters[s.objectName()] = bytes(s.saveState().toBase64()).decode()

    def _restore_state(self, journal_path: str) -> None:
        for s in self._splitters():
            state = self.settings.splitters.get(s.objectName())
            if state:
                s.restoreState(QByteArray.fromBase64(state.encode()))
        page = self.settings.last_page.get(journal_path)
        if page and self.view is not None:
            self.view.show_page(page)

    def _remember_page(self, key: str) -> None:
        if self.session is not None:
            self.settings.last_page[str(self.session.journal.path)] = key

    def _saved(self, when: dt.datetime) -> None:
        self.saved_label.setText(self.tr("All changes saved at {time}").format(time=f"{when:%H:%M:%S}"))

    def _save_failed(self, message: str) -> None:
        self.saved_label.setText(self.tr("Not saved"))
        if self.session is None or self.session.last_failed is None:
            messages.error(self, self.tr("Not saved"), message)
            return
        if messages.error_with_action(self, self.tr("Not saved"), message, self.tr("Save a copy elsewhere…"),
                                      self.tr("Nothing already saved is damaged. You can keep working once the "
                                      "problem is fixed, or save a copy of the journal, with this change, "
                                      "somewhere else (another disk or a USB stick).")):
            self.save_copy_elsewhere()

    def save_copy_elsewhere(self) -> Path | None:
        if self.session is None:
            return None
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save a copy of the journal elsewhere"),
                                              str(Path.home() / self.session.journal.path.name), self.file_filter())
        if not name:
            return None
        dest = Path(name if name.endswith(".ljournal") else name + ".ljournal")
        try:
            out = self.session.save_copy(dest)
        except (JournalAppError, OSError) as e:
            messages.error(self, self.tr("Copy not saved"), str(e), self.tr("Choose another place and try again."))
            return None
        self.statusBar().showMessage(self.tr("A copy of the journal, with your latest change, was saved as {out}").format(out=out), 20000)
        return out

    def _current_stage(self) -> str | None:
        key = self.view.current_key() if self.view else ""
        return key.removeprefix("stage:").split("#")[0] if key.startswith("stage:") else None

    def export_pdf(self, sheet: str | None = None, stage_id: str | None = None) -> Path | None:
        if self.session is None:
            return None
        self.view.flush()
        stage_id = stage_id or self._current_stage()
        from journal_app.ui import (
            printing,  # reportlab is loaded when first needed, not at start-up
        )

        folder = Path(self.session.journal.path).parent
        return printing.export_with_dialogs(self, self.session.journal, folder,
                                            sheet=sheet or ("reflection" if stage_id else "journal"), stage_id=stage_id)

    def print_sheets(self, sheet: str | None = None, stage_id: str | None = None) -> int:
        if self.session is None:
            return 0
        self.view.flush()
        stage_id = stage_id or self._current_stage()
        from journal_app.ui import printing

        return printing.print_with_dialogs(self, self.session.journal,
                                           sheet=sheet or ("reflection" if stage_id else "journal"), stage_id=stage_id)

    # ------------------------------------------------------------------ mentor review
    def focus_search(self) -> None:
        if self.view is not None:
            self.view.focus_search()

    def show_guide(self) -> HelpWindow:
        from journal_app.ui.help_window import HelpWindow

        if self._help is None:
            self._help = HelpWindow(self)
        self._help.show()
        self._help.raise_()
        return self._help

    def welcome_if_first_start(self) -> None:
        """The welcome ("start with New journal") on the start screen of a first start; never
        over a journal being opened (a mentor's first start is often on a review copy)."""
        if self.settings.welcomed or self.session is not None or self.quick_view is not None:
            return
        self.settings.welcomed = True
        self.settings.save()
        from journal_app.ui.help_window import WelcomeDialog

        dialog = WelcomeDialog(self)
        if dialog.exec() and dialog.open_guide.isChecked():
            self.show_guide()

    def show_framework_text(self) -> None:
        fws = [self.session.journal.framework] if self.session else []
        if self.session is None:
            fws = list(self.registry.journal_frameworks())
        for ref in ("curee-national",):
            if ref in self.registry.frameworks and all(f.id != ref for f in fws):
                fws.append(self.registry.get(ref))
        from journal_app.ui.framework_text import FrameworkTextDialog

        FrameworkTextDialog(fws, self).exec()

    def show_about(self) -> None:
        from html import escape  # framework files are data: their titles are text, not markup

        sources = "".join(f"<li>{escape(fw.title)} — <i>{escape(fw.source)}</i></li>" for fw in sorted(self.registry, key=lambda f: f.id))
        if self.registry.problems:  # the user's framework files that could not be read
            sources += "</ul><p>" + self.tr("Framework files left out:") + "</p><ul>" + "".join(
                f"<li>{escape(problem)}</li>" for problem in self.registry.problems)
        QMessageBox.about(self, self.tr("About {APP_NAME}").format(APP_NAME=APP_NAME),
                          self.tr("<h3>{APP_NAME} {version}</h3><p>Keep the learning journal of a mentor-recognition framework on your own computer. Nothing is sent anywhere.</p><p>Licence: GNU General Public License, version 3 or later.</p><p>Frameworks and their sources:</p><ul>{sources}</ul>").format(APP_NAME=APP_NAME, version=__version__, sources=sources))

    def event(self, event: QEvent) -> bool:
        """Once the window manager has framed the window (its frame differs from the window),
        the window is fitted on screen again with the real frame instead of a guessed one."""
        handled = super().event(event)
        if (not getattr(self, "_fitted_on_screen", True) and event.type() in _FRAME_EVENTS
                and self.frameGeometry() != self.geometry()):
            self._fitted_on_screen = True
            QTimer.singleShot(0, lambda: fit_window(self, restored=True))
        return handled

    def closeEvent(self, event: QCloseEvent) -> None:
        open_path = str(self.session.journal.path) if self.session else None
        if not self.close_journal():
            event.ignore()
            return
        self.settings.last_journal = open_path  # reopened at the next start
        self.settings.window_geometry = "" if fills_screen(self) else bytes(self.saveGeometry().toBase64()).decode()
        self.settings.save()
        event.accept()
