"""Step 4 of the bounce-back plan in the Review tab: the checklist over the real history with
the reflection prompts, findings turned into concrete steps, and the step marked finished."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from bounceback.db.enums import ActionSource, EventKind, Outcome, PlanStep, ReviewStage, StepState
from bounceback.services import actions, events, plans, review
from bounceback.services.events import EventInput
from bounceback.ui.common import dialogs, labels
from bounceback.ui.common import ops as topics
from bounceback.ui.review.models import ChecklistModel
from bounceback.ui.review.tab import ReviewTab
from tests.builders import add_application
from tests.ui.window_kit import tick

WENT_WELL, TO_IMPROVE, NOT_APPLICABLE, NOT_YET = range(4)
TYPOS = "Typos and details: were my resume, letters and messages error-free?"
PROOFREAD = "Ask a friend to proofread before sending"


@pytest.fixture
def messages(ops) -> list[str]:
    said: list[str] = []
    ops.message.connect(said.append)
    return said


def started(ops, tab: ReviewTab, **kw) -> int:
    app_id = add_application(ops, "Northwind", "Designer", applied_on=dt.date(2025, 2, 3), **kw).id
    tab.show_application(app_id)
    tab.empty.start_button.click()
    return app_id


def review_state(ops, app_id: int) -> StepState:
    plan = ops.read(plans.plan_for_application, app_id)
    assert plan is not None
    return plan.states[PlanStep.REVIEW]


def item_labelled(ops, app_id: int, label: str) -> review.ReviewItemRow:
    return next(i for i in ops.read(review.list_items, app_id) if i.text == label)


def click_item(qtbot, tab: ReviewTab, item_id: int) -> None:
    tree = tab.checklist.tree
    index = tab.checklist.model.index_of_id(item_id)
    tree.scrollTo(index)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton,
                     pos=tree.visualRect(index).center())


def group(tab: ReviewTab, stage_label: str) -> list[str]:
    """The items shown under one stage heading."""
    model = tab.checklist.model
    for g in range(model.rowCount()):
        parent = model.index(g, 0)
        if parent.data() == stage_label:
            return [model.index(r, 0, parent).data() for r in range(model.rowCount(parent))]
    raise AssertionError(f"no stage {stage_label!r}")


# --- the checklist over the real history -------------------------------------------------


def test_checklist_has_each_message_and_the_reflection_prompts(qtbot, tab, ops):
    app_id = add_application(ops, "Northwind", "Designer", applied_on=dt.date(2025, 2, 3)).id
    ops.write(None, events.add_event, app_id,
              EventInput(EventKind.RECRUITER_CONTACT, dt.date(2025, 1, 30),
                         "Sam asked if I was open to a chat"))
    tab.show_application(app_id)
    qtbot.mouseClick(tab.empty.start_button, Qt.MouseButton.LeftButton)

    first_contact = ("First contact with the recruiter on 30 Jan 2025: "
                     "Sam asked if I was open to a chat")
    assert group(tab, "Correspondence") == [
        "My messages were timely, clear and friendly", first_contact]
    reflections = group(tab, "Common reasons offers don't come")
    assert reflections == [label for label, _ in review.REFLECTIONS]
    assert len(reflections) == 7
    stored = ops.read(review.list_items, app_id)
    assert [i.stage for i in stored if i.text == first_contact] == [ReviewStage.CORRESPONDENCE]
    assert sum(i.stage == ReviewStage.REFLECTION for i in stored) == 7


def test_a_message_written_later_is_added_when_asked(qtbot, tab, ops):
    app_id = started(ops, tab)
    count = len(ops.read(review.list_items, app_id))
    ops.write(None, events.add_event, app_id,
              EventInput(EventKind.FOLLOW_UP, dt.date(2025, 3, 1), "Asked about next steps"))
    button = tab.checklist.interviews_button
    assert button.isVisible()
    assert button.text().replace("&", "") == "Add the new message or interview from the timeline"
    assert len(ops.read(review.list_items, app_id)) == count  # only when asked
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    label = "Follow-up on 1 Mar 2025: Asked about next steps"
    assert item_labelled(ops, app_id, label).stage == ReviewStage.CORRESPONDENCE
    assert tab.editor.label.text() == label
    assert group(tab, "Correspondence")[-1] == label


def test_reflection_prompts_are_shown_whole_in_the_editor(qtbot, tab, ops):
    app_id = started(ops, tab)
    click_item(qtbot, tab, item_labelled(ops, app_id, TYPOS).id)
    assert tab.editor.stage.text() == "Common reasons offers don't come"
    assert tab.editor.question.isVisible() and tab.editor.question.text() == TYPOS
    click_item(qtbot, tab, ops.read(review.list_items, app_id)[0].id)
    assert not tab.editor.question.isVisible()


def test_checklist_model_with_every_stage_passes_qtmodeltester(qtmodeltester, tab, ops):
    app_id = add_application(ops, "Northwind", "Designer", applied_on=dt.date(2025, 2, 3)).id
    for kind, day in ((EventKind.CORRESPONDENCE, 5), (EventKind.INTERVIEW, 9)):
        ops.write(None, events.add_event, app_id, EventInput(kind, dt.date(2025, 2, day)))
    tab.show_application(app_id)
    tab.start_review()
    model: ChecklistModel = tab.checklist.model
    assert model.rowCount() == 7  # applying … thank-you, reflections (one per stage)
    qtmodeltester.check(model)


# --- findings become concrete steps ------------------------------------------------------


def test_to_improve_offers_the_concrete_solution(qtbot, tab, ops):
    app_id = started(ops, tab)
    click_item(qtbot, tab, item_labelled(ops, app_id, TYPOS).id)
    area = tab.editor.action_area
    tab.editor.radios[TO_IMPROVE].click()
    assert area.isVisible()
    assert area.text.text() == PROOFREAD  # text to keep, not a grey placeholder
    assert area.text.selectedText() == PROOFREAD  # typing replaces it
    area.text.setFocus()
    qtbot.keyClicks(area.text, "Read it aloud before sending")
    assert area.text.text() == "Read it aloud before sending"


def test_the_offered_solution_becomes_an_action_from_the_review(qtbot, tab, ops):
    app_id = started(ops, tab)
    item = item_labelled(ops, app_id, TYPOS)
    click_item(qtbot, tab, item.id)
    tab.editor.radios[TO_IMPROVE].click()
    qtbot.mouseClick(tab.editor.action_area.add_button, Qt.MouseButton.LeftButton)

    [made] = ops.read(actions.list_actions, application_id=app_id)
    assert (made.text, made.source, made.review_item_id) == (
        PROOFREAD, ActionSource.REVIEW, item.id)
    assert item_labelled(ops, app_id, TYPOS).outcome == Outcome.TO_IMPROVE
    assert [tab.actions.proxy.index(r, 0).data()
            for r in range(tab.actions.proxy.rowCount())] == [PROOFREAD]
    # Made once: the field is empty again rather than offering a second copy.
    assert tab.editor.action_area.text.text() == ""


def test_the_offer_never_writes_over_your_words(qtbot, tab, ops):
    app_id = started(ops, tab)
    click_item(qtbot, tab, item_labelled(ops, app_id, TYPOS).id)
    area = tab.editor.action_area
    tab.editor.radios[TO_IMPROVE].click()
    area.text.clear()
    qtbot.keyClicks(area.text, "Spell-check the thank-you note")
    tab.editor.radios[WENT_WELL].click()
    tab.editor.radios[TO_IMPROVE].click()
    assert area.text.text() == "Spell-check the thank-you note"


def test_reopening_a_finding_offers_the_solution_until_a_step_is_taken(qtbot, tab, ops):
    app_id = started(ops, tab)
    typos = item_labelled(ops, app_id, TYPOS)
    first = ops.read(review.list_items, app_id)[0]
    ops.write(None, review.assess, typos.id, Outcome.TO_IMPROVE, "")
    click_item(qtbot, tab, typos.id)
    assert tab.editor.action_area.text.text() == PROOFREAD
    ops.write(None, review.make_action, typos.id, "Use a spell checker")
    click_item(qtbot, tab, first.id)
    click_item(qtbot, tab, typos.id)
    assert tab.editor.action_area.text.text() == ""


def test_items_from_your_history_keep_a_prompt_that_suits_them(qtbot, tab, ops):
    app_id = started(ops, tab)
    resume = item_labelled(ops, app_id, "My resume fit this role and had no typos")
    click_item(qtbot, tab, resume.id)
    tab.editor.radios[TO_IMPROVE].click()
    area = tab.editor.action_area
    assert area.text.text() == ""
    assert area.text.placeholderText() == (
        "What will you do next time? e.g. ask a friend to proofread my resume")


def test_a_finding_without_a_step_is_saved_with_a_gentle_reminder(qtbot, tab, ops, answers,
                                                                  messages):
    app_id = started(ops, tab)
    resume = item_labelled(ops, app_id, "My resume fit this role and had no typos")
    click_item(qtbot, tab, resume.id)
    tab.editor.radios[TO_IMPROVE].click()
    qtbot.keyClicks(tab.editor.note, "Too many tools, too few outcomes")
    qtbot.mouseClick(tab.editor.save_button, Qt.MouseButton.LeftButton)

    saved = item_labelled(ops, app_id, resume.label)
    assert (saved.outcome, saved.note) == (Outcome.TO_IMPROVE, "Too many tools, too few outcomes")
    assert messages[-1] == "Saved. When you're ready, turn it into one small step."
    nudge = tab.editor.action_area.nudge
    assert nudge.isVisible() and "Whenever you're ready" in nudge.text()
    assert answers.warnings == [] and answers.asked == []  # a reminder, not a question
    assert not tab.has_unsaved_changes()
    # Once a step exists, saving says no more than "Saved."
    qtbot.keyClicks(tab.editor.action_area.text, "Rewrite three bullets around results")
    tab.editor.action_area.add_button.click()
    assert not nudge.isVisible()
    qtbot.keyClicks(tab.editor.note, ".")
    tab.editor.save_button.click()
    assert messages[-1] == "Saved."
    assert not nudge.isVisible()


# --- the plan's step 4 -------------------------------------------------------------------


def test_starting_the_review_begins_step_four(qtbot, tab, ops):
    app_id = add_application(ops, "Northwind", "Designer", applied_on=dt.date(2025, 2, 3),
                             rejected_on=dt.date(2025, 3, 20)).id
    tab.show_application(app_id)
    assert review_state(ops, app_id) == StepState.NOT_STARTED
    assert not tab.step_bar.isVisible()  # before the review starts, nothing to finish
    with qtbot.waitSignal(ops.changed) as changed:
        tab.empty.start_button.click()
    assert topics.PLANS in changed.args[0]
    assert review_state(ops, app_id) == StepState.IN_PROGRESS
    assert tab.step_bar.finish_button.isVisible()


def test_review_finished_closes_step_four(qtbot, tab, ops, messages):
    app_id = started(ops, tab, rejected_on=dt.date(2025, 3, 20))
    qtbot.mouseClick(tab.step_bar.finish_button, Qt.MouseButton.LeftButton)
    assert review_state(ops, app_id) == StepState.DONE
    assert not tab.step_bar.isVisible()
    assert messages[-1] == "Step 4 is done. What you carry forward is in your actions."
    details = [labels.event_text(e.said, e.details) for e in ops.read(events.list_events, app_id)
               if e.kind == EventKind.PLAN_STEP]
    assert details == ["Review the process: done"]


def test_review_finished_asks_about_unsaved_edits_first(qtbot, tab, ops, answers):
    app_id = started(ops, tab, rejected_on=dt.date(2025, 3, 20))
    qtbot.keyClicks(tab.editor.note, "Half a thought")
    answers.unsaved = dialogs.Unsaved.CANCEL
    tab.step_bar.finish_button.click()
    assert answers.asked == ["unsaved: this checklist item"]
    assert review_state(ops, app_id) == StepState.IN_PROGRESS
    assert tab.editor.note.toPlainText() == "Half a thought"
    answers.unsaved = dialogs.Unsaved.SAVE
    tab.step_bar.finish_button.click()
    assert review_state(ops, app_id) == StepState.DONE
    assert ops.read(review.list_items, app_id)[0].note == "Half a thought"


def test_no_finish_button_without_an_open_step(tab, ops):
    started(ops, tab)  # never rejected: no plan
    assert not tab.step_bar.isVisible()
    app_id = started(ops, tab, rejected_on=dt.date(2025, 3, 20))
    assert tab.step_bar.isVisible()
    plan = ops.read(plans.plan_for_application, app_id)
    ops.write(None, plans.set_dismissed, plan.id, True)
    assert not tab.step_bar.isVisible()
    ops.write(None, plans.set_dismissed, plan.id, False)
    ops.write(None, plans.set_step, plan.id, PlanStep.REVIEW, StepState.SKIPPED)
    assert not tab.step_bar.isVisible()


def test_step_four_lands_on_the_start_button(tab, ops):
    app_id = add_application(ops, "Northwind", "Designer", applied_on=dt.date(2025, 2, 3),
                             rejected_on=dt.date(2025, 3, 20)).id
    tab.show_application(app_id)
    tab.show_section("review")
    assert tab.focusWidget() is tab.empty.start_button
    assert ops.read(review.list_items, app_id) == []  # landing there writes nothing


def test_step_four_lands_on_the_first_item_not_yet_looked_at(tab, ops):
    app_id = started(ops, tab, rejected_on=dt.date(2025, 3, 20))
    first, second, third = ops.read(review.list_items, app_id)[:3]
    for item in (first, second):
        ops.write(None, review.assess, item.id, Outcome.WENT_WELL, "")
    tab.show_section("review")
    assert tab.editor.item_id() == third.id
    assert tab.checklist.current_item().id == third.id
    assert tab.focusWidget() is tab.checklist.tree



def test_once_everything_is_looked_at_step_4_offers_to_finish_itself_here(tab, qtbot, ops):
    app_id = started(ops, tab, rejected_on=dt.date(2025, 3, 20))
    items = ops.read(review.list_items, app_id)
    assert tab.plan_offer.isHidden()
    for item in items[:-1]:  # all but one, through the service, as if done earlier
        ops.write(None, review.update_item, item.id,
                  review.ReviewItemInput(label=item.label, outcome=Outcome.NOT_APPLICABLE))
    tab.select_item(items[-1].id)
    assert tab.plan_offer.isHidden()  # one still to look at
    tick(qtbot, tab.editor.radios[WENT_WELL])
    qtbot.mouseClick(tab.editor.save_button, Qt.MouseButton.LeftButton)
    assert not tab.plan_offer.isHidden()
    assert "Every item is looked at" in tab.plan_offer.text.text()
    qtbot.mouseClick(tab.plan_offer.action_button, Qt.MouseButton.LeftButton)
    plan = ops.read(plans.plan_for_application, app_id)
    assert plan.states[PlanStep.REVIEW] == StepState.DONE
    # The click can be taken back, right there.
    qtbot.mouseClick(tab.plan_offer.action_button, Qt.MouseButton.LeftButton)
    plan = ops.read(plans.plan_for_application, app_id)
    assert plan.states[PlanStep.REVIEW] != StepState.DONE
