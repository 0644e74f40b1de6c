"""The focus in the Check-in form is always in sight (issue 18), however it got there: Tab
from the list beside the form, Shift+Tab back from Save, or the program handing it on when
"Ready to move on" closes step 1 and goes away. Qt scrolls the form only for Tab pressed
inside it. In the real window, with real keys; saving with the focus in the journal is in
test_checkin_saving.py."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from bounceback.db.enums import PlanStep, Status, StepState
from bounceback.services import applications, plans
from bounceback.ui.checkin.tab import CheckInTab
from bounceback.ui.main_window import MainWindow
from tests.builders import add_application
from tests.ui.focus_kit import focused, in_sight, press

SHIFT = Qt.KeyboardModifier.ShiftModifier








def short_window(window: MainWindow) -> CheckInTab:
    """The Check-in tab in a window short enough that the form scrolls."""
    window.resize(1100, 640)
    window.show_tab("checkin")
    tab = window.checkin
    assert tab.scroll.verticalScrollBar().maximum() > 0
    return tab


def test_tab_from_the_list_brings_the_first_field_into_sight(window: MainWindow) -> None:
    tab = short_window(window)
    bar = tab.scroll.verticalScrollBar()
    bar.setValue(bar.maximum())  # the person had scrolled down to the journal
    tab.history.search.setFocus(Qt.FocusReason.OtherFocusReason)
    for _ in range(5):
        if tab.form.isAncestorOf(press(Qt.Key.Key_Tab)):
            break
    assert tab.form.when.isAncestorOf(focused())  # its text, where the date is typed
    assert in_sight(focused())  # it was left above the view


def test_shift_tab_back_from_save_brings_the_journal_into_sight(
        qtbot, window: MainWindow) -> None:
    tab = short_window(window)
    qtbot.mouseClick(tab.form.emotions.chips["hope"], Qt.MouseButton.LeftButton)
    tab.scroll.verticalScrollBar().setValue(0)  # back up at the top, reading it over
    tab.save_button.setFocus(Qt.FocusReason.OtherFocusReason)
    assert not in_sight(tab.form.journal)
    assert press(Qt.Key.Key_Backtab, SHIFT) is tab.form.journal
    assert in_sight(tab.form.journal)


def test_ready_to_move_on_from_the_keyboard_leaves_the_focus_in_sight(
        qtbot, window: MainWindow, ops) -> None:
    app_id = add_application(ops, "Northwind", "Designer", applied_on=dt.date(2026, 4, 1)).id
    ops.write(None, applications.set_status, app_id, Status.REJECTED, on=dt.date(2026, 5, 10))
    window.resize(1100, 640)
    window.show_tab("plans")
    accept = next(c for c in window.plans.cards if c.step == PlanStep.ACCEPT)
    accept.open_button.setFocus(Qt.FocusReason.OtherFocusReason)
    chip = press(Qt.Key.Key_Space)  # "Check in…": a new check-in about the "no"
    tab = window.checkin
    press(Qt.Key.Key_Space)  # the first feeling, picked
    qtbot.keyClick(chip, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    ready = tab.form.accept.ready_button
    for _ in range(8):
        if press(Qt.Key.Key_Backtab, SHIFT) is ready:
            break
    assert focused() is ready and in_sight(ready)

    after = press(Qt.Key.Key_Space)

    plan = ops.read(plans.plan_for_application, app_id)
    assert plan.states[PlanStep.ACCEPT] == StepState.DONE
    assert not ready.isVisible()  # the question is answered: it goes
    # Qt handed the focus on to the next field, "When": in sight, not off the top.
    assert tab.form.when.isAncestorOf(after) and in_sight(after)
