"""Timeline events: the dated history of each application.

Adding a decisive event (a rejection, an offer, a first interview) moves the application's
status along with it, without writing a second event.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, bindparam, select
from sqlalchemy.orm import Session

from bounceback.db.enums import EventKind, PlanStep, Status
from bounceback.db.models import Application, Contact, Event
from bounceback.services import contacts, plans, review
from bounceback.services.applications import status_after_event
from bounceback.services.errors import NotFoundError, ValidationError
from bounceback.services.validation import check_date, clean_text


@dataclass(frozen=True)
class EventInput:
    kind: EventKind
    occurred_on: dt.date
    details: str = ""
    interview_round: int | None = None
    interviewers: str = ""
    contact_id: int | None = None


@dataclass(frozen=True)
class EventRow:
    id: int
    application_id: int
    kind: EventKind
    occurred_on: dt.date
    details: str
    interview_round: int | None
    interviewers: str
    contact_id: int | None
    # What BounceBack wrote by itself, worded when shown (services/event_words.py): then
    # ``details`` is only its fact. Empty for the person's own events.
    said: str = ""
    company: str = ""
    role: str = ""

    def as_input(self) -> EventInput:
        return EventInput(
            kind=self.kind,
            occurred_on=self.occurred_on,
            details=self.details,
            interview_round=self.interview_round,
            interviewers=self.interviewers,
            contact_id=self.contact_id,
        )


@dataclass(frozen=True)
class _Fields:
    """An event's cleaned fields, as ``_validate`` passes them to the model."""

    kind: EventKind
    occurred_on: dt.date
    details: str
    interview_round: int | None
    interviewers: str
    contact_id: int | None

    def apply_to(self, ev: Event) -> None:
        # One assignment per field, not a setattr loop: mypy checks each against its column.
        ev.kind = self.kind
        ev.occurred_on = self.occurred_on
        ev.details = self.details
        ev.interview_round = self.interview_round
        ev.interviewers = self.interviewers
        ev.contact_id = self.contact_id


def _validate(session: Session, data: EventInput) -> _Fields:
    if data.occurred_on is None:
        raise ValidationError("occurred_on", "Please give the date it happened.")
    kind = EventKind(data.kind)
    rnd = data.interview_round
    if rnd is not None and not 1 <= rnd <= 50:
        raise ValidationError("interview_round", "The interview round should be 1 or more.")
    if data.contact_id is not None and session.get(Contact, data.contact_id) is None:
        raise NotFoundError("contact", data.contact_id)
    return _Fields(
        kind=kind,
        occurred_on=check_date("occurred_on", data.occurred_on),
        details=clean_text("details", data.details, label="The details"),
        interview_round=rnd if kind == EventKind.INTERVIEW else None,
        interviewers=clean_text("interviewers", data.interviewers, limit=500,
                                label="The interviewers")
        if kind == EventKind.INTERVIEW
        else "",
        contact_id=data.contact_id,
    )


def _row(ev: Event, app: Application | None = None) -> EventRow:
    return EventRow(
        id=ev.id,
        application_id=ev.application_id,
        kind=ev.kind,
        occurred_on=ev.occurred_on,
        details=ev.details,
        interview_round=ev.interview_round,
        interviewers=ev.interviewers,
        contact_id=ev.contact_id,
        said=ev.said,
        company=app.company if app else "",
        role=app.role if app else "",
    )


def add_event(
    session: Session, app_id: int, data: EventInput, *, people: Sequence[str] = (),
    said: str = "",
) -> EventRow:
    """Record a moment; ``people``: names typed as its participants to make people of the
    application as well, in the same step (see ``contacts.add_participants``). ``said``: a
    moment BounceBack records by itself (event_words), with its one fact as the details."""
    app = session.get(Application, app_id)
    if app is None:
        raise NotFoundError("application", app_id)
    values = _validate(session, data)
    ev = Event(application_id=app_id, said=said)
    values.apply_to(ev)
    session.add(ev)
    _move_status(app, ev)
    session.flush()
    plans.offer_for_rejection(session, ev)
    _touch_plan(session, ev)
    if people:
        contacts.add_participants(session, app_id, people)
    return _row(ev, app)


def update_event(
    session: Session, event_id: int, data: EventInput, *, people: Sequence[str] = (),
    said: str = "",
) -> EventRow:
    """Change a moment. ``said``: it is still what BounceBack wrote by itself (its fact in
    the details); otherwise the person has made its words their own."""
    ev = session.get(Event, event_id)
    if ev is None:
        raise NotFoundError("event", event_id)
    _validate(session, data).apply_to(ev)
    ev.said = said
    # Editing a note into a rejection (say) moves the status just as adding one would.
    _move_status(ev.application, ev)
    session.flush()
    plans.offer_for_rejection(session, ev)
    _touch_plan(session, ev)
    if people:
        contacts.add_participants(session, ev.application_id, people)
    return _row(ev, ev.application)


def _move_status(app: Application, ev: Event) -> None:
    new_status: Status | None = status_after_event(app.status, ev.kind)
    if new_status is None:
        return
    if app.status == Status.SAVED and app.applied_on is None:
        # Whatever moved a saved job on, it was applied to by then.
        app.applied_on = ev.occurred_on
    app.status = new_status


def _touch_plan(session: Session, ev: Event) -> None:
    step = {
        EventKind.THANK_YOU_SENT: PlanStep.CONNECT,
        EventKind.FEEDBACK_REQUESTED: PlanStep.FEEDBACK,
        EventKind.FEEDBACK_RECEIVED: PlanStep.FEEDBACK,
    }.get(ev.kind)
    if step is not None:
        plans.touch(session, ev.application_id, step)


def delete_event(session: Session, event_id: int) -> None:
    ev = session.get(Event, event_id)
    if ev is None:
        raise NotFoundError("event", event_id)
    review.keep_words_of(session, event_id)
    session.delete(ev)
    session.flush()


def get_event(session: Session, event_id: int) -> EventRow:
    ev = session.get(Event, event_id)
    if ev is None:
        raise NotFoundError("event", event_id)
    return _row(ev, ev.application)


# An EventRow's fields, in order, as plain columns (lists read rows, not objects).
_ROW_COLUMNS = (Event.id, Event.application_id, Event.kind, Event.occurred_on, Event.details,
                Event.interview_round, Event.interviewers, Event.contact_id, Event.said)


def list_events(session: Session, app_id: int) -> list[EventRow]:
    """One application's history, oldest first (ties in the order they were recorded)."""
    return [EventRow(*row) for row in session.execute(_history(), {"app_id": app_id})]


@functools.cache
def _history() -> Select[*tuple[Any, ...]]:
    # Made once, the application a parameter: read each time an application is opened.
    return (
        select(*_ROW_COLUMNS)
        .where(Event.application_id == bindparam("app_id"))
        .order_by(Event.occurred_on, Event.id)
    )


def list_all_events(
    session: Session, *, include_archived: bool = False, newest_first: bool = True
) -> list[EventRow]:
    """Every application's events in date order, with the company and role beside each."""
    # Plain columns: tens of thousands of events after a few years, read as objects (with
    # their applications' texts) would take several times as long.
    stmt = select(*_ROW_COLUMNS, Application.company, Application.role).join(
        Application, Event.application_id == Application.id)
    if not include_archived:
        stmt = stmt.where(Application.archived.is_(False))
    if newest_first:
        stmt = stmt.order_by(Event.occurred_on.desc(), Event.id.desc())
    else:
        stmt = stmt.order_by(Event.occurred_on, Event.id)
    # By name: SQLAlchemy types a select of ten columns or more as an open-ended tuple.
    return [EventRow(r.id, r.application_id, r.kind, r.occurred_on, r.details,
                     r.interview_round, r.interviewers, r.contact_id, r.said, r.company, r.role)
            for r in session.execute(stmt)]


# --- what comes next in the story ---------------------------------------------------------------

@dataclass(frozen=True)
class NextEvent:
    """What a new event is most likely to be, from the application's history so far."""

    # The likely next moments, the likeliest first (the rest of the kinds follow them).
    kinds: tuple[EventKind, ...]
    # For an interview: the round after the last one recorded (None when rounds aren't kept).
    interview_round: int | None = None


_FIRST = (EventKind.APPLIED, EventKind.RECRUITER_CONTACT)
# What usually follows each moment of a search.
_FOLLOWS: dict[EventKind, tuple[EventKind, ...]] = {
    EventKind.APPLIED: (EventKind.INTERVIEW, EventKind.CORRESPONDENCE, EventKind.SCREEN,
                        EventKind.REJECTION),
    EventKind.REAPPLIED: (EventKind.INTERVIEW, EventKind.CORRESPONDENCE, EventKind.SCREEN,
                          EventKind.REJECTION),
    EventKind.RECRUITER_CONTACT: (EventKind.SCREEN, EventKind.APPLIED, EventKind.INTERVIEW,
                                  EventKind.CORRESPONDENCE),
    EventKind.CORRESPONDENCE: (EventKind.INTERVIEW, EventKind.SCREEN, EventKind.CORRESPONDENCE,
                               EventKind.OFFER, EventKind.REJECTION),
    EventKind.SCREEN: (EventKind.INTERVIEW, EventKind.THANK_YOU_SENT, EventKind.REJECTION),
    EventKind.INTERVIEW: (EventKind.INTERVIEW, EventKind.THANK_YOU_SENT, EventKind.OFFER,
                          EventKind.REJECTION),
    EventKind.OFFER: (EventKind.CORRESPONDENCE, EventKind.NOTE),
    EventKind.REJECTION: (EventKind.THANK_YOU_SENT, EventKind.FEEDBACK_REQUESTED,
                          EventKind.NOTE),
    EventKind.FEEDBACK_REQUESTED: (EventKind.FEEDBACK_RECEIVED, EventKind.FOLLOW_UP),
    EventKind.FEEDBACK_RECEIVED: (EventKind.REAPPLIED, EventKind.NOTE),
}
# Moments beside the story: what comes next follows from what came before them.
_ASIDES = frozenset({EventKind.NOTE, EventKind.STATUS_CHANGE, EventKind.PLAN_STEP,
                     EventKind.THANK_YOU_SENT, EventKind.FOLLOW_UP})


def next_in_story(history: Sequence[EventRow]) -> NextEvent:
    """What a new event for an application with this history (oldest first) is likely to be:
    after applying, an interview or a reply; after an interview, the next one or a decision;
    after a "no", the thank-you and the feedback request. A likely moment that already
    happened since (a thank-you after the interview) moves behind the others."""
    story = [i for i, e in enumerate(history) if e.kind not in _ASIDES]
    if not story:
        kinds: tuple[EventKind, ...] = _FIRST
        since: set[EventKind] = {e.kind for e in history}
    else:
        last = story[-1]
        kinds = _FOLLOWS.get(history[last].kind, _FIRST)
        since = {e.kind for e in history[last + 1:]}
    fresh = tuple(k for k in kinds if k not in since)
    ordered = fresh + tuple(k for k in kinds if k in since)
    interviews = [e for e in history if e.kind == EventKind.INTERVIEW]
    rounds = [e.interview_round for e in interviews if e.interview_round]
    round_ = min(max(rounds) + 1, 50) if rounds else (None if interviews else 1)
    return NextEvent(kinds=ordered, interview_round=round_)
