"""Dates typed as a teacher writes them, in English and Welsh; the calendar opens on the date
shown or today (never January 2000), with Alt+Down; one key clears; nothing typed is dropped."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from journal_app.core import i18n
from journal_app.core.dates import DateNotUnderstood, parse_date

NOV_1 = dt.date(2026, 11, 1)


@pytest.mark.parametrize("text", ["01/11/2026", "1/11/26", "1 Nov 2026", "1 November 2026", "1.11.2026",
                                  "1-11-2026", "2026-11-01", " 1  nov  2026 ", "1st Nov 2026", "1 Tach 2026",
                                  "1 Tachwedd 2026", "1af Tachwedd 2026"])
def test_typed_dates_are_understood_day_first(text):
    assert parse_date(text) == NOV_1


def test_welsh_month_names_and_their_mutations():
    assert parse_date("5 Mawrth 2026") == dt.date(2026, 3, 5)
    assert parse_date("5 Fawrth 2026") == dt.date(2026, 3, 5)  # "o Fawrth"
    assert parse_date("5 Orffennaf 2026") == dt.date(2026, 7, 5)
    assert parse_date("5 Meh 2026") == dt.date(2026, 6, 5)
    assert parse_date("heddiw", today=NOV_1) == NOV_1
    assert parse_date("") is None


@pytest.mark.parametrize("text", ["31/02/2026", "No date01/11/2026", "soon", "1 Foo 2026", "13/13/2026"])
def test_what_is_not_a_date_is_refused_with_how_to_type_one(text):
    with pytest.raises(DateNotUnderstood, match="is not a date. Type it like 1/11/2026"):
        parse_date(text)


@pytest.fixture
def field(qtbot):
    from journal_app.ui.date_field import DateField

    holder = QWidget()
    qtbot.addWidget(holder)
    f = DateField("Due date", parent=holder)
    other = QWidget(holder)
    other.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    other.move(0, 100)
    holder.other = other
    holder.show()
    qtbot.waitExposed(holder)
    yield f
    holder.close()


def _type(qtbot, field, text: str) -> None:
    field.edit.setFocus()
    field.edit.selectAll()
    qtbot.keyClicks(field.edit, text)
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)


def test_typing_a_date_sets_it_and_shows_it_as_the_window_writes_dates(qtbot, field):
    seen = []
    field.date_changed.connect(seen.append)
    _type(qtbot, field, "01/11/2026")
    assert field.date() == NOV_1 and seen == [NOV_1]
    assert field.text() == "1 Nov 2026"
    _type(qtbot, field, "1/11/26")
    assert seen == [NOV_1]  # the same date: nothing to save


def test_text_that_is_not_a_date_stays_and_the_field_says_so(qtbot, field):
    field.set_date(NOV_1)
    seen = []
    field.date_changed.connect(seen.append)
    _type(qtbot, field, "31/02/2026")
    assert field.text() == "31/02/2026"  # not dropped
    assert field.date() == NOV_1 and seen == []
    assert field.problem.isVisible() and "is not a date" in field.problem.text()
    assert "is not a date" in field.problem.accessibleName()
    assert "is not a date" in field.edit.accessibleDescription()
    field.parent().other.setFocus()  # leaving the field does not drop it either
    assert field.text() == "31/02/2026"
    _type(qtbot, field, "2 Nov 2026")
    assert not field.problem.isVisible() and seen == [dt.date(2026, 11, 2)]


def test_one_key_clears_and_so_does_the_button(qtbot, field):
    seen = []
    field.date_changed.connect(seen.append)
    field.set_date(NOV_1)
    field.edit.setFocus()
    field.edit.selectAll()
    qtbot.keyClick(field.edit, Qt.Key.Key_Delete)
    assert field.date() is None and seen == [None]
    field.set_date(NOV_1)
    assert field.edit.clear_action.isVisible()
    field.edit.clear_action.trigger()
    assert field.date() is None and seen == [None, None]
    assert not field.edit.clear_action.isVisible()


def test_a_required_date_is_not_cleared(qtbot):
    from journal_app.ui.date_field import DateField

    f = DateField("Date of the conversation", optional=False)
    qtbot.addWidget(f)
    f.set_date(NOV_1)
    f.edit.setText("")
    assert not f.commit()
    assert f.date() == NOV_1 and "A date is needed" in f.problem.text()
    assert f.edit.clear_action not in f.edit.actions()


def test_the_calendar_opens_on_the_date_or_today_with_alt_down(qtbot, field):
    field.edit.setFocus()
    qtbot.keyClick(field.edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    cal = field.edit.calendar
    assert cal is not None and cal.isVisible()
    today = dt.date.today()
    assert (cal.yearShown(), cal.monthShown()) == (today.year, today.month)  # never January 2000
    cal.hide()
    field.set_date(dt.date(2027, 3, 9))
    qtbot.keyClick(field.edit, Qt.Key.Key_F4)
    assert (cal.yearShown(), cal.monthShown()) == (2027, 3)
    assert cal.selectedDate().day() == 9
    grid = cal.focusProxy()  # the calendar's day grid has the keyboard
    assert QApplication.focusWidget() is grid
    qtbot.keyClick(grid, Qt.Key.Key_Right)  # the next day, chosen with Enter
    qtbot.keyClick(grid, Qt.Key.Key_Return)
    assert not cal.isVisible()
    assert field.date() == dt.date(2027, 3, 10)
    assert QApplication.focusWidget() is field.edit


def test_in_welsh_dates_are_typed_and_shown_in_welsh(qtbot, welsh):
    from journal_app.ui.date_field import DateField

    with i18n.using("cy"):
        f = DateField("Dyddiad")
        qtbot.addWidget(f)
        f.show()
        f.set_date(dt.date(2026, 11, 29))
        assert f.text() == "29 Tach 2026"
        f.edit.setText("3 Mawrth 2026")
        assert f.commit() and f.date() == dt.date(2026, 3, 3) and f.text() == "3 Maw 2026"
        f.edit.setText("dim")
        assert not f.commit()
        assert f.problem.text().startswith("Nid yw “dim” yn ddyddiad")
        cal = f.edit.open_calendar()
        assert cal.locale().name() == "cy_GB"
        cal.hide()
