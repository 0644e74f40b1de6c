"""Where a request stands, through the Feedback tab's status row: I've asked → They answered or
No answer (with a follow-up day), the events and the plan that follow, and unsaved changes."""

from __future__ import annotations

import datetime as dt

import pytest

from bounceback.db.enums import EventKind, FeedbackStatus, PlanStep, StepState
from bounceback.services import events, feedback, plans
from bounceback.services.feedback import FeedbackInput
from bounceback.services.letters import Letter
from bounceback.ui.common import labels
from bounceback.ui.common import ops as ops_module
from bounceback.ui.feedback.tab import FeedbackTab
from tests.builders import add_application, add_feedback, add_rejection
from tests.ui.feedback.feedback_kit import listed, make_tab

TODAY = dt.date.today()


@pytest.fixture
def app_id(ops) -> int:
    return add_application(ops, "Northwind", "Designer").id


@pytest.fixture
def tab(qtbot, ops, answers, app_id) -> FeedbackTab:
    t = make_tab(qtbot, ops)
    t.show_application(app_id)
    return t


def kinds(ops, app_id: int) -> list[EventKind]:
    return [e.kind for e in ops.read(events.list_events, app_id)]


def feedback_step(ops, app_id: int) -> StepState:
    plan = ops.read(plans.plan_for_application, app_id)
    assert plan is not None
    return plan.states[PlanStep.FEEDBACK]


def test_ive_asked_saves_the_request_as_asked_today(tab, ops, app_id, qtbot):
    tab.new_note()
    row = tab.form.status_row
    assert row.text.text().startswith("Not asked yet")
    assert not row.no_answer_button.isVisible()
    qtbot.keyClicks(tab.form.whom, "Priya")
    qtbot.keyClicks(tab.form.request.body, "What could I improve?")
    with qtbot.waitSignal(ops.changed) as changed:
        row.asked_button.click()

    (saved,) = ops.read(feedback.list_feedback, app_id)
    assert (saved.status, saved.asked_on) == (FeedbackStatus.ASKED, TODAY)
    assert saved.request_text == "What could I improve?"
    assert EventKind.FEEDBACK_REQUESTED in kinds(ops, app_id)
    # No plan here (no "no" yet): nothing tells the plan's watchers for nothing.
    assert changed.args[0] == {ops_module.FEEDBACK, ops_module.EVENTS}
    assert listed(tab) == [("Priya", labels.date(TODAY), "Asked, waiting")]
    assert row.text.text() == f"Asked on {labels.date(TODAY)}, waiting for an answer."
    assert not row.asked_button.isVisible()
    assert row.answered_button.isVisible() and row.no_answer_button.isVisible()
    assert tab.form.asked_on.value() == TODAY
    assert not tab.has_unsaved_changes()


def test_ive_asked_keeps_a_date_typed_earlier(tab, ops, app_id, qtbot):
    tab.new_note()
    qtbot.keyClicks(tab.form.whom, "Priya")
    tab.form.asked_on.set_value(dt.date(2025, 4, 3))
    tab.form.status_row.asked_button.click()
    (saved,) = ops.read(feedback.list_feedback, app_id)
    assert saved.asked_on == dt.date(2025, 4, 3)
    (event,) = [e for e in ops.read(events.list_events, app_id)
                if e.kind == EventKind.FEEDBACK_REQUESTED]
    assert event.occurred_on == dt.date(2025, 4, 3)


def test_ive_asked_without_a_name_is_explained_inline(tab, ops, app_id, qtbot):
    tab.new_note()
    tab.form.status_row.asked_button.click()
    assert "Who did you ask" in tab.form.error.text()
    assert ops.read(feedback.list_feedback, app_id) == []
    assert tab.form.status_row.asked_button.isVisible()


def test_they_answered_reveals_the_answer_and_records_it(tab, ops, app_id, qtbot):
    note = add_feedback(ops, app_id, asked_on=dt.date(2025, 4, 10))
    tab.show_application(app_id)
    assert not tab.form.answer.isVisible() and not tab.actions_panel.isVisible()
    tab.form.status_row.answered_button.click()

    row = ops.read(feedback.get_feedback, note.id)
    assert (row.status, row.answered_on) == (FeedbackStatus.ANSWERED, TODAY)
    assert EventKind.FEEDBACK_RECEIVED in kinds(ops, app_id)
    assert tab.form.answer.isVisible() and tab.form.lesson.isVisible()
    assert tab.focusWidget() is tab.form.answer
    assert tab.actions_panel.isVisible()
    assert tab.form.heading.text() == "Feedback from Priya"
    assert listed(tab)[0][2] == "Answered " + labels.date(TODAY)
    assert not tab.form.status_row.answered_button.isVisible()
    # Then the words, saved as usual.
    qtbot.keyClicks(tab.form.answer, "More leadership examples.")
    tab.save_button.click()
    assert ops.read(feedback.get_feedback, note.id).answer_text == "More leadership examples."
    assert kinds(ops, app_id).count(EventKind.FEEDBACK_RECEIVED) == 1


def test_no_answer_with_a_follow_up_day(tab, ops, app_id, qtbot):
    note = add_feedback(ops, app_id, asked_on=dt.date(2025, 4, 10))
    tab.show_application(app_id)
    row = tab.form.status_row
    assert row.follow_up.isVisible()  # waiting: a day to check in can be noted already
    row.no_answer_button.click()
    assert ops.read(feedback.get_feedback, note.id).status == FeedbackStatus.NO_ANSWER
    assert row.text.text() == "No answer so far."
    assert "No answer is common and says little about you" in row.follow_note.text()
    assert row.answered_button.isVisible() and not row.no_answer_button.isVisible()
    assert tab.focusWidget() is row.follow_up.edit
    assert not tab.has_unsaved_changes()

    follow = dt.date(2025, 4, 24)
    row.follow_up.set_value(follow)
    assert tab.has_unsaved_changes() and tab.save_button.isEnabled()
    tab.save_button.click()
    saved = ops.read(feedback.get_feedback, note.id)
    assert (saved.status, saved.follow_up_on) == (FeedbackStatus.NO_ANSWER, follow)
    assert listed(tab)[0][2] == "No answer · follow up " + labels.date(follow)
    assert not tab.has_unsaved_changes()


def test_a_late_answer_after_no_answer(tab, ops, app_id):
    note = add_feedback(ops, app_id, asked_on=dt.date(2025, 4, 10))
    ops.write(None, feedback.mark_no_answer, note.id, None)
    assert tab.form.status_row.text.text() == "No answer so far."
    tab.form.status_row.answered_button.click()
    assert ops.read(feedback.get_feedback, note.id).status == FeedbackStatus.ANSWERED
    assert kinds(ops, app_id).count(EventKind.FEEDBACK_REQUESTED) == 1
    assert tab.form.answer.isVisible()


@pytest.mark.parametrize("data", [
    FeedbackInput(asked_whom="Draft", request_text=feedback.request_text(
        Letter("A quick question", "Hi Sam,\n\nWhat could I improve?"))),
    FeedbackInput(asked_whom="Asked", asked_on=dt.date(2025, 4, 1),
                  follow_up_on=dt.date(2025, 4, 15), request_text="Plain, older request"),
    FeedbackInput(asked_whom="Silent", asked_on=dt.date(2025, 4, 1),
                  status=FeedbackStatus.NO_ANSWER, follow_up_on=dt.date(2025, 4, 20)),
    FeedbackInput(asked_whom="Answered", asked_on=dt.date(2025, 4, 1),
                  answered_on=dt.date(2025, 4, 4), answer_text="Kind", reaction="Ouch",
                  lesson="Practise"),
], ids=["draft", "asked", "no-answer", "answered"])
def test_a_freshly_loaded_note_is_not_dirty(tab, ops, app_id, data):
    note = ops.write(None, feedback.create_feedback, app_id, data)
    assert tab.note_id == note.id
    assert tab.form.value() == note.as_input()
    assert not tab.has_unsaved_changes()
    assert not tab.save_button.isEnabled()
    assert tab.form.status_row.follow_up.value() == data.follow_up_on


def test_the_plans_feedback_step_moves_to_in_progress(tab, ops, app_id, qtbot):
    add_rejection(ops, app_id, TODAY)
    assert feedback_step(ops, app_id) == StepState.NOT_STARTED
    tab.new_note()
    qtbot.keyClicks(tab.form.whom, "Priya")
    tab.form.status_row.asked_button.click()
    assert feedback_step(ops, app_id) == StepState.IN_PROGRESS


def test_asking_on_a_draft_from_before_the_rejection_moves_the_plan(tab, ops, app_id):
    add_feedback(ops, app_id, "Priya", asked_on=None)
    add_rejection(ops, app_id, TODAY)
    assert feedback_step(ops, app_id) == StepState.NOT_STARTED
    assert tab.form.whom.text() == "Priya"
    tab.form.status_row.asked_button.click()
    assert feedback_step(ops, app_id) == StepState.IN_PROGRESS


def test_revert_puts_back_the_saved_follow_up_day(tab, ops, app_id):
    add_feedback(ops, app_id, asked_on=dt.date(2025, 4, 10), follow_up_on=dt.date(2025, 4, 20))
    tab.show_application(app_id)
    tab.form.status_row.follow_up.clear()
    assert tab.has_unsaved_changes()
    tab.revert_button.click()
    assert tab.form.status_row.follow_up.value() == dt.date(2025, 4, 20)
    assert not tab.has_unsaved_changes()
