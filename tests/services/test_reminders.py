"""Reminders: worked out from the data on known dates, and what snoozing, dismissing, the tray
and one-click "done" do to them."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from bounceback.db.enums import (
    ActionSource,
    ContactRole,
    EventKind,
    FeedbackStatus,
    PlanStep,
    Status,
    StepState,
)
from bounceback.db.models import ActionItem, Application, Contact, Event, ReminderState
from bounceback.services import (
    actions,
    applications,
    contacts,
    events,
    feedback,
    plans,
    reminders,
)
from bounceback.services.errors import ServiceError, ValidationError
from bounceback.services.event_words import english
from bounceback.services.reminders import Reminder, ReminderKind, ReminderSettings
from tests.services.conftest import MakeApp

D = dt.date
APPLIED = D(2025, 3, 1)


def add(session: Session, app_id: int, kind: EventKind, on: dt.date, **kw: object) -> int:
    return events.add_event(session, app_id, events.EventInput(kind, on, **kw)).id  # type: ignore[arg-type]


def keys(session: Session, today: dt.date, settings: ReminderSettings | None = None,
         **kw: int) -> list[str]:
    return [r.key for r in reminders.due(session, today, settings, **kw)]


def only(session: Session, today: dt.date, kind: ReminderKind) -> list[Reminder]:
    return [r for r in reminders.due(session, today) if r.kind == kind]


def ask(session: Session, app_id: int, on: dt.date, **kw: object) -> int:
    return feedback.create_feedback(session, app_id, feedback.FeedbackInput(
        asked_whom="Dana", asked_on=on, request_text="What could I improve?", **kw)).id  # type: ignore[arg-type]


# --- what is due ---------------------------------------------------------------------------


def test_an_empty_store_has_nothing_due(session: Session) -> None:
    assert reminders.due(session, D(2025, 3, 1)) == []
    assert reminders.newly_due(session, D(2025, 3, 1)) == []


def test_a_thank_you_is_due_the_day_after_an_interview(session: Session, make_app: MakeApp) -> None:
    app = make_app(status=Status.SCREENING)  # a reply came: no "no response" reminder
    interview = add(session, app.id, EventKind.INTERVIEW, D(2025, 3, 10))

    (r,) = reminders.due(session, D(2025, 3, 10))
    assert r == Reminder(
        key=f"thank_you:app:{app.id}:event:{interview}", kind=ReminderKind.THANK_YOU,
        due_on=D(2025, 3, 11), app_id=app.id, opens="timeline:people", record_id=interview,
        company="Acme", role="Engineer", since=D(2025, 3, 10), event_kind=EventKind.INTERVIEW,
        can_done=True,
    )
    # The same day it is only "coming up"; from the next day on it is due.
    assert reminders.newly_due(session, D(2025, 3, 10)) == []
    assert [x.key for x in reminders.newly_due(session, D(2025, 3, 11))] == [r.key]


def test_a_thank_you_sent_on_or_after_the_event_settles_it(
    session: Session, make_app: MakeApp
) -> None:
    app = make_app(status=Status.SCREENING)
    add(session, app.id, EventKind.THANK_YOU_SENT, D(2025, 3, 5))  # before: doesn't count
    first = add(session, app.id, EventKind.INTERVIEW, D(2025, 3, 10))
    assert keys(session, D(2025, 3, 12)) == [f"thank_you:app:{app.id}:event:{first}"]

    add(session, app.id, EventKind.THANK_YOU_SENT, D(2025, 3, 10))
    assert keys(session, D(2025, 3, 12)) == []

    # A later interview (or a "no") asks for a new note; only the latest one is listed.
    add(session, app.id, EventKind.INTERVIEW, D(2025, 3, 18))
    rejection = add(session, app.id, EventKind.REJECTION, D(2025, 3, 20))
    (r,) = reminders.due(session, D(2025, 3, 21))
    assert r.key == f"thank_you:app:{app.id}:event:{rejection}"
    assert (r.event_kind, r.since) == (EventKind.REJECTION, D(2025, 3, 20))


def test_no_thank_you_for_future_stale_withdrawn_or_settled_plans(
    session: Session, make_app: MakeApp
) -> None:
    later = make_app("Later", status=Status.SCREENING)
    add(session, later.id, EventKind.INTERVIEW, D(2025, 3, 20))
    assert keys(session, D(2025, 3, 15)) == []  # it hasn't happened yet
    assert len(keys(session, D(2025, 4, 3))) == 1  # 14 days on: still suggested
    assert keys(session, D(2025, 4, 4)) == []  # weeks later it would only weigh

    gone = make_app("Gone", status=Status.SCREENING)
    add(session, gone.id, EventKind.INTERVIEW, D(2025, 4, 1))
    applications.set_status(session, gone.id, Status.WITHDRAWN, on=D(2025, 4, 2))
    skipped = make_app("Skipped", status=Status.SCREENING)
    add(session, skipped.id, EventKind.REJECTION, D(2025, 4, 1))
    plan = plans.plan_for_application(session, skipped.id)
    assert plan is not None
    plans.set_step(session, plan.id, PlanStep.CONNECT, StepState.SKIPPED, today=D(2025, 4, 1))
    put_away = make_app("Put away", status=Status.SCREENING)
    add(session, put_away.id, EventKind.REJECTION, D(2025, 4, 1))
    plan = plans.plan_for_application(session, put_away.id)
    assert plan is not None
    plans.set_dismissed(session, plan.id, True)
    kept = make_app("Kept", status=Status.SCREENING)
    rejection = add(session, kept.id, EventKind.REJECTION, D(2025, 4, 1))

    assert keys(session, D(2025, 4, 4)) == [f"thank_you:app:{kept.id}:event:{rejection}"]


def test_feedback_waiting_after_the_chosen_days_and_planned_follow_ups(
    session: Session, make_app: MakeApp
) -> None:
    app = make_app(status=Status.REJECTED)
    waiting = ask(session, app.id, D(2025, 3, 1))
    answered = ask(session, app.id, D(2025, 3, 1), answer_text="More leadership stories.")
    silent = ask(session, app.id, D(2025, 3, 2))
    feedback.mark_no_answer(session, silent, D(2025, 3, 20))
    assert feedback.get_feedback(session, answered).status == FeedbackStatus.ANSWERED

    found = [(r.key, r.kind, r.due_on, r.person) for r in reminders.due(
        session, D(2025, 3, 20)) if r.kind != ReminderKind.THANK_YOU]
    assert found == [
        (f"feedback:note:{waiting}", ReminderKind.FEEDBACK_WAITING, D(2025, 3, 8), "Dana"),
        (f"feedback_follow_up:note:{silent}:2025-03-20", ReminderKind.FEEDBACK_FOLLOW_UP,
         D(2025, 3, 20), "Dana"),
    ]
    (r,) = only(session, D(2025, 3, 20), ReminderKind.FEEDBACK_WAITING)
    assert r.opens == "feedback:request" and r.record_id == waiting and r.app_id == app.id
    assert (r.company, r.person, r.since) == ("Acme", "Dana", D(2025, 3, 1))

    # A follow-up day chosen while still waiting replaces the automatic reminder.
    feedback.update_feedback(session, waiting, feedback.FeedbackInput(
        asked_whom="Dana", asked_on=D(2025, 3, 1), follow_up_on=D(2025, 3, 12)))
    assert [r.key for r in only(session, D(2025, 3, 20), ReminderKind.FEEDBACK_WAITING)] == []
    assert [r.key for r in only(session, D(2025, 3, 20), ReminderKind.FEEDBACK_FOLLOW_UP)] == [
        f"feedback_follow_up:note:{waiting}:2025-03-12",
        f"feedback_follow_up:note:{silent}:2025-03-20",
    ]


def test_no_response_after_the_chosen_days(session: Session, make_app: MakeApp) -> None:
    quiet = make_app("Quiet")
    noted = make_app("Noted")
    add(session, noted.id, EventKind.NOTE, D(2025, 3, 5), details="Wrote to them")
    add(session, noted.id, EventKind.FOLLOW_UP, D(2025, 3, 12))
    answered = make_app("Answered")
    add(session, answered.id, EventKind.CORRESPONDENCE, D(2025, 3, 4))
    make_app("Ghosted", status=Status.GHOSTED)

    found = only(session, D(2025, 3, 22), ReminderKind.NO_RESPONSE)
    assert [(r.company, r.due_on, r.key) for r in found] == [
        ("Noted", D(2025, 3, 22), f"no_response:app:{noted.id}"),
        ("Quiet", D(2025, 3, 22), f"no_response:app:{quiet.id}"),
    ]
    assert only(session, D(2025, 3, 15), ReminderKind.NO_RESPONSE) == []  # 7 days ahead
    assert found[1].opens == "timeline" and found[1].record_id == quiet.id
    assert (found[1].company, found[1].since) == ("Quiet", D(2025, 3, 1))


def test_reapply_and_stay_in_touch_dates(session: Session, make_app: MakeApp) -> None:
    app = make_app(status=Status.REJECTED)
    applications.set_reapply_after(session, app.id, D(2025, 9, 1))
    person = contacts.add_to_application(session, app.id, contacts.ContactInput(
        name="Dana", company="Acme Corp"), ContactRole.RECRUITER)
    contacts.set_follow_up(session, person.id, connected=True,
                           stay_in_touch_on=D(2025, 9, 3))

    found = reminders.due(session, D(2025, 8, 28))
    assert [(r.kind, r.key, r.due_on, r.app_id, r.opens) for r in found] == [
        (ReminderKind.REAPPLY, f"reapply:app:{app.id}:2025-09-01", D(2025, 9, 1), app.id,
         "plans"),
        (ReminderKind.STAY_IN_TOUCH, f"stay_in_touch:contact:{person.id}:2025-09-03",
         D(2025, 9, 3), app.id, "timeline:people"),
    ]
    assert (found[1].person, found[1].company) == ("Dana", "Acme Corp")
    assert not found[0].can_done and found[1].can_done
    assert reminders.due(session, D(2025, 8, 25)) == []  # more than a week ahead


def test_action_items_with_a_due_date_not_done(session: Session, make_app: MakeApp) -> None:
    app = make_app(status=Status.REJECTED)
    note = ask(session, app.id, D(2025, 3, 1), answer_text="Lead with leadership.")
    from_feedback = actions.create_action(session, actions.ActionInput(
        text="Rewrite the résumé bullets\nwith numbers", due_on=D(2025, 4, 2),
        source=ActionSource.FEEDBACK, feedback_id=note))
    loose = actions.create_action(session, actions.ActionInput(
        text="Practise STAR answers", due_on=D(2025, 4, 1)))
    actions.create_action(session, actions.ActionInput(text="Someday", due_on=None))
    finished = actions.create_action(session, actions.ActionInput(
        text="Done already", due_on=D(2025, 4, 1)))
    actions.set_done(session, finished.id, True)

    found = only(session, D(2025, 4, 1), ReminderKind.ACTION)
    assert [(r.key, r.text, r.app_id, r.opens, r.company, r.role) for r in found] == [
        (f"action:{loose.id}:2025-04-01", "Practise STAR answers", None, "review", "", ""),
        (f"action:{from_feedback.id}:2025-04-02", "Rewrite the résumé bullets\nwith numbers",
         app.id, "feedback", "Acme", "Engineer"),
    ]


def test_action_items_without_a_date_are_listed_from_the_day_they_were_planned(
    session: Session,
) -> None:
    from bounceback.db.models import ActionItem

    someday = actions.create_action(session, actions.ActionInput(text="Ask Sam for coffee"))
    session.get(ActionItem, someday.id).created_at = dt.datetime(2025, 4, 3, 18, 0)  # type: ignore[union-attr]
    session.flush()

    assert only(session, D(2025, 3, 20), ReminderKind.ACTION) == []  # not planned yet
    for day in (D(2025, 4, 3), D(2025, 6, 1)):  # from that day on, until done
        [found] = only(session, day, ReminderKind.ACTION)
        assert (found.key, found.text, found.due_on, found.undated) == (
            f"action:{someday.id}:undated", "Ask Sam for coffee", D(2025, 4, 3), True)
    actions.set_done(session, someday.id, True)
    assert only(session, D(2025, 6, 1), ReminderKind.ACTION) == []


def test_intervals_are_settings(session: Session, make_app: MakeApp) -> None:
    seen = make_app("Seen", status=Status.SCREENING)
    note = ask(session, seen.id, D(2025, 3, 1))
    interview = add(session, seen.id, EventKind.INTERVIEW, D(2025, 3, 2))
    quiet = make_app("Quiet")  # applied 2025-03-01
    cfg = ReminderSettings(thank_you_days=3, feedback_days=2, no_response_days=10)

    found = [(r.kind, r.due_on, r.record_id) for r in reminders.due(
        session, D(2025, 3, 5), cfg, upcoming_days=30)]
    assert found == [
        (ReminderKind.FEEDBACK_WAITING, D(2025, 3, 3), note),
        (ReminderKind.THANK_YOU, D(2025, 3, 5), interview),
        (ReminderKind.NO_RESPONSE, D(2025, 3, 11), quiet.id),
    ]
    defaults = [(r.kind, r.due_on) for r in reminders.due(session, D(2025, 3, 5),
                                                          upcoming_days=30)]
    assert defaults == [
        (ReminderKind.THANK_YOU, D(2025, 3, 3)),
        (ReminderKind.FEEDBACK_WAITING, D(2025, 3, 8)),
        (ReminderKind.NO_RESPONSE, D(2025, 3, 22)),
    ]


def test_archived_applications_are_hidden_unless_asked(session: Session, make_app: MakeApp) -> None:
    app = make_app()
    person = contacts.add_to_application(session, app.id, contacts.ContactInput(name="Dana"),
                                         ContactRole.RECRUITER)
    contacts.set_follow_up(session, person.id, connected=False, stay_in_touch_on=D(2025, 3, 25))
    actions.create_action(session, actions.ActionInput(
        text="Call back", due_on=D(2025, 3, 25), application_id=app.id))
    loner = contacts.create_contact(session, contacts.ContactInput(
        name="Sam", stay_in_touch_on=D(2025, 3, 25)))
    applications.set_archived(session, app.id, True)

    shown = reminders.due(session, D(2025, 3, 25))
    assert [r.key for r in shown] == [f"stay_in_touch:contact:{loner.id}:2025-03-25"]
    assert (shown[0].app_id, shown[0].person, shown[0].company) == (None, "Sam", "")
    everything = reminders.due(session, D(2025, 3, 25), ReminderSettings(hide_archived=False))
    assert sorted(r.kind for r in everything) == sorted([
        ReminderKind.NO_RESPONSE, ReminderKind.STAY_IN_TOUCH, ReminderKind.STAY_IN_TOUCH,
        ReminderKind.ACTION])
    assert all(r.archived for r in everything if r.app_id == app.id)


def test_due_lists_this_week_soonest_first(session: Session, make_app: MakeApp) -> None:
    app = make_app(status=Status.REJECTED)
    for day, text in ((8, "Eight"), (1, "One"), (7, "Seven"), (3, "Three")):
        actions.create_action(session, actions.ActionInput(
            text=text, due_on=D(2025, 4, day), application_id=app.id))
    applications.set_reapply_after(session, app.id, D(2025, 4, 3))
    found = reminders.due(session, D(2025, 4, 1))
    assert [(r.due_on.day, r.kind) for r in found] == [
        (1, ReminderKind.ACTION), (3, ReminderKind.REAPPLY), (3, ReminderKind.ACTION),
        (7, ReminderKind.ACTION)]
    assert [r.text for r in reminders.due(session, D(2025, 4, 1), upcoming_days=0)] == ["One"]


# --- snooze, dismiss, notify ---------------------------------------------------------------


def _action(session: Session, on: dt.date, text: str = "Practise") -> str:
    a = actions.create_action(session, actions.ActionInput(text=text, due_on=on))
    return f"action:{a.id}:{on.isoformat()}"


def test_snooze_hides_until_the_day_and_tells_again(session: Session) -> None:
    key = _action(session, D(2025, 3, 10))
    today = D(2025, 3, 10)
    assert [r.key for r in reminders.newly_due(session, today)] == [key]
    reminders.mark_notified(session, [key], today)
    assert reminders.newly_due(session, today) == []

    reminders.snooze(session, key, D(2025, 3, 17))
    state = session.get(ReminderState, key)
    assert state is not None and state.snoozed_until == D(2025, 3, 17)
    assert state.notified_on is None and not state.dismissed
    assert keys(session, D(2025, 3, 16)) == []
    assert keys(session, D(2025, 3, 17)) == [key]
    assert [r.key for r in reminders.newly_due(session, D(2025, 3, 17))] == [key]


def test_dismiss_hides_for_good_but_a_new_date_is_a_new_reminder(session: Session) -> None:
    key = _action(session, D(2025, 3, 10))
    reminders.dismiss(session, key)
    assert keys(session, D(2025, 3, 10)) == []
    assert keys(session, D(2026, 1, 1)) == []
    assert reminders.newly_due(session, D(2025, 3, 10)) == []

    ident = int(key.split(":")[1])
    actions.update_action(session, ident, text="Practise", due_on=D(2025, 3, 20))
    assert keys(session, D(2025, 3, 20)) == [f"action:{ident}:2025-03-20"]


def test_notified_once_per_reminder_and_pruned_when_gone(session: Session) -> None:
    first = _action(session, D(2025, 3, 10), "First")
    second = _action(session, D(2025, 3, 12), "Second")
    reminders.mark_notified(session, [first], D(2025, 3, 10))
    assert [r.key for r in reminders.newly_due(session, D(2025, 3, 12))] == [second]
    reminders.mark_notified(session, [second], D(2025, 3, 12))
    assert reminders.newly_due(session, D(2025, 3, 13)) == []

    reminders.dismiss(session, "action:999:2025-01-01")  # a reminder that no longer exists
    actions.delete_action(session, int(first.split(":")[1]))
    reminders.mark_notified(session, [], D(2025, 3, 13))
    assert set(session.scalars(select(ReminderState.key))) == {second}


def test_prune_keeps_the_states_of_archived_applications(
    session: Session, make_app: MakeApp
) -> None:
    app = make_app()
    key = f"no_response:app:{app.id}"
    reminders.dismiss(session, key)
    applications.set_archived(session, app.id, True)
    assert reminders.prune(session, D(2025, 6, 1)) == 0
    assert session.get(ReminderState, key) is not None


def test_keys_and_dates_are_checked(session: Session) -> None:
    with pytest.raises(ValidationError):
        reminders.dismiss(session, "  ")
    with pytest.raises(ValidationError):
        reminders.snooze(session, "x" * 201, D(2025, 3, 1))
    with pytest.raises(ValidationError):
        reminders.snooze(session, "action:1:2025-03-01", D(1900, 1, 1))
    with pytest.raises(ValidationError):
        reminders.snooze(session, "action:1:2025-03-01", None)  # type: ignore[arg-type]
    assert session.scalars(select(ReminderState)).all() == []


# --- one-click done ------------------------------------------------------------------------


def _one(session: Session, today: dt.date, kind: ReminderKind) -> Reminder:
    (r,) = only(session, today, kind)
    return r


def test_done_ticks_an_action_off(session: Session) -> None:
    key = _action(session, D(2025, 3, 10))
    reminders.snooze(session, key, D(2025, 3, 10))
    r = _one(session, D(2025, 3, 10), ReminderKind.ACTION)
    reminders.done(session, r, D(2025, 3, 10))
    item = session.get(ActionItem, r.record_id)
    assert item is not None and item.done and item.done_at is not None
    assert reminders.due(session, D(2025, 3, 10)) == []
    assert session.get(ReminderState, key) is None


def test_done_marks_an_application_ghosted(session: Session, make_app: MakeApp) -> None:
    app = make_app()
    r = _one(session, D(2025, 3, 22), ReminderKind.NO_RESPONSE)
    reminders.done(session, r, D(2025, 3, 23))
    stored = session.get(Application, app.id)
    assert stored is not None and stored.status == Status.GHOSTED
    last = session.scalars(select(Event).where(Event.application_id == app.id)
                           .order_by(Event.id.desc())).first()
    assert last is not None
    assert (last.kind, last.occurred_on, english(last.said, last.details)) == (
        EventKind.STATUS_CHANGE, D(2025, 3, 23), "No response from the company")
    assert reminders.due(session, D(2025, 3, 23)) == []


def test_mark_ghosted_directly(session: Session, make_app: MakeApp) -> None:
    app = make_app()
    detail = reminders.mark_ghosted(session, app.id, today=D(2025, 4, 1))
    assert detail.status == Status.GHOSTED


def test_done_records_a_thank_you_sent_today(session: Session, make_app: MakeApp) -> None:
    app = make_app(status=Status.SCREENING)
    add(session, app.id, EventKind.REJECTION, D(2025, 3, 10))
    r = _one(session, D(2025, 3, 11), ReminderKind.THANK_YOU)
    reminders.done(session, r, D(2025, 3, 12))
    sent = session.scalars(select(Event).where(
        Event.application_id == app.id, Event.kind == EventKind.THANK_YOU_SENT)).all()
    assert [(e.occurred_on, english(e.said, e.details)) for e in sent] == [
        (D(2025, 3, 12), "Thank-you note sent")]
    plan = plans.plan_for_application(session, app.id)
    assert plan is not None and plan.states[PlanStep.CONNECT] == StepState.IN_PROGRESS
    assert reminders.due(session, D(2025, 3, 12)) == []


def test_done_on_feedback_waiting_and_follow_up(session: Session, make_app: MakeApp) -> None:
    app = make_app(status=Status.REJECTED)
    person = contacts.add_to_application(session, app.id, contacts.ContactInput(name="Dana"),
                                         ContactRole.RECRUITER)
    waiting = ask(session, app.id, D(2025, 3, 1))
    later = ask(session, app.id, D(2025, 3, 1), contact_id=person.id,
                follow_up_on=D(2025, 3, 9))

    r = _one(session, D(2025, 3, 9), ReminderKind.FEEDBACK_WAITING)
    reminders.done(session, r, D(2025, 3, 9))
    assert feedback.get_feedback(session, waiting).status == FeedbackStatus.NO_ANSWER

    r = _one(session, D(2025, 3, 9), ReminderKind.FEEDBACK_FOLLOW_UP)
    assert r.record_id == later
    reminders.done(session, r, D(2025, 3, 10))
    note = feedback.get_feedback(session, later)
    assert (note.status, note.follow_up_on) == (FeedbackStatus.ASKED, None)
    follow = session.scalars(select(Event).where(Event.kind == EventKind.FOLLOW_UP)).all()
    assert [(e.occurred_on, english(e.said, e.details), e.contact_id) for e in follow] == [
        (D(2025, 3, 10), "Followed up with Dana about feedback", person.id)]
    # The note stays "asked": its waiting reminder comes back, 7 days after asking.
    assert [x.kind for x in reminders.due(session, D(2025, 3, 10))] == [
        ReminderKind.FEEDBACK_WAITING]


def test_done_on_stay_in_touch_clears_the_date(session: Session, make_app: MakeApp) -> None:
    app = make_app(status=Status.REJECTED)
    person = contacts.add_to_application(session, app.id, contacts.ContactInput(name="Dana"),
                                         ContactRole.INTERVIEWER)
    contacts.set_follow_up(session, person.id, connected=True, stay_in_touch_on=D(2025, 5, 1))
    r = _one(session, D(2025, 5, 1), ReminderKind.STAY_IN_TOUCH)
    reminders.done(session, r, D(2025, 5, 2))
    stored = session.get(Contact, person.id)
    assert stored is not None
    assert (stored.stay_in_touch_on, stored.linkedin_connected) == (None, True)
    follow = session.scalars(select(Event).where(Event.kind == EventKind.FOLLOW_UP)).all()
    assert [(e.application_id, english(e.said, e.details)) for e in follow] == [
        (app.id, "Got back in touch with Dana")]


def test_a_reapply_date_cannot_be_ticked_off(session: Session, make_app: MakeApp) -> None:
    app = make_app(status=Status.REJECTED)
    applications.set_reapply_after(session, app.id, D(2025, 9, 1))
    r = _one(session, D(2025, 9, 1), ReminderKind.REAPPLY)
    with pytest.raises(ServiceError):
        reminders.done(session, r, D(2025, 9, 1))


def test_a_saved_jobs_deadline_is_mentioned_three_days_ahead_and_goes_once_passed(
        session: Session, make_app: MakeApp) -> None:
    saved = make_app("Umbrella", status=Status.SAVED, applied_on=None, today=D(2025, 3, 1),
                     deadline=D(2025, 3, 20))
    make_app("Undated", status=Status.SAVED, applied_on=None, today=D(2025, 3, 1))
    make_app("Applied", deadline=D(2025, 3, 20))  # a deadline kept after applying: no reminder
    assert only(session, D(2025, 3, 9), ReminderKind.DEADLINE) == []  # over a week ahead
    [r] = only(session, D(2025, 3, 17), ReminderKind.DEADLINE)
    assert (r.key, r.due_on, r.since, r.app_id, r.opens, r.can_done) == (
        f"deadline:app:{saved.id}:2025-03-20", D(2025, 3, 17), D(2025, 3, 20), saved.id,
        "timeline", True)
    assert len(only(session, D(2025, 3, 20), ReminderKind.DEADLINE)) == 1
    assert only(session, D(2025, 3, 21), ReminderKind.DEADLINE) == []  # never "missed"
    # No "no reply yet" for a job not applied to.
    assert [r.company for r in only(session, D(2025, 6, 1), ReminderKind.NO_RESPONSE)] == \
        ["Applied"]


def test_done_on_a_deadline_means_applied_today(session: Session, make_app: MakeApp) -> None:
    saved = make_app("Umbrella", status=Status.SAVED, applied_on=None, today=D(2025, 3, 1),
                     deadline=D(2025, 3, 20))
    [r] = only(session, D(2025, 3, 18), ReminderKind.DEADLINE)
    reminders.done(session, r, D(2025, 3, 18))
    detail = applications.get_application(session, saved.id)
    assert (detail.status, detail.applied_on) == (Status.APPLIED, D(2025, 3, 18))
    assert only(session, D(2025, 3, 18), ReminderKind.DEADLINE) == []
