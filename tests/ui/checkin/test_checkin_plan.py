"""Step 1 of the bounce-back plan in the Check-in tab: how you feel after coping, what helps
you, and closing the step when you are ready — through the real widgets and the store."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from bounceback.db.enums import EventKind, PlanStep, StepState
from bounceback.services import checkins, events, plans
from bounceback.ui.checkin.tab import CheckInTab
from bounceback.ui.common import dialogs
from bounceback.ui.common import ops as topics
from bounceback.ui.common.ops import Ops
from tests.builders import add_application, add_checkin, add_rejection
from tests.ui.checkin.checkin_kit import choose, open_row, shown_tab

AT = dt.datetime(2025, 3, 9, 21, 30)


@pytest.fixture
def tab(qtbot, ops: Ops, answers) -> CheckInTab:
    return shown_tab(qtbot, ops)


@pytest.fixture
def messages(ops: Ops) -> list[str]:
    """What the status bar would have said."""
    said: list[str] = []
    ops.message.connect(said.append)
    return said


def plan_of(ops: Ops, app_id: int) -> plans.PlanRow:
    plan = ops.read(plans.plan_for_application, app_id)
    assert plan is not None
    return plan


def press(qtbot, widget, key: Qt.Key, times: int) -> None:
    for _ in range(times):
        qtbot.keyClick(widget, key)


# --- how you feel afterwards -------------------------------------------------------------


def test_afterwards_is_offered_only_once_a_way_to_cope_is_saved(qtbot, tab: CheckInTab,
                                                                 ops: Ops) -> None:
    after = tab.form.afterwards
    qtbot.mouseClick(tab.form.emotions.chips["anger"], Qt.MouseButton.LeftButton)
    choose(qtbot, tab, "walk")
    assert not after.isVisible()  # first the check-in, then the coping, then this
    tab.save_button.click()
    assert after.isVisible()
    assert after.heading.text() == "Done with a walk outside? How strong is each feeling now?"
    assert not after.record.isChecked() and not after.grid_holder.isVisible()
    choose(qtbot, tab, "")  # "Not decided yet": nothing to be done with
    assert not after.isVisible()


def test_feelings_afterwards_are_saved_and_shown_again(qtbot, tab: CheckInTab,
                                                       ops: Ops) -> None:
    row = add_checkin(ops, emotions=(("anger", 8), ("hurt", 6)), coping_method="walk")
    other = add_checkin(ops, emotions=(("shame", 4),), coping_method="walk")
    open_row(tab, row.id)
    after = tab.form.afterwards
    after.record.click()
    assert after.grid_holder.isVisible()
    assert list(after.rows) == ["anger", "hurt"]
    assert after.rows["anger"][2].text() == "was 8"
    assert after.slider("anger").value() == 8  # starts where the feeling was
    press(qtbot, after.slider("anger"), Qt.Key.Key_Left, 5)
    press(qtbot, after.slider("hurt"), Qt.Key.Key_Left, 2)
    assert tab.has_unsaved_changes()
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)

    assert dict(ops.read(checkins.get_checkin, row.id).after) == {"anger": 3, "hurt": 4}
    assert not tab.has_unsaved_changes()
    open_row(tab, other.id)
    assert not after.record.isChecked()
    open_row(tab, row.id)
    assert after.record.isChecked() and after.grid_holder.isVisible()
    assert (after.slider("anger").value(), after.slider("hurt").value()) == (3, 4)
    assert not tab.has_unsaved_changes()


def test_unticking_record_clears_what_was_recorded(tab: CheckInTab, ops: Ops) -> None:
    row = add_checkin(ops, emotions=(("anger", 8), ("hurt", 6)), after=(("anger", 2), ("hurt", 2)),
                      coping_method="walk")
    open_row(tab, row.id)
    tab.form.afterwards.record.click()
    assert tab.has_unsaved_changes()
    assert tab.save()
    assert ops.read(checkins.get_checkin, row.id).after == ()


def test_afterwards_is_an_unsaved_change_when_leaving(qtbot, tab: CheckInTab, ops: Ops,
                                                      answers) -> None:
    row = add_checkin(ops, emotions=(("anger", 8), ("hurt", 6)), coping_method="walk")
    other = add_checkin(ops, emotions=(("shame", 4),), coping_method="walk")
    open_row(tab, row.id)
    tab.form.afterwards.record.click()
    press(qtbot, tab.form.afterwards.slider("anger"), Qt.Key.Key_Left, 1)
    answers.unsaved = dialogs.Unsaved.SAVE
    open_row(tab, other.id)
    assert answers.asked == ["unsaved: this check-in"]
    assert dict(ops.read(checkins.get_checkin, row.id).after) == {"anger": 7, "hurt": 6}


def test_afterwards_follows_the_feelings_named(qtbot, tab: CheckInTab, ops: Ops) -> None:
    row = add_checkin(ops, emotions=(("anger", 8), ("hurt", 6)), after=(("anger", 3), ("hurt", 5)),
                      coping_method="walk")
    open_row(tab, row.id)
    chips = tab.form.emotions.chips
    qtbot.mouseClick(chips["hurt"], Qt.MouseButton.LeftButton)  # dropped
    qtbot.mouseClick(chips["despair"], Qt.MouseButton.LeftButton)  # named now, at 5
    after = tab.form.afterwards
    assert list(after.rows) == ["anger", "despair"]
    assert after.slider("anger").value() == 3  # kept
    assert after.slider("despair").value() == 5
    assert tab.save()
    assert dict(ops.read(checkins.get_checkin, row.id).after) == {"anger": 3, "despair": 5}


def test_your_own_way_is_named_in_the_question(qtbot, tab: CheckInTab, ops: Ops) -> None:
    row = add_checkin(ops, emotions=(("anger", 8), ("hurt", 6)), coping_method="other",
                      coping_note="Bake bread")
    open_row(tab, row.id)
    assert tab.form.afterwards.heading.text().startswith("Done with “Bake bread”?")


# --- what helps you ----------------------------------------------------------------------


def test_what_helps_you_is_said_in_words_from_the_data(qtbot, tab: CheckInTab,
                                                      ops: Ops) -> None:
    qtbot.waitUntil(lambda: not tab.coping_read.pending)
    assert not tab.form.helps.isVisible()  # nothing to say yet
    add_checkin(ops, emotions=(("anger", 8),), after=(("anger", 5),), coping_method="walk")
    add_checkin(ops, emotions=(("hurt", 6),), after=(("hurt", 3),), coping_method="walk")
    add_checkin(ops, emotions=(("anxiety", 4),), coping_method="workout", after=(("anxiety", 4),))
    # Worked out on a worker thread after each save; only the newest answer is shown.
    qtbot.waitUntil(lambda: not tab.coping_read.pending)
    assert tab.form.helps.isVisible()
    assert tab.form.helps.text().splitlines() == [
        "A walk outside eased your feelings by 3 points on average (twice).",
        "After an intense workout, your feelings stayed about the same (once).",
    ]


def test_what_helps_you_learns_from_the_afterwards_slider(qtbot, tab: CheckInTab,
                                                          ops: Ops) -> None:
    row = add_checkin(ops, emotions=(("anger", 6),), coping_method="call_friend")
    open_row(tab, row.id)
    tab.form.afterwards.record.click()
    press(qtbot, tab.form.afterwards.slider("anger"), Qt.Key.Key_Right, 1)
    tab.save_button.click()
    qtbot.waitUntil(lambda: not tab.coping_read.pending)
    assert tab.form.helps.text() == (
        "After call a friend and vent, your feelings were 1 point stronger on average (once).")


def test_only_a_check_in_with_coping_and_afterwards_works_what_helps_out_again(
    qtbot, tab: CheckInTab, ops: Ops
) -> None:
    qtbot.waitUntil(lambda: not tab.coping_read.pending)
    tab.new_checkin()
    tab.form.emotions.set_value((("hope", 6),))
    tab.save_button.click()
    assert not tab.coping_read.pending  # nothing it could change: not worked out again

    row = add_checkin(ops, emotions=(("anger", 6),), coping_method="call_friend")
    qtbot.waitUntil(lambda: not tab.coping_read.pending)  # written elsewhere: always
    open_row(tab, row.id)
    tab.form.afterwards.record.click()
    press(qtbot, tab.form.afterwards.slider("anger"), Qt.Key.Key_Right, 1)
    tab.save_button.click()
    assert tab.coping_read.pending
    qtbot.waitUntil(lambda: not tab.coping_read.pending)
    assert "call a friend" in tab.form.helps.text()


# --- step 1 of the plan ------------------------------------------------------------------


def test_no_plan_no_question(tab: CheckInTab, ops: Ops) -> None:
    app_id = add_application(ops, "Northwind", "Designer", applied_on=None).id
    tab.show_application(app_id)
    box = tab.form.accept
    assert box.isVisible() and "rarely about you" in box.reframe.text()
    assert not box.offering() and not box.ready_button.isVisible()


def test_ready_to_move_on_closes_step_one(qtbot, tab: CheckInTab, ops: Ops,
                                          messages: list[str]) -> None:
    app_id = add_application(ops, "Northwind", "Designer", applied_on=None).id
    add_rejection(ops, app_id, dt.date(2025, 3, 8))
    tab.show_application(app_id)
    box = tab.form.accept
    assert box.ready_button.isVisible()
    assert box.step.text() == "Step 1 of your bounce-back plan: Northwind — Designer"
    qtbot.mouseClick(box.ready_button, Qt.MouseButton.LeftButton)

    assert plan_of(ops, app_id).states[PlanStep.ACCEPT] == StepState.DONE
    assert not box.ready_button.isVisible() and not box.offering()
    assert box.reframe.isVisible()  # the kind words stay
    assert messages[-1] == "Step 1 is done. The rest can wait until you're ready."
    # Said where the person is looking too: just above Save, not only in the status bar.
    assert tab.moment.showing() == "Step 1 is done. The rest can wait until you're ready."
    assert tab.moment.isVisible()
    kinds = [e.kind for e in ops.read(events.list_events, app_id)]
    assert EventKind.PLAN_STEP in kinds  # noted on the timeline
    assert ops.read(checkins.list_checkins) == []  # a blank check-in was not saved


def test_ready_to_move_on_keeps_what_was_written(qtbot, tab: CheckInTab, ops: Ops) -> None:
    app_id = add_application(ops, "Northwind", "Designer", applied_on=None).id
    rejection = add_rejection(ops, app_id, dt.date(2025, 3, 8)).id
    tab.show_application(app_id)
    qtbot.mouseClick(tab.form.emotions.chips["acceptance"], Qt.MouseButton.LeftButton)
    tab.form.accept.ready_button.click()
    [row] = ops.read(checkins.list_checkins)
    assert (row.emotions, row.rejection_event_id) == ((("acceptance", 5),), rejection)
    assert plan_of(ops, app_id).states[PlanStep.ACCEPT] == StepState.DONE
    assert not tab.has_unsaved_changes()


def test_not_now_only_puts_the_question_away(qtbot, tab: CheckInTab, ops: Ops) -> None:
    app_id = add_application(ops, "Northwind", "Designer", applied_on=None).id
    add_rejection(ops, app_id, dt.date(2025, 3, 8))
    tab.show_application(app_id)
    before = ops.read(events.list_events, app_id)
    qtbot.mouseClick(tab.form.accept.not_now_button, Qt.MouseButton.LeftButton)
    assert not tab.form.accept.offering()
    assert plan_of(ops, app_id).states[PlanStep.ACCEPT] == StepState.NOT_STARTED
    assert ops.read(events.list_events, app_id) == before
    # Elsewhere, another write refreshes the tab: the question stays put away.
    add_checkin(ops, emotions=(("calm", 3),), coping_method="walk")
    assert not tab.form.accept.offering()


def test_a_finished_or_dismissed_step_asks_nothing(tab: CheckInTab, ops: Ops) -> None:
    app_id = add_application(ops, "Northwind", "Designer", applied_on=None).id
    add_rejection(ops, app_id, dt.date(2025, 3, 8))
    tab.show_application(app_id)
    assert tab.form.accept.offering()
    plan = plan_of(ops, app_id)
    ops.write(None, plans.set_step, plan.id, PlanStep.ACCEPT, StepState.SKIPPED)
    assert not tab.form.accept.offering()
    ops.write(None, plans.set_step, plan.id, PlanStep.ACCEPT, StepState.IN_PROGRESS)
    assert tab.form.accept.offering()
    ops.write(None, plans.set_dismissed, plan.id, True)
    assert not tab.form.accept.offering()


def test_the_box_follows_the_application_chosen(tab: CheckInTab, ops: Ops) -> None:
    rejected = add_application(ops, "Northwind", "Designer", applied_on=None).id
    add_rejection(ops, rejected, dt.date(2025, 3, 8))
    other = add_application(ops, "Contoso", "Designer", applied_on=None).id
    combo = tab.form.application
    combo.setCurrentIndex(combo.findData(rejected))
    combo.activated.emit(combo.currentIndex())
    assert tab.form.accept.offering()
    combo.setCurrentIndex(combo.findData(other))
    combo.activated.emit(combo.currentIndex())
    assert not tab.form.accept.offering()


def test_saving_a_checkin_about_it_begins_step_one(qtbot, tab: CheckInTab, ops: Ops) -> None:
    app_id = add_application(ops, "Northwind", "Designer", applied_on=None).id
    add_rejection(ops, app_id, dt.date(2025, 3, 8))
    tab.show_application(app_id)
    qtbot.mouseClick(tab.form.emotions.chips["hurt"], Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(ops.changed) as changed:
        tab.save_button.click()
    assert topics.PLANS in changed.args[0]  # the plan list refreshes too
    assert plan_of(ops, app_id).states[PlanStep.ACCEPT] == StepState.IN_PROGRESS
    assert tab.form.accept.offering()  # in progress, not done: only the person says done


def test_the_plans_rejection_is_the_one_chosen(tab: CheckInTab, ops: Ops) -> None:
    app_id = add_application(ops, "Northwind", "Designer", applied_on=None).id
    add_rejection(ops, app_id, dt.date(2024, 11, 2))
    later = add_rejection(ops, app_id, dt.date(2025, 3, 8)).id
    tab.show_application(app_id)
    assert tab.form.rejection.currentData() == later == plan_of(ops, app_id).rejection_event_id


def test_step_one_reopens_the_checkin_about_the_rejection(tab: CheckInTab, ops: Ops) -> None:
    app_id = add_application(ops, "Northwind", "Designer", applied_on=None).id
    rejection = add_rejection(ops, app_id, dt.date(2025, 3, 8)).id
    older = add_checkin(ops, emotions=(("anger", 8), ("hurt", 6)), application_id=app_id,
                        rejection_event_id=rejection, coping_method="walk")
    latest = add_checkin(ops, emotions=(("sadness", 7),), application_id=app_id,
                         rejection_event_id=rejection, coping_method="walk")
    add_checkin(ops, emotions=(("anger", 8), ("hurt", 6)), application_id=app_id,
                coping_method="walk")  # about the application, not this rejection
    assert older.felt_at == latest.felt_at  # same minute: the newer one still wins
    tab.show_application(app_id)
    tab.show_section("accept")
    assert tab.history.current_id() == latest.id
    assert tab.form.emotions.value() == (("sadness", 7),)
    # Back after coping: the question about how it feels now is where the cursor waits.
    assert tab.form.afterwards.isVisible()
    assert tab.focusWidget() is tab.form.afterwards.record


def test_step_one_starts_a_checkin_when_there_is_none(tab: CheckInTab, ops: Ops) -> None:
    app_id = add_application(ops, "Northwind", "Designer", applied_on=None).id
    rejection = add_rejection(ops, app_id, dt.date(2025, 3, 8)).id
    tab.show_application(app_id)
    tab.show_section("accept")
    assert tab.form.title.text() == "New check-in"
    value = tab.form.value()
    assert (value.application_id, value.rejection_event_id) == (app_id, rejection)
    assert ops.read(checkins.list_checkins) == []  # nothing written by looking


def test_step_one_never_drops_unsaved_words(qtbot, tab: CheckInTab, ops: Ops,
                                            answers) -> None:
    app_id = add_application(ops, "Northwind", "Designer", applied_on=None).id
    rejection = add_rejection(ops, app_id, dt.date(2025, 3, 8)).id
    add_checkin(ops, emotions=(("anger", 8), ("hurt", 6)), application_id=app_id,
                rejection_event_id=rejection, coping_method="walk")
    qtbot.keyClicks(tab.form.journal, "Half a thought")
    answers.unsaved = dialogs.Unsaved.CANCEL
    tab.show_application(app_id)
    tab.show_section("accept")
    assert tab.form.title.text() == "New check-in"
    assert tab.form.journal.toPlainText() == "Half a thought"
    assert tab.form.value().application_id is None


def next_tab_stop(widget: QWidget) -> QWidget:
    """Where Tab goes from ``widget``: the next widget in the chain that takes Tab focus."""
    nxt = widget.nextInFocusChain()
    while not (nxt.focusPolicy() & Qt.FocusPolicy.TabFocus and nxt.isVisibleTo(nxt.window())
               and nxt.isEnabled()):
        nxt = nxt.nextInFocusChain()
    return nxt


def test_tab_walks_from_the_step_to_the_form_and_through_afterwards(tab: CheckInTab,
                                                                    ops: Ops) -> None:
    app_id = add_application(ops, "Northwind", "Designer", applied_on=None).id
    rejection = add_rejection(ops, app_id, dt.date(2025, 3, 8)).id
    row = add_checkin(ops, emotions=(("anger", 8), ("hurt", 6)), application_id=app_id,
                      rejection_event_id=rejection, coping_method="other", coping_note="Bake bread")
    open_row(tab, row.id)
    box, after = tab.form.accept, tab.form.afterwards
    assert next_tab_stop(box.ready_button) is box.not_now_button
    assert next_tab_stop(box.not_now_button) is tab.form.when
    assert next_tab_stop(tab.form.own_way) is after.record
    after.record.click()
    assert next_tab_stop(after.record) is after.slider("anger")
    assert next_tab_stop(after.slider("anger")) is after.slider("hurt")
    assert next_tab_stop(after.slider("hurt")) is tab.form.overall.slider

