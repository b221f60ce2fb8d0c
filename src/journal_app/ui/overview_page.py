"""Overview: each stage's progress, the next targets due, and the Professional Standards codes
the achieved criteria cover, as tables a mentor can read at a glance."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QLabel,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journal_app.ui.models import fmt_date
from journal_app.ui.session import JournalSession
from journal_app.ui.tables import row_table

VERIFICATION_LABELS = {"not_requested": "Not yet requested", "awaiting": "Awaiting",
                       "partly_verified": "Partly verified", "verified": "Verified ✓"}


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(text))
    fit_height(table)


def fit_height(table: QTableWidget) -> None:
    """As tall as its rows, so the page scrolls and not each table."""
    table.resizeRowsToContents()
    height = table.horizontalHeader().height() + table.verticalHeader().length()
    table.setFixedHeight(height + 2 * table.frameWidth())


class OverviewPage(QScrollArea):
    def __init__(self, session: JournalSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWidgetResizable(True)
        inner = QWidget()
        self.setWidget(inner)
        layout = QVBoxLayout(inner)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.stages = row_table(["Stage", "Criteria achieved", "Checklist ticked", "Reflection", "Open targets",
                                  "Verification"], "Progress by stage", fit_height=True)
        self.targets = row_table(["Due", "Target", "Stage"], "Next targets due", stretch=(1,), fit_height=True)
        self.standards = row_table(["Stage", "Induction", "Professional Attributes", "Professional Knowledge",
                                    "Professional Skills"], "Professional Standards covered by achieved criteria",
                                   stretch=(1, 2, 3, 4), fit_height=True)
        layout.addWidget(self.heading)
        layout.addWidget(QLabel("<b>Progress by stage</b>"))
        layout.addWidget(self.stages)
        layout.addWidget(QLabel("<b>Next targets due</b>"))
        layout.addWidget(self.targets)
        self.standards_label = QLabel("<b>Professional Standards covered by achieved criteria</b>")
        layout.addWidget(self.standards_label)
        layout.addWidget(self.standards)
        self.journey_label = QLabel("<b>Learning journey: the six dimensions</b>")
        self.journey = row_table(["Dimension", "Account", "Linked", "Status"], "Learning journey dimensions",
                                 stretch=(0,), fit_height=True)
        layout.addWidget(self.journey_label)
        layout.addWidget(self.journey)
        self.curee_label = QLabel("<b>CUREE principles and skills your entries are tagged with</b>")
        self.curee = row_table(["Principle or skill", "Entries"], "CUREE principles and skills evidenced",
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

    def refresh(self) -> None:
        j = self.session.journal
        d = j.details()
        self.heading.setText(f"<h2>{j.framework.title}</h2><p>Kept by <b>{d.owner}</b>"
                             + (f", {d.school}" if d.school else "") + (f" — {d.role}" if d.role else "") + "</p>")
        rows = []
        for s in j.overview():
            changed = any(x.changed and x.outcome == "verified" for x in j.seals(s.stage_id))
            rows.append([
                s.title,
                f"{s.criteria_achieved} of {s.criteria_total}" if s.criteria_total else "—",
                f"{s.checklist_ticked} of {s.checklist_total}" if s.checklist_total else "—",
                f"Written ({s.reflection_words} words)" if s.reflection_words else "Not written",
                str(s.open_targets),
                VERIFICATION_LABELS.get(s.verification_state, s.verification_state)
                + (" — changed since" if changed else ""),
            ])
        _fill(self.stages, rows)
        next_targets = j.next_targets()
        labels = {s.id: s.label for s in j.framework.stages}
        _fill(self.targets, [[(fmt_date(t.due_date) or "No date") + (" (overdue)" if t.overdue() else ""), t.text,
                              labels.get(t.stage_id or "", "Whole journal")]
                             for t in next_targets] or [["", "No open targets", ""]])
        covered = j.standards_covered()
        std_rows = []
        for stage in j.framework.stages:
            groups = covered[stage.id]
            if any(groups.values()):
                std_rows.append([stage.label] + [", ".join(groups[g]) for g in ("induction", "attributes", "knowledge", "skills")])
        has_codes = any(not st.standards_for(c.id).is_empty() for st in j.framework.stages for c in st.criteria)
        self.standards.setVisible(has_codes)
        self.standards_label.setVisible(has_codes)
        _fill(self.standards, std_rows or [["No criterion achieved yet", "", "", "", ""]])
        journey = j.journey()
        self.journey.setVisible(journey is not None)
        self.journey_label.setVisible(journey is not None)
        if journey is not None:
            self.journey_label.setText(f"<b>Learning journey</b> — TLA stage {journey.tla_stage}: "
                                       f"{journey.stage_title}; the six dimensions")
            _fill(self.journey, [[d.title, f"{d.words} words", str(len(d.links)), d.status.capitalize()]
                                 for d in journey.dimensions])
        curee = self.session.curee
        self.curee.setVisible(curee is not None)
        self.curee_label.setVisible(curee is not None)
        if curee is not None:
            principles, skills = j.tag_coverage()
            rows = [[f"Principle: {p.title}", str(principles[p.id]) if principles[p.id] else "none yet"]
                    for p in curee.principles]
            rows += [[f"{s.title}: {i.lead}", str(skills[f'{s.id}/{i.id}'])]
                     for s in curee.skills for i in s.items if skills[f"{s.id}/{i.id}"]]
            _fill(self.curee, rows)
