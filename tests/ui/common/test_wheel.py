"""The mouse wheel scrolls the page; it changes a slider, combo box, spin box or date only
once that control has focus (issue 15). Real wheel events, delivered as the system delivers
them: to the widget under the pointer, through QApplication's own propagation."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QLineEdit,
    QScrollArea,
    QScrollBar,
    QSlider,
    QStyle,
    QStyleOptionSlider,
    QVBoxLayout,
    QWidget,
)

from bounceback.db.enums import Status
from bounceback.services import applications, checkins
from bounceback.ui.checkin.tab import CheckInTab
from bounceback.ui.common import wheel_guard
from bounceback.ui.common.ops import Ops
from bounceback.ui.common.widgets import DateEdit
from bounceback.ui.timeline.tab import TimelineTab
from tests.builders import add_application
from tests.ui.checkin.checkin_kit import pick
from tests.ui.walk import close_window, tiny_window, visit

DOWN, UP = -1, 1


def wheel(widget: QWidget, notches: int = DOWN) -> None:
    """One turn of the wheel with the pointer over the middle of ``widget``.

    Through QTest.wheelEvent, as the system delivers a wheel: to the window, which hands it
    to the widget under the pointer, and on to its parents while it is ignored. (An event
    given with QApplication.sendEvent is not spontaneous, and Qt never passes those on to
    the parent: the page could not scroll.)
    """
    window = widget.window()
    QApplication.processEvents()  # the page may have just scrolled
    QTest.wheelEvent(window.windowHandle(), QPointF(widget.mapTo(window, widget.rect().center())),
                     QPoint(0, 120 * notches))


def scroll_area(widget: QWidget) -> QScrollArea:
    """The scrolling page ``widget`` is on."""
    parent = widget.parentWidget()
    while not isinstance(parent, QScrollArea):
        assert parent is not None, "not on a scrolling page"
        parent = parent.parentWidget()
    return parent


def scroll_bar(widget: QWidget) -> QScrollBar:
    return scroll_area(widget).verticalScrollBar()


def wheel_scrolls_the_page(widget: QWidget) -> None:
    """The wheel over ``widget`` moves its page, whichever way the page can still go."""
    bar = scroll_bar(widget)
    assert bar.maximum() > 0, "the page must be long enough to scroll"
    before = bar.value()
    wheel(widget, DOWN if before < bar.maximum() else UP)
    assert bar.value() != before


def click_slider_handle(qtbot, slider: QSlider) -> None:
    """Click the handle, where a click focuses without moving the value."""
    option = QStyleOptionSlider()
    slider.initStyleOption(option)
    handle = slider.style().subControlRect(
        QStyle.ComplexControl.CC_Slider, option, QStyle.SubControl.SC_SliderHandle, slider)
    qtbot.mouseClick(slider, Qt.MouseButton.LeftButton, pos=handle.center())


# --- the check-in, where it mattered most ------------------------------------------------


@pytest.fixture
def checkin(qtbot, ops: Ops, answers) -> CheckInTab:
    page = CheckInTab(ops)
    qtbot.addWidget(page)
    page.resize(900, 420)  # small: the form scrolls
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    return page


def test_the_wheel_over_a_feeling_scrolls_the_checkin_and_keeps_its_strength(
        qtbot, checkin: CheckInTab, ops: Ops) -> None:
    pick(qtbot, checkin, "disbelief", "frustration")
    sliders = [checkin.form.emotions.slider("disbelief"),
               checkin.form.emotions.slider("frustration")]
    sliders[0].setValue(8)
    sliders[1].setValue(7)
    checkin.form.journal.setFocus()
    for slider in sliders:
        checkin.scroll.ensureWidgetVisible(slider)
        for _ in range(3):
            wheel_scrolls_the_page(slider)
    assert [s.value() for s in sliders] == [8, 7]

    qtbot.mouseClick(checkin.save_button, Qt.MouseButton.LeftButton)
    [row] = ops.read(checkins.list_checkins)
    assert row.emotions == (("disbelief", 8), ("frustration", 7))


def test_a_slider_clicked_first_takes_the_wheel(qtbot, checkin: CheckInTab, ops: Ops) -> None:
    pick(qtbot, checkin, "disbelief")
    slider = checkin.form.emotions.slider("disbelief")
    slider.setValue(8)
    checkin.scroll.ensureWidgetVisible(slider)
    click_slider_handle(qtbot, slider)
    assert slider.hasFocus() and slider.value() == 8
    bar = checkin.scroll.verticalScrollBar()
    before = bar.value()
    wheel(slider, UP)
    assert slider.value() > 8
    assert bar.value() == before  # the slider took it; the page stayed

    qtbot.mouseClick(checkin.save_button, Qt.MouseButton.LeftButton)
    [row] = ops.read(checkins.list_checkins)
    assert row.emotions == (("disbelief", slider.value()),)


def test_the_checkin_moment_and_application_keep_their_value(
        qtbot, ops: Ops, answers) -> None:
    add_application(ops, "Northwind", "Designer", applied_on=None)
    add_application(ops, "Contoso", "Designer", applied_on=None)
    page = CheckInTab(ops)
    qtbot.addWidget(page)
    page.resize(900, 420)
    page.show()
    form = page.form
    form.journal.setFocus()
    for control in (form.application, form.when.edit):
        page.scroll.ensureWidgetVisible(control)
        before = control.currentIndex() if isinstance(control, QComboBox) else control.text()
        wheel_scrolls_the_page(control)
        after = control.currentIndex() if isinstance(control, QComboBox) else control.text()
        assert after == before
    assert not page.has_unsaved_changes()


# --- a combo box, a spin box and a date field: the application form -----------------------


def _status(tab: TimelineTab) -> QWidget:
    return tab.form.status


def _salary(tab: TimelineTab) -> QWidget:
    return tab.form.salary_min


def _applied(tab: TimelineTab) -> QWidget:
    return tab.form.applied_on.edit


Saved = Callable[[applications.ApplicationDetail], object]
CONTROLS: dict[str, tuple[Callable[[TimelineTab], QWidget], Saved]] = {
    "combo box": (_status, lambda d: d.status),
    "spin box": (_salary, lambda d: d.salary_min),
    "date field": (_applied, lambda d: d.applied_on),
}


def shown(control: QWidget) -> object:
    return control.currentText() if isinstance(control, QComboBox) else control.text()


@pytest.mark.parametrize("kind", list(CONTROLS))
def test_a_form_control_takes_the_wheel_only_with_focus(qtbot, ops: Ops, answers,
                                                        kind: str) -> None:
    find, saved = CONTROLS[kind]
    app_id = add_application(ops, "Northwind", "Designer", applied_on=dt.date(2026, 3, 14),
                             salary_min=50_000, status=Status.INTERVIEWING).id
    tab = TimelineTab(ops)
    qtbot.addWidget(tab)
    tab.resize(900, 360)  # small: the application's form scrolls
    tab.show()
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow)
    tab.show_application(app_id)
    control = find(tab)
    tab.form.company.setFocus()
    scroll_area(control).ensureWidgetVisible(control)
    stored = saved(ops.read(applications.get_application, app_id))
    before = shown(control)

    wheel_scrolls_the_page(control)
    assert shown(control) == before
    assert not tab.has_unsaved_changes()

    # Clicked into (a combo's list closed again with Escape), it is the one being edited.
    scroll_area(control).ensureWidgetVisible(control)
    qtbot.mouseClick(control, Qt.MouseButton.LeftButton, pos=control.rect().center())
    if isinstance(control, QComboBox):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
        # The offscreen platform leaves the closed list the active window; a desktop hands
        # activation back to the window it opened from.
        tab.activateWindow()
        qtbot.waitUntil(control.hasFocus)
    assert control.hasFocus()
    wheel(control, DOWN)
    assert shown(control) != before
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert saved(ops.read(applications.get_application, app_id)) != stored


# --- everywhere ------------------------------------------------------------------------------


def value_of(w: QWidget) -> object:
    if isinstance(w, QAbstractSlider):
        return w.value()
    if isinstance(w, QComboBox):
        return (w.currentIndex(), w.currentText())
    assert isinstance(w, QAbstractSpinBox)
    return w.text()


def kind_of(control: QWidget) -> str:
    if isinstance(control, QAbstractSlider):
        return "slider"
    if isinstance(control, QComboBox):
        return "combo box"
    if isinstance(control, QDateTimeEdit) or isinstance(control.parentWidget(), DateEdit):
        return "date field"
    return "spin box"


def guarded_controls(page: QWidget) -> list[QWidget]:
    return [w for w in page.findChildren(QWidget)
            if wheel_guard.guarded(w) is not None and w.isVisible() and w.isEnabled()]


def under_pointer(control: QWidget) -> bool:
    """Bring ``control`` into view; whether the pointer over its middle is over it."""
    parent = control.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(control)
        parent = parent.parentWidget()
    QApplication.processEvents()
    window = control.window()
    hit = window.childAt(control.mapTo(window, control.rect().center()))
    return hit is not None and (hit is control or control.isAncestorOf(hit))


def test_no_control_on_any_screen_changes_under_a_passing_wheel(qtbot, tmp_path: Path,
                                                                 answers) -> None:
    # ``answers``: should a wheel change something, closing must not stop to ask about it.
    window = tiny_window(qtbot, tmp_path)
    try:
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        wheeled: dict[str, int] = {}
        changed: list[str] = []
        for where, page in visit(qtbot, window):
            for control in guarded_controls(page):
                if not under_pointer(control):
                    continue  # covered by something else: no wheel can reach it
                focused = QApplication.focusWidget()
                if focused is not None:
                    focused.clearFocus()
                before = value_of(control)
                for notches in (DOWN, UP, UP):
                    wheel(control, notches)
                    if value_of(control) != before:
                        changed.append(f"{where}: {type(control).__name__} "
                                       f"“{control.accessibleName()}”")
                        break
                wheeled[kind_of(control)] = wheeled.get(kind_of(control), 0) + 1
        assert changed == []
        # The walk reached every kind of control the guard looks after.
        assert set(wheeled) == {"slider", "combo box", "spin box", "date field"}, wheeled
    finally:
        close_window(window)


def test_the_walk_finds_a_control_the_wheel_changes(qtbot) -> None:
    """Without the guard the same wheel moves a slider: the test above can fail."""
    guard = QApplication.instance().findChild(wheel_guard.WheelGuard)
    box = QWidget()
    qtbot.addWidget(box)
    lay = QVBoxLayout(box)
    focused = QLineEdit(box)
    slider = QSlider(Qt.Orientation.Horizontal, box)
    lay.addWidget(focused)
    lay.addWidget(slider)
    slider.setRange(1, 10)
    slider.setValue(5)
    box.show()
    box.activateWindow()
    focused.setFocus()
    qtbot.waitUntil(focused.hasFocus)
    wheel(slider, UP)
    assert slider.value() == 5
    QApplication.instance().removeEventFilter(guard)
    try:
        wheel(slider, UP)
        assert slider.value() != 5
    finally:
        QApplication.instance().installEventFilter(guard)
