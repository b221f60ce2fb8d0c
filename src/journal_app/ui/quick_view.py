"""What the window shows of a journal in the instant before it is open: the same layout as
the journal view (search box, sections with their progress, the overview's heading and
progress by stage) drawn from a quick look at the file. It is replaced by the journal view as
soon as the journal has loaded, a fraction of a second later; until then nothing can be
changed, so nothing typed can be lost."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.quicklook import QuickLook


def _tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


class QuickView(QWidget):
    painted = Signal()  # once, after the first paint

    def __init__(self, look: QuickLook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.look = look
        self._painted = False
        search = QLineEdit()
        search.setPlaceholderText(_tr("JournalView", "Search notes, reflections, targets and evidence (Ctrl+F)"))
        search.setAccessibleName(_tr("JournalView", "Search the journal"))
        search.setEnabled(False)
        self.nav = QListWidget()
        self.nav.setAccessibleName(_tr("JournalView", "Journal sections"))
        self.nav.setWordWrap(True)
        self.nav.addItem(_tr("JournalView", "Overview"))
        for s in look.stages:
            self.nav.addItem(f"{s.label}  ·  {s.badge}" if s.badge else s.label)
        for text in ("Targets", "Evidence", "Conversations", "Learning journey"):
            self.nav.addItem(_tr("JournalView", text))
        self.nav.setCurrentRow(0)
        self.nav.setEnabled(False)
        heading = QLabel(_tr("OverviewPage", "<h2>{title}</h2><p>Kept by <b>{owner}</b>").format(
            title=html.escape(look.title), owner=html.escape(look.owner))
            + (f", {html.escape(look.school)}" if look.school else "")
            + (f" — {html.escape(look.role)}" if look.role else "") + "</p>")
        heading.setWordWrap(True)
        rows = "".join(
            "<tr><td>{label}</td><td>{criteria}</td><td>{checklist}</td><td>{reflection}</td></tr>".format(
                label=html.escape(s.label),
                criteria=_tr("OverviewPage", "{criteria_achieved} of {criteria_total}").format(
                    criteria_achieved=s.criteria_achieved, criteria_total=s.criteria_total) if s.criteria_total else "—",
                checklist=_tr("OverviewPage", "{checklist_ticked} of {checklist_total}").format(
                    checklist_ticked=s.checklist_ticked, checklist_total=s.checklist_total) if s.checklist_total else "—",
                reflection=_tr("OverviewPage", "Written ({reflection_words} words)").format(
                    reflection_words=s.reflection_words) if s.reflection_words else _tr("OverviewPage", "Not written"))
            for s in look.stages)
        heads = "".join(f"<th>{_tr('OverviewPage', h)}</th>"
                        for h in ("Stage", "Criteria achieved", "Checklist ticked", "Reflection"))
        table = QLabel(f"<table cellpadding='3'><tr>{heads}</tr>{rows}</table>")
        table.setAccessibleName(_tr("OverviewPage", "Progress by stage"))
        page = QWidget()
        right = QVBoxLayout(page)
        right.addWidget(heading)
        right.addWidget(QLabel(_tr("OverviewPage", "<b>Progress by stage</b>")))
        right.addWidget(table)
        right.addStretch(1)
        splitter = QSplitter()  # side by side (Qt's Qt enums are not loaded yet: see main_window)
        splitter.addWidget(self.nav)
        splitter.addWidget(page)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([220, 1000])
        top = QHBoxLayout()
        top.addWidget(search, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.nav.installEventFilter(self)  # (its frame paints; asking for its viewport costs start-up time)

    def eventFilter(self, watched: QObject, e: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if e.type() == QEvent.Type.Paint and not self._painted:
            self._painted = True
            self.painted.emit()
        return False
