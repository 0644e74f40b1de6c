"""The plan closes its own loop: what each step asks for, read from the store (issue 15).

Each rule is shown to hold when everything is there and not to hold when one piece is missing,
so the offer "mark this step done?" never comes too early.
"""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy.orm import Session

from bounceback.db.enums import EventKind, Outcome, PlanStep, StepState
from bounceback.services import (
    actions,
    applications,
    checkins,
    contacts,
    events,
    feedback,
    plans,
    review,
)
from bounceback.services.event_words import english
from bounceback.services.plans import Shelf
from tests.builders import add_contact
from tests.services.conftest import MakeApp

NO_DAY = dt.date(2026, 5, 10)


def _rejected(session: Session, make_app: MakeApp, company: str = "Northwind") -> int:
    return make_app(company, applied_on=dt.date(2026, 4, 1), rejected_on=NO_DAY).id


def _plan(session: Session, app_id: int) -> plans.PlanRow:
    plan = plans.plan_for_application(session, app_id)
    assert plan is not None
    return plan


def _met(session: Session, app_id: int, step: PlanStep) -> bool:
    return plans.evidence(session, _plan(session, app_id)).met(step)


# --- step 2: everyone you met is thanked ------------------------------------------------------

def test_thanking_the_only_person_meets_step_two(session: Session, make_app: MakeApp) -> None:
    app_id = _rejected(session, make_app)
    dana = add_contact(session, app_id, "Dana Reyes")
    assert not _met(session, app_id, PlanStep.CONNECT)
    assert plans.ready_to_finish(session, app_id, PlanStep.CONNECT) is None
    contacts.mark_thanked(session, app_id, dana.id, NO_DAY + dt.timedelta(days=1))
    # LinkedIn is "a good moment", never an ask: not connecting doesn't hold the step back.
    assert _met(session, app_id, PlanStep.CONNECT)
    ready = plans.ready_to_finish(session, app_id, PlanStep.CONNECT)
    assert ready is not None and ready.states[PlanStep.CONNECT] == StepState.IN_PROGRESS


def test_step_two_waits_for_everyone(session: Session, make_app: MakeApp) -> None:
    app_id = _rejected(session, make_app)
    dana = add_contact(session, app_id, "Dana Reyes")
    add_contact(session, app_id, "Sam Lee")
    contacts.mark_thanked(session, app_id, dana.id, NO_DAY)
    found = plans.evidence(session, _plan(session, app_id))
    assert found.people == ("Dana Reyes", "Sam Lee")
    assert found.to_thank == ("Sam Lee",)
    assert not found.met(PlanStep.CONNECT)


def test_a_thank_you_before_the_no_is_another_note(session: Session, make_app: MakeApp) -> None:
    app_id = _rejected(session, make_app)
    dana = add_contact(session, app_id, "Dana Reyes")
    contacts.mark_thanked(session, app_id, dana.id, NO_DAY - dt.timedelta(days=3))
    assert not _met(session, app_id, PlanStep.CONNECT)
    people = contacts.list_for_application(session, app_id)
    assert [p.name for p in plans.still_to_thank(people, NO_DAY)] == ["Dana Reyes"]
    # Without a day for the "no", any thank-you counts.
    assert plans.still_to_thank(people, None) == []


def test_no_people_means_nothing_to_offer(session: Session, make_app: MakeApp) -> None:
    app_id = _rejected(session, make_app)
    assert not _met(session, app_id, PlanStep.CONNECT)


# --- step 3: an answer, a lesson and an action item -------------------------------------------

def _answered(session: Session, app_id: int, lesson: str = "") -> feedback.FeedbackRow:
    return feedback.create_feedback(session, app_id, feedback.FeedbackInput(
        asked_whom="Sam", asked_on=NO_DAY, answer_text="More leadership, please",
        answered_on=NO_DAY, lesson=lesson))


def test_answer_lesson_and_action_meet_step_three(session: Session, make_app: MakeApp) -> None:
    app_id = _rejected(session, make_app)
    note = _answered(session, app_id)
    assert not _met(session, app_id, PlanStep.FEEDBACK)  # an answer alone
    note = feedback.update_feedback(session, note.id, feedback.FeedbackInput(
        **{**note.as_input().__dict__, "lesson": "Lead with leadership"}))
    assert not _met(session, app_id, PlanStep.FEEDBACK)  # no action item yet
    actions.create_action(session, actions.ActionInput(
        text="Rephrase two resume bullets", application_id=app_id, feedback_id=note.id))
    assert _met(session, app_id, PlanStep.FEEDBACK)
    assert plans.ready_to_finish(session, app_id, PlanStep.FEEDBACK) is not None


def test_an_action_without_a_lesson_is_not_enough(session: Session, make_app: MakeApp) -> None:
    app_id = _rejected(session, make_app)
    note = _answered(session, app_id)
    actions.create_action(session, actions.ActionInput(
        text="Practise", application_id=app_id, feedback_id=note.id))
    found = plans.evidence(session, _plan(session, app_id))
    assert (found.answers, found.used_answers) == (1, 0)


def test_an_unanswered_request_is_not_enough(session: Session, make_app: MakeApp) -> None:
    app_id = _rejected(session, make_app)
    note = feedback.create_feedback(session, app_id, feedback.FeedbackInput(
        asked_whom="Sam", asked_on=NO_DAY, lesson="Ask sooner"))
    actions.create_action(session, actions.ActionInput(
        text="Practise", application_id=app_id, feedback_id=note.id))
    assert not _met(session, app_id, PlanStep.FEEDBACK)


# --- step 1: a check-in about this "no" with a way to cope ------------------------------------

def _checkin(session: Session, app_id: int, when: dt.datetime, coping: str = "call_friend",
             **kw: object) -> None:
    checkins.create_checkin(session, checkins.CheckInInput(
        felt_at=when, emotions=(("regret", 6),), coping_method=coping, application_id=app_id,
        **kw))  # type: ignore[arg-type]


def test_a_check_in_with_a_way_to_cope_meets_step_one(
    session: Session, make_app: MakeApp
) -> None:
    app_id = _rejected(session, make_app)
    _checkin(session, app_id, dt.datetime(2026, 5, 10, 21), coping="")
    assert not _met(session, app_id, PlanStep.ACCEPT)  # felt, but no way to cope picked
    _checkin(session, app_id, dt.datetime(2026, 5, 11, 9))
    assert _met(session, app_id, PlanStep.ACCEPT)


def test_a_check_in_from_before_the_no_is_about_something_else(
    session: Session, make_app: MakeApp
) -> None:
    app_id = _rejected(session, make_app)
    _checkin(session, app_id, dt.datetime(2026, 5, 2, 9))
    assert not _met(session, app_id, PlanStep.ACCEPT)
    # Tied to the rejection itself, the day doesn't matter.
    plan = _plan(session, app_id)
    _checkin(session, app_id, dt.datetime(2026, 5, 3, 9),
             rejection_event_id=plan.rejection_event_id)
    assert _met(session, app_id, PlanStep.ACCEPT)


# --- step 4: every item looked at, each finding with a next step -----------------------------

def test_a_finished_checklist_with_steps_meets_step_four(
    session: Session, make_app: MakeApp
) -> None:
    app_id = _rejected(session, make_app)
    assert not _met(session, app_id, PlanStep.REVIEW)  # no checklist yet
    items = review.ensure_checklist(session, app_id)
    for item in items[1:]:
        review.assess(session, item.id, Outcome.WENT_WELL)
    assert not _met(session, app_id, PlanStep.REVIEW)  # one left to look at
    review.assess(session, items[0].id, Outcome.TO_IMPROVE)
    found = plans.evidence(session, _plan(session, app_id))
    assert (found.reviewed, found.review_items, found.improvements_without_step) == (
        len(items), len(items), 1)
    assert not found.met(PlanStep.REVIEW)
    review.make_action(session, items[0].id, "Ask a friend to proofread")
    assert _met(session, app_id, PlanStep.REVIEW)


# --- finishing, undoing, and where finished plans go ----------------------------------------

def test_a_finished_or_put_away_step_is_not_offered(session: Session, make_app: MakeApp) -> None:
    app_id = _rejected(session, make_app)
    dana = add_contact(session, app_id, "Dana Reyes")
    contacts.mark_thanked(session, app_id, dana.id, NO_DAY)
    plan = _plan(session, app_id)
    assert plans.ready_steps(plan, plans.evidence(session, plan)) == {PlanStep.CONNECT}
    plans.set_step(session, plan.id, PlanStep.CONNECT, StepState.DONE, today=NO_DAY)
    assert plans.ready_to_finish(session, app_id, PlanStep.CONNECT) is None
    plans.set_step(session, plan.id, PlanStep.CONNECT, StepState.IN_PROGRESS)
    plans.set_dismissed(session, plan.id, True)
    assert plans.ready_to_finish(session, app_id, PlanStep.CONNECT) is None


def test_undoing_a_step_takes_its_note_off_the_timeline(
    session: Session, make_app: MakeApp
) -> None:
    app_id = _rejected(session, make_app)
    plan = _plan(session, app_id)
    plans.set_step(session, plan.id, PlanStep.FEEDBACK, StepState.DONE, today=NO_DAY)
    found = plans.evidence(session, _plan(session, app_id))
    assert found.done_on == {PlanStep.FEEDBACK: NO_DAY}
    plans.set_step(session, plan.id, PlanStep.FEEDBACK, StepState.IN_PROGRESS)

    def notes() -> list[str]:
        return [english(e.said, e.details) for e in events.list_events(session, app_id)
                if e.kind == EventKind.PLAN_STEP]

    assert notes() == []
    plans.set_step(session, plan.id, PlanStep.FEEDBACK, StepState.DONE, today=NO_DAY)
    assert notes() == ["Ask for feedback: done"]


def test_plans_sit_on_one_shelf_each(session: Session, make_app: MakeApp) -> None:
    done_id = _rejected(session, make_app, "Done Co")
    away_id = _rejected(session, make_app, "Away Co")
    open_id = _rejected(session, make_app, "Open Co")
    finished = _plan(session, done_id)
    for step in plans.STEPS:
        finished = plans.set_step(session, finished.id, step, StepState.DONE)
    plans.set_dismissed(session, _plan(session, away_id).id, True)
    # Put away after it was finished, it is still found among the finished ones.
    plans.set_dismissed(session, finished.id, True)

    def names(shelf: Shelf) -> list[str]:
        return [p.company for p in plans.list_plans(session, shelf=shelf)]

    assert names(Shelf.OPEN) == ["Open Co"]
    assert names(Shelf.FINISHED) == ["Done Co"]
    assert names(Shelf.PUT_AWAY) == ["Away Co"]
    assert plans.shelf_counts(session) == {Shelf.OPEN: 1, Shelf.FINISHED: 1, Shelf.PUT_AWAY: 1}
    assert _plan(session, open_id).shelf == Shelf.OPEN


@pytest.mark.parametrize("archived_step_state", [StepState.NOT_STARTED, StepState.DONE])
def test_an_archived_application_puts_its_open_plan_away(
    session: Session, make_app: MakeApp, archived_step_state: StepState
) -> None:
    app_id = _rejected(session, make_app)
    plan = _plan(session, app_id)
    for step in plans.STEPS:
        plans.set_step(session, plan.id, step, archived_step_state)
    applications.set_archived(session, app_id, True)
    expected = Shelf.FINISHED if archived_step_state == StepState.DONE else Shelf.PUT_AWAY
    assert _plan(session, app_id).shelf == expected
