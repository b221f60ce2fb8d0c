"""Qt item models over the core. They read through the Journal facade and write through the
JournalSession, never with SQL, and can be used (and tested) without a window."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QFont

from journal_app.core.filetypes import describe_media_type
from journal_app.core.frameworks.models import Checklist, Framework, Stage
from journal_app.core.i18n import (
    Labels,  # the same catalogue as the window's
    format_date,
    format_datetime,
)
from journal_app.core.views import (
    CRITERION_STATES,
    TARGET_STATUSES,
    CriterionRecordView,
    TargetView,
    TickView,
    human_size,
)
from journal_app.ui.icons import state_colour, warning_colour
from journal_app.ui.session import JournalSession

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1
VALUE_ROLE = Qt.ItemDataRole.UserRole + 2

STATE_LABELS = Labels("models", {
    "not_started": QT_TRANSLATE_NOOP("models", "Not started"),
    "begun": QT_TRANSLATE_NOOP("models", "Begun"),
    "partly_evidenced": QT_TRANSLATE_NOOP("models", "Partly evidenced"),
    "achieved": QT_TRANSLATE_NOOP("models", "Achieved"),
})
STATUS_LABELS = Labels("models", {"open": QT_TRANSLATE_NOOP("models", "Open"), "achieved": QT_TRANSLATE_NOOP("models", "Achieved"), "dropped": QT_TRANSLATE_NOOP("models", "Dropped")})
STANDARD_GROUPS = Labels("models", {
    "induction": QT_TRANSLATE_NOOP("models", "Induction"),
    "attributes": QT_TRANSLATE_NOOP("models", "Attributes"),
    "knowledge": QT_TRANSLATE_NOOP("models", "Knowledge"),
    "skills": QT_TRANSLATE_NOOP("models", "Skills"),
})
TICK = "✓"
# A mark for each state, so the state reads at a glance (with its colour) before its words.
STATE_MARKS = {"not_started": "○", "begun": "◔", "partly_evidenced": "◑", "achieved": TICK}


def fmt_date(d: dt.date | None) -> str:
    return format_date(d)


def links_label(framework: Framework, links: tuple[tuple[str, str], ...]) -> str:
    """What evidence supports, as people number it: "Developing Mentor 3", or a stage itself."""
    out = []
    for sid, cid in links:
        stage = framework.stage(sid)
        crit = stage.criterion(cid) if stage and cid else None
        label = stage.label if stage else sid
        out.append(f"{label} {stage.criteria.index(crit) + 1}" if stage and crit else label)
    return ", ".join(out)


def standards_groups(stage: Stage, criterion_id: str) -> list[tuple[str, str]]:
    """A criterion's standards in full, group by group: (group's name, its codes)."""
    std = stage.standards_for(criterion_id)
    return [(label, ", ".join(getattr(std, group))) for group, label in STANDARD_GROUPS.items() if getattr(std, group)]


def standards_summary(stage: Stage, criterion_id: str) -> str:
    """Short enough for a table cell: the codes when few, else how many in each group."""
    std = stage.standards_for(criterion_id)
    if std.induction:
        return ", ".join(std.induction)
    parts = []
    for label, codes in ((STANDARD_GROUPS["attributes"], std.attributes), (STANDARD_GROUPS["knowledge"], std.knowledge),
                         (STANDARD_GROUPS["skills"], std.skills)):
        if codes:
            parts.append("{label}: {join}".format(label=label, join=', '.join(codes)) if len(codes) <= 2 else f"{label} ({len(codes)})")
    return "\n".join(parts)


class HeadedModel(QAbstractTableModel):
    """A flat table with fixed, translated column headings (``HEADERS``, marked with the
    subclass's name as their context) and ``row_count()`` rows."""

    HEADERS: tuple[str, ...] = ()

    def row_count(self) -> int:
        raise NotImplementedError

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.row_count()

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(type(self).__name__, self.HEADERS[section])
        return None


class CriteriaModel(QAbstractTableModel):
    """A stage's performance criteria: criterion, Evidenced by, Achieved, codes, evidence."""

    COLUMNS = (QT_TRANSLATE_NOOP("CriteriaModel", "Performance criterion"), QT_TRANSLATE_NOOP("CriteriaModel", "Evidenced by"), QT_TRANSLATE_NOOP("CriteriaModel", "Achieved"), QT_TRANSLATE_NOOP("CriteriaModel", "Standards"), QT_TRANSLATE_NOOP("CriteriaModel", "Evidence"))
    CRITERION, EVIDENCED_BY, ACHIEVED, STANDARDS, EVIDENCE = range(5)

    def __init__(self, session: JournalSession, stage: Stage, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.stage = stage
        self.records: dict[str, CriterionRecordView] = {}
        self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        self.records = self.session.journal.criterion_records(self.stage.id)
        self.endResetModel()

    def refresh_row(self, criterion_id: str) -> None:
        self.records = self.session.journal.criterion_records(self.stage.id)
        row = self.row_of(criterion_id)
        if row >= 0:
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))

    def row_of(self, criterion_id: str) -> int:
        return next((i for i, c in enumerate(self.stage.criteria) if c.id == criterion_id), -1)

    def criterion_id(self, row: int) -> str:
        return self.stage.criteria[row].id

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.stage.criteria)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if section == self.EVIDENCED_BY:
                return self.stage.evidenced_by_label
            if section == self.STANDARDS:
                return self.stage.codes_heading
            return self.tr(self.COLUMNS[section])
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        f = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.ACHIEVED and not self.session.readonly:
            f |= Qt.ItemFlag.ItemIsEditable
        return f

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        crit = self.stage.criteria[index.row()]
        rec = self.records.get(crit.id) or CriterionRecordView(self.stage.id, crit.id)
        col = index.column()
        if role == ID_ROLE:
            return crit.id
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.CRITERION:
                return crit.full_text
            if col == self.EVIDENCED_BY:
                return crit.evidenced_by or ", ".join(crit.standards.induction)
            if col == self.ACHIEVED:
                if rec.achieved:
                    return self.tr("{TICK} Achieved\n{achieved_on}").format(TICK=TICK, achieved_on=fmt_date(rec.achieved_on))
                return f"{STATE_MARKS[rec.state]} {STATE_LABELS[rec.state]}"
            if col == self.STANDARDS:
                return standards_summary(self.stage, crit.id)
            if col == self.EVIDENCE:
                return str(rec.evidence_count) if rec.evidence_count else ""
        if role in (Qt.ItemDataRole.EditRole, VALUE_ROLE) and col == self.ACHIEVED:
            return rec.state
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.STANDARDS:
                return "\n".join(f"{label}: {codes}" for label, codes in standards_groups(self.stage, crit.id))
            if col == self.ACHIEVED:
                return self.tr("Press Space to mark achieved, or F2 to choose a state")
            if col == self.CRITERION:
                return crit.full_text
        if role == Qt.ItemDataRole.AccessibleTextRole and col == self.ACHIEVED:
            return STATE_LABELS[rec.state] + (", " + fmt_date(rec.achieved_on) if rec.achieved else "")
        if role == Qt.ItemDataRole.AccessibleTextRole and col == self.EVIDENCE:  # an empty cell says so
            return (self.tr("%n evidence item(s)", "", rec.evidence_count) if rec.evidence_count
                    else self.tr("no evidence yet"))
        if role == Qt.ItemDataRole.ForegroundRole and col == self.ACHIEVED:
            return QBrush(state_colour(rec.state))
        if role == Qt.ItemDataRole.FontRole and col == self.ACHIEVED and rec.achieved:
            f = QFont()
            f.setBold(True)
            return f
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.EVIDENCE:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if index.column() != self.ACHIEVED or value not in CRITERION_STATES:
            return False
        cid = self.criterion_id(index.row())
        ok, _ = self.session.run(lambda j: j.set_criterion_state(self.stage.id, cid, value))
        if ok:
            self.refresh_row(cid)
        return ok

    def toggle_achieved(self, row: int) -> bool:
        """Space on a row: the core says what the next state is."""
        cid = self.criterion_id(row)
        ok, _ = self.session.run(lambda j: j.toggle_achieved(self.stage.id, cid))
        if ok:
            self.refresh_row(cid)
        return ok


class TargetsModel(HeadedModel):
    """Targets of one stage, or of the whole journal (``stage_id=None``)."""

    TEXT, SUCCESS, DUE, STATUS, REVIEW, PRIVATE, STAGE = range(7)
    HEADERS = (QT_TRANSLATE_NOOP("TargetsModel", "Target"), QT_TRANSLATE_NOOP("TargetsModel", "Success criteria"), QT_TRANSLATE_NOOP("TargetsModel", "Due"), QT_TRANSLATE_NOOP("TargetsModel", "Status"), QT_TRANSLATE_NOOP("TargetsModel", "Review notes"), QT_TRANSLATE_NOOP("TargetsModel", "Private"), QT_TRANSLATE_NOOP("TargetsModel", "Stage"))

    def __init__(self, session: JournalSession, stage_id: str | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.stage_id = stage_id
        self.targets: list[TargetView] = []
        self.refresh()

    @property
    def columns(self) -> int:
        return 7 if self.stage_id is None else 6

    def refresh(self) -> None:
        self.beginResetModel()
        self.targets = self.session.journal.targets(self.stage_id)
        self.endResetModel()

    def target_id(self, row: int) -> int:
        return self.targets[row].id

    def row_of(self, target_id: int) -> int:
        return next((i for i, t in enumerate(self.targets) if t.id == target_id), -1)

    def row_count(self) -> int:
        return len(self.targets)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.columns

    def flags(self, index: Index) -> Qt.ItemFlag:
        f = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.session.readonly or index.column() == self.STAGE:
            return f
        if index.column() == self.PRIVATE:
            return f | Qt.ItemFlag.ItemIsUserCheckable
        return f | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        t = self.targets[index.row()]
        col = index.column()
        overdue = t.overdue()
        if role == ID_ROLE:
            return t.id
        if col == self.PRIVATE:
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if t.private else Qt.CheckState.Unchecked
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("Private: left out of copies you share and of printed sheets")
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                self.TEXT: t.text, self.SUCCESS: t.success_criteria,
                self.DUE: fmt_date(t.due_date) + (self.tr(" (overdue)") if overdue else ""),
                self.STATUS: STATUS_LABELS[t.status], self.REVIEW: t.review_notes,
                self.STAGE: self._stage_label(t.stage_id),
            }[col]
        if role == Qt.ItemDataRole.AccessibleTextRole:  # an empty cell says what is empty
            empty = {self.SUCCESS: self.tr("no success criteria yet"), self.DUE: self.tr("no due date"),
                     self.REVIEW: self.tr("no review notes yet")}
            shown = self.data(index, Qt.ItemDataRole.DisplayRole)
            return shown if shown or col not in empty else empty[col]
        if role in (Qt.ItemDataRole.EditRole, VALUE_ROLE):
            return {self.TEXT: t.text, self.SUCCESS: t.success_criteria, self.DUE: t.due_date,
                    self.STATUS: t.status, self.REVIEW: t.review_notes, self.STAGE: t.stage_id}[col]
        if role == Qt.ItemDataRole.ForegroundRole and overdue and col in (self.TEXT, self.DUE):
            return QBrush(warning_colour())
        if role == Qt.ItemDataRole.ToolTipRole and overdue:
            return self.tr("Overdue: the due date has passed and the target is still open")
        return None

    def _stage_label(self, stage_id: str | None) -> str:
        if stage_id is None:
            return self.tr("Whole journal")
        stage = self.session.journal.framework.stage(stage_id)
        return stage.label if stage else stage_id

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if index.isValid() and index.column() == self.PRIVATE and role == Qt.ItemDataRole.CheckStateRole:
            field, value = "private", Qt.CheckState(value) == Qt.CheckState.Checked
        elif not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        else:
            field = None
        field = field or {self.TEXT: "text", self.SUCCESS: "success_criteria", self.DUE: "due_date",
                 self.STATUS: "status", self.REVIEW: "review_notes"}.get(index.column())
        if field is None:
            return False
        if field == "status" and value not in TARGET_STATUSES:
            return False
        if field == "due_date" and value is not None and not isinstance(value, dt.date):
            return False
        tid = self.targets[index.row()].id
        ok, _ = self.session.run(lambda j: j.update_target(tid, **{field: value}))
        if ok:
            self.targets[index.row()] = self.session.journal.target(tid)
            self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), self.columns - 1))
        return ok


class EvidenceModel(HeadedModel):
    """Every evidence item (or those of one criterion), with the criteria it supports."""

    NAME, TYPE, SIZE, ADDED, SUPPORTS = range(5)
    HEADERS = (QT_TRANSLATE_NOOP("EvidenceModel", "Name"), QT_TRANSLATE_NOOP("EvidenceModel", "Type"), QT_TRANSLATE_NOOP("EvidenceModel", "Size"), QT_TRANSLATE_NOOP("EvidenceModel", "Added"), QT_TRANSLATE_NOOP("EvidenceModel", "Supports"))

    def __init__(self, session: JournalSession, stage_id: str | None = None,
                 criterion_id: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.stage_id = stage_id
        self.criterion_id = criterion_id
        self.items = []
        self.refresh()

    def set_filter(self, stage_id: str | None, criterion_id: str | None) -> None:
        self.stage_id, self.criterion_id = stage_id, criterion_id
        self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        if self.stage_id is None and self.criterion_id is not None:
            self.items = []
        else:
            self.items = self.session.journal.evidence_items(self.stage_id, self.criterion_id)
        self.endResetModel()

    def row_count(self) -> int:
        return len(self.items)

    def _supports(self, links: tuple[tuple[str, str], ...]) -> str:
        return links_label(self.session.journal.framework, links)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        e = self.items[index.row()]
        col = index.column()
        if role == ID_ROLE:
            return e.id
        if role == Qt.ItemDataRole.DisplayRole:
            return {self.NAME: e.name + (self.tr("  (private)") if e.private else ""), self.TYPE: describe_media_type(e.media_type), self.SIZE: human_size(e.size),
                    self.ADDED: format_datetime(e.added_at),
                    self.SUPPORTS: self._supports(e.links)}[col]
        if role == VALUE_ROLE:  # for sorting
            return {self.NAME: e.name.casefold(), self.TYPE: describe_media_type(e.media_type), self.SIZE: e.size,
                    self.ADDED: e.added_at, self.SUPPORTS: self._supports(e.links)}[col]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("{name}\n{size}, added {added_at}\nSHA-256 {sha256_16}…").format(name=e.name, size=human_size(e.size), added_at=fmt_date(e.added_at), sha256_16=e.sha256[:16])
        return None


class ChecklistModel(HeadedModel):
    """One checklist of a stage: each skill, ticked or not (its check box), and its note. Ticks
    and notes are written through the session (``Journal.set_tick``)."""

    SKILL, NOTE = range(2)
    HEADERS = (QT_TRANSLATE_NOOP("ChecklistModel", "Skill"), QT_TRANSLATE_NOOP("ChecklistModel", "Note"))

    def __init__(self, session: JournalSession, stage: Stage, checklist: Checklist, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session, self.stage, self.checklist = session, stage, checklist
        self.ticks: list[TickView] = []
        self.refresh()

    def refresh(self) -> None:
        """Read the ticks again. The rows (the checklist's items) never change, so the cells are
        updated in place: the teacher's place is kept and a note being typed is not overwritten."""
        ticks = self.session.journal.ticks(self.stage.id)
        self.ticks = [ticks[(self.checklist.id, item.id)] for item in self.checklist.items]
        if self.ticks:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.ticks) - 1, len(self.HEADERS) - 1))

    def item_id(self, row: int) -> str:
        return self.checklist.items[row].id

    def ticked_count(self) -> int:
        return sum(1 for t in self.ticks if t.ticked)

    def row_count(self) -> int:
        return len(self.checklist.items)

    def flags(self, index: Index) -> Qt.ItemFlag:
        f = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.session.readonly:
            return f
        return f | (Qt.ItemFlag.ItemIsUserCheckable if index.column() == self.SKILL else Qt.ItemFlag.ItemIsEditable)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item, tick = self.checklist.items[index.row()], self.ticks[index.row()]
        if role == ID_ROLE:
            return item.id
        if index.column() == self.SKILL:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return item.full_text
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if tick.ticked else Qt.CheckState.Unchecked
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return tick.note
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or self.session.readonly:
            return False
        cid, sid, item_id = self.checklist.id, self.stage.id, self.item_id(index.row())
        if index.column() == self.SKILL and role == Qt.ItemDataRole.CheckStateRole:
            ticked = Qt.CheckState(value) == Qt.CheckState.Checked
            ok, _ = self.session.run(lambda j: j.set_tick(sid, cid, item_id, ticked=ticked))
        elif index.column() == self.NOTE and role == Qt.ItemDataRole.EditRole:
            note = str(value or "")
            if note == self.ticks[index.row()].note:
                return True
            ok, _ = self.session.run(lambda j: j.set_tick(sid, cid, item_id, note=note))
        else:
            return False
        self.refresh_row(index.row())
        return ok

    def refresh_row(self, row: int) -> None:
        self.ticks[row] = self.session.journal.ticks(self.stage.id)[(self.checklist.id, self.item_id(row))]
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.HEADERS) - 1))
