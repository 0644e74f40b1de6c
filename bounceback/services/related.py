"""What the Timeline shows beside an application's editor, read together.

Opening an application is the most frequent thing done in the program; its history, its
people, its documents and its plan come from one session instead of one each, and the
application itself is read once, as the columns its editor and "how it was sent" show.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, fields
from typing import Any

from sqlalchemy import Select, bindparam, select
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


# What the editor shows of the application (every field of ApplicationDetail but the count
# of its events, which comes from the events read with it), then how it was sent.
_SHOWN = tuple(f.name for f in fields(applications.ApplicationDetail) if f.name != "event_count")
_SENT = ("applied_through", "resume_name")


@functools.cache
def _application(*names: str) -> Select[*tuple[Any, ...]]:
    # Columns rather than the object (its loading is most of an open's reading), the
    # statement made once with the application as a parameter.
    return select(*(getattr(Application, n) for n in names)) \
        .where(Application.id == bindparam("app_id"))


def related_records(session: Session, app_id: int) -> RelatedRecords:
    """One application's history (oldest first), people, latest plan, documents and how it
    was sent."""
    # Deleted meanwhile: nothing beside it, as for its history (the editor says it's gone).
    sent = session.execute(_application(*_SENT), {"app_id": app_id}).first()
    return _related(session, app_id, None if sent is None else tuple(sent))


def _related(session: Session, app_id: int, sent: tuple[str, str] | None) -> RelatedRecords:
    people = tuple(contacts.list_for_application(session, app_id))
    plan = plans.plan_for_application(session, app_id)
    return RelatedRecords(
        events=tuple(events.list_events(session, app_id)),
        people=people,
        plan=plan,
        documents=tuple(documents.list_documents(session, app_id)),
        sent=sent_with.NOTHING if sent is None
        else sent_with.sent_with_known(session, app_id, *sent),
        connect_ready=plans.connect_ready(plan, people),
    )


def application_view(
    session: Session, app_id: int
) -> tuple[applications.ApplicationDetail, RelatedRecords]:
    """An application for its editor, with what is shown beside it, in one read."""
    row = session.execute(_application(*_SHOWN, *_SENT), {"app_id": app_id}).first()
    if row is None:
        raise NotFoundError("application", app_id)
    values = row._asdict()
    found = _related(session, app_id, tuple(values.pop(n) for n in _SENT))
    return applications.ApplicationDetail(**values, event_count=len(found.events)), found
