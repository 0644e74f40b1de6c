"""What the Timeline shows beside an application's editor, read in one go."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from bounceback.db.enums import ContactRole, EventKind, Status
from bounceback.services import applications as apps
from bounceback.services import contacts, events, plans
from bounceback.services.related import related_records
from tests.services.conftest import MakeApp


def test_history_people_and_plan_together(session: Session, make_app: MakeApp) -> None:
    app = make_app("Northwind", applied_on=dt.date(2026, 1, 5))
    other = make_app("Contoso")
    events.add_event(session, app.id, events.EventInput(EventKind.INTERVIEW,
                                                        dt.date(2026, 1, 20)))
    contacts.add_to_application(session, app.id, contacts.ContactInput(name="Sam"),
                                ContactRole.RECRUITER)
    apps.set_status(session, app.id, Status.REJECTED, on=dt.date(2026, 2, 1))

    found = related_records(session, app.id)
    assert [e.kind for e in found.events] == [e.kind for e in events.list_events(session,
                                                                                   app.id)]
    assert EventKind.INTERVIEW in [e.kind for e in found.events]
    assert [p.name for p in found.people] == ["Sam"]
    assert found.plan == plans.plan_for_application(session, app.id)
    assert found.plan is not None

    quiet = related_records(session, other.id)
    assert quiet.people == () and quiet.plan is None


def test_application_view_is_the_detail_and_its_related_records(
    session: Session, make_app: MakeApp
) -> None:
    from bounceback.services.related import application_view

    app = make_app("Fabrikam")
    detail, found = application_view(session, app.id)
    assert detail == apps.get_application(session, app.id)
    assert found == related_records(session, app.id)


def test_application_view_of_a_deleted_application_says_so(session: Session,
                                                          make_app: MakeApp) -> None:
    import pytest

    from bounceback.services.errors import NotFoundError
    from bounceback.services.related import application_view

    app = make_app("Gone Ltd")
    apps.delete_application(session, app.id)
    with pytest.raises(NotFoundError):
        application_view(session, app.id)


def test_how_it_was_sent_comes_with_the_rest(session: Session, make_app: MakeApp) -> None:
    from bounceback.db.enums import DocumentKind
    from bounceback.services import documents, sent_with

    app = make_app("Northwind")
    quiet = make_app("Contoso")
    doc = documents.attach(session, quiet.id, "Jordan Lee CV.txt", b"CV", kind=DocumentKind.CV)
    sent_with.set_sent_with(session, app.id, applied_through="LinkedIn",
                            resume_name="Jordan Lee CV.pdf",
                            answers=[("Years of Python?", "6"), ("Visa needed?", "No")])

    found = related_records(session, app.id)
    assert found.sent == sent_with.SentWith(
        "LinkedIn", "Jordan Lee CV.pdf", doc.id,
        (sent_with.ScreeningRow("Years of Python?", "6"),
         sent_with.ScreeningRow("Visa needed?", "No")))
    assert related_records(session, quiet.id).sent.empty
    apps.delete_application(session, app.id)
    assert related_records(session, app.id).sent == sent_with.NOTHING


def test_step_two_ready_to_finish_comes_with_the_rest(session: Session,
                                                      make_app: MakeApp) -> None:
    """Read with the people and the plan already there, as plans.ready_to_finish reads it."""
    from bounceback.db.enums import PlanStep, StepState
    from tests.builders import add_contact

    no_day = dt.date(2026, 5, 10)
    app = make_app("Northwind", applied_on=dt.date(2026, 4, 1), rejected_on=no_day)

    def agree() -> plans.PlanRow | None:
        ready = related_records(session, app.id).connect_ready
        assert ready == plans.ready_to_finish(session, app.id, PlanStep.CONNECT)
        return ready

    assert agree() is None  # nobody to thank yet
    dana = add_contact(session, app.id, "Dana Reyes")
    sam = add_contact(session, app.id, "Sam Lee")
    contacts.mark_thanked(session, app.id, dana.id, no_day + dt.timedelta(days=1))
    assert agree() is None  # Sam is still to thank
    contacts.mark_thanked(session, app.id, sam.id, no_day - dt.timedelta(days=2))
    assert agree() is None  # thanked before the "no": another note
    contacts.mark_thanked(session, app.id, sam.id, no_day + dt.timedelta(days=2))
    ready = agree()
    assert ready is not None and ready.id == related_records(session, app.id).plan.id
    plans.set_step(session, ready.id, PlanStep.CONNECT, StepState.DONE)
    assert agree() is None  # done already
    assert related_records(session, make_app("Contoso").id).connect_ready is None  # no plan


def test_opening_an_application_reads_it_once_in_a_few_statements(
    session: Session, make_app: MakeApp
) -> None:
    """Opening an application is the most frequent thing done: the application is loaded
    once (for its editor and for how it was sent), and each table beside it read once."""
    from sqlalchemy import event

    from bounceback.db.enums import DocumentKind
    from bounceback.services import documents, sent_with
    from bounceback.services.related import application_view
    from tests.builders import add_contact

    app = make_app("Northwind", applied_on=dt.date(2026, 1, 5), rejected_on=dt.date(2026, 2, 1))
    add_contact(session, app.id, "Sam")
    documents.attach(session, app.id, "Jordan Lee CV.txt", b"CV", kind=DocumentKind.CV)
    sent_with.set_sent_with(session, app.id, applied_through="LinkedIn",
                            resume_name="Jordan Lee CV.pdf", answers=[("Visa needed?", "No")])
    session.flush()
    session.expunge_all()  # nothing left over from writing it
    sent: list[str] = []

    def record(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        sent.append(" ".join(statement.lower().split()))

    engine = session.connection().engine
    event.listen(engine, "before_cursor_execute", record)
    try:
        detail, found = application_view(session, app.id)
    finally:
        event.remove(engine, "before_cursor_execute", record)
    assert detail.company == "Northwind" and found.sent.resume_document_id is not None
    assert len([s for s in sent if "applications.job_description" in s]) == 1
    # The application, its events, people, plan, documents (and where their contents are
    # shared), screening answers, and the CV sent by name.
    assert len(sent) <= 8, sent
