"""A feedback request's way through asked → answered / no answer, as the Feedback tab walks it:
the status a note gets, the events on the timeline, the plan's feedback step, and the request
kept as a letter (subject and message)."""

from __future__ import annotations

import datetime as dt

import pytest

from bounceback.db.enums import EventKind, FeedbackStatus, PlanStep, StepState
from bounceback.services import applications, events, feedback, plans
from bounceback.services.applications import ApplicationInput
from bounceback.services.events import EventInput
from bounceback.services.feedback import FeedbackInput
from bounceback.services.letters import Letter


@pytest.fixture
def app_id(session) -> int:
    return applications.create_application(
        session, ApplicationInput(company="Northwind", role="Designer",
                                  applied_on=dt.date(2025, 3, 1))).id


def kinds(session, app_id: int) -> list[EventKind]:
    return [e.kind for e in events.list_events(session, app_id)]


@pytest.mark.parametrize(("data", "status"), [
    (FeedbackInput(asked_whom="Sam"), FeedbackStatus.DRAFT),
    (FeedbackInput(asked_whom="Sam", asked_on=dt.date(2025, 4, 1)), FeedbackStatus.ASKED),
    (FeedbackInput(asked_whom="Sam", answer_text="  Kind words "), FeedbackStatus.ANSWERED),
    (FeedbackInput(asked_whom="Sam", asked_on=dt.date(2025, 4, 1),
                   answered_on=dt.date(2025, 4, 3)), FeedbackStatus.ANSWERED),
    (FeedbackInput(asked_whom="Sam", asked_on=dt.date(2025, 4, 1),
                   status=FeedbackStatus.NO_ANSWER), FeedbackStatus.NO_ANSWER),
])
def test_status_of_agrees_with_what_saving_gives(session, app_id, data, status):
    assert feedback.status_of(data) == status
    assert feedback.create_feedback(session, app_id, data).status == status


def test_the_request_keeps_its_subject_and_message(session, app_id):
    letter = Letter("A quick question about the Designer role", "Hi Sam,\n\nWhat could I improve?")
    text = feedback.request_text(letter)
    assert text == ("Subject: A quick question about the Designer role\n\n"
                    "Hi Sam,\n\nWhat could I improve?")
    note = feedback.create_feedback(session, app_id, FeedbackInput(asked_whom="Sam",
                                                                   request_text=text))
    assert feedback.request_letter(note.request_text) == letter


@pytest.mark.parametrize("text", [
    "What could I improve?",  # a request from before letters: the message alone
    "Subject: Thanks\n\nHi",
    "Subject: Only a subject",
    "Subject: not a subject line\nbecause no blank line follows",
    "",
])
def test_stored_requests_come_back_unchanged(text):
    assert feedback.request_text(feedback.request_letter(text)) == text


def test_an_old_request_is_all_message():
    assert feedback.request_letter("Thanks!\nWhat could I improve?") == Letter(
        "", "Thanks!\nWhat could I improve?")


def test_asked_then_answered_writes_each_moment_once(session, app_id):
    note = feedback.create_feedback(session, app_id, FeedbackInput(asked_whom="Sam"))
    assert EventKind.FEEDBACK_REQUESTED not in kinds(session, app_id)
    asked = FeedbackInput(asked_whom="Sam", asked_on=dt.date(2025, 4, 1))
    assert feedback.update_feedback(session, note.id, asked).status == FeedbackStatus.ASKED
    feedback.update_feedback(session, note.id, asked)  # saving again adds nothing
    answered = FeedbackInput(asked_whom="Sam", asked_on=dt.date(2025, 4, 1),
                             answered_on=dt.date(2025, 4, 5))
    assert feedback.update_feedback(session, note.id, answered).status == FeedbackStatus.ANSWERED
    history = [e for e in events.list_events(session, app_id)
               if e.kind in (EventKind.FEEDBACK_REQUESTED, EventKind.FEEDBACK_RECEIVED)]
    assert [(e.kind, e.occurred_on) for e in history] == [
        (EventKind.FEEDBACK_REQUESTED, dt.date(2025, 4, 1)),
        (EventKind.FEEDBACK_RECEIVED, dt.date(2025, 4, 5)),
    ]


def test_a_late_answer_after_no_answer_is_still_received(session, app_id):
    note = feedback.create_feedback(session, app_id, FeedbackInput(
        asked_whom="Sam", asked_on=dt.date(2025, 4, 1)))
    silent = feedback.update_feedback(session, note.id, FeedbackInput(
        asked_whom="Sam", asked_on=dt.date(2025, 4, 1), status=FeedbackStatus.NO_ANSWER,
        follow_up_on=dt.date(2025, 4, 15)))
    assert (silent.status, silent.follow_up_on) == (FeedbackStatus.NO_ANSWER, dt.date(2025, 4, 15))
    assert silent.as_input().status == FeedbackStatus.NO_ANSWER
    late = feedback.update_feedback(session, note.id, FeedbackInput(
        asked_whom="Sam", asked_on=dt.date(2025, 4, 1), answered_on=dt.date(2025, 4, 20)))
    assert late.status == FeedbackStatus.ANSWERED
    assert kinds(session, app_id).count(EventKind.FEEDBACK_REQUESTED) == 1
    assert kinds(session, app_id).count(EventKind.FEEDBACK_RECEIVED) == 1


def reject(session, app_id: int) -> None:
    events.add_event(session, app_id, EventInput(EventKind.REJECTION, dt.date(2025, 4, 1)))


def feedback_step(session, app_id: int) -> StepState:
    plan = plans.plan_for_application(session, app_id)
    assert plan is not None
    return plan.states[PlanStep.FEEDBACK]


def test_asking_on_a_note_written_before_the_rejection_moves_the_plan(session, app_id):
    note = feedback.create_feedback(session, app_id, FeedbackInput(asked_whom="Sam"))
    reject(session, app_id)
    assert feedback_step(session, app_id) == StepState.NOT_STARTED
    feedback.update_feedback(session, note.id, FeedbackInput(asked_whom="Sam (recruiter)"))
    assert feedback_step(session, app_id) == StepState.NOT_STARTED  # only words changed
    feedback.update_feedback(session, note.id, FeedbackInput(
        asked_whom="Sam", asked_on=dt.date(2025, 4, 2)))
    assert feedback_step(session, app_id) == StepState.IN_PROGRESS


def test_no_answer_moves_the_plan_too(session, app_id):
    note = feedback.create_feedback(session, app_id, FeedbackInput(
        asked_whom="Sam", asked_on=dt.date(2025, 3, 20)))
    reject(session, app_id)
    feedback.mark_no_answer(session, note.id, dt.date(2025, 4, 10))
    assert feedback_step(session, app_id) == StepState.IN_PROGRESS


def test_a_finished_step_stays_finished(session, app_id):
    reject(session, app_id)
    plan = plans.plan_for_application(session, app_id)
    plans.set_step(session, plan.id, PlanStep.FEEDBACK, StepState.DONE)
    note = feedback.create_feedback(session, app_id, FeedbackInput(asked_whom="Sam"))
    feedback.update_feedback(session, note.id, FeedbackInput(
        asked_whom="Sam", asked_on=dt.date(2025, 4, 2)))
    assert feedback_step(session, app_id) == StepState.DONE
