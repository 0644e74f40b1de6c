"""Contacts and their part in each application."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy.orm import Session

from bounceback.db.enums import ContactRole, EventKind
from bounceback.db.store import Store
from bounceback.services import applications as apps
from bounceback.services import contacts, events, feedback
from bounceback.services.errors import NotFoundError, ValidationError
from tests.services.conftest import MakeApp


def _new(session: Session, name: str = "Kim Park", **kw: str) -> contacts.ContactRow:
    return contacts.create_contact(session, contacts.ContactInput(name=name, **kw))


def test_create_update_list_delete(session: Session) -> None:
    kim = _new(session, " Kim Park ", email="kim@acme.example", linkedin_url="linkedin.com/in/kp")
    assert kim.name == "Kim Park"
    assert kim.linkedin_url == "https://linkedin.com/in/kp"
    _new(session, "alex Doe")
    _new(session, "Bea Stone")
    # Alphabetical regardless of case.
    assert [c.name for c in contacts.list_contacts(session)] == [
        "alex Doe", "Bea Stone", "Kim Park",
    ]
    updated = contacts.update_contact(
        session, kim.id, contacts.ContactInput(name="Kim Park", role="Recruiter", company="Acme")
    )
    assert (updated.role, updated.company, updated.email) == ("Recruiter", "Acme", "")
    contacts.delete_contact(session, kim.id)
    assert [c.name for c in contacts.list_contacts(session)] == ["alex Doe", "Bea Stone"]


@pytest.mark.parametrize(
    ("kw", "field"),
    [
        ({"name": ""}, "name"),
        ({"name": "  "}, "name"),
        ({"name": "x" * 201}, "name"),
        ({"email": "kim.acme.example"}, "email"),
        ({"email": "kim park@acme.example"}, "email"),
        ({"email": "kim@"}, "email"),
        ({"email": "@acme.example"}, "email"),
        ({"email": "@"}, "email"),
        ({"email": "k@" + "x" * 320}, "email"),
        ({"linkedin_url": "not a url"}, "linkedin_url"),
    ],
)
def test_contact_validation(session: Session, kw: dict[str, str], field: str) -> None:
    data = {"name": "Kim", **kw}
    with pytest.raises(ValidationError) as info:
        contacts.create_contact(session, contacts.ContactInput(**data))
    assert info.value.field == field
    assert contacts.list_contacts(session) == []


def test_missing_contact_raises_not_found(session: Session) -> None:
    with pytest.raises(NotFoundError):
        contacts.update_contact(session, 5, contacts.ContactInput(name="X"))
    with pytest.raises(NotFoundError):
        contacts.delete_contact(session, 5)


def test_link_change_relation_and_unlink(session: Session, make_app: MakeApp) -> None:
    app = make_app()
    other = make_app("Globex")
    kim = _new(session, "Kim")
    bea = _new(session, "bea")
    contacts.link_contact(session, app.id, kim.id, ContactRole.INTERVIEWER)
    contacts.link_contact(session, app.id, bea.id)
    contacts.link_contact(session, other.id, kim.id, ContactRole.RECRUITER)

    linked = contacts.list_for_application(session, app.id)
    assert [(c.name, c.relation) for c in linked] == [
        ("bea", ContactRole.OTHER), ("Kim", ContactRole.INTERVIEWER),
    ]
    # Linking again changes the part, it does not add a second link.
    contacts.link_contact(session, app.id, kim.id, ContactRole.HIRING_MANAGER)
    linked = contacts.list_for_application(session, app.id)
    assert [(c.name, c.relation) for c in linked] == [
        ("bea", ContactRole.OTHER), ("Kim", ContactRole.HIRING_MANAGER),
    ]
    contacts.unlink_contact(session, app.id, kim.id)
    assert [c.name for c in contacts.list_for_application(session, app.id)] == ["bea"]
    # The other application's link is untouched, and unlinking twice is harmless.
    contacts.unlink_contact(session, app.id, kim.id)
    assert [(c.name, c.relation) for c in contacts.list_for_application(session, other.id)] == [
        ("Kim", ContactRole.RECRUITER),
    ]
    assert contacts.list_contacts(session)[0].relation is None


def test_link_to_missing_records(session: Session, make_app: MakeApp) -> None:
    app = make_app()
    kim = _new(session)
    with pytest.raises(NotFoundError) as info:
        contacts.link_contact(session, 999, kim.id)
    assert info.value.what == "application"
    with pytest.raises(NotFoundError) as info:
        contacts.link_contact(session, app.id, 999)
    assert info.value.what == "contact"
    assert contacts.list_for_application(session, app.id) == []


def test_deleting_contact_removes_links_and_clears_references(store: Store) -> None:
    with store.session() as s, s.begin():
        app = apps.create_application(s, apps.ApplicationInput("Acme", "Engineer"))
        kim = _new(s, "Kim")
        contacts.link_contact(s, app.id, kim.id, ContactRole.INTERVIEWER)
        ev = events.add_event(
            s, app.id,
            events.EventInput(EventKind.THANK_YOU_SENT, dt.date(2025, 3, 5), contact_id=kim.id),
        )
        note = feedback.create_feedback(s, app.id, feedback.FeedbackInput(contact_id=kim.id))
    with store.session() as s, s.begin():
        contacts.delete_contact(s, kim.id)
    with store.session() as s:
        assert contacts.list_for_application(s, app.id) == []
        assert contacts.list_contacts(s) == []
        # The event and the feedback stay; they just no longer point at the person.
        assert events.get_event(s, ev.id).contact_id is None
        kept = feedback.get_feedback(s, note.id)
        assert (kept.contact_id, kept.asked_whom) == (None, "Kim")
