"""The main window's menus and toolbar, as an object of their own (as novelWriter's main menu):
the window lends its slots; the menu owns the actions, fills *Open Recent* and *View* when they
are needed, and enables what the open journal allows."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu

from journal_app import APP_NAME
from journal_app.ui import icons

if TYPE_CHECKING:
    from journal_app.ui.main_window import MainWindow

Keys = QKeySequence.StandardKey


class MainMenu(QObject):
    """Built again (in the new language) when the language changes: see ``rebuild``."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.build()

    def rebuild(self) -> None:
        """After a change of language: the menu bar and toolbar again, in the new language."""
        self.window.menuBar().clear()
        self.window.removeToolBar(self.toolbar)
        self.toolbar.deleteLater()
        self.build()

    def build(self) -> None:
        bar = self.window.menuBar()
        self._file_menu(bar.addMenu(self.tr("&File")))
        self._edit_menu(bar.addMenu(self.tr("&Edit")))
        self.view_menu = bar.addMenu(self.tr("&View"))
        self.curee_action = self.action(self.tr("&CUREE framework"), self.window.toggle_curee_pane,
                                        QKeySequence("Ctrl+Shift+U"), self.tr("Show the CUREE framework beside the journal"))
        self.curee_action.setCheckable(True)
        self.curee_action.setChecked(self.window.curee_pane_visible())
        self._help_menu(bar.addMenu(self.tr("&Help")))
        self._toolbar()

    def action(self, text: str, slot, shortcut=None, tip: str = "", icon_name: str = "") -> QAction:  # noqa: ANN001
        a = QAction(icons.icon(icon_name), text, self.window) if icon_name else QAction(text, self.window)
        if shortcut is not None:
            # setShortcuts, not setShortcut: the latter loads Qt's whole Qt namespace (~15 ms)
            # before the first paint. A standard key gets all of the platform's bindings.
            if isinstance(shortcut, QKeySequence.StandardKey):
                a.setShortcuts(shortcut)
            else:
                a.setShortcuts([shortcut if isinstance(shortcut, QKeySequence) else QKeySequence(shortcut)])
        if tip:
            a.setStatusTip(tip)
            a.setToolTip(tip)
        a.triggered.connect(slot)
        return a

    def _file_menu(self, file: QMenu) -> None:
        w = self.window
        self.new_action = self.action(self.tr("&New journal…"), w.new_journal, Keys.New, self.tr("Start a new journal"), "new")
        self.open_action = self.action(self.tr("&Open…"), w.choose_and_open, Keys.Open, self.tr("Open a journal file"), "open")
        self.recent_menu = file.addMenu(self.tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self.fill_recent)
        self.export_action = self.action(self.tr("&Export PDF…"), lambda: w.export_pdf(), QKeySequence("Ctrl+E"),
                                         self.tr("Save sheets or the whole journal as a PDF"), "export-pdf")
        self.print_action = self.action(self.tr("&Print…"), lambda: w.print_sheets(), Keys.Print,
                                        self.tr("Print sheets or the whole journal"), "print")
        self.close_action = self.action(self.tr("&Close journal"), w.close_journal, Keys.Close)
        self.quit_action = self.action(self.tr("&Quit"), w.close, Keys.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.send_action = self.action(self.tr("&Send to mentor…"), lambda: w.send_to_mentor(),
                                       tip=self.tr("Save a review copy (without private entries) for your mentor"), icon_name="send")
        self.import_action = self.action(self.tr("&Import mentor review…"), lambda: w.import_mentor_review(),
                                         tip=self.tr("Add a returned review's comments and sign-offs to this journal"),
                                         icon_name="import")
        self.return_action = self.action(self.tr("Re&turn to teacher…"), lambda: w.return_to_teacher(),
                                         tip=self.tr("Save the reviewed copy to send back to the teacher"), icon_name="return")
        self.restore_action = self.action(self.tr("Restore from &backup…"), lambda: w.restore_from_backup(),
                                          tip=self.tr("Go back to one of the journal's automatic backups"), icon_name="restore")
        file.insertAction(self.recent_menu.menuAction(), self.new_action)
        file.insertAction(self.recent_menu.menuAction(), self.open_action)
        for group in ((self.export_action, self.print_action), (self.send_action, self.import_action, self.return_action),
                      (self.restore_action,), (self.close_action,), (self.quit_action,)):
            file.addSeparator()
            for a in group:
                file.addAction(a)

    def _edit_menu(self, edit: QMenu) -> None:
        self.undo_action = self.action(self.tr("&Undo"), lambda: self._edit_call("undo"), Keys.Undo)
        self.redo_action = self.action(self.tr("&Redo"), lambda: self._edit_call("redo"), Keys.Redo)
        self.find_action = self.action(self.tr("&Find…"), self.window.focus_search, Keys.Find,
                                       self.tr("Search the whole journal"), "search")
        self.preferences_action = self.action(self.tr("Prefere&nces…"), self.window.open_preferences, QKeySequence("Ctrl+,"),
                                              self.tr("Choose the language of the window and printed sheets"))
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        for group in ((self.undo_action, self.redo_action), (self.find_action,), (self.preferences_action,)):
            if edit.actions():
                edit.addSeparator()
            for a in group:
                edit.addAction(a)

    def _help_menu(self, help_menu: QMenu) -> None:
        w = self.window
        self.guide_action = self.action(self.tr("&User guide"), w.show_guide, Keys.HelpContents,
                                        self.tr("How to keep your journal through the year"), "help")
        self.framework_action = self.action(self.tr("The &framework's text"), w.show_framework_text)
        help_menu.addAction(self.guide_action)
        help_menu.addAction(self.framework_action)
        help_menu.addAction(self.action(self.tr("&About {APP_NAME}").format(APP_NAME=APP_NAME), w.show_about))

    def _toolbar(self) -> None:
        self.toolbar = self.window.addToolBar(self.tr("Main"))
        self.toolbar.setObjectName("main-toolbar")
        self.toolbar.setAccessibleName(self.tr("Main toolbar"))
        # Text beside the icons, said in a style sheet: the enum would load Qt's whole Qt
        # namespace before the first paint.
        self.toolbar.setStyleSheet("QToolBar { qproperty-toolButtonStyle: ToolButtonTextBesideIcon; }")
        for a in (self.new_action, self.open_action, self.export_action, self.print_action, self.send_action,
                  self.find_action, self.guide_action):
            self.toolbar.addAction(a)

    def undo_everywhere(self) -> None:
        """Ctrl+Z and Ctrl+Shift+Z in whichever window has the focus. Done when the start screen
        or a journal is shown, not while the menus are built (it would load Qt's Qt namespace
        before the first paint)."""
        from PySide6.QtCore import Qt

        for a in (self.undo_action, self.redo_action):
            a.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)

    @staticmethod
    def _edit_call(name: str) -> None:
        w = QApplication.focusWidget()
        if w is not None and hasattr(w, name):
            getattr(w, name)()

    def fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = self.window.settings.recent
        for r in recent:
            a = self.recent_menu.addAction(Path(r.path).stem + ("" if r.exists else self.tr(" (missing)")))
            a.setEnabled(r.exists)
            a.triggered.connect(lambda _c=False, p=r.path: self.window.open_journal(p))
        if not recent:
            self.recent_menu.addAction(self.tr("No recent journals")).setEnabled(False)

    def fill_view(self) -> None:
        """The CUREE pane, then a Ctrl+1…Ctrl+9 entry for each section of the open journal."""
        view = self.window.view
        self.view_menu.clear()
        self.view_menu.addAction(self.curee_action)
        self.view_menu.addSeparator()
        if view is None:
            return
        for n, key in enumerate(view.keys()):
            label = view.nav.item(n).text().split("  ·  ")[0]
            a = self.view_menu.addAction(label)
            if n < 9:
                a.setShortcuts([QKeySequence(f"Ctrl+{n + 1}")])
            a.triggered.connect(lambda _c=False, k=key: view.show_page(k))

    def update(self) -> None:
        """Enable what the open journal allows: nothing of a journal without one; sending,
        importing and restoring only in the teacher's own journal, open for writing; returning
        only in a mentor's review copy."""
        session = self.window.session
        has = session is not None
        for a in (self.close_action, self.find_action, self.export_action, self.print_action):
            a.setEnabled(has)
        own = has and session.journal.review is None and not session.journal.readonly
        for a in (self.send_action, self.import_action, self.restore_action):
            a.setEnabled(own)
        self.return_action.setEnabled(has and session.review_mode)
        self.view_menu.setEnabled(has)
