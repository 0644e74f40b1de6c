"""Bounce-back plans: offered on every rejection, moved along by the work, never nagging."""

from __future__ import annotations

import datetime as dt

import pytest

from bounceback.db.enums import (
    Channel,
    EventKind,
    FeedbackStatus,
    PlanStep,
    StepState,
)
from bounceback.db.enums import Status as St
from bounceback.services import applications, checkins, contacts, events, feedback, plans
from bounceback.services.errors import NotFoundError
from bounceback.services.event_words import english
from bounceback.services.events import EventInput
from tests.builders import add_application

DAY = dt.date(2026, 5, 1)


def test_no_plan_without_a_rejection(session):
    app = add_application(session, "Acme", "Designer", applied_on=DAY)
    assert plans.plan_for_application(session, app.id) is None
    assert plans.list_plans(session) == []


def test_status_change_to_rejected_offers_a_plan(session):
    app = add_application(session, "Acme", "Designer", applied_on=DAY)
    applications.set_status(session, app.id, St.REJECTED, on=DAY)
    plan = plans.plan_for_application(session, app.id)
    assert plan is not None
    assert plan.rejected_on == DAY
    assert set(plan.states.values()) == {StepState.NOT_STARTED}
    assert plan.next_step() is PlanStep.ACCEPT
    assert [p.id for p in plans.list_plans(session)] == [plan.id]


def test_rejection_event_offers_a_plan_once(session):
    app = add_application(session, "Acme", "Designer", applied_on=DAY)
    ev = events.add_event(session, app.id, EventInput(EventKind.REJECTION, DAY))
    events.update_event(session, ev.id, EventInput(EventKind.REJECTION, DAY, "edited"))
    assert len(plans.list_plans(session, open_only=False)) == 1


def test_created_already_rejected_offers_a_plan(session):
    app = add_application(session, "Acme", "Designer", applied_on=DAY, status=St.REJECTED)
    assert plans.plan_for_application(session, app.id) is not None


def test_steps_finish_and_the_plan_leaves_the_open_list(session):
    app = add_application(session, "Acme", "Designer", applied_on=DAY)
    applications.set_status(session, app.id, St.REJECTED, on=DAY)
    plan = plans.plan_for_application(session, app.id)
    for step in (PlanStep.ACCEPT, PlanStep.CONNECT, PlanStep.FEEDBACK):
        plan = plans.set_step(session, plan.id, step, StepState.DONE)
    assert plan.finished_count == 3 and plan.is_open
    plan = plans.set_step(session, plan.id, PlanStep.REVIEW, StepState.SKIPPED)
    assert plan.complete and not plan.is_open
    assert plans.list_plans(session) == []
    assert [p.id for p in plans.list_plans(session, open_only=False)] == [plan.id]


def test_dismissed_and_archived_plans_are_out_of_sight(session):
    a = add_application(session, "A", "Designer", applied_on=DAY)
    b = add_application(session, "B", "Designer", applied_on=DAY)
    for app in (a, b):
        applications.set_status(session, app.id, St.REJECTED, on=DAY)
    plans.set_dismissed(session, plans.plan_for_application(session, a.id).id, True)
    applications.set_archived(session, b.id, True)
    assert plans.list_plans(session) == []
    restored = plans.set_dismissed(session, plans.plan_for_application(session, a.id).id, False)
    assert [p.id for p in plans.list_plans(session)] == [restored.id]


def test_work_elsewhere_marks_steps_in_progress(session):
    app = add_application(session, "Acme", "Designer", applied_on=DAY)
    applications.set_status(session, app.id, St.REJECTED, on=DAY)
    checkins.create_checkin(session, checkins.CheckInInput(
        felt_at=dt.datetime(2026, 5, 1, 20), emotions=(("regret", 5),), application_id=app.id))
    person = contacts.add_to_application(
        session, app.id, contacts.ContactInput(name="Dana"), contacts.ContactRole.INTERVIEWER)
    contacts.mark_thanked(session, app.id, person.id, DAY)
    feedback.create_feedback(session, app.id, feedback.FeedbackInput(
        asked_whom="Sam", asked_on=DAY, channel=Channel.EMAIL))
    states = plans.plan_for_application(session, app.id).states
    assert states[PlanStep.ACCEPT] == StepState.IN_PROGRESS
    assert states[PlanStep.CONNECT] == StepState.IN_PROGRESS
    assert states[PlanStep.FEEDBACK] == StepState.IN_PROGRESS
    assert states[PlanStep.REVIEW] == StepState.NOT_STARTED


def test_touch_never_undoes_a_finished_step(session):
    app = add_application(session, "Acme", "Designer", applied_on=DAY)
    applications.set_status(session, app.id, St.REJECTED, on=DAY)
    plan = plans.plan_for_application(session, app.id)
    plans.set_step(session, plan.id, PlanStep.ACCEPT, StepState.DONE)
    plans.touch(session, app.id, PlanStep.ACCEPT)
    assert plans.get_plan(session, plan.id).states[PlanStep.ACCEPT] == StepState.DONE


def test_feedback_status_writes_the_timeline(session):
    app = add_application(session, "Acme", "Designer", applied_on=DAY)
    note = feedback.create_feedback(session, app.id, feedback.FeedbackInput(asked_whom="Sam"))
    assert note.status == FeedbackStatus.DRAFT
    asked = feedback.update_feedback(session, note.id, feedback.FeedbackInput(
        asked_whom="Sam", asked_on=DAY))
    assert asked.status == FeedbackStatus.ASKED
    answered = feedback.update_feedback(session, note.id, feedback.FeedbackInput(
        asked_whom="Sam", asked_on=DAY, answer_text="More leadership", answered_on=DAY))
    assert answered.status == FeedbackStatus.ANSWERED
    kinds = [e.kind for e in events.list_events(session, app.id)]
    assert kinds.count(EventKind.FEEDBACK_REQUESTED) == 1
    assert kinds.count(EventKind.FEEDBACK_RECEIVED) == 1


def test_no_answer_keeps_a_follow_up_date(session):
    app = add_application(session, "Acme", "Designer", applied_on=DAY)
    note = feedback.create_feedback(session, app.id, feedback.FeedbackInput(
        asked_whom="Sam", asked_on=DAY))
    row = feedback.mark_no_answer(session, note.id, DAY + dt.timedelta(days=10))
    assert (row.status, row.follow_up_on) == (FeedbackStatus.NO_ANSWER, dt.date(2026, 5, 11))
    # Editing the note again keeps "no answer" (it is a choice, not derived).
    again = feedback.update_feedback(session, note.id, row.as_input())
    assert again.status == FeedbackStatus.NO_ANSWER


def test_thanked_on_and_follow_up(session):
    app = add_application(session, "Acme", "Designer", applied_on=DAY)
    person = contacts.add_to_application(
        session, app.id, contacts.ContactInput(name="Dana"), contacts.ContactRole.RECRUITER)
    row = contacts.mark_thanked(session, app.id, person.id, DAY)
    assert row.thanked_on == DAY
    ev = [e for e in events.list_events(session, app.id) if e.kind == EventKind.THANK_YOU_SENT]
    assert [(e.contact_id, e.occurred_on) for e in ev] == [(person.id, DAY)]
    followed = contacts.set_follow_up(session, person.id, connected=True,
                                      stay_in_touch_on=dt.date(2026, 8, 1))
    assert followed.linkedin_connected and followed.stay_in_touch_on == dt.date(2026, 8, 1)
    assert [r.name for r in contacts.recruiters_for(session, app.id)] == ["Dana"]


def test_missing_plan_is_reported(session):
    with pytest.raises(NotFoundError):
        plans.set_step(session, 999, PlanStep.ACCEPT, StepState.DONE)


def test_a_finished_step_is_noted_on_the_timeline_once(session):
    app = add_application(session, "Acme", "Designer", applied_on=DAY)
    applications.set_status(session, app.id, St.REJECTED, on=DAY)
    plan = plans.plan_for_application(session, app.id)
    plans.set_step(session, plan.id, PlanStep.CONNECT, StepState.DONE, today=DAY)
    plans.set_step(session, plan.id, PlanStep.CONNECT, StepState.DONE, today=DAY)
    plans.set_step(session, plan.id, PlanStep.REVIEW, StepState.SKIPPED, today=DAY)
    notes = [e for e in events.list_events(session, app.id) if e.kind == EventKind.PLAN_STEP]
    # Kept as the step, worded when shown (in English here).
    assert [(e.occurred_on, e.said, e.details) for e in notes] == [(DAY, "step_done", "connect")]
    assert english(notes[0].said, notes[0].details) == "Be gracious and stay connected: done"


def test_the_applications_with_a_plan_under_way(session) -> None:
    import datetime as dt

    from bounceback.db.enums import PlanStep, StepState
    from bounceback.services import plans
    from tests.builders import add_application

    day = dt.date(2025, 3, 1)
    under_way = add_application(session, "Acme", rejected_on=day).id
    finished = add_application(session, "Globex", rejected_on=day).id
    put_away = add_application(session, "Initech", rejected_on=day).id
    add_application(session, "Hooli")  # no "no", no plan
    by_app = {p.application_id: p for p in plans.list_plans(session, open_only=False)}
    for step in PlanStep:
        plans.set_step(session, by_app[finished].id, step, StepState.SKIPPED)
    plans.set_dismissed(session, by_app[put_away].id, True)
    assert plans.open_plan_application_ids(session) == frozenset({under_way})


def test_the_store_sorts_plans_onto_the_shelves_their_rows_name(session):
    """The shelves are sorted in SQL (only the listed shelf's rows are made); each plan must
    land where PlanRow.shelf says, for every mix of steps, putting away and archiving."""
    import itertools

    states = (StepState.NOT_STARTED, StepState.IN_PROGRESS, StepState.DONE, StepState.SKIPPED)
    mixes = list(itertools.product(states, repeat=4))[::9]  # 29 of the 256, every kind
    mixes += [(StepState.DONE,) * 4, (StepState.SKIPPED, StepState.DONE) * 2]
    for n, mix in enumerate(mixes):
        for dismissed, archived in ((False, False), (True, False), (False, True)):
            app = add_application(session, f"Company {n} {dismissed} {archived}", "Role",
                                  applied_on=DAY)
            applications.set_status(session, app.id, St.REJECTED, on=DAY)
            plan = plans.plan_for_application(session, app.id)
            for step, state in zip(plans.STEPS, mix, strict=True):
                if state != StepState.NOT_STARTED:
                    plans.set_step(session, plan.id, step, state)
            if dismissed:
                plans.set_dismissed(session, plan.id, True)
            if archived:
                applications.set_archived(session, app.id, True)
    every = plans.list_plans(session, open_only=False)
    assert len(every) == 3 * len(mixes)
    expected = {shelf: sorted(r.id for r in every if r.shelf == shelf) for shelf in plans.Shelf}
    assert all(expected.values())  # each shelf has some
    for shelf in plans.Shelf:
        assert sorted(r.id for r in plans.list_plans(session, shelf=shelf)) == expected[shelf]
    assert sorted(r.id for r in plans.list_plans(session)) == expected[plans.Shelf.OPEN]
    assert plans.shelf_counts(session) == {s: len(ids) for s, ids in expected.items()}
