"""From a plan's steps with the keyboard alone (issue 18): the focus is always seen and never
lost. Each button of a step card, and the control each leads to, is ringed when the keyboard
brings the focus there; "Thank people…" lands on the person to thank, in sight; "Mark done"
hands the focus on to the next step, so the next Space never takes back what was just done.
In the real window, with real Tab and Space presses."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QStyleOptionButton,
    QWidget,
)

from bounceback.db.enums import PlanStep, Status, StepState
from bounceback.services import applications, contacts, plans
from bounceback.ui.checkin.emotions import Chip
from bounceback.ui.main_window import MainWindow
from bounceback.ui.plan.step_card import StepCard
from tests.builders import add_application, add_contact
from tests.ui.focus_kit import focused, in_sight, press

NO_DAY = dt.date(2026, 5, 10)
SHIFT = Qt.KeyboardModifier.ShiftModifier
# How far in from its edges a focus ring is looked for, in pixels.
BAND = 4


def rejected_app(ops, *, people: tuple[str, ...] = (), thanked: tuple[str, ...] = ()) -> int:
    """An application turned down on NO_DAY (so it has a plan), with its people."""
    app_id = add_application(ops, "Northwind", "Designer", applied_on=dt.date(2026, 4, 1)).id
    for name in people:
        person = add_contact(ops, app_id, name).id
        if name in thanked:
            ops.write(None, contacts.mark_thanked, app_id, person, NO_DAY)
    ops.write(None, applications.set_status, app_id, Status.REJECTED, on=NO_DAY)
    return app_id






def tab_to(widget: QWidget) -> None:
    """Press Tab until ``widget`` has the focus."""
    for _ in range(80):
        if focused() is widget:
            return
        press(Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {widget.accessibleName()!r}")


def on_plans(window: MainWindow) -> dict[PlanStep, StepCard]:
    """The Bounce back tab in front, the keyboard on its list of plans."""
    window.resize(1180, 860)
    window.show_tab("plans")
    window.plans.view.setFocus(Qt.FocusReason.OtherFocusReason)
    return {c.step: c for c in window.plans.cards}


def state(ops, app_id: int, step: PlanStep) -> StepState:
    return ops.read(plans.plan_for_application, app_id).states[step]




def edge_pixels_changed(a: QImage, b: QImage) -> int:
    """How many pixels within BAND of the images' edges differ."""
    w, h = a.width(), a.height()
    return sum(a.pixel(x, y) != b.pixel(x, y)
               for x in range(w) for y in range(h)
               if x < BAND or y < BAND or x >= w - BAND or y >= h - BAND)


def ringed(button: QPushButton) -> bool:
    """Whether ``button`` has the focus and is drawn as the keyboard's: the style is told so,
    and its edges are drawn differently than without the focus, most of the way round."""
    assert focused() is button
    option = QStyleOptionButton()
    button.initStyleOption(option)
    flags = QStyle.StateFlag.State_HasFocus | QStyle.StateFlag.State_KeyboardFocusChange
    if option.state & flags != flags:
        return False
    with_focus = button.grab().toImage()
    button.clearFocus()
    without = button.grab().toImage()
    button.setFocus(Qt.FocusReason.ShortcutFocusReason)  # back, as the keyboard left it
    return edge_pixels_changed(with_focus, without) >= button.width() + button.height()


def looking_focused(root: QWidget) -> list[str]:
    """Buttons in sight drawn as if they had the focus: the focused one, and any default
    button (Fusion draws those with the focus's outline)."""
    return [b.text() for b in root.findChildren(QPushButton)
            if in_sight(b) and (b.hasFocus() or b.isDefault())]


# --- 3 · every button of a step card is ringed from the keyboard --------------------------------

def test_each_button_of_a_step_card_is_ringed(window: MainWindow, ops) -> None:
    rejected_app(ops)
    cards = on_plans(window)
    for card in cards.values():
        for button in (card.open_button, card.done_button, card.skip_button):
            tab_to(button)
            assert ringed(button), f"{card.step}: {button.text()}"
    # None looks focused but the one that is: the step to take next is said in bold, not
    # drawn as a default button (which looks just like a focused one).
    assert looking_focused(window.plans) == [cards[PlanStep.REVIEW].skip_button.text()]
    accept = cards[PlanStep.ACCEPT]
    assert accept.primary is accept.open_button and accept.open_button.font().bold()


@pytest.mark.parametrize("step", [PlanStep.ACCEPT, PlanStep.CONNECT, PlanStep.FEEDBACK,
                                  PlanStep.REVIEW])
def test_where_a_step_leads_the_focus_is_ringed(window: MainWindow, ops, step) -> None:
    rejected_app(ops, people=("Bo Chen",))
    cards = on_plans(window)
    tab_to(cards[step].open_button)
    landed = press(Qt.Key.Key_Space)
    assert window.tabs.currentWidget() is not window.plans
    assert in_sight(landed)
    if step == PlanStep.ACCEPT:  # the first feeling to pick
        assert isinstance(landed, Chip) and ringed(landed)
    elif step == PlanStep.CONNECT:  # the person to thank, then the button to write to them
        people = window.timeline.related.people
        assert landed is people.view
        assert press(Qt.Key.Key_Tab) is people.thank_button
        assert ringed(people.thank_button)
    elif step == PlanStep.FEEDBACK:  # the request, ready to write: the cursor shows there
        assert isinstance(landed, QPlainTextEdit)
        assert landed is window.feedback.form.request.body
    else:  # the review's start
        assert landed is window.review.empty.start_button and ringed(landed)


def test_after_a_click_nothing_is_ringed_where_it_leads(qtbot, window: MainWindow, ops) -> None:
    rejected_app(ops)
    cards = on_plans(window)
    qtbot.mouseClick(cards[PlanStep.REVIEW].open_button, Qt.MouseButton.LeftButton)
    start = window.review.empty.start_button
    assert focused() is start
    option = QStyleOptionButton()
    start.initStyleOption(option)
    assert not option.state & QStyle.StateFlag.State_KeyboardFocusChange  # as Qt does


# --- 2 · "Thank people…" lands on the person to thank, in sight ---------------------------------

@pytest.mark.parametrize("all_events", [False, True], ids=["details", "all-events"])
def test_thank_people_lands_on_the_first_person_not_yet_thanked(
        qtbot, window: MainWindow, ops, all_events: bool) -> None:
    app_id = rejected_app(ops, people=("Ana Ruiz", "Bo Chen"), thanked=("Ana Ruiz",))
    timeline = window.timeline
    window.show_tab("timeline")
    timeline.show_application(app_id)
    if all_events:
        # The application open in the Timeline, every event of the search in front of it:
        # its people were out of sight, and the focus went to them all the same.
        qtbot.mouseClick(timeline.all_button, Qt.MouseButton.LeftButton)
        assert not timeline.related.isVisible()
    cards = on_plans(window)
    tab_to(cards[PlanStep.CONNECT].open_button)

    landed = press(Qt.Key.Key_Space)

    people = timeline.related.people
    assert window.tabs.currentWidget() is timeline
    assert landed is people.view and in_sight(landed)
    assert not timeline.all_button.isChecked()
    row = people.selected()
    assert row is not None and row.name == "Bo Chen"  # Ana is thanked already
    view = people.view
    shown = view.visualRect(view.currentIndex())
    assert view.viewport().rect().contains(shown.center())
    assert view.viewport().mapTo(view, QPoint(0, 0)).y() + shown.center().y() < view.height()
    # Next: the button that writes to Bo, ringed.
    assert press(Qt.Key.Key_Tab) is people.thank_button and ringed(people.thank_button)


# --- 4 · "Mark done" hands the focus on ----------------------------------------------------------

def test_space_after_mark_done_never_takes_the_step_back(window: MainWindow, ops) -> None:
    app_id = rejected_app(ops)
    cards = on_plans(window)
    accept, connect = cards[PlanStep.ACCEPT], cards[PlanStep.CONNECT]
    tab_to(accept.done_button)

    after = press(Qt.Key.Key_Space)  # Mark done

    assert state(ops, app_id, PlanStep.ACCEPT) == StepState.DONE
    assert accept.done_button.text() == "Not done yet"
    # The kind place to be: the next step's button, ringed, and nothing else looks focused.
    assert after is connect.open_button and connect.primary is connect.open_button
    assert ringed(after)
    assert looking_focused(window.plans) == [connect.open_button.text()]

    press(Qt.Key.Key_Space)  # on to thanking people; step 1 stays done
    assert window.tabs.currentWidget() is window.timeline
    assert state(ops, app_id, PlanStep.ACCEPT) == StepState.DONE


def test_not_done_yet_takes_the_step_back_only_with_the_focus_seen_on_it(
        window: MainWindow, ops) -> None:
    app_id = rejected_app(ops)
    cards = on_plans(window)
    accept = cards[PlanStep.ACCEPT]
    tab_to(accept.done_button)
    press(Qt.Key.Key_Space)  # Mark done: the focus goes on to step 2

    # Back to "Not done yet" (Skip is gone): it alone looks focused, ringed.
    back = press(Qt.Key.Key_Backtab, SHIFT)
    assert back is accept.done_button and ringed(back)
    assert looking_focused(window.plans) == ["Not done yet"]
    press(Qt.Key.Key_Space)
    assert state(ops, app_id, PlanStep.ACCEPT) == StepState.IN_PROGRESS
    assert focused() is accept.done_button and accept.done_button.text() == "Mark done"


def test_skipping_from_the_keyboard_hands_the_focus_on_too(window: MainWindow, ops) -> None:
    app_id = rejected_app(ops)
    cards = on_plans(window)
    tab_to(cards[PlanStep.FEEDBACK].skip_button)
    after = press(Qt.Key.Key_Space)
    assert state(ops, app_id, PlanStep.FEEDBACK) == StepState.SKIPPED
    accept = cards[PlanStep.ACCEPT]  # still the next step: step 1 is not done
    assert after is accept.open_button and ringed(after)
    press(Qt.Key.Key_Space)
    assert state(ops, app_id, PlanStep.FEEDBACK) == StepState.SKIPPED


def test_the_last_step_done_keeps_the_focus_on_its_button(window: MainWindow, ops) -> None:
    app_id = rejected_app(ops)
    plan = ops.read(plans.plan_for_application, app_id)
    for step in (PlanStep.ACCEPT, PlanStep.CONNECT, PlanStep.FEEDBACK):
        ops.write(None, plans.set_step, plan.id, step, StepState.DONE)
    cards = on_plans(window)
    review = cards[PlanStep.REVIEW]
    tab_to(review.done_button)
    after = press(Qt.Key.Key_Space)
    assert ops.read(plans.get_plan, plan.id).complete
    # No next step to go on to: it stays, ringed, on the button that now takes it back.
    assert after is review.done_button and review.done_button.text() == "Not done yet"
    assert ringed(after)
    assert looking_focused(window.plans) == ["Not done yet"]
