"""The open journal: a navigation list (Overview, the stages with progress badges, Targets,
Evidence) beside the page it selects, and a search box that finds text anywhere."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.events import (
    CHECKLIST,
    CRITERIA,
    EVIDENCE,
    REFLECTION,
    REVIEW,
    TARGETS,
    VERIFICATION,
    ChangeEvent,
)
from journal_app.core.views import SearchHit
from journal_app.ui import icons
from journal_app.ui.pages import PageRegistry
from journal_app.ui.session import JournalSession

# Each page's module is imported when the page is first shown (the overview at once), so the
# window works sooner on a journal that opens on its overview.
if TYPE_CHECKING:
    from journal_app.core.frameworks.models import Framework, Stage
    from journal_app.ui.evidence_page import EvidencePage
    from journal_app.ui.overview_page import OverviewPage
    from journal_app.ui.stage_page import StagePage
    from journal_app.ui.targets_panel import TargetsPanel

KEY_ROLE = Qt.ItemDataRole.UserRole + 10
HIT_ROLE = Qt.ItemDataRole.UserRole + 11
# What a stage's badge and its "changed since it was verified" warning depend on.
BADGE_TOPICS = (CRITERIA, CHECKLIST, REFLECTION, TARGETS, VERIFICATION, EVIDENCE, REVIEW)


class SearchPage(QWidget):
    chosen = Signal(object)  # SearchHit

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setToolTip(self.tr("Press Enter to go to the selected result"))
        self.results.setWordWrap(True)
        self.results.itemActivated.connect(lambda item: self.chosen.emit(item.data(HIT_ROLE)))
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.results, 1)

    def show_hits(self, query: str, hits: list[SearchHit]) -> None:
        self.heading.setText((self.tr("<h2>Search</h2><p>1 result for “{query}”</p>") if len(hits) == 1 else
                              self.tr("<h2>Search</h2><p>{n} results for “{query}”</p>")).format(n=len(hits), query=html.escape(query)) if query.strip() else self.tr("<h2>Search</h2>"))
        self.results.clear()
        for hit in hits:
            item = QListWidgetItem(self.tr("{title}\n    {snippet}").format(title=hit.title, snippet=hit.snippet))
            item.setData(HIT_ROLE, hit)
            self.results.addItem(item)
        if hits:
            self.results.setCurrentRow(0)


class JournalView(QWidget):
    page_changed = Signal(str)
    print_requested = Signal(str)  # a stage's Print verification sheet button

    def __init__(self, session: JournalSession, parent: QWidget | None = None, tla: Framework | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.tla = tla  # the Teacher Learning Academy framework, for starting a learning journey
        fw = session.journal.framework
        self.nav = QListWidget()
        self.nav.setAccessibleName(self.tr("Journal sections"))
        self.nav.setToolTip(self.tr("Choose a section (Ctrl+1 to Ctrl+9)"))
        self.nav.setWordWrap(True)  # long stage names wrap rather than scroll
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stack = QStackedWidget()
        # Pages are built the first time they are shown, so a journal with thousands of evidence
        # items opens as fast as an empty one; once built, each keeps itself current.
        self.pages = PageRegistry(lambda _key, page: self.stack.addWidget(page))
        self.stage_pages = self.pages.prefixed("stage:")
        self._add_page("overview", self.tr("Overview"), self._build_overview)
        for stage in fw.stages:
            self._add_page(f"stage:{stage.id}", stage.label, lambda s=stage: self._build_stage(s))
        self._add_page("targets", self.tr("Targets"), self._build_targets)
        self._add_page("evidence", self.tr("Evidence"), self._build_evidence)
        self._add_page("conversations", self.tr("Conversations"), self._build_conversations)
        self._add_page("journey", self.tr("Learning journey"), self._build_journey)
        self.search_page = SearchPage()
        self.stack.addWidget(self.search_page)
        self.search_page.chosen.connect(self.go_to)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search notes, reflections, targets and evidence (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search the journal"))
        self.search.setClearButtonEnabled(True)
        self.search.returnPressed.connect(self.run_search)
        top = QHBoxLayout()
        self.banner = QLabel()
        self.banner.setVisible(False)
        self.banner.setStyleSheet(icons.notice_box_css())
        top.addWidget(self.search, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("journal-splitter")
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        self.nav.currentRowChanged.connect(self._nav_changed)
        session.changed.connect(self._changed)
        self.refresh_badges()
        self.splitter.setSizes([self._nav_width(), 1000])
        self.nav.setCurrentRow(0)
        self.reviewer_bar = None
        review = session.journal.review
        if review is not None:
            self.banner.setText(self.tr("<b>{banner}.</b> Your comments and sign-offs are saved in this copy; the teacher's own entries cannot be changed. When you have finished, use File → Return to teacher…").format(banner=review.banner))
            self.banner.setWordWrap(True)
            self.banner.setVisible(True)
            if session.review_mode:
                from journal_app.ui.review_panel import ReviewerBar

                self.reviewer_bar = ReviewerBar(session)
                layout.insertWidget(1, self.reviewer_bar)
        elif session.readonly:
            self.banner.setText(self.tr("This journal is open read-only: you can read and print it, but changes are not saved."))
            self.banner.setVisible(True)
        self.refresh_seal_warnings()

    def _nav_width(self) -> int:
        """As wide as the longest section name with its badge (within reason), so the page beside
        it has the rest of the width."""
        fm = self.nav.fontMetrics()
        text = max((fm.horizontalAdvance(self.nav.item(i).text()) for i in range(self.nav.count())), default=0)
        return min(max(text + 4 * fm.averageCharWidth() + 2 * self.nav.frameWidth(), 140), 260)

    def _add_page(self, key: str, label: str, build) -> None:  # noqa: ANN001
        self.pages.add(key, label, build)
        item = QListWidgetItem(label)
        item.setData(KEY_ROLE, key)
        self.nav.addItem(item)

    def _build_overview(self) -> OverviewPage:
        from journal_app.ui.overview_page import OverviewPage

        return OverviewPage(self.session)

    def _build_targets(self) -> TargetsPanel:
        from journal_app.ui.targets_panel import TargetsPanel

        return TargetsPanel(self.session, None, self.tr("All targets"))

    def _build_conversations(self) -> QWidget:
        from journal_app.ui.conversations_page import ConversationsPage

        return ConversationsPage(self.session)

    def _build_journey(self) -> QWidget:
        from journal_app.ui.journey_page import JourneyPage

        return JourneyPage(self.session, self.tla)

    def _build_evidence(self) -> EvidencePage:
        from journal_app.ui.evidence_page import EvidencePage

        page = EvidencePage(self.session)
        page.show_page_requested.connect(self.show_page)  # its empty state's first action
        return page

    def _build_stage(self, stage: Stage) -> StagePage:
        from journal_app.ui.stage_page import StagePage

        page = StagePage(self.session, stage)
        page.tabs.currentChanged.connect(lambda _i: self.page_changed.emit(self.current_key()))
        page.verification.print_requested.connect(self.print_requested)
        self._set_seal_warning(stage.id, page)
        return page

    @property
    def overview(self) -> OverviewPage:
        return self.pages["overview"]

    @property
    def targets(self) -> TargetsPanel:
        return self.pages["targets"]

    @property
    def evidence(self) -> EvidencePage:
        return self.pages["evidence"]

    # ------------------------------------------------------------------ navigation
    def keys(self) -> list[str]:
        return self.pages.keys()

    def current_key(self) -> str:
        item = self.nav.currentItem()
        key = item.data(KEY_ROLE) if item else "overview"
        page = self.stage_pages.get(key.removeprefix("stage:")) if key.startswith("stage:") else None
        return f"{key}#{page.current_tab_key()}" if page else key

    def show_page(self, key: str) -> None:
        base, _, tab = key.partition("#")
        if base not in self.keys():
            base, tab = "overview", ""
        self.nav.setCurrentRow(self.keys().index(base))
        if tab and base.startswith("stage:"):
            self.stage_pages[base.removeprefix("stage:")].show_tab(tab)

    def _nav_changed(self, row: int) -> None:
        if row < 0:
            return
        self.flush()
        self.stack.setCurrentWidget(self.pages[self.nav.item(row).data(KEY_ROLE)])
        self.page_changed.emit(self.current_key())

    def go_to(self, hit: SearchHit) -> None:
        if hit.kind in ("evidence", "conversation"):
            self.show_page(hit.kind if hit.kind == "evidence" else "conversations")
            if hit.kind == "conversation":
                self.pages["conversations"].select_conversation(int(hit.ref))
            return
        if hit.stage_id is None or self.session.journal.framework.stage(hit.stage_id) is None:
            self.show_page("targets")
            return
        page = self.stage_pages[hit.stage_id]
        tab = {"criterion": "criteria", "framework": "criteria", "reflection": "reflection",
               "target": "targets", "checklist": "checklist"}.get(hit.kind, "criteria")
        self.show_page(f"stage:{hit.stage_id}#{tab}")
        if tab == "criteria":
            page.criteria.select_criterion(hit.ref.split("/", 1)[1])
            page.criteria.table.setFocus()
        elif tab == "targets":
            row = page.targets.model.row_of(int(hit.ref))
            page.targets.table.selectRow(row)
            page.targets.table.setFocus()
        elif tab == "reflection":
            page.reflection.editor.setFocus()

    def run_search(self) -> None:
        query = self.search.text()
        self.flush()
        hits = self.session.journal.search(query) if query.strip() else []
        self.search_page.show_hits(query, hits)
        # No section is current while results show, so choosing any (the one shown before too,
        # by Ctrl+number, the View menu or a click) leaves the results for it.
        self.nav.setCurrentRow(-1)
        self.stack.setCurrentWidget(self.search_page)
        self.search_page.results.setFocus()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # ------------------------------------------------------------------ updates
    def refresh_badges(self) -> None:
        j = self.session.journal
        for i in range(self.nav.count()):
            item = self.nav.item(i)
            key = item.data(KEY_ROLE)
            if key.startswith("stage:"):
                s = j.stage_summary(key.removeprefix("stage:"))
                badge = s.badge
                item.setText(f"{s.title}  ·  {badge}" if badge else s.title)
                item.setToolTip(self.tr("{criteria_achieved} of {criteria_total} criteria achieved, {checklist_ticked} of {checklist_total} checklist items ticked").format(criteria_achieved=s.criteria_achieved, criteria_total=s.criteria_total, checklist_ticked=s.checklist_ticked, checklist_total=s.checklist_total))

    def refresh_seal_warnings(self) -> None:
        """A stage changed after it was verified says so at the top of its page."""
        for stage_id, page in self.stage_pages.items():
            self._set_seal_warning(stage_id, page)

    def _set_seal_warning(self, stage_id: str, page: StagePage) -> None:
        broken = self.session.journal.broken_seal(stage_id)
        page.set_warning(self.tr("⚠ This stage has {what}. The sign-off is kept; ask for it to be verified again if the "
                                 "change matters.").format(what=broken.describe()) if broken else "")

    def _changed(self, event: ChangeEvent) -> None:
        """Every change the core announces, from wherever it came: each built page that shows it
        refreshes, and so do the stages' badges and warnings."""
        self.pages.deliver(event)
        if event.concerns(BADGE_TOPICS):
            self.refresh_badges()
            self.refresh_seal_warnings()

    def refresh_all(self) -> None:
        self.pages.deliver(None)
        self.refresh_badges()
        self.refresh_seal_warnings()

    def flush(self) -> bool:
        return self.pages.flush()
