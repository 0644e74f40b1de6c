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
