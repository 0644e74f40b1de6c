"""What the Timeline shows beside an application's editor, read together.

Opening an application is the most frequent thing done in the program; its history, its
people and its plan come from one session instead of one each.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

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


def related_records(session: Session, app_id: int) -> RelatedRecords:
    """One application's history (oldest first), people, latest plan, documents and how it
    was sent."""
    return RelatedRecords(
        events=tuple(events.list_events(session, app_id)),
        people=tuple(contacts.list_for_application(session, app_id)),
        plan=plans.plan_for_application(session, app_id),
        documents=tuple(documents.list_documents(session, app_id)),
        sent=_sent(session, app_id),
    )


def _sent(session: Session, app_id: int) -> sent_with.SentWith:
    # Deleted meanwhile: nothing beside it, as for its history (the editor says it's gone).
    try:
        return sent_with.sent_with(session, app_id)
    except NotFoundError:
        return sent_with.NOTHING


def application_view(
    session: Session, app_id: int
) -> tuple[applications.ApplicationDetail, RelatedRecords]:
    """An application for its editor, with what is shown beside it, in one read."""
    found = related_records(session, app_id)
    # Raises NotFoundError for an application deleted meanwhile; counted from the events read.
    return applications.get_application(session, app_id, event_count=len(found.events)), found
