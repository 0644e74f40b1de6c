"""Test data, made through the real services: one builder per kind of record.

Every builder takes, first, where to write:

- a ``Session``: written in it, inside the caller's transaction (the service tests'
  ``session`` fixture);
- a ``Store``: written in a session and transaction of its own, committed before it returns;
- an ``Ops``: written through ``Ops.write``, as a screen saves, so open widgets hear of the
  change (widget tests' ``ops`` fixture). A write that fails there fails the test.

Every builder returns what its service returned (an ``ApplicationDetail``, a ``CheckInRow``,
…): ``.id`` is the new record's id.

The defaults are fixed dates, never today's, so a test reads the same whatever the day. Pass a
keyword for anything the test is about, even when it is the default: the test then says what
it relies on.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy.orm import Session

from bounceback.db.enums import ActionSource, ContactRole, EventKind, Source, Status
from bounceback.db.store import Store
from bounceback.services import actions, applications, checkins, contacts, events, feedback

if TYPE_CHECKING:  # Qt stays out of the service and store tests that use these builders.
    from bounceback.ui.common.ops import Ops

    Target = Session | Store | Ops

T = TypeVar("T")

# The days the builders use unless told otherwise.
APPLIED_ON = dt.date(2025, 3, 1)
FELT_AT = dt.datetime(2025, 3, 9, 21, 30)
ASKED_ON = dt.date(2025, 4, 10)


def write(to: Target, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """``fn(session, *args, **kwargs)`` for a service function ``fn``, written to ``to``."""
    if isinstance(to, Session):
        return fn(to, *args, **kwargs)
    if isinstance(to, Store):
        with to.session() as s, s.begin():
            return fn(s, *args, **kwargs)
    made = to.write(None, fn, *args, **kwargs)
    assert made is not None, f"{fn.__name__} failed through Ops"
    return made


def add_application(
    to: Target,
    company: str = "Acme",
    role: str = "Engineer",
    *,
    applied_on: dt.date | None = APPLIED_ON,
    status: Status = Status.APPLIED,
    source: Source = Source.DIRECT,
    rejected_on: dt.date | None = None,
    today: dt.date | None = None,
    **fields: Any,
) -> applications.ApplicationDetail:
    """An application. ``applied_on=None``: undated (its first event is then dated ``today``,
    or the real today when that is None too). ``rejected_on``: afterwards its status is set
    to Rejected on that day, a second write, as the person would (which offers a plan).
    ``fields``: any other field of ``ApplicationInput`` (link, notes, salary_min, …)."""
    data = applications.ApplicationInput(
        company=company, role=role, applied_on=applied_on, status=status, source=source,
        **fields,
    )
    detail = write(to, applications.create_application, data, today=today)
    if rejected_on is not None:
        detail = write(to, applications.set_status, detail.id, Status.REJECTED, on=rejected_on)
    return detail


def add_event(
    to: Target,
    app_id: int,
    kind: EventKind,
    day: dt.date,
    *,
    people: Sequence[str] = (),
    **fields: Any,
) -> events.EventRow:
    """A moment in an application's history. ``fields``: details, interview_round,
    interviewers, contact_id; ``people``: names to make people of the application too."""
    return write(to, events.add_event, app_id, events.EventInput(kind, day, **fields),
                 people=people)


def add_rejection(to: Target, app_id: int, day: dt.date) -> events.EventRow:
    """A "no" added to the application's history (a rejection event, which offers a plan)."""
    return add_event(to, app_id, EventKind.REJECTION, day)


def add_checkin(
    to: Target,
    journal: str = "",
    *,
    when: dt.datetime = FELT_AT,
    emotions: tuple[tuple[str, int], ...] = (("disbelief", 7),),
    overall: int = 5,
    **fields: Any,
) -> checkins.CheckInRow:
    """A check-in felt ``when``. ``fields``: coping_method, coping_note, application_id,
    rejection_event_id, after."""
    data = checkins.CheckInInput(felt_at=when, emotions=emotions, overall=overall,
                                 journal=journal, **fields)
    return write(to, checkins.create_checkin, data)


def add_feedback(
    to: Target,
    app_id: int,
    asked_whom: str = "Priya",
    *,
    asked_on: dt.date | None = ASKED_ON,
    **fields: Any,
) -> feedback.FeedbackRow:
    """A feedback note on an application. ``fields``: any other field of ``FeedbackInput``
    (answer_text, lesson, status, channel, …)."""
    data = feedback.FeedbackInput(asked_whom=asked_whom, asked_on=asked_on, **fields)
    return write(to, feedback.create_feedback, app_id, data)


def add_contact(
    to: Target,
    app_id: int,
    name: str,
    relation: ContactRole = ContactRole.INTERVIEWER,
    **fields: Any,
) -> contacts.ContactRow:
    """A person, and their part in an application. ``fields``: any other field of
    ``ContactInput`` (role, email, linkedin_url, …)."""
    return write(to, contacts.add_to_application, app_id,
                 contacts.ContactInput(name=name, **fields), relation)


def add_action(
    to: Target,
    text: str,
    *,
    application_id: int | None = None,
    feedback_id: int | None = None,
    source: ActionSource = ActionSource.MANUAL,
    due_on: dt.date | None = None,
    **fields: Any,
) -> actions.ActionRow:
    """An action item, on an application and a feedback note when given. ``fields``:
    review_item_id."""
    data = actions.ActionInput(text=text, application_id=application_id,
                               feedback_id=feedback_id, source=source, due_on=due_on,
                               **fields)
    return write(to, actions.create_action, data)
