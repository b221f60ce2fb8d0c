"""A stage page: tabs for Performance criteria, Skills checklist, Reflection, Targets and
Verification."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLabel, QTabWidget, QVBoxLayout, QWidget

from journal_app.core.events import ChangeEvent
from journal_app.core.frameworks.models import Stage
from journal_app.ui import icons
from journal_app.ui.checklist_tab import ChecklistTab
from journal_app.ui.criteria_tab import CriteriaTab
from journal_app.ui.diamond_tab import DiamondTab
from journal_app.ui.pages import refresh_if_shown
from journal_app.ui.reflection_tab import ReflectionTab
from journal_app.ui.session import JournalSession
from journal_app.ui.targets_panel import TargetsPanel
from journal_app.ui.verification_tab import VerificationTab

TAB_KEYS = ("criteria", "checklist", "diamond", "reflection", "targets", "verification")


class StagePage(QWidget):
    """A page (see ``journal_app.ui.pages``) whose tabs are pages too (keys "stage:ID#criteria" …)."""

    def __init__(self, session: JournalSession, stage: Stage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.stage = session, stage
        self.key, self.title, self.stage_id = f"stage:{stage.id}", stage.label, stage.id
        title = QLabel(f"<h2>{stage.title}</h2>" + (f"<p>{stage.subtitle or stage.description}</p>"
                                                     if (stage.subtitle or stage.description) else ""))
        title.setWordWrap(True)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("{label} sections").format(label=stage.label))
        self.criteria = CriteriaTab(session, stage)
        self.checklist = ChecklistTab(session, stage) if stage.checklists else None
        self.reflection = ReflectionTab(session, stage)
        self.targets = TargetsPanel(session, stage.id, stage.reflection.sections.targets)
        self.verification = VerificationTab(session, stage)
        self.tab_for: dict[str, QWidget] = {}
        # A stage without a criteria table (Cornwall's phases) has its evidence on this tab.
        self._add("criteria", self.criteria, self.tr("Performance &criteria") if stage.criteria else self.tr("Eviden&ce"))
        if self.checklist is not None:
            self._add("checklist", self.checklist, self.tr("&Skills checklist"))
            self.diamond = DiamondTab(session, stage)
            self._add("diamond", self.diamond, self.tr("Diamond &9"))
        self._add("reflection", self.reflection, self.tr("&Reflection"))
        self._add("targets", self.targets, self.tr("&Targets for further development"))
        self._add("verification", self.verification, self.tr("Ver&ification"))
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setAccessibleName(self.tr("Verification warning"))
        self.warning.setStyleSheet(icons.alert_box_css())
        self.warning.setVisible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.warning)
        layout.addWidget(self.tabs, 1)
        self.tabs.currentChanged.connect(lambda _i: self._focus_into_tab())

    def _focus_into_tab(self) -> None:
        """After a tab switch from the keyboard (Alt+letter), the focus goes into the tab the
        teacher chose (the reflection's editor, not its toolbar); a switch on the tab bar
        itself (a click, Ctrl+Tab) leaves the focus on the tab bar."""
        focus = QApplication.focusWidget()
        tab = self.tabs.currentWidget()
        if focus is self.tabs.tabBar() or tab is None:
            return
        if focus is not None and not self.isAncestorOf(focus):
            return  # a tab chosen from elsewhere (a search result, reopening): the focus stays
        target = getattr(tab, "first_field", None)
        if target is not None and target.isEnabled():
            target.setFocus()
        elif focus is None or not tab.isAncestorOf(focus):  # Qt's own choice is in the tab, else:
            first = tab.nextInFocusChain()
            (first if tab.isAncestorOf(first) else tab).setFocus()

    def set_warning(self, text: str) -> None:
        self.warning.setText(text)
        self.warning.setVisible(bool(text))

    def _add(self, key: str, widget: QWidget, label: str) -> None:
        self.tab_for[key] = widget
        widget.key, widget.title = f"{self.key}#{key}", label.replace("&", "")
        self.tabs.addTab(widget, label)

    @property
    def shows(self) -> frozenset[str]:
        return frozenset().union(*(t.shows for t in self.tab_for.values()))

    def show_tab(self, key: str) -> None:
        if key in self.tab_for:
            self.tabs.setCurrentWidget(self.tab_for[key])

    def current_tab_key(self) -> str:
        w = self.tabs.currentWidget()
        return next((k for k, v in self.tab_for.items() if v is w), "criteria")

    def refresh(self, event: ChangeEvent | None = None) -> None:
        for tab in self.tab_for.values():
            refresh_if_shown(tab, event)

    def flush(self) -> bool:
        return all([tab.flush() for tab in self.tab_for.values()])
