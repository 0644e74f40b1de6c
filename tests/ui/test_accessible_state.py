"""What a screen reader is told matches what a control does: a button that takes a step back
says so, two date fields side by side have differently named buttons, and scroll areas are
named and never a silent Tab stop."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QScrollArea

from bounceback.db.enums import PlanStep, StepState
from bounceback.ui.feedback.editor import FeedbackForm
from bounceback.ui.main_window import MainWindow
from bounceback.ui.plan.step_card import StepCard
from tests.ui.walk import visit


def test_a_done_steps_button_is_announced_as_what_it_does(qtbot) -> None:
    card = StepCard(2, PlanStep.CONNECT)
    qtbot.addWidget(card)
    card.set_state(StepState.NOT_STARTED)
    assert card.done_button.accessibleName() == "Mark step done: Be gracious and stay connected"
    card.set_state(StepState.DONE)
    assert card.done_button.text() == "Not done yet"
    assert card.done_button.accessibleName() == "Not done yet: Be gracious and stay connected"


def test_two_date_fields_never_offer_buttons_of_the_same_name(qtbot) -> None:
    form = FeedbackForm()
    qtbot.addWidget(form)
    names = [b.accessibleName() for d in (form.asked_on, form.answered_on)
             for b in (d.clear_button, d.calendar_button)]
    assert len(set(names)) == 4, names
    assert "Clear the date: Asked on" in names


def test_scroll_areas_are_named_and_no_tab_stop(qtbot, window: MainWindow) -> None:
    seen = 0
    for where, page in visit(qtbot, window):
        for area in page.findChildren(QScrollArea):
            if not area.isVisibleTo(page) or area.inherits("QAbstractItemView"):
                continue
            seen += 1
            assert area.accessibleName(), f"{where}: a scroll area without a name"
            assert not area.focusPolicy() & Qt.FocusPolicy.TabFocus, \
                f"{where}: {area.accessibleName()} is a silent Tab stop"
    QApplication.processEvents()
    assert seen >= 4  # the check looked at the tabs' scrolling pages


def test_a_step_cards_buttons_read_and_tab_in_one_order(qtbot) -> None:
    from PySide6.QtWidgets import QPushButton

    card = StepCard(1, PlanStep.ACCEPT)
    qtbot.addWidget(card)
    card.set_state(StepState.NOT_STARTED)
    card.show()
    shown = sorted((b for b in card.findChildren(QPushButton) if b.isVisible()),
                   key=lambda b: b.geometry().x())
    assert [b.text() for b in shown] == [card.open_button.text(), "Mark done", "Skip"]
    card.open_button.setFocus()
    order = [card.open_button]
    for _ in range(2):
        order.append(order[-1].nextInFocusChain())
    assert order == [card.open_button, card.done_button, card.skip_button]
