"""Names typed as an interview's participants become people of the application, once each,
matched loosely (case, spaces, accents); and a new event offers the next step of the story
(issue 15)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy.orm import Session

from bounceback.db.enums import ContactRole, EventKind
from bounceback.services import contacts, events
from bounceback.services.events import EventInput, EventRow, next_in_story
from tests.services.conftest import MakeApp

DAY = dt.date(2026, 5, 4)


@pytest.mark.parametrize(("a", "b"), [
    ("José García", "jose garcia"),
    ("  Dana   Reyes ", "DANA REYES"),
    ("Zoë Ørsted", "zoe ørsted"),
    ("Ángela Núñez", "angela nunez"),
])
def test_names_compare_loosely(a: str, b: str) -> None:
    assert contacts.name_key(a) == contacts.name_key(b)


def _not_yet_people(session: Session, app_id: int) -> list[str]:
    """As the Timeline offers them: names typed as interview participants, not people yet."""
    typed = [e.interviewers for e in events.list_events(session, app_id)
             if e.kind == EventKind.INTERVIEW]
    known = [p.name for p in contacts.list_for_application(session, app_id)]
    return contacts.new_participants(typed, known)


def test_different_names_stay_different() -> None:
    assert contacts.name_key("Dana Reyes") != contacts.name_key("Dana Reye")


@pytest.mark.parametrize(("typed", "names"), [
    ("Dana Reyes, Sam Lee", ["Dana Reyes", "Sam Lee"]),
    ("Dana Reyes and Sam Lee", ["Dana Reyes", "Sam Lee"]),
    ("Ana Ruiz y José García; Sam", ["Ana Ruiz", "José García", "Sam"]),
    ("Sam Lee (HR), sam  lee, Andy Sandy", ["Sam Lee", "Andy Sandy"]),
    (" , ;", []),
])
def test_a_typed_list_gives_each_name_once(typed: str, names: list[str]) -> None:
    assert contacts.split_names(typed) == names


def test_only_names_not_among_the_people_are_new() -> None:
    typed = ["Dana Reyes, Sam Lee", "dana reyes and Bea Stone", "José García"]
    known = ["Bea Stone", "Jose Garcia"]
    assert contacts.new_participants(typed, known) == ["Dana Reyes", "Sam Lee"]


def _interview(session: Session, app_id: int, names: str, **kw: object) -> EventRow:
    return events.add_event(session, app_id, EventInput(
        EventKind.INTERVIEW, DAY, interviewers=names), **kw)  # type: ignore[arg-type]


def test_participants_of_interviews_not_yet_people(session: Session, make_app: MakeApp) -> None:
    app = make_app("Northwind")
    _interview(session, app.id, "Dana Reyes, Sam Lee")
    _interview(session, app.id, "dana  reyes, Kim Park")
    contacts.add_to_application(session, app.id, contacts.ContactInput(name="Kim Park"),
                                ContactRole.HIRING_MANAGER)
    assert _not_yet_people(session, app.id) == ["Dana Reyes", "Sam Lee"]


def test_adding_participants_never_makes_duplicates(session: Session, make_app: MakeApp) -> None:
    app = make_app("Northwind")
    other = make_app("Contoso")
    # Sam already worked with you at Northwind (another application); a Dana at another
    # company is another person.
    sam = contacts.create_contact(session, contacts.ContactInput(name="Sam Lee",
                                                                 company="northwind"))
    contacts.create_contact(session, contacts.ContactInput(name="Dana Reyes", company="Contoso"))
    contacts.add_to_application(session, app.id, contacts.ContactInput(name="Kim Park"),
                                ContactRole.RECRUITER)
    added = contacts.add_participants(session, app.id,
                                      ["Dana Reyes", "SAM LEE", "kim park", "Dána Reyes"])
    assert [(p.name, p.relation) for p in added] == [
        ("Dana Reyes", ContactRole.INTERVIEWER), ("Sam Lee", ContactRole.INTERVIEWER)]
    people = contacts.list_for_application(session, app.id)
    assert [p.name for p in people] == ["Dana Reyes", "Kim Park", "Sam Lee"]
    assert next(p for p in people if p.name == "Sam Lee").id == sam.id  # linked, not copied
    new_dana = next(p for p in people if p.name == "Dana Reyes")
    assert new_dana.company == "Northwind"
    # Asked again, nothing more is added.
    assert contacts.add_participants(session, app.id, ["Dana Reyes", "Sam Lee"]) == []
    assert len(contacts.list_contacts(session)) == 4
    assert contacts.list_for_application(session, other.id) == []
    assert _not_yet_people(session, app.id) == []


def test_an_interview_and_its_people_are_saved_together(
    session: Session, make_app: MakeApp
) -> None:
    app = make_app("Northwind")
    _interview(session, app.id, "Dana Reyes, Sam Lee", people=["Dana Reyes"])
    assert [p.name for p in contacts.list_for_application(session, app.id)] == ["Dana Reyes"]
    assert _not_yet_people(session, app.id) == ["Sam Lee"]


# --- the next step of the story ---------------------------------------------------------------

def _history(*kinds: EventKind, rounds: dict[int, int] | None = None) -> list[EventRow]:
    rounds = rounds or {}
    return [EventRow(id=i, application_id=1, kind=k, occurred_on=DAY, details="",
                     interview_round=rounds.get(i), interviewers="", contact_id=None)
            for i, k in enumerate(kinds)]


K = EventKind


@pytest.mark.parametrize(("history", "first", "also"), [
    ((), K.APPLIED, K.RECRUITER_CONTACT),
    ((K.APPLIED,), K.INTERVIEW, K.CORRESPONDENCE),
    ((K.APPLIED, K.NOTE), K.INTERVIEW, K.CORRESPONDENCE),  # a note doesn't move the story
    ((K.RECRUITER_CONTACT,), K.SCREEN, K.APPLIED),
    ((K.APPLIED, K.INTERVIEW), K.INTERVIEW, K.OFFER),
    ((K.APPLIED, K.INTERVIEW, K.THANK_YOU_SENT), K.INTERVIEW, K.REJECTION),
    ((K.APPLIED, K.INTERVIEW, K.REJECTION), K.THANK_YOU_SENT, K.FEEDBACK_REQUESTED),
    ((K.APPLIED, K.REJECTION, K.THANK_YOU_SENT), K.FEEDBACK_REQUESTED, K.THANK_YOU_SENT),
    ((K.REJECTION, K.FEEDBACK_REQUESTED), K.FEEDBACK_RECEIVED, K.FOLLOW_UP),
    ((K.REJECTION, K.FEEDBACK_REQUESTED, K.FOLLOW_UP), K.FEEDBACK_RECEIVED, K.FOLLOW_UP),
])
def test_a_new_event_offers_the_next_step_of_the_story(
    history: tuple[EventKind, ...], first: EventKind, also: EventKind
) -> None:
    found = next_in_story(_history(*history))
    assert found.kinds[0] == first
    assert also in found.kinds


def test_a_thank_you_already_sent_moves_behind_the_rest() -> None:
    found = next_in_story(_history(K.APPLIED, K.REJECTION, K.THANK_YOU_SENT))
    assert found.kinds[-1] == K.THANK_YOU_SENT


@pytest.mark.parametrize(("history", "rounds", "expected"), [
    ((K.APPLIED,), {}, 1),
    ((K.APPLIED, K.INTERVIEW, K.INTERVIEW), {1: 1, 2: 2}, 3),
    ((K.APPLIED, K.INTERVIEW), {}, None),  # rounds weren't kept: none is guessed
    ((K.INTERVIEW,), {0: 50}, 50),
])
def test_the_next_interview_round_follows_the_last(
    history: tuple[EventKind, ...], rounds: dict[int, int], expected: int | None
) -> None:
    assert next_in_story(_history(*history, rounds=rounds)).interview_round == expected


def test_a_name_typed_in_lower_case_gets_its_capitals(session: Session, make_app: MakeApp) -> None:
    app = make_app("Northwind")
    _interview(session, app.id, "Morgan")  # spelled with a capital the first time
    added = contacts.add_participants(session, app.id, ["morgan", "léa  dubois", "ana de la Cruz"])
    assert [p.name for p in added] == ["Morgan", "Léa Dubois", "ana de la Cruz"]
