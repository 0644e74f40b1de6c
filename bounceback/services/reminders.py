"""Reminders: what is due today and this week, and what the person did with each one.

What is due is worked out from the data (``reminder_rules``); here it meets what the person
chose: snoozed until a day, dismissed, or already told about by a tray notification. Settling a
reminder with one click ("done") goes through the service that owns the record, so the
timeline records it like any other change.

Every function takes ``today`` from its caller: the clock is read only at the UI's edge.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from bounceback.db.enums import EventKind, Status
from bounceback.db.models import Contact, ReminderState
from bounceback.services import actions, applications, contacts, event_words, events, feedback
from bounceback.services.applications import ApplicationDetail
from bounceback.services.errors import NotFoundError, ServiceError, ValidationError
from bounceback.services.reminder_rules import (
    KIND_ORDER,
    Reminder,
    ReminderKind,
    ReminderSettings,
    all_reminders,
)
from bounceback.services.validation import check_date

__all__ = [
    "KIND_ORDER",
    "UPCOMING_DAYS",
    "Reminder",
    "ReminderKind",
    "ReminderSettings",
    "dismiss",
    "done",
    "due",
    "mark_ghosted",
    "mark_notified",
    "newly_due",
    "prune",
    "snooze",
]

# "This week": reminders due in the next six days are shown too, so nothing comes as a surprise.
UPCOMING_DAYS = 6
KEY_LIMIT = 200


def _states(session: Session) -> dict[str, ReminderState]:
    return {s.key: s for s in session.scalars(select(ReminderState))}


def _hidden(state: ReminderState | None, today: dt.date) -> bool:
    if state is None:
        return False
    return state.dismissed or (state.snoozed_until is not None and state.snoozed_until > today)


def due(
    session: Session,
    today: dt.date,
    settings: ReminderSettings | None = None,
    *,
    upcoming_days: int = UPCOMING_DAYS,
) -> list[Reminder]:
    """What is due by ``today`` (however long ago) and in the next ``upcoming_days`` days,
    without the dismissed and the snoozed; soonest first."""
    cfg = settings or ReminderSettings()
    states = _states(session)
    last = today + dt.timedelta(days=upcoming_days)
    return [r for r in all_reminders(session, today, cfg)
            if r.due_on <= last and not _hidden(states.get(r.key), today)]


def newly_due(
    session: Session, today: dt.date, settings: ReminderSettings | None = None
) -> list[Reminder]:
    """Due by today and not yet told about: what a tray notification should mention."""
    states = _states(session)
    return [r for r in due(session, today, settings, upcoming_days=0)
            if r.key not in states or states[r.key].notified_on is None]


def _state(session: Session, key: str) -> ReminderState:
    key = (key or "").strip()
    if not key or len(key) > KEY_LIMIT:
        raise ValidationError("key", "This reminder can't be found any more.")
    state = session.get(ReminderState, key)
    if state is None:
        state = ReminderState(key=key, dismissed=False)
        session.add(state)
    return state


def mark_notified(session: Session, keys: Iterable[str], today: dt.date) -> None:
    """The tray told about these: it won't again (unless one is snoozed and comes back)."""
    for key in keys:
        _state(session, key).notified_on = today
    session.flush()
    prune(session, today)


def snooze(session: Session, key: str, until: dt.date) -> None:
    """Out of sight until ``until``; on that day it is due again, and told about again."""
    if until is None:
        raise ValidationError("until", "Please pick a day to be reminded again.")
    day = check_date("until", until, label="The snooze date")
    state = _state(session, key)
    state.snoozed_until = day
    state.notified_on = None
    session.flush()


def dismiss(session: Session, key: str) -> None:
    """Never show this reminder again (a new date for the same thing is a new reminder)."""
    state = _state(session, key)
    state.dismissed = True
    state.snoozed_until = None
    session.flush()


def mark_ghosted(session: Session, app_id: int, *, today: dt.date) -> ApplicationDetail:
    """No word back: the application is marked "no response", dated today, on its timeline."""
    return applications.set_status(session, app_id, Status.GHOSTED, on=today)


def done(session: Session, reminder: Reminder, today: dt.date) -> None:
    """Settle a reminder with one click, through the service that owns its record."""
    kind, ident = ReminderKind(reminder.kind), reminder.record_id
    if kind == ReminderKind.ACTION:
        actions.set_done(session, ident, True)
    elif kind == ReminderKind.NO_RESPONSE:
        mark_ghosted(session, ident, today=today)
    elif kind == ReminderKind.DEADLINE:
        # "I've applied": the saved job moves on, applied today.
        applications.set_status(session, ident, Status.APPLIED, on=today)
    elif kind == ReminderKind.THANK_YOU and reminder.app_id is not None:
        events.add_event(session, reminder.app_id, events.EventInput(
            kind=EventKind.THANK_YOU_SENT, occurred_on=today), said=event_words.THANK_YOU_SENT)
    elif kind == ReminderKind.FEEDBACK_WAITING:
        feedback.mark_no_answer(session, ident)
    elif kind == ReminderKind.FEEDBACK_FOLLOW_UP:
        note = feedback.get_feedback(session, ident)
        feedback.update_feedback(session, ident,
                                 dataclasses.replace(note.as_input(), follow_up_on=None))
        events.add_event(session, note.application_id, events.EventInput(
            kind=EventKind.FOLLOW_UP, occurred_on=today, contact_id=note.contact_id,
            details=note.asked_whom), said=event_words.FOLLOWED_UP_FEEDBACK)
    elif kind == ReminderKind.STAY_IN_TOUCH:
        contact = session.get(Contact, ident)
        if contact is None:
            raise NotFoundError("contact", ident)
        contacts.set_follow_up(session, ident, connected=contact.linkedin_connected,
                               stay_in_touch_on=None)
        if reminder.app_id is not None:
            events.add_event(session, reminder.app_id, events.EventInput(
                kind=EventKind.FOLLOW_UP, occurred_on=today, contact_id=ident,
                details=contact.name), said=event_words.BACK_IN_TOUCH)
    else:
        raise ServiceError("This one can't be ticked off; dismiss it when it's settled.")
    state = session.get(ReminderState, reminder.key)
    if state is not None:
        session.delete(state)
    session.flush()


def prune(session: Session, today: dt.date) -> int:
    """Forget what was done with reminders that no longer exist (the thank-you was sent, the
    action deleted ...). Reminders of archived applications keep theirs."""
    alive = {r.key for r in all_reminders(
        session, today, dataclasses.replace(ReminderSettings(), hide_archived=False))}
    gone = [k for k in session.scalars(select(ReminderState.key)) if k not in alive]
    if gone:
        session.execute(delete(ReminderState).where(ReminderState.key.in_(gone)))
        session.flush()
    return len(gone)
