"""What is due, worked out from the data alone: one function per kind of reminder.

Nothing here is stored: a thank-you reminder exists while an interview or a rejection has no
thank-you after it, and vanishes the moment one is recorded, wherever that happens. Only what
the person did with a reminder (snoozed, dismissed, told about) is kept, in
``services/reminders.py``.

Every function takes ``today`` from its caller; none reads the clock.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bounceback.db.enums import EventKind, FeedbackStatus, Status, StepState
from bounceback.db.models import (
    ActionItem,
    Application,
    ApplicationContact,
    BouncePlan,
    Contact,
    Event,
    FeedbackNote,
    ReviewItem,
)


class ReminderKind(StrEnum):
    DEADLINE = "deadline"
    THANK_YOU = "thank_you"
    FEEDBACK_WAITING = "feedback"
    FEEDBACK_FOLLOW_UP = "feedback_follow_up"
    NO_RESPONSE = "no_response"
    REAPPLY = "reapply"
    STAY_IN_TOUCH = "stay_in_touch"
    ACTION = "action"


# The order reminders of the same day are listed in: what matters soonest first.
KIND_ORDER: dict[ReminderKind, int] = {kind: i for i, kind in enumerate(ReminderKind)}


@dataclass(frozen=True)
class ReminderSettings:
    """How long to wait before reminding. Stored by the UI; these are the defaults."""

    # A thank-you is due this many days after an interview or a "no".
    thank_you_days: int = 1
    # A feedback request with no answer after this many days.
    feedback_days: int = 7
    # An application with no word back after this many days.
    no_response_days: int = 21
    # Archived applications (and everything about them) stay out of sight.
    hide_archived: bool = True
    # After this many days a missing thank-you is no longer suggested: weeks later it would
    # only weigh on the person (and imported histories would fill the list with old ones).
    thank_you_window_days: int = 14


@dataclass(frozen=True)
class Reminder:
    """One thing due, as a kind and plain facts: the window words them in the person's language
    (``ui/today/words.py``). ``key`` is stable for as long as the reminder means the same
    thing."""

    key: str
    kind: ReminderKind
    due_on: dt.date
    # The application it is about, if any, and the tab ("tab:section") that opens it.
    app_id: int | None
    opens: str
    # The record behind it: an event, a feedback note, a contact, an application or an action.
    record_id: int
    # The facts it is told with.
    company: str = ""
    role: str = ""
    person: str = ""
    since: dt.date | None = None
    text: str = ""
    # For a thank-you: the interview or the rejection it follows.
    event_kind: EventKind | None = None
    # Whether one click can settle it (mark sent, ghosted, followed up, done ...).
    can_done: bool = False
    archived: bool = False
    # A step planned without a date: listed from the day it was made, "whenever you're
    # ready", never "since" a day it was never given.
    undated: bool = False


# Events that are the person's own doing, not word from the company.
NOT_A_RESPONSE = frozenset({
    EventKind.APPLIED, EventKind.REAPPLIED, EventKind.NOTE, EventKind.FOLLOW_UP,
    EventKind.THANK_YOU_SENT, EventKind.PLAN_STEP, EventKind.FEEDBACK_REQUESTED,
})
FINISHED_STEP = frozenset({StepState.DONE, StepState.SKIPPED})


@dataclass(frozen=True)
class _App:
    id: int
    company: str
    role: str
    status: Status
    archived: bool
    applied_on: dt.date | None
    reapply_after: dt.date | None
    deadline: dt.date | None


def _apps(session: Session) -> dict[int, _App]:
    rows = session.execute(select(
        Application.id, Application.company, Application.role, Application.status,
        Application.archived, Application.applied_on, Application.reapply_after,
        Application.deadline))
    return {r.id: _App(*r) for r in rows}


def _iso(day: dt.date | None) -> str:
    return day.isoformat() if day else ""


def thank_you(session: Session, apps: dict[int, _App], today: dt.date,
              cfg: ReminderSettings) -> list[Reminder]:
    """The latest interview or "no" of each application with no thank-you on or after it."""
    stmt = select(Event.id, Event.application_id, Event.kind, Event.occurred_on).where(
        Event.kind.in_([EventKind.INTERVIEW, EventKind.REJECTION, EventKind.THANK_YOU_SENT]),
        Event.occurred_on <= today,
    ).order_by(Event.occurred_on, Event.id)
    latest: dict[int, tuple[int, EventKind, dt.date]] = {}
    thanked: dict[int, dt.date] = {}
    for ev_id, app_id, kind, on in session.execute(stmt):
        if kind == EventKind.THANK_YOU_SENT:
            thanked[app_id] = on
        else:
            latest[app_id] = (ev_id, kind, on)
    # A plan whose "stay connected" step is done, skipped or put away: the person decided.
    settled = set(session.scalars(select(BouncePlan.rejection_event_id).where(
        BouncePlan.rejection_event_id.is_not(None),
        BouncePlan.connect.in_(list(FINISHED_STEP)) | BouncePlan.dismissed.is_(True))))
    out = []
    for app_id, (ev_id, kind, on) in latest.items():
        app = apps[app_id]
        if (app_id in thanked and thanked[app_id] >= on) or ev_id in settled \
                or app.status == Status.WITHDRAWN \
                or (today - on).days > cfg.thank_you_window_days:
            continue
        out.append(Reminder(
            key=f"thank_you:app:{app_id}:event:{ev_id}", kind=ReminderKind.THANK_YOU,
            due_on=on + dt.timedelta(days=cfg.thank_you_days), app_id=app_id,
            opens="timeline:people", record_id=ev_id, company=app.company, role=app.role,
            since=on, event_kind=kind, can_done=True, archived=app.archived,
        ))
    return out


def feedback(session: Session, apps: dict[int, _App], cfg: ReminderSettings) -> list[Reminder]:
    """Requests still waiting after a while, and the follow-ups the person planned."""
    stmt = select(FeedbackNote).where(
        FeedbackNote.status.in_([FeedbackStatus.ASKED, FeedbackStatus.NO_ANSWER]))
    out = []
    for note in session.scalars(stmt):
        app = apps[note.application_id]
        if note.follow_up_on is not None:
            key = f"feedback_follow_up:note:{note.id}:{_iso(note.follow_up_on)}"
            kind, due = ReminderKind.FEEDBACK_FOLLOW_UP, note.follow_up_on
        elif note.status == FeedbackStatus.ASKED and note.asked_on is not None:
            key = f"feedback:note:{note.id}"
            kind = ReminderKind.FEEDBACK_WAITING
            due = note.asked_on + dt.timedelta(days=cfg.feedback_days)
        else:
            continue
        out.append(Reminder(
            key=key, kind=kind, due_on=due, app_id=app.id,
            opens="feedback:request", record_id=note.id, company=app.company, role=app.role,
            person=note.asked_whom, since=note.asked_on, can_done=True, archived=app.archived,
        ))
    return out


def no_response(session: Session, apps: dict[int, _App],
                cfg: ReminderSettings) -> list[Reminder]:
    """Applications where nothing but the person's own steps happened for a while."""
    answered = set(session.scalars(select(Event.application_id).where(
        Event.kind.not_in(list(NOT_A_RESPONSE))).distinct()))
    applied_on = dict(session.execute(
        select(Event.application_id, func.max(Event.occurred_on))
        .where(Event.kind.in_([EventKind.APPLIED, EventKind.REAPPLIED]))
        .group_by(Event.application_id)).all())
    out = []
    for app in apps.values():
        day = applied_on.get(app.id) or app.applied_on
        if app.status != Status.APPLIED or app.id in answered or day is None:
            continue
        out.append(Reminder(
            key=f"no_response:app:{app.id}", kind=ReminderKind.NO_RESPONSE,
            due_on=day + dt.timedelta(days=cfg.no_response_days), app_id=app.id,
            opens="timeline", record_id=app.id, company=app.company, role=app.role, since=day,
            can_done=True, archived=app.archived,
        ))
    return out


# A saved job's deadline is mentioned this many days ahead: time to write, not a rush.
DEADLINE_NOTICE_DAYS = 3


def deadlines(apps: dict[int, _App], today: dt.date) -> list[Reminder]:
    """Saved jobs whose last day to apply is near. Once it has passed the reminder goes:
    a missed date is nothing to be reminded of."""
    return [Reminder(
        key=f"deadline:app:{app.id}:{_iso(app.deadline)}", kind=ReminderKind.DEADLINE,
        due_on=max(app.deadline - dt.timedelta(days=DEADLINE_NOTICE_DAYS), dt.date.min),
        app_id=app.id, opens="timeline", record_id=app.id, company=app.company,
        role=app.role, since=app.deadline, can_done=True, archived=app.archived,
    ) for app in apps.values()
        if app.status == Status.SAVED and app.deadline is not None and app.deadline >= today]


def reapply(apps: dict[int, _App]) -> list[Reminder]:
    return [Reminder(
        key=f"reapply:app:{app.id}:{_iso(app.reapply_after)}", kind=ReminderKind.REAPPLY,
        due_on=app.reapply_after, app_id=app.id, opens="plans", record_id=app.id,
        company=app.company, role=app.role, archived=app.archived,
    ) for app in apps.values() if app.reapply_after is not None]


def stay_in_touch(session: Session, apps: dict[int, _App]) -> list[Reminder]:
    links: dict[int, list[int]] = defaultdict(list)
    for app_id, contact_id in session.execute(
            select(ApplicationContact.application_id, ApplicationContact.contact_id)):
        links[contact_id].append(app_id)
    out = []
    for c in session.scalars(select(Contact).where(Contact.stay_in_touch_on.is_not(None))):
        due = c.stay_in_touch_on
        if due is None:  # the query leaves these out; this only narrows the type
            continue
        linked = [apps[i] for i in sorted(links[c.id])]
        # Open the most recent application they are part of, preferring ones in sight.
        shown = [a for a in linked if not a.archived] or linked
        app = shown[-1] if shown else None
        at = c.company or (app.company if app else "")
        out.append(Reminder(
            key=f"stay_in_touch:contact:{c.id}:{_iso(c.stay_in_touch_on)}",
            kind=ReminderKind.STAY_IN_TOUCH,
            due_on=due, app_id=app.id if app else None,
            opens="timeline:people", record_id=c.id, company=at, role=app.role if app else "",
            person=c.name, can_done=True,
            archived=bool(linked) and all(a.archived for a in linked),
        ))
    return out


def action_items(session: Session, apps: dict[int, _App]) -> list[Reminder]:
    stmt = (
        select(ActionItem, FeedbackNote.application_id, ReviewItem.application_id)
        .outerjoin(FeedbackNote, ActionItem.feedback_id == FeedbackNote.id)
        .outerjoin(ReviewItem, ActionItem.review_item_id == ReviewItem.id)
        .where(ActionItem.done.is_(False))
    )
    out = []
    for a, note_app, item_app in session.execute(stmt):
        app_id = a.application_id or note_app or item_app
        app = apps.get(app_id) if app_id else None
        # Feedback's actions live beside their note; all others in the review's action list.
        opens = "feedback" if a.feedback_id is not None else "review"
        # Without a date of its own, a planned step is on the list from the day it was
        # planned; giving it a date later makes it a new reminder (its key changes).
        due = a.due_on or a.created_at.date()
        out.append(Reminder(
            key=f"action:{a.id}:{_iso(a.due_on) or 'undated'}", kind=ReminderKind.ACTION,
            due_on=due, app_id=app.id if app else None,
            opens=opens, record_id=a.id, company=app.company if app else "",
            role=app.role if app else "", text=a.text, can_done=True,
            archived=app.archived if app else False, undated=a.due_on is None,
        ))
    return out


def all_reminders(session: Session, today: dt.date, cfg: ReminderSettings) -> list[Reminder]:
    """Every reminder the data implies, whatever its date and whatever was done with it."""
    apps = _apps(session)
    found = [
        *deadlines(apps, today),
        *thank_you(session, apps, today, cfg),
        *feedback(session, apps, cfg),
        *no_response(session, apps, cfg),
        *reapply(apps),
        *stay_in_touch(session, apps),
        *action_items(session, apps),
    ]
    if cfg.hide_archived:
        found = [r for r in found if not r.archived]
    return sorted(found, key=lambda r: (r.due_on, KIND_ORDER[r.kind], r.company.casefold(),
                                        r.person.casefold(), r.text.casefold(), r.key))
