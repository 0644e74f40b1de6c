"""The Bounce back tab through its real widgets, and how plans show on the Timeline."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from bounceback.db.enums import EventKind, PlanStep, Status, StepState
from bounceback.services import actions, applications, events, feedback, plans
from bounceback.services.applications import ApplicationInput
from bounceback.services.plans import Shelf
from bounceback.ui.plan.tab import STEP_TARGETS, PlanTab
from bounceback.ui.timeline.tab import TimelineTab
from tests.builders import add_application

DAY = dt.date(2026, 5, 1)


@pytest.fixture
def tab(qtbot, ops, answers) -> PlanTab:
    t = PlanTab(ops)
    qtbot.addWidget(t)
    t.resize(1100, 760)
    t.show()
    return t


def listed(tab: PlanTab) -> list[str]:
    return [tab.proxy.index(r, 0).data() for r in range(tab.proxy.rowCount())]


def card(tab: PlanTab, step: PlanStep):
    return next(c for c in tab.cards if c.step == step)


def state_of(ops, app_id: int, step: PlanStep) -> StepState:
    return ops.read(plans.plan_for_application, app_id).states[step]


def test_empty_state_explains_where_plans_come_from(tab):
    assert tab.list_empty.isVisible()
    assert tab.right.currentIndex() == 0
    assert "Not selected" in tab.placeholder.text()
    assert "Pick a plan" not in tab.placeholder.text()  # nothing to pick beside an empty list


def test_a_rejection_brings_its_plan(tab, ops):
    app_id = add_application(ops, "Northwind", "Designer", applied_on=DAY, rejected_on=DAY).id
    assert listed(tab) == ["Northwind — Designer"]
    assert tab.right.currentIndex() == 1
    assert "Northwind" in tab.heading.text()
    assert "1 May 2026" in tab.subheading.text()
    assert all("Not started" in c.state.text() for c in tab.cards)
    accept = card(tab, PlanStep.ACCEPT)
    assert accept.primary is accept.open_button  # where to start
    assert tab._plan.application_id == app_id


def test_mark_done_and_undo(tab, ops):
    app_id = add_application(ops, "Northwind", "Designer", applied_on=DAY, rejected_on=DAY).id
    card(tab, PlanStep.ACCEPT).done_button.click()
    assert state_of(ops, app_id, PlanStep.ACCEPT) == StepState.DONE
    assert "Done" in card(tab, PlanStep.ACCEPT).state.text()
    assert tab.proxy.index(0, 2).data() == "1 of 4"
    connect = card(tab, PlanStep.CONNECT)
    assert connect.primary is connect.open_button
    card(tab, PlanStep.ACCEPT).done_button.click()  # "Not done yet"
    assert state_of(ops, app_id, PlanStep.ACCEPT) == StepState.IN_PROGRESS


def test_skip_and_undo_skip(tab, ops):
    app_id = add_application(ops, "Northwind", "Designer", applied_on=DAY, rejected_on=DAY).id
    c = card(tab, PlanStep.FEEDBACK)
    c.skip_button.click()
    assert state_of(ops, app_id, PlanStep.FEEDBACK) == StepState.SKIPPED
    assert not c.done_button.isVisibleTo(tab)
    c.skip_button.click()
    assert state_of(ops, app_id, PlanStep.FEEDBACK) == StepState.NOT_STARTED


def test_finishing_every_step_moves_the_plan_to_finished_and_follows_it(tab, ops, qtbot):
    add_application(ops, "Northwind", "Designer", applied_on=DAY, rejected_on=DAY)
    for c in tab.cards:
        c.done_button.click()
    # The list and the detail agree: the plan shown is the one listed, now under Finished.
    assert tab.shelf == Shelf.FINISHED
    assert tab.shelf_buttons[Shelf.FINISHED].isChecked()
    assert listed(tab) == ["Northwind — Designer"]
    assert tab.view.currentIndex().row() == 0
    assert tab.right.currentIndex() == 1
    assert "behind you" in tab.subheading.text()
    assert tab.notice.isVisibleTo(tab) and "last step" in tab.notice.text.text()
    qtbot.wait(20)  # laid out: the notice is as tall as its words, the plan keeps the room
    assert tab.notice.height() < 2 * tab.notice.minimumSizeHint().height()
    assert tab.split.height() > tab.height() // 2
    assert "Done on" in card(tab, PlanStep.REVIEW).found.text()
    # The open shelf is empty now, and says so on both sides.
    qtbot.mouseClick(tab.shelf_buttons[Shelf.OPEN], Qt.MouseButton.LeftButton)
    assert listed(tab) == []
    assert tab.right.currentIndex() == 0
    assert "Finished" in tab.placeholder.text()
    assert tab.shelf_buttons[Shelf.FINISHED].text().replace("&", "") == "Finished (1)"


@pytest.mark.parametrize("step", list(PlanStep))
def test_each_step_opens_its_tab_on_the_application(tab, ops, qtbot, step):
    app_id = add_application(ops, "Northwind", "Designer", applied_on=DAY, rejected_on=DAY).id
    with qtbot.waitSignal(tab.open_in_tab) as blocker:
        card(tab, step).open_button.click()
    assert blocker.args == [STEP_TARGETS[step], app_id]


def test_put_away_and_bring_back(tab, ops, qtbot):
    app_id = add_application(ops, "Northwind", "Designer", applied_on=DAY, rejected_on=DAY).id
    tab.dismiss_button.click()
    assert ops.read(plans.plan_for_application, app_id).dismissed
    assert listed(tab) == []
    assert tab.right.currentIndex() == 0  # no plan shown beside an empty list
    assert "Put away" in tab.notice.text.text()
    qtbot.mouseClick(tab.shelf_buttons[Shelf.PUT_AWAY], Qt.MouseButton.LeftButton)
    assert tab.proxy.index(0, 2).data() == "Put away"
    assert tab.right.currentIndex() == 1
    tab.dismiss_button.click()
    assert not ops.read(plans.plan_for_application, app_id).dismissed
    # Brought back, it is followed to the open shelf.
    assert tab.shelf == Shelf.OPEN and listed(tab) == ["Northwind — Designer"]


def test_putting_away_can_be_undone_where_it_was_said(tab, ops, qtbot):
    app_id = add_application(ops, "Northwind", "Designer", applied_on=DAY, rejected_on=DAY).id
    tab.dismiss_button.click()
    qtbot.mouseClick(tab.notice.action_button, Qt.MouseButton.LeftButton)
    assert not ops.read(plans.plan_for_application, app_id).dismissed
    assert listed(tab) == ["Northwind — Designer"] and tab._plan.application_id == app_id
    assert not tab.notice.isVisibleTo(tab)


def test_reapply_date_is_saved_and_unsaved_edits_are_known(tab, ops):
    app_id = add_application(ops, "Northwind", "Designer", applied_on=DAY, rejected_on=DAY).id
    assert not tab.reapply_save.isEnabled()
    tab.reapply.set_value(dt.date(2027, 2, 1))
    assert tab.has_unsaved_changes()
    assert tab.reapply_save.isEnabled()
    tab.reapply_save.click()
    assert ops.read(applications.get_application, app_id).reapply_after == dt.date(2027, 2, 1)
    assert not tab.has_unsaved_changes()


def test_a_reapply_date_being_typed_survives_a_refresh(tab, ops):
    app_id = add_application(ops, "Northwind", "Designer", applied_on=DAY, rejected_on=DAY).id
    tab.reapply.set_value(dt.date(2027, 2, 1))
    ops.write(None, plans.set_step, tab._plan.id, PlanStep.ACCEPT, StepState.DONE)
    assert tab.reapply.value() == dt.date(2027, 2, 1)
    assert ops.read(applications.get_application, app_id).reapply_after is None


def test_show_application_picks_its_plan(tab, ops):
    a = add_application(ops, "A", "Designer", applied_on=DAY, rejected_on=DAY).id
    b = add_application(ops, "B", "Designer", applied_on=DAY, rejected_on=DAY).id
    tab.show_application(a)
    assert tab._plan.application_id == a
    tab.show_application(b)
    assert tab._plan.application_id == b


def test_plan_model_passes_the_model_tester(tab, ops, qtmodeltester):
    add_application(ops, "A", "Designer", applied_on=DAY, rejected_on=DAY)
    add_application(ops, "B", "Designer", applied_on=DAY, rejected_on=DAY)
    qtmodeltester.check(tab.model)
    qtmodeltester.check(tab.proxy)


# --- on the Timeline ---------------------------------------------------------------------

@pytest.fixture
def timeline(qtbot, ops, answers) -> TimelineTab:
    t = TimelineTab(ops)
    qtbot.addWidget(t)
    t.resize(1100, 760)
    t.show()
    return t


def test_rejecting_in_the_timeline_offers_the_plan_kindly(timeline, ops, qtbot):
    app = ops.write(None, applications.create_application,
                    ApplicationInput(company="Acme", role="Dev"))
    timeline.show_application(app.id)
    assert not timeline.context.plan.isVisibleTo(timeline)
    messages: list[str] = []
    ops.message.connect(messages.append)
    timeline.form.status.setCurrentIndex(timeline.form.status.findData(Status.REJECTED))
    timeline.save()
    assert ops.read(plans.plan_for_application, app.id) is not None
    # Said where the person is looking, above the form, not only in the status bar.
    assert timeline.context.plan.isVisibleTo(timeline)
    assert "I'm sorry it was a no" in timeline.context.plan.text.text()
    assert timeline.context.sorry()
    with qtbot.waitSignal(timeline.open_in_tab) as blocker:
        timeline.context.plan.button.click()
    assert blocker.args == ["plans", app.id]
    # Once the person has moved on, the strip goes back to where the plan stands.
    other = ops.write(None, applications.create_application,
                      ApplicationInput(company="Contoso", role="Dev"))
    timeline.show_application(other.id)
    timeline.show_application(app.id)
    assert "0 of 4" in timeline.context.plan.text.text()
    assert not timeline.context.sorry()


def test_a_rejection_added_to_the_history_is_met_kindly_there(timeline, ops):
    app = ops.write(None, applications.create_application,
                    ApplicationInput(company="Acme", role="Dev"))
    timeline.show_application(app.id)
    ops.write(None, events.add_event, app.id, events.EventInput(EventKind.REJECTION, DAY))
    assert "I'm sorry it was a no" in timeline.context.plan.text.text()


def test_a_new_application_at_a_company_that_said_no_shows_last_time(timeline, ops, qtbot):
    old = add_application(ops, "Northwind Traders", "Designer", applied_on=DAY, rejected_on=DAY).id
    note = ops.write(None, feedback.create_feedback, old, feedback.FeedbackInput(
        asked_whom="Sam", asked_on=DAY, answer_text="More leadership",
        lesson="Lead with leadership stories"))
    ops.write(None, actions.create_action, actions.ActionInput(
        text="Rephrase resume bullets", application_id=old, feedback_id=note.id))
    timeline.new_application()
    assert not timeline.context.history.isVisibleTo(timeline)
    qtbot.keyClicks(timeline.form.company, "northwind traders")
    qtbot.waitUntil(lambda: timeline.context.history.isVisibleTo(timeline), timeout=3000)
    text = timeline.context.history.text.text()
    assert "You applied here before" in text
    assert "Lead with leadership stories" in text
    assert "Rephrase resume bullets" in text and "still open" in text
