"""The first-run example data: added marked, recognised, and removed in one step without
touching anything the person wrote (even records with the very same names)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bounceback.db.enums import ContactRole, EventKind, PlanStep, StepState
from bounceback.db.models import (
    ActionItem,
    Application,
    ApplicationContact,
    BouncePlan,
    CheckIn,
    CheckInEmotion,
    Contact,
    Event,
    FeedbackNote,
    ReminderState,
    ReviewItem,
)
from bounceback.services import (
    actions,
    applications,
    checkins,
    contacts,
    drafts,
    events,
    example_data,
    feedback,
    plans,
    reminders,
    review,
    search,
)
from tests.services.conftest import MakeApp

TODAY = dt.date(2025, 6, 10)
EVERY_TABLE = (Application, Event, Contact, ApplicationContact, CheckIn, CheckInEmotion,
               FeedbackNote, ReviewItem, ActionItem, BouncePlan)


def count(session: Session, model: type) -> int:
    return session.scalar(select(func.count()).select_from(model)) or 0


def all_companies(session: Session) -> list[str]:
    flt = applications.ApplicationFilter(include_archived=True)
    return sorted(r.company for r in applications.list_applications(session, flt))


def test_an_empty_store_has_no_example_data(session: Session) -> None:
    assert example_data.is_empty(session)
    assert not example_data.has_example_data(session)


def test_adding_writes_a_whole_marked_journey(session: Session) -> None:
    added = example_data.add_example_data(session, TODAY)

    assert added == example_data.ExampleCounts(applications=5, contacts=2, checkins=3, actions=2)
    assert example_data.has_example_data(session)
    assert not example_data.is_empty(session)
    companies = all_companies(session)
    assert len(companies) == 5
    assert all(c.startswith("Example: ") for c in companies)
    assert all(p.name.endswith("(example)") for p in contacts.list_contacts(session))
    assert all(c.journal.startswith("Example: ") for c in checkins.list_checkins(session))
    # Every record of the set carries the mark, not only its name.
    for model in example_data.MARKED:
        assert session.scalars(select(model.example)).all() == [True] * count(session, model)

    north = next(r for r in applications.list_applications(session)
                 if r.company == "Example: Northwind Traders")
    kinds = [e.kind for e in events.list_events(session, north.id)]
    assert EventKind.REJECTION in kinds and EventKind.THANK_YOU_SENT in kinds
    plan = plans.plan_for_application(session, north.id)
    assert plan is not None
    assert plan.states[PlanStep.ACCEPT] == StepState.DONE
    assert StepState.IN_PROGRESS in plan.states.values()
    assert plan.is_open and plan.finished_count == 1  # partly done
    assert [f.answered for f in feedback.list_feedback(session, north.id)] == [True]
    assert review.progress(session, north.id)[0] == 2
    assert {a.text for a in actions.list_actions(session)} == {
        "Example: Rewrite two resume bullets around team outcomes",
        "Example: Ask Priya to proofread the new resume",
    }
    assert search.search(session, "Priya")


def test_adding_twice_adds_one_set(session: Session) -> None:
    example_data.add_example_data(session, TODAY)
    again = example_data.add_example_data(session, TODAY)
    assert again.applications == 5
    assert count(session, Application) == 5


def test_removing_leaves_everything_the_person_wrote(session: Session, make_app: MakeApp) -> None:
    # The person's own search, written first, with the very names the example uses.
    own = make_app("Northwind Traders", "Senior product designer")
    same_name = make_app("Example: Northwind Traders", "Typed by me")
    own_event = events.add_event(session, own.id, events.EventInput(
        EventKind.REJECTION, dt.date(2025, 5, 1), "Not this time."))
    own_contact = contacts.add_to_application(session, own.id, contacts.ContactInput(
        name="Dana Reyes", company="Northwind Traders"), ContactRole.INTERVIEWER)
    own_checkin = checkins.create_checkin(session, checkins.CheckInInput(
        felt_at=dt.datetime(2025, 5, 2, 8), emotions=(("sadness", 6),), journal="My own."))
    example_data.add_example_data(session, TODAY)
    example_north = next(r.id for r in applications.list_applications(session)
                         if r.company == "Example: Northwind Traders" and r.role != "Typed by me")
    example_dana = next(c.id for c in contacts.list_contacts(session)
                        if c.name == "Dana Reyes (example)")
    # ... and things of their own that point at example records.
    linked_checkin = checkins.create_checkin(session, checkins.CheckInInput(
        felt_at=dt.datetime(2025, 6, 1, 8), emotions=(("hope", 4),),
        application_id=example_north, journal="Exploring."))
    linked_action = actions.create_action(session, actions.ActionInput(
        text="Practise the leadership answer", application_id=example_north))
    contacts.link_contact(session, own.id, example_dana, ContactRole.OTHER)
    own_event_to_example = events.add_event(session, own.id, events.EventInput(
        EventKind.FOLLOW_UP, dt.date(2025, 6, 2), "Wrote to Dana.", contact_id=example_dana))
    drafts.save_draft(session, f"thank_you:{example_north}:1", "half a note")
    own_events = [e.id for e in events.list_events(session, own.id)]
    assert {own_event.id, own_event_to_example.id} <= set(own_events)

    removed = example_data.remove_example_data(session, TODAY)

    assert removed == example_data.ExampleCounts(applications=5, contacts=2, checkins=3,
                                                 actions=2)
    assert not example_data.has_example_data(session)
    assert all_companies(session) == sorted([own.company, same_name.company]) == [
        "Example: Northwind Traders", "Northwind Traders"]
    assert [e.id for e in events.list_events(session, own.id)] == own_events
    assert events.get_event(session, own_event_to_example.id).contact_id is None
    assert [c.id for c in contacts.list_contacts(session)] == [own_contact.id]
    assert {c.id for c in checkins.list_checkins(session)} == {own_checkin.id, linked_checkin.id}
    assert checkins.get_checkin(session, linked_checkin.id).application_id is None
    assert [(a.id, a.application_id) for a in actions.list_actions(session)] == [
        (linked_action.id, None)]
    # Nothing of the example is left hanging anywhere.
    assert count(session, FeedbackNote) == count(session, ReviewItem) == 0
    assert [p.application_id for p in plans.list_plans(session, open_only=False)] == [own.id]
    assert count(session, ApplicationContact) == 1
    assert count(session, CheckInEmotion) == 2
    assert drafts.list_drafts(session, "thank_you:") == []
    assert search.search(session, "Priya") == []


def test_removing_twice_or_with_nothing_to_remove_is_harmless(
    session: Session, make_app: MakeApp
) -> None:
    mine = make_app("Acme", "Engineer")
    assert example_data.remove_example_data(session, TODAY).total == 0
    example_data.add_example_data(session, TODAY)
    assert example_data.remove_example_data(session, TODAY).total == 12
    assert example_data.remove_example_data(session, TODAY) == example_data.ExampleCounts()
    assert [r.id for r in applications.list_applications(session)] == [mine.id]


def test_what_was_done_with_example_reminders_is_forgotten(session: Session) -> None:
    example_data.add_example_data(session, TODAY)
    due = reminders.due(session, TODAY)
    assert due, "the example journey should have something due"
    reminders.dismiss(session, due[0].key)
    assert count(session, ReminderState) == 1
    example_data.remove_example_data(session, TODAY)
    assert count(session, ReminderState) == 0


def test_the_screenshot_journey_is_the_same_but_unmarked(session: Session) -> None:
    example_data.write_journey(session, TODAY, marked=False)
    assert not example_data.has_example_data(session)
    assert "Northwind Traders" in all_companies(session)
    assert not any(c.startswith("Example") for c in all_companies(session))
    assert example_data.remove_example_data(session, TODAY).total == 0
    assert count(session, Application) == 5
    for model in EVERY_TABLE:
        assert count(session, model) > 0, model.__name__
