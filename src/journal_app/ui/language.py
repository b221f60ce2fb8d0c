"""Changing the window's language while it is open.

Qt translates strings when they are set, so a change of language rebuilds what shows them:
the menus, the start screen, the CUREE pane and the open journal's pages. Everything typed is
saved first (every editor saves as you type), the page, tab and search text are put back, and
a change that cannot be saved stops the switch rather than losing it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from journal_app.core import i18n
from journal_app.ui import messages
from journal_app.ui.preferences_dialog import PreferencesDialog

if TYPE_CHECKING:
    from journal_app.ui.main_window import MainWindow

    _Base = MainWindow
else:
    _Base = object


class LanguageSwitch(_Base):
    """Mixed into MainWindow."""

    def open_preferences(self) -> None:
        choice = PreferencesDialog.get_language(self.settings.language, self)
        if choice is not None:
            self.set_language(choice)

    def set_language(self, setting: str) -> bool:
        """Use the language ``setting`` ("system", "en" or "cy") means; False if the window
        could not change (a change could not be saved, and it is still on screen)."""
        code = i18n.resolve(setting)
        if code == self.translators.language:
            self.settings.language = setting
            self.settings.save()
            return True
        if self.view is not None and not self.view.flush():
            messages.error(self, QCoreApplication.translate("MainWindow", "Language not changed"),
                           QCoreApplication.translate("MainWindow", "Your latest change could not be saved, so the "
                                                      "window was left as it is. Try again once it is saved."))
            return False
        self.settings.language = setting
        self.settings.save()
        page = self.view.current_key() if self.view is not None else None
        search = self.view.search.text() if self.view is not None else ""
        pane_visible = self._curee_pane is not None and self._curee_pane.isVisible()
        self.translators.apply(code)
        self._rebuild_texts()
        if pane_visible:
            self.curee_pane.show()
        if self.view is not None:
            if page:
                self.view.show_page(page)
            self.view.search.setText(search)
            self.view.nav.setFocus()
        return True

    def _rebuild_texts(self) -> None:
        if self._curee_pane is not None:  # made again, in the new language, when next shown
            self.removeDockWidget(self._curee_pane)
            self._curee_pane.deleteLater()
            self._curee_pane = None
        if self._start is not None:  # made again, in the new language, when next shown
            self.stack.removeWidget(self._start)
            self._start.deleteLater()
            self._start = None
        if self._help is not None:
            self._help.close()
            self._help.deleteLater()
            self._help = None
        self.menu.rebuild()
        if self.session is not None and self.view is not None:
            old_view = self.view
            self.stack.removeWidget(old_view)
            old_view.deleteLater()
            self._make_view()
            self.session.journal.announce("journal")  # anything else showing the journal re-reads it
            self.saved_label.setText(QCoreApplication.translate("MainWindow", "Language changed; all your changes are saved"))
        else:
            self.stack.setCurrentWidget(self.start)
            self.saved_label.clear()
        self.menu.fill_view()
        self.menu.update()
