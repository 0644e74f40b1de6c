"""The whole search at a glance: one lane per application, the pipeline funnel, and how often
and how soon companies answered, overall and by how you came to apply.

Everything is computed from the timeline events, with the application's status as a fallback
for history that was never recorded as events (or was deleted).
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections import defaultdict
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bounceback.db.enums import EventKind, Source, Status
from bounceback.db.models import Application, Event


class Stage(StrEnum):
    """Steps of the pipeline funnel, in order; each counts those that got at least that far."""

    APPLIED = "applied"
    SCREEN = "screen"
    INTERVIEW = "interview"
    OFFER = "offer"


STAGES: tuple[Stage, ...] = tuple(Stage)

_EVENT_STAGE: dict[EventKind, Stage] = {
    EventKind.SCREEN: Stage.SCREEN,
    EventKind.INTERVIEW: Stage.INTERVIEW,
    EventKind.OFFER: Stage.OFFER,
}
_STATUS_STAGE: dict[Status, Stage] = {
    Status.SCREENING: Stage.SCREEN,
    Status.INTERVIEWING: Stage.INTERVIEW,
    Status.OFFER: Stage.OFFER,
    Status.ACCEPTED: Stage.OFFER,
}

# Events that mean the company answered. What the person does themselves (applying, notes,
# plan steps, thank-yous, follow-ups, asking for feedback, reapplying) and bare status changes
# (withdrawn, "ghosted") are not an answer from the other side.
RESPONSE_EVENTS = frozenset({
    EventKind.RECRUITER_CONTACT,
    EventKind.CORRESPONDENCE,
    EventKind.SCREEN,
    EventKind.INTERVIEW,
    EventKind.OFFER,
    EventKind.REJECTION,
    EventKind.FEEDBACK_RECEIVED,
})
# Statuses that can only follow an answer. "Ghosted" and "withdrawn" say nothing either way.
RESPONSE_STATUSES = frozenset({
    Status.SCREENING, Status.INTERVIEWING, Status.OFFER, Status.ACCEPTED, Status.REJECTED,
})


@dataclass(frozen=True)
class Mark:
    """One event on a lane."""

    event_id: int
    on: dt.date
    kind: EventKind
    details: str
    # What BounceBack wrote by itself, worded when shown (services/event_words.py).
    said: str = ""


@dataclass(frozen=True)
class Lane:
    application_id: int
    company: str
    role: str
    source: Source
    status: Status
    archived: bool
    first: dt.date | None
    last: dt.date | None
    marks: tuple[Mark, ...]


@dataclass(frozen=True)
class FunnelStep:
    stage: Stage
    count: int
    # Of all applications counted (0.0 when there are none).
    share: float


@dataclass(frozen=True)
class ResponseStats:
    # None for the overall figure.
    source: Source | None
    applications: int
    responded: int
    # None when there are no applications to divide by.
    rate: float | None
    # Median days from applying to the first answer, over those where both dates are known.
    median_days: float | None
    timed: int


@dataclass(frozen=True)
class TimelineInsights:
    lanes: tuple[Lane, ...]
    funnel: tuple[FunnelStep, ...]
    overall: ResponseStats
    by_source: tuple[ResponseStats, ...]
    # Jobs saved to apply to later: counted apart, since the pipeline starts at "applied".
    saved: int = 0

    @property
    def application_count(self) -> int:
        return len(self.lanes)


# Characters of an event's details the marks keep (whitespace is collapsed before the
# tooltip cuts at 80, so a little more than 80 is read).
DETAILS_KEPT = 160


@dataclass(frozen=True)
class _App:
    """What the figures need of one application, read once."""

    id: int
    company: str
    role: str
    source: Source
    status: Status
    archived: bool
    applied_on: dt.date | None
    events: tuple[Mark, ...]


def _load(session: Session, include_archived: bool) -> list[_App]:
    a = Application
    # Columns, not objects: a decade of applications with their texts would be read whole.
    stmt = select(a.id, a.company, a.role, a.source, a.status, a.archived, a.applied_on) \
        .where(a.status != Status.SAVED)
    if not include_archived:
        stmt = stmt.where(Application.archived.is_(False))
    apps = list(session.execute(stmt.order_by(Application.id)))
    marks: dict[int, list[Mark]] = defaultdict(list)
    ids = [a.id for a in apps]
    if ids:
        rows = session.execute(
            # Only the start of each event's details: a mark's tooltip shows 80 characters,
            # and ten years of whole notes would be held in memory for nothing.
            select(Event.id, Event.application_id, Event.occurred_on, Event.kind,
                   func.substr(Event.details, 1, DETAILS_KEPT), Event.said)
            .where(Event.application_id.in_(ids))
            .order_by(Event.occurred_on, Event.id)
        )
        for ev_id, app_id, on, kind, details, said in rows:
            marks[app_id].append(Mark(ev_id, on, EventKind(kind), details, said))
    return [
        _App(a.id, a.company, a.role, Source(a.source), Status(a.status), a.archived,
             a.applied_on, tuple(marks[a.id]))
        for a in apps
    ]


def _lane(app: _App) -> Lane:
    dates = [m.on for m in app.events]
    if app.applied_on is not None:
        dates.append(app.applied_on)
    return Lane(
        application_id=app.id, company=app.company, role=app.role, source=app.source,
        status=app.status, archived=app.archived,
        first=min(dates) if dates else None, last=max(dates) if dates else None,
        marks=app.events,
    )


def _lanes(apps: list[_App]) -> tuple[Lane, ...]:
    lanes = [_lane(a) for a in apps]
    # Oldest first, so the picture reads left to right, top to bottom; undated ones last.
    lanes.sort(key=lambda lane: (lane.first is None, lane.first or dt.date.min,
                                 lane.application_id))
    return tuple(lanes)


def reached(app_status: Status, kinds: set[EventKind]) -> Stage:
    """The furthest funnel stage an application got to, from its events and its status."""
    stages = [_EVENT_STAGE[k] for k in kinds if k in _EVENT_STAGE]
    if app_status in _STATUS_STAGE:
        stages.append(_STATUS_STAGE[app_status])
    return max(stages, key=STAGES.index, default=Stage.APPLIED)


def _funnel(apps: list[_App]) -> tuple[FunnelStep, ...]:
    furthest = [STAGES.index(reached(a.status, {m.kind for m in a.events})) for a in apps]
    total = len(apps)
    steps = []
    for i, stage in enumerate(STAGES):
        count = sum(1 for f in furthest if f >= i)
        steps.append(FunnelStep(stage, count, count / total if total else 0.0))
    return tuple(steps)


def _applied_on(app: _App) -> dt.date | None:
    """When the search for this one started: the date given, else its "applied" event."""
    if app.applied_on is not None:
        return app.applied_on
    return next((m.on for m in app.events if m.kind == EventKind.APPLIED), None)


def _days_to_answer(app: _App) -> tuple[bool, int | None]:
    """Whether the company answered, and after how many days (None when it can't be told)."""
    answers = [m.on for m in app.events if m.kind in RESPONSE_EVENTS]
    responded = bool(answers) or app.status in RESPONSE_STATUSES
    start = _applied_on(app)
    if not answers or start is None:
        return responded, None
    # A recruiter who wrote before the application was sent answered at once, not "-3 days".
    return responded, max(0, (min(answers) - start).days)


def _stats(source: Source | None, apps: list[_App]) -> ResponseStats:
    answered = [_days_to_answer(a) for a in apps]
    responded = sum(1 for ok, _ in answered if ok)
    days = [d for ok, d in answered if ok and d is not None]
    return ResponseStats(
        source=source,
        applications=len(apps),
        responded=responded,
        rate=responded / len(apps) if apps else None,
        median_days=float(statistics.median(days)) if days else None,
        timed=len(days),
    )


def lanes(session: Session, *, include_archived: bool = True) -> list[Lane]:
    """One lane per application, oldest first, each with its events as dated marks."""
    return list(_lanes(_load(session, include_archived)))


def funnel(session: Session, *, include_archived: bool = True) -> list[FunnelStep]:
    """How many applications reached screening, interviews and an offer."""
    return list(_funnel(_load(session, include_archived)))


def _responses(apps: list[_App]) -> tuple[ResponseStats, tuple[ResponseStats, ...]]:
    per_source = tuple(_stats(s, [a for a in apps if a.source == s]) for s in Source)
    return _stats(None, apps), per_source


def timeline_insights(session: Session, *, include_archived: bool = True) -> TimelineInsights:
    """Everything the Timeline insights show, from one read of the store."""
    apps = _load(session, include_archived)
    overall, by_source = _responses(apps)
    saved = select(func.count(Application.id)).where(Application.status == Status.SAVED)
    if not include_archived:
        saved = saved.where(Application.archived.is_(False))
    return TimelineInsights(
        lanes=_lanes(apps), funnel=_funnel(apps), overall=overall, by_source=by_source,
        saved=session.scalar(saved) or 0,
    )
