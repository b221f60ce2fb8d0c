"""One date field for every date in the window (due dates, verification dates, conversations,
the journey plan): type it as you would write it (01/11/2026, 1/11/26, 1 Nov 2026, 1 Tach 2026),
or pick it from a calendar (the button, Alt+Down or F4) that opens on the date shown or today.
Delete or Backspace on the selected date clears it (or the clear button) where a date may be
left empty. Text that is not a date is never dropped: it stays, and the field says so.

``DateEdit`` is the line itself (also the table cells' editor); ``DateField`` adds the line
under it that says what is wrong, for forms."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.dates import DateNotUnderstood, parse_date
from journal_app.core.i18n import format_date
from journal_app.ui import icons
from journal_app.ui.accessible import StatusLabel


def to_qdate(d: dt.date) -> QDate:
    return QDate(d.year, d.month, d.day)


def from_qdate(d: QDate) -> dt.date:
    return dt.date(d.year(), d.month(), d.day())


class CalendarPopup(QCalendarWidget):
    """The calendar, as a popup under its field; Enter or a click chooses, Escape closes."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowFlags(Qt.WindowType.Popup)
        self.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.setGridVisible(True)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.setAccessibleName(self.tr("Calendar"))


class DateEdit(QLineEdit):
    """A date typed or chosen; ``date_changed`` (a date or None) when the teacher sets it."""

    date_changed = Signal(object)
    problem_changed = Signal(str)  # what is wrong with the text typed, "" once it is right

    def __init__(self, name: str = "", *, optional: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.optional = optional
        self._date: dt.date | None = None
        self.problem = ""
        self.calendar: CalendarPopup | None = None
        if name:
            self.setAccessibleName(name)
        self.setPlaceholderText(self.tr("No date") if optional else "")
        self.setToolTip(self.tr("Type a date such as 1/11/2026 or 1 Nov 2026, or press Alt+Down for a calendar"))
        self.calendar_action = QAction(icons.icon("calendar"), self.tr("Choose from a calendar (Alt+Down)"), self)
        self.calendar_action.triggered.connect(self.open_calendar)
        self.addAction(self.calendar_action, QLineEdit.ActionPosition.TrailingPosition)
        self.clear_action = QAction(icons.icon("clear"), self.tr("Clear the date"), self)
        self.clear_action.triggered.connect(self.clear_date)
        if optional:
            self.addAction(self.clear_action, QLineEdit.ActionPosition.TrailingPosition)
        self.clear_action.setVisible(False)
        self.textEdited.connect(self._edited)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("28 Chwef 2026") + 70)

    # ------------------------------------------------------------------ the value
    def date(self) -> dt.date | None:
        """The date last set (what is saved); typed text counts once it is committed."""
        return self._date

    def set_date(self, d: dt.date | None) -> None:
        """Show ``d`` (no signal): a date from the journal, replacing whatever was typed."""
        self._date = d
        self.setText(format_date(d))
        self._set_problem("")
        self.clear_action.setVisible(d is not None and self.isEnabled())

    def is_valid(self) -> bool:
        try:
            d = parse_date(self.text())
        except DateNotUnderstood:
            return False
        return d is not None or self.optional

    def commit(self) -> bool:
        """Read the text typed; set and announce the date, or say what is wrong (keeping the
        text). True when the field now holds a date (or is rightly empty)."""
        try:
            d = parse_date(self.text())
        except DateNotUnderstood as e:
            self._set_problem(str(e))
            return False
        if d is None and not self.optional:
            self._set_problem(self.tr("A date is needed here. Type it like 1/11/2026 or 1 Nov 2026."))
            return False
        changed = d != self._date
        self.set_date(d)
        if changed:
            self.date_changed.emit(d)
        return True

    def clear_date(self) -> None:
        if not self.optional or self.isReadOnly():
            return
        self.setText("")
        self.commit()
        self.setFocus()

    def _set_problem(self, text: str) -> None:
        if text != self.problem:
            self.problem = text
            self.setAccessibleDescription(text)
            self.problem_changed.emit(text)

    def _edited(self, text: str) -> None:
        if not text.strip() and self.optional:  # Delete or Backspace on the whole date clears it
            self.commit()
        elif self.problem and self.is_valid():
            self._set_problem("")

    # ------------------------------------------------------------------ keys and focus
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        alt_down = (event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier)
        if alt_down or event.key() == Qt.Key.Key_F4:
            self.open_calendar()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self.commit():
            event.accept()  # not a date: stay here (a dialog's default button must not close it)
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event) -> None:  # noqa: ANN001, N802 (Qt's name)
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self.commit()
        super().focusOutEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.EnabledChange:
            self.calendar_action.setEnabled(self.isEnabled())
            self.clear_action.setVisible(self._date is not None and self.isEnabled())
        super().changeEvent(event)

    # ------------------------------------------------------------------ the calendar
    def open_calendar(self) -> CalendarPopup | None:
        """The calendar under the field, on the date shown (or typed), else today."""
        if self.isReadOnly() or not self.isEnabled():
            return None
        try:
            shown = parse_date(self.text()) or self._date
        except DateNotUnderstood:
            shown = self._date
        shown = shown or dt.date.today()
        if self.calendar is None:
            self.calendar = CalendarPopup(self)
            self.calendar.activated.connect(self._chosen)
            self.calendar.clicked.connect(self._chosen)
        cal = self.calendar
        cal.setLocale(self.locale())
        cal.setSelectedDate(to_qdate(shown))
        cal.setCurrentPage(shown.year, shown.month)
        cal.adjustSize()
        cal.move(self.mapToGlobal(self.rect().bottomLeft()))
        cal.show()
        cal.setFocus(Qt.FocusReason.PopupFocusReason)
        return cal

    def _chosen(self, d: QDate) -> None:
        if self.calendar is not None:
            self.calendar.hide()
        self.setText(format_date(from_qdate(d)))
        self.commit()
        self.setFocus(Qt.FocusReason.PopupFocusReason)
        self.editingFinished.emit()


class DateField(QWidget):
    """A DateEdit with the line under it that says when the text is not a date (for forms)."""

    def __init__(self, name: str = "", *, optional: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = DateEdit(name, optional=optional)
        self.date_changed = self.edit.date_changed
        self.problem = StatusLabel(self.tr("Date problem"), polite=True)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(icons.warning_css())
        self.problem.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.problem)
        self.setFocusProxy(self.edit)
        self.edit.problem_changed.connect(self._show_problem)

    def _show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def date(self) -> dt.date | None:
        return self.edit.date()

    def set_date(self, d: dt.date | None) -> None:
        self.edit.set_date(d)

    def text(self) -> str:
        return self.edit.text()

    def commit(self) -> bool:
        return self.edit.commit()

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 (Qt's name)
        self.edit.setAccessibleName(name)

    def accessibleName(self) -> str:  # noqa: N802 (Qt's name)
        return self.edit.accessibleName()
