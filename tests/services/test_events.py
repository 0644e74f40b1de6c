"""Timeline events: history order, validation, and the status moves they imply."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace

import pytest
from sqlalchemy.orm import Session

from bounceback.db.enums import EventKind, Status
from bounceback.services import applications as apps
from bounceback.services import contacts, events
from bounceback.services.errors import NotFoundError, ValidationError
from bounceback.services.validation import LONG
from tests.services.conftest import MakeApp

D = dt.date


def _add(session: Session, app_id: int, kind: EventKind, day: dt.date, **kw: object):
    return events.add_event(session, app_id, events.EventInput(kind, day, **kw))  # type: ignore[arg-type]


def test_list_events_oldest_first_ties_in_recorded_order(
    session: Session, make_app: MakeApp
) -> None:
    app = make_app(applied_on=D(2025, 3, 1))
    late = _add(session, app.id, EventKind.NOTE, D(2025, 3, 20), details="late")
    first_tie = _add(session, app.id, EventKind.CORRESPONDENCE, D(2025, 3, 10), details="a")
    second_tie = _add(session, app.id, EventKind.NOTE, D(2025, 3, 10), details="b")
    rows = events.list_events(session, app.id)
    assert [r.details for r in rows] == ["", "a", "b", "late"]
    assert [r.id for r in rows[1:]] == [first_tie.id, second_tie.id, late.id]


def test_add_returns_row_with_company_and_role(session: Session, make_app: MakeApp) -> None:
    app = make_app("Acme", "Engineer")
    row = _add(session, app.id, EventKind.THANK_YOU_SENT, D(2025, 3, 5), details=" Sent  ")
    assert (row.company, row.role, row.application_id) == ("Acme", "Engineer", app.id)
    assert row.details == "Sent"
    assert events.get_event(session, row.id) == row


def test_update_and_delete_event(session: Session, make_app: MakeApp) -> None:
    app = make_app()
    row = _add(session, app.id, EventKind.NOTE, D(2025, 3, 5), details="draft")
    updated = events.update_event(
        session, row.id, replace(row.as_input(), details="final", occurred_on=D(2025, 3, 6))
    )
    assert (updated.details, updated.occurred_on) == ("final", D(2025, 3, 6))
    assert events.get_event(session, row.id).details == "final"
    events.delete_event(session, row.id)
    assert [e.kind for e in events.list_events(session, app.id)] == [EventKind.APPLIED]
    with pytest.raises(NotFoundError):
        events.get_event(session, row.id)


@pytest.mark.parametrize(
    "call",
    [
        lambda s: events.get_event(s, 999),
        lambda s: events.update_event(s, 999, events.EventInput(EventKind.NOTE, D(2025, 1, 1))),
        lambda s: events.delete_event(s, 999),
    ],
    ids=["get", "update", "delete"],
)
def test_missing_event_raises_not_found(
    session: Session, call: Callable[[Session], object]
) -> None:
    with pytest.raises(NotFoundError) as info:
        call(session)
    assert info.value.what == "event"


def test_add_event_to_missing_application(session: Session) -> None:
    with pytest.raises(NotFoundError) as info:
        _add(session, 42, EventKind.NOTE, D(2025, 1, 1))
    assert (info.value.what, info.value.ident) == ("application", 42)


def test_list_all_events_hides_archived_and_carries_labels(
    session: Session, make_app: MakeApp
) -> None:
    acme = make_app("Acme", "Engineer", applied_on=D(2025, 1, 1))
    globex = make_app("Globex", "Analyst", applied_on=D(2025, 2, 1))
    _add(session, acme.id, EventKind.INTERVIEW, D(2025, 3, 1))
    apps.set_archived(session, globex.id, True)

    visible = events.list_all_events(session)
    assert [(r.company, r.role, r.occurred_on) for r in visible] == [
        ("Acme", "Engineer", D(2025, 3, 1)),
        ("Acme", "Engineer", D(2025, 1, 1)),
    ]
    everything = events.list_all_events(session, include_archived=True, newest_first=False)
    assert [(r.company, r.kind) for r in everything] == [
        ("Acme", EventKind.APPLIED),
        ("Globex", EventKind.APPLIED),
        ("Acme", EventKind.INTERVIEW),
    ]
    assert everything[1].role == "Analyst"


def test_rejection_event_moves_status_without_a_second_event(
    session: Session, make_app: MakeApp
) -> None:
    app = make_app()
    _add(session, app.id, EventKind.REJECTION, D(2025, 4, 1), details="Went with another")
    detail = apps.get_application(session, app.id)
    assert detail.status == Status.REJECTED
    assert [e.kind for e in events.list_events(session, app.id)] == [
        EventKind.APPLIED, EventKind.REJECTION,
    ]


def test_interview_moves_status_forward_only(session: Session, make_app: MakeApp) -> None:
    app = make_app()
    _add(session, app.id, EventKind.INTERVIEW, D(2025, 3, 5))
    assert apps.get_application(session, app.id).status == Status.INTERVIEWING

    offered = make_app("Globex", status=Status.OFFER)
    _add(session, offered.id, EventKind.INTERVIEW, D(2025, 3, 5))
    _add(session, offered.id, EventKind.SCREEN, D(2025, 3, 6))
    assert apps.get_application(session, offered.id).status == Status.OFFER


def test_note_leaves_status_alone(session: Session, make_app: MakeApp) -> None:
    app = make_app(status=Status.SCREENING)
    _add(session, app.id, EventKind.NOTE, D(2025, 3, 5))
    assert apps.get_application(session, app.id).status == Status.SCREENING


@pytest.mark.parametrize("kind", [EventKind.SCREEN, EventKind.NOTE, EventKind.REJECTION])
def test_interview_fields_dropped_for_other_kinds(
    session: Session, make_app: MakeApp, kind: EventKind
) -> None:
    app = make_app()
    row = _add(session, app.id, kind, D(2025, 3, 5), interview_round=2, interviewers="Kim, Lee")
    assert (row.interview_round, row.interviewers) == (None, "")
    stored = events.get_event(session, row.id)
    assert (stored.interview_round, stored.interviewers) == (None, "")


def test_interview_fields_kept_for_interviews_and_dropped_on_kind_change(
    session: Session, make_app: MakeApp
) -> None:
    app = make_app()
    row = _add(session, app.id, EventKind.INTERVIEW, D(2025, 3, 5),
               interview_round=2, interviewers=" Kim, Lee ")
    assert (row.interview_round, row.interviewers) == (2, "Kim, Lee")
    changed = events.update_event(session, row.id, replace(row.as_input(), kind=EventKind.NOTE))
    assert (changed.kind, changed.interview_round, changed.interviewers) == (
        EventKind.NOTE, None, "",
    )


@pytest.mark.parametrize(
    ("kw", "field"),
    [
        ({"occurred_on": None}, "occurred_on"),
        ({"occurred_on": D(205, 1, 1)}, "occurred_on"),
        ({"occurred_on": D(3000, 1, 1)}, "occurred_on"),
        ({"kind": EventKind.INTERVIEW, "interview_round": 0}, "interview_round"),
        ({"kind": EventKind.INTERVIEW, "interview_round": 51}, "interview_round"),
        ({"details": "x" * (LONG + 1)}, "details"),
        ({"kind": EventKind.INTERVIEW, "interviewers": "x" * 501}, "interviewers"),
    ],
)
def test_add_event_validation(
    session: Session, make_app: MakeApp, kw: dict[str, object], field: str
) -> None:
    app = make_app()
    data = replace(events.EventInput(EventKind.NOTE, D(2025, 3, 5)), **kw)
    with pytest.raises(ValidationError) as info:
        events.add_event(session, app.id, data)
    assert info.value.field == field
    assert len(events.list_events(session, app.id)) == 1


def test_event_with_contact(session: Session, make_app: MakeApp) -> None:
    app = make_app()
    person = contacts.create_contact(session, contacts.ContactInput(name="Kim"))
    row = _add(session, app.id, EventKind.THANK_YOU_SENT, D(2025, 3, 5), contact_id=person.id)
    assert events.get_event(session, row.id).contact_id == person.id


def test_event_with_unknown_contact_is_refused(session: Session, make_app: MakeApp) -> None:
    app = make_app()
    with pytest.raises(NotFoundError) as info:
        _add(session, app.id, EventKind.NOTE, D(2025, 3, 5), contact_id=777)
    assert (info.value.what, info.value.ident) == ("contact", 777)
    assert len(events.list_events(session, app.id)) == 1
    row = events.list_events(session, app.id)[0]
    with pytest.raises(NotFoundError):
        events.update_event(session, row.id, replace(row.as_input(), contact_id=777))
    assert events.get_event(session, row.id).contact_id is None


def test_editing_an_event_into_a_rejection_moves_the_status(session, make_app):
    import datetime as dt

    from bounceback.db.enums import EventKind, Status
    from bounceback.services import applications, events
    from bounceback.services.events import EventInput

    app = make_app()
    note = events.add_event(session, app.id, EventInput(EventKind.NOTE, dt.date(2026, 5, 1)))
    assert applications.get_application(session, app.id).status == Status.APPLIED
    events.update_event(session, note.id, EventInput(EventKind.REJECTION, dt.date(2026, 5, 1)))
    assert applications.get_application(session, app.id).status == Status.REJECTED
