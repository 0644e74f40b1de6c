"""The one date field of the program, through real keys and clicks, in English and Spanish:
an empty one opens its calendar on its default day, takes typing and the arrow keys (the first
press starts from that day), and can be cleared again; typing over a selected date takes the
whole new date. It is one Tab stop, its buttons the mouse's, and its calendar is worked by keys
(issue 18). Then once where it is used: the feedback follow-up starts a week on. Last, the
same field with a time of day, the check-in's "When", through the real tab and its store."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bounceback.db.enums import FeedbackStatus
from bounceback.services import checkins, feedback
from bounceback.ui import language
from bounceback.ui.checkin.tab import CheckInTab
from bounceback.ui.common.widgets import DateEdit, parse_date, parse_moment
from bounceback.ui.feedback.tab import FeedbackTab
from tests.builders import add_application, add_feedback
from tests.ui.checkin.checkin_kit import open_row, shown_tab
from tests.ui.feedback.feedback_kit import make_tab

DEFAULT = dt.date(2026, 3, 14)
CTRL = Qt.KeyboardModifier.ControlModifier
# How each language writes a date in the field, as a person types it and as it is shown.
WRITTEN = {
    "en": {dt.date(2026, 11, 10): "10 Nov 2026", dt.date(2026, 12, 24): "24 Dec 2026",
           DEFAULT: "14 Mar 2026", dt.date(2026, 11, 7): "7 Nov 2026"},
    "es": {dt.date(2026, 11, 10): "10 nov 2026", dt.date(2026, 12, 24): "24 dic 2026",
           DEFAULT: "14 mar 2026", dt.date(2026, 11, 7): "7 nov 2026"},
}


@pytest.fixture(params=["en", "es"])
def lang(request) -> Iterator[str]:
    assert language.apply(request.param)
    yield request.param
    language.apply(language.SOURCE)


def written(lang: str, day: dt.date) -> str:
    return WRITTEN[lang][day]


_shown: list[QWidget] = []


@pytest.fixture(autouse=True)
def _forget_forms() -> Iterator[None]:
    yield
    _shown.clear()


class Form(QWidget):
    """A date field between two others, so Tab can come into it and leave it."""

    def __init__(self, field: DateEdit) -> None:
        super().__init__()
        self.field = field
        self.before = QLineEdit(self)
        field.setParent(self)  # Tab follows the order of arrival
        self.after = QLineEdit(self)
        lay = QVBoxLayout(self)
        lay.addWidget(self.before)
        lay.addWidget(field)
        lay.addWidget(self.after)


def make(qtbot, *, optional: bool = True, value: dt.date | None = None) -> DateEdit:
    field = DateEdit(optional=optional, default=lambda: DEFAULT)
    field.set_value(value)
    form = Form(field)
    qtbot.addWidget(form)
    _shown.append(form)  # qtbot holds it weakly
    form.show()
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    field.setFocus(Qt.FocusReason.TabFocusReason)
    return field


def shown(field: DateEdit) -> str:
    return field.edit.lineEdit().text()


def leave(qtbot, field: DateEdit) -> None:
    qtbot.keyClick(field.edit, Qt.Key.Key_Tab)
    assert not field.edit.hasFocus()


# --- an empty field ----------------------------------------------------------------------


def test_an_empty_field_says_so_and_opens_its_calendar_on_the_default_day(qtbot, lang):
    field = make(qtbot)
    assert shown(field) == "" and field.value() is None
    assert field.edit.lineEdit().placeholderText()  # "Not set", in the language spoken
    assert not field.clear_button.isEnabled()

    qtbot.mouseClick(field.calendar_button, Qt.MouseButton.LeftButton)

    popup = field.calendar
    assert popup is not None and popup.isVisible()
    assert (popup.calendar.yearShown(), popup.calendar.monthShown()) == (2026, 3)
    assert popup.calendar.selectedDate().toPython() == DEFAULT
    # Looking is not choosing: Escape leaves the field empty.
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert not popup.isVisible()
    assert field.value() is None and shown(field) == ""


def test_the_first_arrow_key_starts_from_the_default_day(qtbot, lang):
    field = make(qtbot)
    with qtbot.waitSignal(field.changed):
        qtbot.keyClick(field.edit, Qt.Key.Key_Up)
    assert field.value() == DEFAULT
    assert shown(field) == written(lang, DEFAULT)
    qtbot.keyClick(field.edit, Qt.Key.Key_Up)
    assert field.value() == DEFAULT + dt.timedelta(days=1)
    qtbot.keyClick(field.edit, Qt.Key.Key_Down)
    qtbot.keyClick(field.edit, Qt.Key.Key_Down)
    assert field.value() == DEFAULT - dt.timedelta(days=1)

    empty = make(qtbot)
    qtbot.keyClick(empty.edit, Qt.Key.Key_Down)
    assert empty.value() == DEFAULT


def test_typing_into_an_empty_field(qtbot, lang):
    field = make(qtbot)
    qtbot.keyClicks(field.edit, written(lang, dt.date(2026, 11, 10)))
    assert field.value() == dt.date(2026, 11, 10)  # known while typing, before leaving
    leave(qtbot, field)
    assert shown(field) == written(lang, dt.date(2026, 11, 10))
    assert field.clear_button.isEnabled()


def test_a_part_left_out_comes_from_the_default_day(qtbot, lang):
    field = make(qtbot)
    qtbot.keyClicks(field.edit, "24")
    leave(qtbot, field)
    assert field.value() == dt.date(2026, 3, 24)
    field.edit.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClicks(field.edit, written(lang, dt.date(2026, 12, 24)).removesuffix(" 2026"))
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)
    assert field.value() == dt.date(2026, 12, 24)
    assert shown(field) == written(lang, dt.date(2026, 12, 24))


# --- typing over a date ------------------------------------------------------------------


def test_typing_over_a_selected_date_takes_the_whole_new_date(qtbot, lang):
    field = make(qtbot, value=dt.date(2026, 11, 7))
    assert shown(field) == written(lang, dt.date(2026, 11, 7))
    qtbot.keyClick(field.edit, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(field.edit, written(lang, dt.date(2026, 11, 10)))
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)
    assert field.value() == dt.date(2026, 11, 10)
    assert shown(field) == written(lang, dt.date(2026, 11, 10))

    # Tab into a field selects its whole date: typing replaces it too.
    before = field.parentWidget().before
    before.setFocus()
    qtbot.keyClick(before, Qt.Key.Key_Tab)
    assert field.edit.hasFocus()
    assert field.edit.lineEdit().selectedText() == shown(field)
    qtbot.keyClicks(field.edit, "24/12/2026")
    leave(qtbot, field)
    assert field.value() == dt.date(2026, 12, 24)


def test_dates_are_read_as_people_write_them():
    ref = dt.date(2026, 5, 5)
    es, gb, us = QLocale("es_ES"), QLocale("en_GB"), QLocale("en_US")
    assert parse_date("10 de noviembre de 2026", ref, es) == dt.date(2026, 11, 10)
    assert parse_date("10 Nov. 2026", ref, gb) == dt.date(2026, 11, 10)
    assert parse_date("nov 10, 2026", ref, us) == dt.date(2026, 11, 10)
    assert parse_date("2026-11-10", ref, us) == dt.date(2026, 11, 10)
    assert parse_date("3/4/27", ref, es) == dt.date(2027, 4, 3)
    assert parse_date("3/4/27", ref, us) == dt.date(2027, 3, 4)
    assert parse_date("3 SEPT", ref, es) == dt.date(2026, 9, 3)
    assert parse_date("10th", ref, gb) == dt.date(2026, 5, 10)
    for nothing in ("31 feb 2026", "ju 3", "10 Nov 202", "Nov", "1 2 3 4", "7 Nov 1969", ""):
        assert parse_date(nothing, ref, gb) is None, nothing


def test_text_that_names_no_day_goes_back_to_the_date_before(qtbot, lang):
    field = make(qtbot, value=dt.date(2026, 11, 7))
    qtbot.keyClick(field.edit, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(field.edit, "soon")
    leave(qtbot, field)
    assert field.value() == dt.date(2026, 11, 7)
    assert shown(field) == written(lang, dt.date(2026, 11, 7))


# --- the arrow keys ----------------------------------------------------------------------


def test_the_arrow_keys_step_the_day_month_or_year_under_the_cursor(qtbot):
    field = make(qtbot, value=dt.date(2026, 1, 30))
    qtbot.keyClick(field.edit, Qt.Key.Key_Home)
    qtbot.keyClick(field.edit, Qt.Key.Key_Up)
    assert field.value() == dt.date(2026, 1, 31)
    # Typing replaces the part just stepped, not the whole date.
    assert field.edit.lineEdit().selectedText() == "31"
    for _ in range(4):
        qtbot.keyClick(field.edit, Qt.Key.Key_Right)  # into "Jan"
    qtbot.keyClick(field.edit, Qt.Key.Key_Up)
    assert field.value() == dt.date(2026, 2, 28)  # the month's last day, not 3 March
    qtbot.keyClick(field.edit, Qt.Key.Key_End)
    qtbot.keyClick(field.edit, Qt.Key.Key_Down)
    assert field.value() == dt.date(2025, 2, 28)
    qtbot.keyClick(field.edit, Qt.Key.Key_Home)
    qtbot.keyClick(field.edit, Qt.Key.Key_Up)
    assert field.value() == dt.date(2025, 3, 1)
    qtbot.keyClicks(field.edit, "5")
    leave(qtbot, field)
    assert field.value() == dt.date(2025, 3, 5)


# --- clearing ------------------------------------------------------------------------------


@pytest.mark.parametrize("key", [Qt.Key.Key_Delete, Qt.Key.Key_Backspace])
def test_a_fully_selected_date_is_cleared_with_a_key(qtbot, key):
    field = make(qtbot, value=dt.date(2026, 11, 7))
    qtbot.keyClick(field.edit, Qt.Key.Key_A, CTRL)
    with qtbot.waitSignal(field.changed):
        qtbot.keyClick(field.edit, key)
    assert field.value() is None
    leave(qtbot, field)
    assert field.value() is None and shown(field) == ""
    assert not field.clear_button.isEnabled()


def test_the_clear_button_empties_the_field(qtbot, lang):
    field = make(qtbot, value=dt.date(2026, 11, 7))
    assert field.clear_button.isVisible() and field.clear_button.isEnabled()
    qtbot.mouseClick(field.clear_button, Qt.MouseButton.LeftButton)
    assert field.value() is None and shown(field) == ""
    assert not field.clear_button.isEnabled()
    qtbot.keyClick(field.edit, Qt.Key.Key_Up)  # and it starts again from the default
    assert field.value() == DEFAULT


def test_a_required_date_is_never_empty(qtbot, lang):
    field = make(qtbot, optional=False)
    assert field.value() == DEFAULT and shown(field) == written(lang, DEFAULT)
    assert not field.clear_button.isVisible()
    qtbot.keyClick(field.edit, Qt.Key.Key_A, CTRL)
    qtbot.keyClick(field.edit, Qt.Key.Key_Delete)
    leave(qtbot, field)
    assert field.value() == DEFAULT and shown(field) == written(lang, DEFAULT)


# --- the calendar --------------------------------------------------------------------------


def day_cell(view: QTableView, day: int):
    """The calendar's cell showing ``day`` of the month shown (15: only one such cell)."""
    model = view.model()
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            if str(model.data(index)) == str(day):
                return index
    raise AssertionError(f"no cell for {day}")


def test_a_click_in_the_calendar_picks_the_day(qtbot, lang):
    field = make(qtbot, value=dt.date(2026, 11, 7))
    qtbot.mouseClick(field.calendar_button, Qt.MouseButton.LeftButton)
    popup = field.calendar
    assert popup is not None
    assert (popup.calendar.yearShown(), popup.calendar.monthShown()) == (2026, 11)
    view = popup.calendar.findChild(QTableView)
    cell = view.visualRect(day_cell(view, 15)).center()
    with qtbot.waitSignal(field.changed):
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    assert not popup.isVisible()
    assert field.value() == dt.date(2026, 11, 15)
    assert field.edit.hasFocus()


def test_the_calendar_opens_and_picks_from_the_keyboard(qtbot, lang):
    field = make(qtbot)
    qtbot.keyClick(field.edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    popup = field.calendar
    assert popup is not None and popup.isVisible()
    assert field.value() is None  # opening alone chooses nothing
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert not popup.isVisible()
    assert field.value() == DEFAULT + dt.timedelta(days=1)
    assert shown(field) == written(lang, DEFAULT).replace("14", "15")


# --- one Tab stop ----------------------------------------------------------------------------


def test_a_date_field_is_one_tab_stop(qtbot, lang):
    """The calendar and clear buttons are for the mouse: Tab goes from the field before to
    the text and on to the field after (the clear button was a second stop)."""
    field = make(qtbot, value=dt.date(2026, 11, 7))
    form = field.parentWidget()
    assert isinstance(form, Form)
    assert field.clear_button.isVisible() and field.calendar_button.isVisible()
    form.before.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.keyClick(form.before, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is field.edit
    qtbot.keyClick(field.edit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.after
    qtbot.keyClick(form.after, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is field.edit
    for button in (field.calendar_button, field.clear_button):
        assert button.focusPolicy() == Qt.FocusPolicy.NoFocus
    # A click on a button leaves the focus in the text.
    qtbot.mouseClick(field.clear_button, Qt.MouseButton.LeftButton)
    assert field.value() is None and field.edit.hasFocus()


def test_the_field_tells_its_keys(qtbot):
    optional = make(qtbot)
    for told in (optional.edit.toolTip(), optional.edit.accessibleDescription()):
        assert "Alt+Down" in told and "Delete" in told
    required = make(qtbot, optional=False)
    for told in (required.edit.toolTip(), required.edit.accessibleDescription()):
        assert "Alt+Down" in told and "Delete" not in told


@pytest.mark.parametrize("key", [Qt.Key.Key_F4, Qt.Key.Key_Down])
def test_the_calendar_is_worked_by_keys_and_gives_the_focus_back(qtbot, lang, key):
    """Tab into the field, open the calendar (F4 or Alt+Down), a month on with Page Down,
    a day on with the arrow, Enter: the day is picked and the focus is back in the text.
    Escape also gives it back, leaving the day."""
    field = make(qtbot, value=dt.date(2026, 11, 7))
    form = field.parentWidget()
    assert isinstance(form, Form)
    qtbot.keyClick(form.before, Qt.Key.Key_Tab)
    mods = Qt.KeyboardModifier.AltModifier if key == Qt.Key.Key_Down \
        else Qt.KeyboardModifier.NoModifier
    qtbot.keyClick(field.edit, key, mods)
    popup = field.calendar
    assert popup is not None and popup.isVisible()
    view = QApplication.focusWidget()
    assert view is not None and popup.isAncestorOf(view)
    assert view.accessibleName() == field.calendar_button.accessibleName()
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    with qtbot.waitSignal(field.changed):
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert not popup.isVisible()
    assert field.value() == dt.date(2026, 12, 8)
    assert QApplication.focusWidget() is field.edit

    qtbot.keyClick(field.edit, key, mods)
    assert popup.isVisible()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert not popup.isVisible()
    assert field.value() == dt.date(2026, 12, 8)
    assert QApplication.focusWidget() is field.edit


# --- where it is used ----------------------------------------------------------------------


@pytest.fixture
def app_id(ops) -> int:
    return add_application(ops, "Northwind", "Designer").id


@pytest.fixture
def tab(qtbot, ops, answers, app_id) -> FeedbackTab:
    """The Feedback tab, showing the application."""
    t = make_tab(qtbot, ops)
    t.show_application(app_id)
    return t


def test_the_feedback_follow_up_starts_a_week_on(tab, ops, app_id, qtbot):
    note = add_feedback(ops, app_id, asked_on=dt.date.today() - dt.timedelta(days=10))
    tab.show_application(app_id)
    row = tab.form.status_row
    row.no_answer_button.click()
    assert row.follow_up.value() is None
    week_on = dt.date.today() + dt.timedelta(days=7)

    qtbot.mouseClick(row.follow_up.calendar_button, Qt.MouseButton.LeftButton)
    popup = row.follow_up.calendar
    assert popup is not None
    assert (popup.calendar.yearShown(), popup.calendar.monthShown()) == (
        week_on.year, week_on.month)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)

    qtbot.keyClick(row.follow_up.edit, Qt.Key.Key_Up)
    assert row.follow_up.value() == week_on
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    saved = ops.read(feedback.get_feedback, note.id)
    assert (saved.status, saved.follow_up_on) == (FeedbackStatus.NO_ANSWER, week_on)


# --- a moment: the check-in's "When" -------------------------------------------------------
# The same field with the time of day after it. Through the real Check-in tab, saved to the
# store, so what is tested is what the person gets.

AT = dt.datetime(2026, 11, 7, 21, 30)
MONTHS = {"en": {11: "Nov", 12: "Dec"}, "es": {11: "nov", 12: "dic"}}


def shown_at(lang: str, moment: dt.datetime) -> str:
    """A moment as the field (and the lists) show it."""
    return f"{moment.day} {MONTHS[lang][moment.month]} {moment.year}, {moment:%H:%M}"


def test_moments_are_read_as_people_write_them():
    ref = dt.datetime(2026, 5, 5, 21, 30)
    es, gb = QLocale("es_ES"), QLocale("en_GB")
    assert parse_moment("10 Nov 2026, 09:15", ref, gb) == dt.datetime(2026, 11, 10, 9, 15)
    assert parse_moment("10 de noviembre a las 9:15 p. m.", ref, es) == dt.datetime(
        2026, 11, 10, 21, 15)
    assert parse_moment("10/11/26 12:05 am", ref, gb) == dt.datetime(2026, 11, 10, 0, 5)
    assert parse_moment("21h15", ref, es) == dt.datetime(2026, 5, 5, 21, 15)  # the day kept
    assert parse_moment("10 Nov", ref, gb) == dt.datetime(2026, 11, 10, 21, 30)  # the time
    assert parse_moment("10.11", ref, es) == dt.datetime(2026, 11, 10, 21, 30)  # not 10:11
    for nothing in ("10 Nov 2026, 24:00", "10 Nov 2026, 9:60", "13:00 pm", "10 Nov 2026, 9:3",
                    "soon 9:15", ""):
        assert parse_moment(nothing, ref, gb) is None, nothing


@pytest.fixture
def checkin(qtbot, ops, answers, lang) -> CheckInTab:
    return shown_tab(qtbot, ops, active=True)


def saved_at(ops, checkin: CheckInTab) -> int:
    """A check-in saved on AT, open in the tab."""
    made = ops.write(None, checkins.create_checkin, checkins.CheckInInput(
        felt_at=AT, emotions=(("hurt", 6),)))
    assert made is not None
    open_row(checkin, made.id)
    return made.id


def into_when(qtbot, checkin: CheckInTab, *, select_all: bool = False) -> QWidget:
    """Go to "When" by its label's Alt+letter, as a keyboard user does, and select all of it
    with Ctrl+A if asked. Returns the widget being typed in."""
    [label] = [w for w in checkin.form.findChildren(QLabel)
               if w.buddy() is checkin.form.when]
    letter = label.text()[label.text().index("&") + 1]
    qtbot.keyClick(checkin.form.journal, letter, Qt.KeyboardModifier.AltModifier)
    field = QApplication.focusWidget()
    assert field.parentWidget() is checkin.form.when or field is checkin.form.when
    if select_all:
        qtbot.keyClick(field, Qt.Key.Key_A, CTRL)
    return field


def test_the_when_field_is_one_stop_with_one_name(qtbot, checkin: CheckInTab, lang):
    form = checkin.form
    field = into_when(qtbot, checkin)
    assert field.accessibleName() == form.tr("When")
    # Reached by its Alt+letter, all of it is selected, ready to be typed over.
    assert field.lineEdit().selectedText() == field.text()
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.application  # the calendar arrow is no stop
    qtbot.keyClick(form.application, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is field
    assert field.lineEdit().selectedText() == field.text()


def test_typing_over_the_selected_date_takes_it_whole_and_keeps_the_time(
        qtbot, ops, checkin: CheckInTab, lang):
    ident = saved_at(ops, checkin)
    field = into_when(qtbot, checkin, select_all=True)
    assert field.text() == shown_at(lang, AT)
    qtbot.keyClicks(field, written(lang, dt.date(2026, 11, 10)))
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert checkin.form.value().felt_at == dt.datetime(2026, 11, 10, 21, 30)
    assert checkin.has_unsaved_changes()

    # Only the date part selected, as with Shift+Home from its end: the same.
    field.setFocus(Qt.FocusReason.OtherFocusReason)
    field.lineEdit().setCursorPosition(len(written(lang, dt.date(2026, 11, 10))))
    qtbot.keyClick(field, Qt.Key.Key_Home, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(field, written(lang, dt.date(2026, 12, 24)))
    assert field.text() == shown_at(lang, dt.datetime(2026, 12, 24, 21, 30))

    qtbot.mouseClick(checkin.save_button, Qt.MouseButton.LeftButton)
    saved = ops.read(checkins.get_checkin, ident)
    assert saved.felt_at == dt.datetime(2026, 12, 24, 21, 30)
    assert field.text() == shown_at(lang, saved.felt_at)


@pytest.mark.parametrize("typed", ["9:05", "09:05 am", "9:05 a. m."])
def test_typing_a_time_keeps_the_day(qtbot, ops, checkin: CheckInTab, lang, typed):
    ident = saved_at(ops, checkin)
    field = into_when(qtbot, checkin, select_all=True)
    qtbot.keyClicks(field, typed)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert field.text() == shown_at(lang, dt.datetime(2026, 11, 7, 9, 5))
    qtbot.mouseClick(checkin.save_button, Qt.MouseButton.LeftButton)
    assert ops.read(checkins.get_checkin, ident).felt_at == dt.datetime(2026, 11, 7, 9, 5)


def test_the_arrow_keys_step_the_date_or_the_time_under_the_cursor(
        qtbot, ops, checkin: CheckInTab, lang):
    saved_at(ops, checkin)
    field = into_when(qtbot, checkin)
    with qtbot.waitSignal(checkin.form.edited):
        qtbot.keyClick(field, Qt.Key.Key_Up)  # all selected: the day
    assert checkin.form.value().felt_at == dt.datetime(2026, 11, 8, 21, 30)
    qtbot.keyClick(field, Qt.Key.Key_End)
    qtbot.keyClick(field, Qt.Key.Key_Up)  # the minute
    assert checkin.form.value().felt_at == dt.datetime(2026, 11, 8, 21, 31)
    assert field.lineEdit().selectedText() == "31"
    for _ in range(3):
        qtbot.keyClick(field, Qt.Key.Key_Left)  # into the hour
    for _ in range(3):
        qtbot.keyClick(field, Qt.Key.Key_Up)  # past midnight: the next day
    assert checkin.form.value().felt_at == dt.datetime(2026, 11, 9, 0, 31)
    assert field.text() == shown_at(lang, dt.datetime(2026, 11, 9, 0, 31))
    qtbot.keyClicks(field, "8")  # typing replaces the hour just stepped
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert checkin.form.value().felt_at == dt.datetime(2026, 11, 9, 8, 31)
    assert checkin.has_unsaved_changes()


def test_the_calendar_opens_on_the_shown_day_and_keeps_the_time(
        qtbot, ops, checkin: CheckInTab, lang):
    ident = saved_at(ops, checkin)
    field = into_when(qtbot, checkin)
    qtbot.keyClick(field, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    popup = checkin.form.when.calendar
    assert popup is not None and popup.isVisible()
    assert (popup.calendar.yearShown(), popup.calendar.monthShown()) == (2026, 11)
    assert popup.calendar.selectedDate().toPython() == AT.date()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert not popup.isVisible()
    assert field.text() == shown_at(lang, dt.datetime(2026, 11, 8, 21, 30))
    qtbot.mouseClick(checkin.save_button, Qt.MouseButton.LeftButton)
    assert ops.read(checkins.get_checkin, ident).felt_at == dt.datetime(2026, 11, 8, 21, 30)


def test_a_new_checkin_is_saved_on_the_moment_typed(qtbot, ops, checkin: CheckInTab, lang):
    before = dt.datetime.now().replace(second=0, microsecond=0)
    assert abs(checkin.form.value().felt_at - before) <= dt.timedelta(minutes=1)  # now
    qtbot.mouseClick(checkin.form.emotions.chips["hurt"], Qt.MouseButton.LeftButton)
    field = into_when(qtbot, checkin, select_all=True)
    qtbot.keyClicks(field, "24/12/2026 20:45")
    qtbot.mouseClick(checkin.save_button, Qt.MouseButton.LeftButton)
    [row] = ops.read(checkins.list_checkins)
    assert row.felt_at == dt.datetime(2026, 12, 24, 20, 45)
    assert checkin.form.value().felt_at == row.felt_at
