"""What the Timeline shows beside an application's editor, read together.

Opening an application is the most frequent thing done in the program; its history, its
people, its documents and its plan come from one session instead of one each, and the
application itself is loaded once for its editor and for how it was sent.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from bounceback.db.models import Application
from bounceback.services import applications, contacts, documents, events, plans, sent_with
from bounceback.services.errors import NotFoundError


@dataclass(frozen=True)
class RelatedRecords:
    events: tuple[events.EventRow, ...]
    people: tuple[contacts.ContactRow, ...]
    plan: plans.PlanRow | None
    documents: tuple[documents.DocumentRow, ...] = ()
    # How it was sent, when an import knows (through LinkedIn, with which CV, what the
    # form asked): most applications know nothing of it.
    sent: sent_with.SentWith = sent_with.NOTHING
    # The plan when step 2 ("thank people") has everything it asks for and can be marked
    # done in one click (plans.ready_to_finish); None otherwise.
    connect_ready: plans.PlanRow | None = None


def related_records(session: Session, app_id: int) -> RelatedRecords:
    """One application's history (oldest first), people, latest plan, documents and how it
    was sent."""
    return _related(session, app_id, session.get(Application, app_id))


def _related(session: Session, app_id: int, app: Application | None) -> RelatedRecords:
    people = tuple(contacts.list_for_application(session, app_id))
    plan = plans.plan_for_application(session, app_id)
    return RelatedRecords(
        events=tuple(events.list_events(session, app_id)),
        people=people,
        plan=plan,
        documents=tuple(documents.list_documents(session, app_id)),
        # Deleted meanwhile: nothing beside it, as for its history (the editor says it's gone).
        sent=sent_with.sent_with_of(session, app) if app is not None else sent_with.NOTHING,
        connect_ready=plans.connect_ready(plan, people),
    )


def application_view(
    session: Session, app_id: int
) -> tuple[applications.ApplicationDetail, RelatedRecords]:
    """An application for its editor, with what is shown beside it, in one read."""
    # Held here: the session keeps loaded objects only while someone does, and the editor's
    # detail is made from this same one (not loaded a second time).
    app = session.get(Application, app_id)
    if app is None:
        raise NotFoundError("application", app_id)
    found = _related(session, app_id, app)
    # The count from the events read.
    return applications.get_application(session, app_id, event_count=len(found.events)), found
