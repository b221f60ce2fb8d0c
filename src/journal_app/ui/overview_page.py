"""Overview: each stage's progress, the next targets due, and the Professional Standards codes
the achieved criteria cover, as tables a mentor can read at a glance."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QLabel,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.events import TOPICS, ChangeEvent
from journal_app.core.i18n import Labels  # the same catalogue as the window's
from journal_app.core.journey import DIMENSION_STATUS
from journal_app.ui.models import fmt_date
from journal_app.ui.session import JournalSession
from journal_app.ui.tables import rows_view

VERIFICATION_LABELS = Labels("overview_page", {"not_requested": QT_TRANSLATE_NOOP("overview_page", "Not yet requested"), "awaiting": QT_TRANSLATE_NOOP("overview_page", "Awaiting"),
                       "partly_verified": QT_TRANSLATE_NOOP("overview_page", "Partly verified"), "verified": QT_TRANSLATE_NOOP("overview_page", "Verified ✓")})


def _fill(table: QTableView, rows: list[list[str]]) -> None:
    table.model().set_rows(rows)
    fit_height(table)


def fit_height(table: QTableView) -> None:
    """As tall as its rows, so the page scrolls and not each table."""
    table.resizeRowsToContents()
    height = table.horizontalHeader().height() + table.verticalHeader().length()
    table.setFixedHeight(height + 2 * table.frameWidth())


class OverviewPage(QScrollArea):
    """A page (see ``journal_app.ui.pages``) that sums up the whole journal."""

    shows = frozenset(TOPICS)
    stage_id = None

    def __init__(self, session: JournalSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWidgetResizable(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the first Tab stop is the first table, not the frame
        self.setAccessibleName(self.tr("Overview"))
        inner = QWidget()
        self.setWidget(inner)
        layout = QVBoxLayout(inner)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.stages = rows_view([self.tr("Stage"), self.tr("Criteria achieved"), self.tr("Checklist ticked"), self.tr("Reflection"), self.tr("Open targets"),
                                  self.tr("Verification")], self.tr("Progress by stage"), fit_height=True)
        self.targets = rows_view([self.tr("Due"), self.tr("Target"), self.tr("Stage")], self.tr("Next targets due"), stretch=(1,), fit_height=True)
        self.standards = rows_view([self.tr("Stage"), self.tr("Induction"), self.tr("Professional Attributes"), self.tr("Professional Knowledge"),
                                    self.tr("Professional Skills")], self.tr("Professional Standards covered by achieved criteria"),
                                   stretch=(1, 2, 3, 4), fit_height=True)
        layout.addWidget(self.heading)
        layout.addWidget(QLabel(self.tr("<b>Progress by stage</b>")))
        layout.addWidget(self.stages)
        layout.addWidget(QLabel(self.tr("<b>Next targets due</b>")))
        layout.addWidget(self.targets)
        self.standards_label = QLabel(self.tr("<b>Professional Standards covered by achieved criteria</b>"))
        layout.addWidget(self.standards_label)
        layout.addWidget(self.standards)
        self.journey_label = QLabel(self.tr("<b>Learning journey: the six dimensions</b>"))
        self.journey = rows_view([self.tr("Dimension"), self.tr("Account"), self.tr("Linked"), self.tr("Status")], self.tr("Learning journey dimensions"),
                                 stretch=(0,), fit_height=True)
        layout.addWidget(self.journey_label)
        layout.addWidget(self.journey)
        self.curee_label = QLabel(self.tr("<b>CUREE principles and skills your entries are tagged with</b>"))
        self.curee = rows_view([self.tr("Principle or skill"), self.tr("Entries")], self.tr("CUREE principles and skills evidenced"),
                               stretch=(0,), fit_height=True)
        layout.addWidget(self.curee_label)
        layout.addWidget(self.curee)
        layout.addStretch(1)
        self.refresh()

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802 (Qt's name)
        super().resizeEvent(event)
        for table in (self.stages, self.targets, self.standards, self.journey, self.curee):  # rows re-wrap
            fit_height(table)

    def showEvent(self, event) -> None:  # noqa: ANN001, N802
        super().showEvent(event)
        for table in (self.stages, self.targets, self.standards, self.journey, self.curee):
            fit_height(table)

    def flush(self) -> bool:
        return True  # nothing is typed here

    def refresh(self, event: ChangeEvent | None = None) -> None:
        j = self.session.journal
        d = j.details()
        note = j.framework_note()
        self.heading.setText(self.tr("<h2>{title}</h2><p>Kept by <b>{owner}</b>").format(title=j.framework.title, owner=d.owner)
                             + (f", {d.school}" if d.school else "") + (f" — {d.role}" if d.role else "") + "</p>"
                             + (f"<p><i>{note}</i></p>" if note else ""))
        rows = []
        for s in j.overview():
            changed = j.broken_seal(s.stage_id) is not None
            rows.append([
                s.title,
                self.tr("{criteria_achieved} of {criteria_total}").format(criteria_achieved=s.criteria_achieved, criteria_total=s.criteria_total) if s.criteria_total else "—",
                self.tr("{checklist_ticked} of {checklist_total}").format(checklist_ticked=s.checklist_ticked, checklist_total=s.checklist_total) if s.checklist_total else "—",
                self.tr("Written ({reflection_words} words)").format(reflection_words=s.reflection_words) if s.reflection_words else self.tr("Not written"),
                str(s.open_targets),
                VERIFICATION_LABELS.get(s.verification_state, s.verification_state)
                + (self.tr(" — changed since") if changed else ""),
            ])
        _fill(self.stages, rows)
        self.stages.setColumnHidden(1, not j.framework.has_criteria)  # (Cornwall's phases have neither)
        self.stages.setColumnHidden(2, not j.framework.has_checklists)
        next_targets = j.next_targets()
        labels = {s.id: s.label for s in j.framework.stages}
        _fill(self.targets, [[(fmt_date(t.due_date) or self.tr("No date")) + (self.tr(" (overdue)") if t.overdue() else ""), t.text,
                              labels.get(t.stage_id or "", self.tr("Whole journal"))]
                             for t in next_targets] or [["", self.tr("No open targets"), ""]])
        covered = j.standards_covered()
        std_rows = []
        for stage in j.framework.stages:
            groups = covered[stage.id]
            if any(groups.values()):
                std_rows.append([stage.label] + [", ".join(groups[g]) for g in ("induction", "attributes", "knowledge", "skills")])
        has_codes = any(not st.standards_for(c.id).is_empty() for st in j.framework.stages for c in st.criteria)
        self.standards.setVisible(has_codes)
        self.standards_label.setVisible(has_codes)
        _fill(self.standards, std_rows or [[self.tr("No criterion achieved yet"), "", "", "", ""]])
        journey = j.journey()
        self.journey.setVisible(journey is not None)
        self.journey_label.setVisible(journey is not None)
        if journey is not None:
            self.journey_label.setText(self.tr("<b>Learning journey</b> — TLA stage {tla_stage}: {stage_title}; the six dimensions").format(tla_stage=journey.tla_stage, stage_title=journey.stage_title))
            _fill(self.journey, [[d.title, self.tr("%n words", "", d.words), str(len(d.links)), DIMENSION_STATUS[d.status]]
                                 for d in journey.dimensions])
        curee = self.session.curee
        self.curee.setVisible(curee is not None)
        self.curee_label.setVisible(curee is not None)
        if curee is not None:
            principles, skills = j.tag_coverage()
            rows = [[self.tr("Principle: {title}").format(title=p.title), str(principles[p.id]) if principles[p.id] else self.tr("none yet")]
                    for p in curee.principles]
            rows += [[f"{s.title}: {i.lead}", str(skills[f'{s.id}/{i.id}'])]
                     for s in curee.skills for i in s.items if skills[f"{s.id}/{i.id}"]]
            _fill(self.curee, rows)
