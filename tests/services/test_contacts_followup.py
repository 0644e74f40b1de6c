"""Step 2 of the plan through the contacts service: thank-you notes and staying in touch."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy.orm import Session

from bounceback.db.enums import ContactRole, EventKind, PlanStep, StepState
from bounceback.services import applications, contacts, events, plans
from bounceback.services.contacts import FollowUpInput
from bounceback.services.errors import NotFoundError, ValidationError
from bounceback.services.event_words import english
from tests.builders import add_contact
from tests.services.conftest import MakeApp

DAY = dt.date(2026, 11, 7)


def _rejected(session: Session, make_app: MakeApp) -> applications.ApplicationDetail:
    return make_app(rejected_on=DAY - dt.timedelta(days=2))


def test_mark_thanked_writes_a_dated_event_tied_to_the_contact(
    session: Session, make_app: MakeApp
) -> None:
    app = make_app()
    dana = add_contact(session, app.id, "Dana Reyes")
    row = contacts.mark_thanked(session, app.id, dana.id, DAY)
    assert (row.id, row.thanked_on, row.relation) == (dana.id, DAY, ContactRole.INTERVIEWER)
    sent = [e for e in events.list_events(session, app.id) if e.kind == EventKind.THANK_YOU_SENT]
    assert [(e.contact_id, e.occurred_on, english(e.said, e.details)) for e in sent] == [
        (dana.id, DAY, "Thank-you note to Dana Reyes")]


def test_mark_thanked_keeps_the_note_given(session: Session, make_app: MakeApp) -> None:
    app = make_app()
    dana = add_contact(session, app.id, "Dana Reyes")
    contacts.mark_thanked(session, app.id, dana.id, DAY, note="Short note, by email")
    details = [e.details for e in events.list_events(session, app.id)
               if e.kind == EventKind.THANK_YOU_SENT]
    assert details == ["Short note, by email"]


def test_mark_thanked_moves_the_connect_step_along(session: Session, make_app: MakeApp) -> None:
    app = _rejected(session, make_app)
    plan = plans.plan_for_application(session, app.id)
    assert plan is not None and plan.states[PlanStep.CONNECT] == StepState.NOT_STARTED
    contacts.mark_thanked(session, app.id, add_contact(session, app.id, "Dana Reyes").id, DAY)
    states = plans.get_plan(session, plan.id).states
    assert states[PlanStep.CONNECT] == StepState.IN_PROGRESS
    assert states[PlanStep.ACCEPT] == StepState.NOT_STARTED  # only its own step


def test_mark_thanked_never_reopens_a_finished_step(session: Session, make_app: MakeApp) -> None:
    app = _rejected(session, make_app)
    plan = plans.plan_for_application(session, app.id)
    assert plan is not None
    plans.set_step(session, plan.id, PlanStep.CONNECT, StepState.DONE)
    contacts.mark_thanked(session, app.id, add_contact(session, app.id, "Dana Reyes").id, DAY)
    assert plans.get_plan(session, plan.id).states[PlanStep.CONNECT] == StepState.DONE


def test_thanked_on_is_the_latest_note_for_this_application_only(
    session: Session, make_app: MakeApp
) -> None:
    acme = make_app("Acme")
    beta = make_app("Beta")
    dana = add_contact(session, acme.id, "Dana Reyes")
    add_contact(session, acme.id, "Sam Lee", ContactRole.RECRUITER)
    contacts.link_contact(session, beta.id, dana.id, ContactRole.INTERVIEWER)
    contacts.mark_thanked(session, acme.id, dana.id, DAY)
    contacts.mark_thanked(session, acme.id, dana.id, DAY - dt.timedelta(days=30))
    contacts.mark_thanked(session, beta.id, dana.id, DAY + dt.timedelta(days=40))
    # A thank-you on the timeline that names nobody counts for no one.
    events.add_event(session, acme.id, events.EventInput(EventKind.THANK_YOU_SENT, DAY))
    listed = {c.name: c.thanked_on for c in contacts.list_for_application(session, acme.id)}
    assert listed == {"Dana Reyes": DAY, "Sam Lee": None}
    on_beta = {c.name: c.thanked_on for c in contacts.list_for_application(session, beta.id)}
    assert on_beta == {"Dana Reyes": DAY + dt.timedelta(days=40)}


def test_mark_thanked_for_missing_records(session: Session, make_app: MakeApp) -> None:
    app = make_app()
    with pytest.raises(NotFoundError):
        contacts.mark_thanked(session, app.id, 999, DAY)
    dana = add_contact(session, app.id, "Dana Reyes")
    with pytest.raises(NotFoundError):
        contacts.mark_thanked(session, 999, dana.id, DAY)


def test_set_follow_up_and_clear_it_again(session: Session, make_app: MakeApp) -> None:
    app = make_app()
    dana = add_contact(session, app.id, "Dana Reyes")
    later = dt.date(2027, 2, 1)
    row = contacts.set_follow_up(session, dana.id, connected=True, stay_in_touch_on=later)
    assert (row.linkedin_connected, row.stay_in_touch_on) == (True, later)
    listed = contacts.list_for_application(session, app.id)[0]
    assert (listed.linkedin_connected, listed.stay_in_touch_on) == (True, later)
    row = contacts.set_follow_up(session, dana.id, connected=False, stay_in_touch_on=None)
    assert (row.linkedin_connected, row.stay_in_touch_on) == (False, None)


def test_save_follow_up_keeps_profile_connection_and_date_together(
    session: Session, make_app: MakeApp
) -> None:
    app = make_app()
    dana = add_contact(session, app.id, "Dana Reyes")
    later = dt.date(2027, 2, 1)
    row = contacts.save_follow_up(session, dana.id, FollowUpInput(
        "linkedin.com/in/dana-reyes", True, later))
    assert (row.linkedin_url, row.linkedin_connected, row.stay_in_touch_on) == (
        "https://linkedin.com/in/dana-reyes", True, later)
    assert FollowUpInput.of(contacts.list_for_application(session, app.id)[0]) == FollowUpInput(
        "https://linkedin.com/in/dana-reyes", True, later)
    # The rest of the person is left alone.
    assert contacts.list_for_application(session, app.id)[0].name == "Dana Reyes"


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (FollowUpInput("not a link at all"), "linkedin_url"),
        (FollowUpInput(stay_in_touch_on=dt.date(1900, 1, 1)), "stay_in_touch_on"),
    ],
)
def test_save_follow_up_refuses_what_cannot_be_right(
    session: Session, make_app: MakeApp, data: FollowUpInput, field: str
) -> None:
    app = make_app()
    dana = add_contact(session, app.id, "Dana Reyes")
    with pytest.raises(ValidationError) as info:
        contacts.save_follow_up(session, dana.id, data)
    assert info.value.field == field


def test_follow_up_for_a_missing_contact(session: Session) -> None:
    with pytest.raises(NotFoundError):
        contacts.save_follow_up(session, 999, FollowUpInput())
    with pytest.raises(NotFoundError):
        contacts.set_follow_up(session, 999, connected=True, stay_in_touch_on=None)
