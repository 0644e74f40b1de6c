"""Applications: creating, editing, status history, filtering and deleting."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bounceback.db.enums import (
    ContactRole,
    EventKind,
    Outcome,
    Source,
    Status,
)
from bounceback.db.models import (
    Application,
    ApplicationContact,
    CheckIn,
    Contact,
    Event,
    FeedbackNote,
    ReviewItem,
)
from bounceback.db.store import Store
from bounceback.services import actions, checkins, contacts, events, feedback, review
from bounceback.services import applications as apps
from bounceback.services.errors import NotFoundError, ValidationError
from bounceback.services.event_words import english
from bounceback.services.validation import LONG
from tests.services.conftest import MakeApp

D = dt.date


def _count(session: Session, model: type) -> int:
    return session.scalar(select(func.count()).select_from(model)) or 0


# --- creating ------------------------------------------------------------------------------


def test_create_writes_applied_event_dated_applied_on(session: Session) -> None:
    detail = apps.create_application(
        session,
        apps.ApplicationInput(company="Acme", role="Engineer", applied_on=D(2025, 2, 14)),
        today=D(2025, 6, 1),
    )
    assert detail.status == Status.APPLIED
    assert detail.event_count == 1
    [ev] = events.list_events(session, detail.id)
    assert (ev.kind, ev.occurred_on) == (EventKind.APPLIED, D(2025, 2, 14))


def test_create_without_applied_on_dates_first_event_today(session: Session) -> None:
    detail = apps.create_application(
        session, apps.ApplicationInput(company="Acme", role="Engineer"), today=D(2025, 6, 1)
    )
    [ev] = events.list_events(session, detail.id)
    assert (ev.kind, ev.occurred_on) == (EventKind.APPLIED, D(2025, 6, 1))


def test_create_with_later_status_records_that_status_as_first_event(session: Session) -> None:
    detail = apps.create_application(
        session,
        apps.ApplicationInput(
            company="Acme", role="Engineer", applied_on=D(2025, 1, 5), status=Status.REJECTED
        ),
        today=D(2025, 6, 1),
    )
    [ev] = events.list_events(session, detail.id)
    # The rejection happened "now", not on the day of applying.
    assert (ev.kind, ev.occurred_on) == (EventKind.REJECTION, D(2025, 6, 1))
    assert detail.applied_on == D(2025, 1, 5)


def test_create_cleans_fields(session: Session) -> None:
    detail = apps.create_application(
        session,
        apps.ApplicationInput(
            company="  Acme  ", role="\tEngineer\n", salary_currency=" eur ",
            link="jobs.acme.example/42", source=Source.RECRUITER,
        ),
    )
    assert (detail.company, detail.role) == ("Acme", "Engineer")
    assert detail.salary_currency == "EUR"
    assert detail.link == "https://jobs.acme.example/42"
    assert detail.source == Source.RECRUITER


@pytest.mark.parametrize(
    "link", ["http://acme.example/jobs", "https://acme.example/jobs?id=1&x=%20"]
)
def test_link_with_scheme_is_kept(session: Session, link: str) -> None:
    detail = apps.create_application(
        session, apps.ApplicationInput(company="Acme", role="Engineer", link=link)
    )
    assert detail.link == link


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"company": ""}, "company"),
        ({"company": "   \n"}, "company"),
        ({"role": ""}, "role"),
        ({"company": "x" * 201}, "company"),
        ({"role": "x" * 201}, "role"),
        ({"notes": "x" * (LONG + 1)}, "notes"),
        ({"applied_on": D(205, 3, 1)}, "applied_on"),
        ({"applied_on": D(3000, 1, 1)}, "applied_on"),
        ({"applied_on": D(1969, 12, 31)}, "applied_on"),
        ({"salary_min": 90_000, "salary_max": 60_000}, "salary_max"),
        ({"salary_min": -1}, "salary_min"),
        ({"salary_max": -5000}, "salary_max"),
        ({"link": "not a link"}, "link"),
        ({"link": "ftp://files.acme.example/cv"}, "link"),
        ({"link": "https://"}, "link"),
        ({"salary_currency": "DOLLARSSS"}, "salary_currency"),
    ],
)
def test_create_rejects_bad_input_and_writes_nothing(
    session: Session, changes: dict[str, object], field: str
) -> None:
    data = replace(apps.ApplicationInput(company="Acme", role="Engineer"), **changes)
    with pytest.raises(ValidationError) as info:
        apps.create_application(session, data)
    assert info.value.field == field
    assert info.value.message
    assert _count(session, Application) == 0
    assert _count(session, Event) == 0


def test_edges_of_the_accepted_ranges_are_fine(session: Session) -> None:
    for day in (D(1970, 1, 1), D(2100, 12, 31)):
        detail = apps.create_application(
            session,
            apps.ApplicationInput(
                company="c" * 200, role="r" * 200, applied_on=day, salary_min=0, salary_max=0
            ),
        )
        assert detail.applied_on == day
        assert len(detail.company) == 200


def test_unusual_text_is_stored_intact(store: Store) -> None:
    company = "שלום Corp 🚀"  # right-to-left script mixed with an emoji
    role = "Ingénieure \u202edata\u202c 👩🏽‍💻"  # bidi override and a ZWJ sequence
    notes = "line one\nline\x00two\x00"
    with store.session() as s, s.begin():
        app_id = apps.create_application(
            s, apps.ApplicationInput(company=company, role=role, notes=notes)
        ).id
    with store.session() as s:
        detail = apps.get_application(s, app_id)
    assert detail.company == company
    assert detail.role == role
    # NUL bytes are dropped (they truncate text in many tools); everything else survives.
    assert detail.notes == "line one\nlinetwo"


# --- status changes ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "kind", "details"),
    [
        (Status.REJECTED, EventKind.REJECTION, ""),
        (Status.SCREENING, EventKind.SCREEN, ""),
        (Status.INTERVIEWING, EventKind.INTERVIEW, ""),
        (Status.OFFER, EventKind.OFFER, ""),
        (Status.WITHDRAWN, EventKind.STATUS_CHANGE, "Withdrew the application"),
        (Status.GHOSTED, EventKind.STATUS_CHANGE, "No response from the company"),
        (Status.ACCEPTED, EventKind.STATUS_CHANGE, "Accepted the offer"),
    ],
)
def test_status_change_writes_matching_event(
    session: Session, make_app: MakeApp, status: Status, kind: EventKind, details: str
) -> None:
    app = make_app()
    detail = apps.set_status(session, app.id, status, on=D(2025, 4, 2))
    assert detail.status == status
    assert detail.event_count == 2
    last = events.list_events(session, app.id)[-1]
    assert (last.kind, last.occurred_on, english(last.said, last.details)) == (
        kind, D(2025, 4, 2), details)


def test_status_change_without_date_is_dated_today(session: Session, make_app: MakeApp) -> None:
    app = make_app()
    apps.set_status(session, app.id, Status.GHOSTED)
    assert events.list_events(session, app.id)[-1].occurred_on == dt.date.today()


def test_status_change_with_absurd_date_is_rejected(session: Session, make_app: MakeApp) -> None:
    app = make_app()
    with pytest.raises(ValidationError) as info:
        apps.set_status(session, app.id, Status.REJECTED, on=D(3000, 1, 1))
    assert info.value.field == "status_on"


def test_edit_without_status_change_writes_no_event(session: Session, make_app: MakeApp) -> None:
    app = make_app()
    data = replace(app.as_input(), notes="Talked to Sam", salary_min=50_000, salary_max=60_000)
    detail = apps.update_application(session, app.id, data, status_on=D(2025, 5, 5))
    assert detail.notes == "Talked to Sam"
    assert (detail.salary_min, detail.salary_max) == (50_000, 60_000)
    assert detail.event_count == 1
    assert [e.kind for e in events.list_events(session, app.id)] == [EventKind.APPLIED]


def test_failed_edit_leaves_application_as_it_was(session: Session, make_app: MakeApp) -> None:
    app = make_app(notes="original")
    bad = replace(app.as_input(), notes="changed", company="", status=Status.REJECTED)
    with pytest.raises(ValidationError):
        apps.update_application(session, app.id, bad)
    after = apps.get_application(session, app.id)
    assert (after.company, after.notes, after.status) == ("Acme", "original", Status.APPLIED)
    assert after.event_count == 1


@pytest.mark.parametrize(
    "call",
    [
        lambda s: apps.get_application(s, 999),
        lambda s: apps.update_application(s, 999, apps.ApplicationInput("A", "B")),
        lambda s: apps.set_status(s, 999, Status.REJECTED),
        lambda s: apps.set_archived(s, 999, True),
        lambda s: apps.delete_application(s, 999),
    ],
    ids=["get", "update", "set_status", "set_archived", "delete"],
)
def test_missing_application_raises_not_found(
    session: Session, call: Callable[[Session], object]
) -> None:
    with pytest.raises(NotFoundError) as info:
        call(session)
    assert (info.value.what, info.value.ident) == ("application", 999)


# --- status_after_event --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("current", "kind", "expected"),
    [
        (Status.APPLIED, EventKind.REJECTION, Status.REJECTED),
        (Status.OFFER, EventKind.REJECTION, Status.REJECTED),
        (Status.REJECTED, EventKind.REJECTION, None),
        (Status.APPLIED, EventKind.OFFER, Status.OFFER),
        (Status.REJECTED, EventKind.OFFER, Status.OFFER),
        (Status.OFFER, EventKind.OFFER, None),
        (Status.ACCEPTED, EventKind.OFFER, None),
        (Status.APPLIED, EventKind.SCREEN, Status.SCREENING),
        (Status.APPLIED, EventKind.INTERVIEW, Status.INTERVIEWING),
        (Status.SCREENING, EventKind.INTERVIEW, Status.INTERVIEWING),
        (Status.INTERVIEWING, EventKind.SCREEN, None),
        (Status.INTERVIEWING, EventKind.INTERVIEW, None),
        (Status.OFFER, EventKind.INTERVIEW, None),
        (Status.GHOSTED, EventKind.INTERVIEW, Status.INTERVIEWING),
        (Status.GHOSTED, EventKind.SCREEN, Status.SCREENING),
        (Status.REJECTED, EventKind.INTERVIEW, None),
        (Status.WITHDRAWN, EventKind.SCREEN, None),
        (Status.ACCEPTED, EventKind.INTERVIEW, None),
        (Status.APPLIED, EventKind.NOTE, None),
        (Status.APPLIED, EventKind.THANK_YOU_SENT, None),
        (Status.REJECTED, EventKind.FEEDBACK_RECEIVED, None),
    ],
)
def test_status_after_event(current: Status, kind: EventKind, expected: Status | None) -> None:
    assert apps.status_after_event(current, kind) == expected


# --- listing -------------------------------------------------------------------------------


def _companies(rows: list[apps.ApplicationRow]) -> list[str]:
    return [r.company for r in rows]


def test_text_filter_is_case_insensitive_on_company_and_role(
    session: Session, make_app: MakeApp
) -> None:
    make_app("Acme Robotics", "Engineer")
    make_app("Globex", "Data ENGINEER")
    make_app("Initech", "Designer")
    found = apps.list_applications(session, apps.ApplicationFilter(text="  engineer "))
    assert sorted(_companies(found)) == ["Acme Robotics", "Globex"]
    found = apps.list_applications(session, apps.ApplicationFilter(text="ACME"))
    assert _companies(found) == ["Acme Robotics"]


def test_text_filter_is_case_insensitive_beyond_ascii(
    session: Session, make_app: MakeApp
) -> None:
    make_app("Émile Société", "Ingénieur")
    found = apps.list_applications(session, apps.ApplicationFilter(text="émile société"))
    assert _companies(found) == ["Émile Société"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("100%", ["100% Remote"]),
        ("%", ["100% Remote"]),
        ("a_b", ["a_b labs"]),
        ("\\", ["Back\\slash"]),
    ],
)
def test_text_filter_treats_wildcards_literally(
    session: Session, make_app: MakeApp, text: str, expected: list[str]
) -> None:
    for name in ("100% Remote", "1000 Remote", "a_b labs", "axb labs", "Back\\slash"):
        make_app(name, "Engineer")
    found = apps.list_applications(session, apps.ApplicationFilter(text=text))
    assert _companies(found) == expected


def test_status_filter(session: Session, make_app: MakeApp) -> None:
    a = make_app("A")
    b = make_app("B")
    make_app("C")
    apps.set_status(session, a.id, Status.REJECTED)
    apps.set_status(session, b.id, Status.GHOSTED)
    flt = apps.ApplicationFilter(statuses=frozenset({Status.REJECTED, Status.GHOSTED}))
    assert sorted(_companies(apps.list_applications(session, flt))) == ["A", "B"]
    flt = apps.ApplicationFilter(statuses=frozenset({Status.APPLIED}))
    assert _companies(apps.list_applications(session, flt)) == ["C"]


def test_archived_hidden_unless_asked(session: Session, make_app: MakeApp) -> None:
    kept = make_app("Kept")
    hidden = make_app("Hidden")
    apps.set_archived(session, hidden.id, True)
    assert _companies(apps.list_applications(session)) == ["Kept"]
    rows = apps.list_applications(session, apps.ApplicationFilter(include_archived=True))
    assert {r.company: r.archived for r in rows} == {"Kept": False, "Hidden": True}
    apps.set_archived(session, hidden.id, False)
    assert sorted(_companies(apps.list_applications(session))) == ["Hidden", "Kept"]
    assert apps.get_application(session, kept.id).archived is False


def test_list_orders_by_last_activity(session: Session, make_app: MakeApp) -> None:
    old = make_app("Old", applied_on=D(2025, 1, 1))
    make_app("Middle", applied_on=D(2025, 2, 1))
    make_app("Recent", applied_on=D(2025, 3, 1))
    assert _companies(apps.list_applications(session)) == ["Recent", "Middle", "Old"]
    # New activity on the oldest application brings it to the top.
    events.add_event(session, old.id, events.EventInput(EventKind.NOTE, D(2025, 4, 1)))
    rows = apps.list_applications(session)
    assert _companies(rows) == ["Old", "Recent", "Middle"]
    assert rows[0].last_activity == D(2025, 4, 1)
    assert rows[0].applied_on == D(2025, 1, 1)


def test_list_choices_alphabetical_and_archive_aware(session: Session, make_app: MakeApp) -> None:
    make_app("beta", "Z")
    archived = make_app("Alpha", "Y")
    apps.set_archived(session, archived.id, True)
    labels = [label for _, label in apps.list_choices(session)]
    assert labels == ["Alpha — Y", "beta — Z"]
    labels = [label for _, label in apps.list_choices(session, include_archived=False)]
    assert labels == ["beta — Z"]


# --- deleting ------------------------------------------------------------------------------


def test_delete_cascades_but_keeps_action_items(store: Store) -> None:
    with store.session() as s, s.begin():
        app = apps.create_application(s, apps.ApplicationInput("Acme", "Engineer"))
        other = apps.create_application(s, apps.ApplicationInput("Globex", "Engineer"))
        person = contacts.create_contact(s, contacts.ContactInput(name="Sam"))
        contacts.link_contact(s, app.id, person.id, ContactRole.RECRUITER)
        events.add_event(s, app.id, events.EventInput(EventKind.INTERVIEW, D(2025, 3, 2)))
        rejection = events.add_event(
            s, app.id, events.EventInput(EventKind.REJECTION, D(2025, 3, 9))
        )
        note = feedback.create_feedback(s, app.id, feedback.FeedbackInput(asked_whom="Sam"))
        items = review.ensure_checklist(s, app.id)
        assert len(items) >= 5
        review.assess(s, items[0].id, Outcome.TO_IMPROVE)
        checkin = checkins.create_checkin(
            s,
            checkins.CheckInInput(
                felt_at=dt.datetime(2025, 3, 9, 20, 0), emotions=(("hurt", 6),),
                application_id=app.id, rejection_event_id=rejection.id,
            ),
        )
        manual = actions.create_action(
            s, actions.ActionInput(text="Practise", application_id=app.id)
        )
        from_feedback = actions.create_action(
            s, actions.ActionInput(text="Lead more", application_id=app.id, feedback_id=note.id)
        )
        from_review = review.make_action(s, items[0].id, "Ask a friend to proofread")
        unrelated = actions.create_action(
            s, actions.ActionInput(text="Other", application_id=other.id)
        )

    with store.session() as s, s.begin():
        apps.delete_application(s, app.id)

    with store.session() as s:
        assert s.get(Application, app.id) is None
        assert s.scalars(select(Event).where(Event.application_id == app.id)).all() == []
        assert s.get(FeedbackNote, note.id) is None
        assert s.scalars(select(ReviewItem)).all() == []
        assert s.scalars(select(ApplicationContact)).all() == []
        assert s.get(Contact, person.id) is not None
        kept = s.get(CheckIn, checkin.id)
        assert kept is not None
        assert (kept.application_id, kept.rejection_event_id) == (None, None)
        by_id = {a.id: a for a in actions.list_actions(s)}
        assert set(by_id) == {manual.id, from_feedback.id, from_review.id, unrelated.id}
        for a in (manual, from_feedback, from_review):
            row = by_id[a.id]
            assert (row.application_id, row.feedback_id, row.review_item_id) == (None, None, None)
        assert by_id[unrelated.id].application_id == other.id
        assert [e.kind for e in events.list_events(s, other.id)] == [EventKind.APPLIED]


def test_update_with_status_change_keeps_other_edits(session: Session, make_app: MakeApp) -> None:
    app = make_app(source=Source.REFERRAL)
    data = replace(app.as_input(), status=Status.INTERVIEWING, role="Senior Engineer")
    detail = apps.update_application(session, app.id, data, status_on=D(2025, 3, 20))
    assert (detail.role, detail.status, detail.source) == (
        "Senior Engineer", Status.INTERVIEWING, Source.REFERRAL,
    )
    kinds = [e.kind for e in events.list_events(session, app.id)]
    assert kinds == [EventKind.APPLIED, EventKind.INTERVIEW]



def test_a_saved_job_is_not_applied_to_until_it_moves_on(session: Session) -> None:
    saved = apps.create_application(session, apps.ApplicationInput(
        "Umbrella", "Data lead", status=Status.SAVED, link="umbrella.example/jobs/9",
        deadline=dt.date(2026, 4, 1)), today=dt.date(2026, 3, 1))
    assert (saved.status, saved.applied_on, saved.deadline) == \
        (Status.SAVED, None, dt.date(2026, 4, 1))
    [first] = events.list_events(session, saved.id)
    assert (first.kind, first.said, first.occurred_on) == \
        (EventKind.STATUS_CHANGE, "saved", dt.date(2026, 3, 1))
    assert english(first.said, first.details) == "Saved to apply later"
    moved = apps.set_status(session, saved.id, Status.APPLIED, on=dt.date(2026, 3, 10))
    assert (moved.status, moved.applied_on) == (Status.APPLIED, dt.date(2026, 3, 10))
    kinds = [e.kind for e in events.list_events(session, saved.id)]
    assert kinds == [EventKind.STATUS_CHANGE, EventKind.APPLIED]


def test_an_event_moves_a_saved_job_on_and_dates_its_application(session: Session) -> None:
    saved = apps.create_application(session, apps.ApplicationInput(
        "Umbrella", "Data lead", status=Status.SAVED))
    events.add_event(session, saved.id, events.EventInput(EventKind.SCREEN, dt.date(2026, 3, 4)))
    detail = apps.get_application(session, saved.id)
    assert (detail.status, detail.applied_on) == (Status.SCREENING, dt.date(2026, 3, 4))
    assert apps.status_after_event(Status.SAVED, EventKind.APPLIED) == Status.APPLIED
    assert apps.status_after_event(Status.GHOSTED, EventKind.APPLIED) is None


def test_a_mistyped_deadline_is_refused(session: Session) -> None:
    with pytest.raises(ValidationError) as err:
        apps.create_application(session, apps.ApplicationInput(
            "Umbrella", "Data lead", status=Status.SAVED, deadline=dt.date(2205, 1, 1)))
    assert err.value.field == "deadline"
