"""What the check-ins show over time: mood around each rejection, how long it took to feel
like yourself again, which ways of coping helped, and which feelings come up most.

Definitions (the numbers the Check-in tab draws):

* **Mood over time**: every check-in's ``overall`` (1–10) at its date and time, with the date
  of each rejection to mark on the same axis.
* **Your usual level** before a rejection: the median ``overall`` of the check-ins in the 30
  days before the rejection's day; when fewer than 3 check-ins fall there, the median of all
  check-ins before that day. None when fewer than 3 check-ins came before it: a level made
  from the days after a rejection (or from one check-in) would be invented, not usual.
* **Bounce-back curve**: for day 0 (the rejection's day) to day N after it, the mean
  ``overall`` of that day's check-ins (days without a check-in are left out). It takes check-ins
  on at least 2 different days to be a curve.
* **Back to your usual**: the first day of the curve whose mean is at least usual − 0.5;
  None when no day has got there (yet), or the usual level isn't known.
* **Coping that helped**: for each way of coping, over the feelings whose strength was noted
  both at the check-in and afterwards, the average change after − before, and the average
  *easing*: how much lighter things got, counting a steadier feeling (calm, hope …) growing
  as easing too.
* **Feelings that come up most**: how many check-ins named each feeling, and how strong it
  was on average.
* **Waiting for "afterwards"**: the newest check-in that chose a way of coping and named a
  feeling but has nothing noted afterwards yet — where "what helped" can learn more.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from statistics import median

from sqlalchemy import select
from sqlalchemy.orm import Session

from bounceback.db.enums import EventKind
from bounceback.db.models import Application, CheckIn, CheckInEmotion, Event
from bounceback.services.checkins import STEADY_EMOTIONS

USUAL_WINDOW_DAYS = 30
USUAL_MIN_CHECKINS = 3
BACK_TOLERANCE = 0.5
CURVE_DAYS = 30
MIN_CURVE_DAYS = 2  # one day's check-ins are a dot, not yet a way back


@dataclass(frozen=True)
class MoodPoint:
    checkin_id: int
    felt_at: dt.datetime
    overall: int


@dataclass(frozen=True)
class RejectionMark:
    event_id: int
    day: dt.date
    application_id: int
    company: str
    role: str
    archived: bool


@dataclass(frozen=True)
class MoodOverTime:
    points: tuple[MoodPoint, ...]  # oldest first
    rejections: tuple[RejectionMark, ...]  # oldest first


@dataclass(frozen=True)
class DayMood:
    day: int  # days after the rejection; 0 is its own day
    date: dt.date
    mean: float
    checkins: int


@dataclass(frozen=True)
class Usual:
    level: float | None  # None: too few check-ins before the day to know it
    from_month: bool  # True: from the 30 days before; False: from every check-in before
    checkins_before: int  # check-ins before the day, at any time


@dataclass(frozen=True)
class BounceBack:
    rejection: RejectionMark
    usual: float | None  # None: fewer than USUAL_MIN_CHECKINS check-ins before the rejection
    usual_from_before: bool  # True: from the 30 days before; False: from all check-ins before
    days: tuple[DayMood, ...]  # only days with check-ins, in order
    days_to_usual: int | None  # None: not back to the usual level (yet), or no usual known
    checkins_before: int = 0  # check-ins before the rejection's day: what a usual needs

    @property
    def has_curve(self) -> bool:
        return len(self.days) >= MIN_CURVE_DAYS


@dataclass(frozen=True)
class CopingHelp:
    method: str
    checkins: int  # check-ins with at least one before/after pair
    pairs: int  # feelings with both strengths noted
    average_change: float  # after − before, over all pairs
    average_eased: float  # how much lighter things got: above zero means it helped


@dataclass(frozen=True)
class EmotionCount:
    emotion: str
    count: int
    average_intensity: float


@dataclass(frozen=True)
class AwaitingAfterwards:
    checkin_id: int
    felt_at: dt.datetime
    coping_method: str
    coping_note: str = ""  # the person's own way, when that is the method


@dataclass(frozen=True)
class CheckinInsights:
    mood: MoodOverTime
    bounce_backs: tuple[BounceBack, ...]  # newest rejection first
    coping: tuple[CopingHelp, ...]
    emotions: tuple[EmotionCount, ...]
    awaiting: AwaitingAfterwards | None = None


def mood_over_time(session: Session, *, include_archived: bool = True) -> MoodOverTime:
    points = tuple(
        MoodPoint(ident, felt_at, overall)
        for ident, felt_at, overall in session.execute(
            select(CheckIn.id, CheckIn.felt_at, CheckIn.overall)
            .order_by(CheckIn.felt_at, CheckIn.id))
    )
    return MoodOverTime(points, _rejections(session, include_archived))


def _rejections(session: Session, include_archived: bool) -> tuple[RejectionMark, ...]:
    stmt = (
        select(Event.id, Event.occurred_on, Application.id, Application.company,
               Application.role, Application.archived)
        .join(Application, Event.application_id == Application.id)
        .where(Event.kind == EventKind.REJECTION)
        .order_by(Event.occurred_on, Event.id)
    )
    if not include_archived:
        stmt = stmt.where(Application.archived.is_(False))
    return tuple(RejectionMark(*row) for row in session.execute(stmt))


def usual_level(points: tuple[MoodPoint, ...], day: dt.date) -> Usual:
    """The usual ``overall`` before ``day``: from the month before it when that has enough
    check-ins, else from every check-in before it; unknown when too few came before."""
    before = [p for p in points if p.felt_at.date() < day]
    start = day - dt.timedelta(days=USUAL_WINDOW_DAYS)
    month = [p.overall for p in before if p.felt_at.date() >= start]
    if len(month) >= USUAL_MIN_CHECKINS:
        return Usual(float(median(month)), True, len(before))
    if len(before) >= USUAL_MIN_CHECKINS:
        return Usual(float(median(p.overall for p in before)), False, len(before))
    return Usual(None, False, len(before))


def bounce_back_for(points: tuple[MoodPoint, ...], rejection: RejectionMark, *,
                    days: int = CURVE_DAYS) -> BounceBack:
    """The curve and the days to your usual level after one rejection (points: all check-ins)."""
    by_day: dict[int, list[int]] = defaultdict(list)
    for p in points:
        offset = (p.felt_at.date() - rejection.day).days
        if 0 <= offset <= days:
            by_day[offset].append(p.overall)
    curve = tuple(
        DayMood(offset, rejection.day + dt.timedelta(days=offset),
                sum(values) / len(values), len(values))
        for offset, values in sorted(by_day.items())
    )
    usual = usual_level(points, rejection.day)
    back = None
    if usual.level is not None:
        back = next((d.day for d in curve if d.mean >= usual.level - BACK_TOLERANCE), None)
    return BounceBack(rejection, usual.level, usual.from_month, curve, back,
                      usual.checkins_before)


def bounce_backs(session: Session, *, days: int = CURVE_DAYS,
                 include_archived: bool = True) -> tuple[BounceBack, ...]:
    """One bounce-back per rejection, newest rejection first."""
    mood = mood_over_time(session, include_archived=include_archived)
    return _bounce_backs(mood, days)


def _bounce_backs(mood: MoodOverTime, days: int) -> tuple[BounceBack, ...]:
    return tuple(bounce_back_for(mood.points, r, days=days) for r in reversed(mood.rejections))


def coping_help(session: Session) -> tuple[CopingHelp, ...]:
    """Ways of coping, the most helpful first (then the better known, then by key)."""
    stmt = (
        select(CheckIn.coping_method, CheckIn.id, CheckInEmotion.emotion,
               CheckInEmotion.intensity, CheckInEmotion.intensity_after)
        .join(CheckInEmotion, CheckInEmotion.checkin_id == CheckIn.id)
        .where(CheckIn.coping_method != "", CheckInEmotion.intensity_after.is_not(None))
    )
    changes: dict[str, list[int]] = defaultdict(list)
    eased: dict[str, list[int]] = defaultdict(list)
    checkins: dict[str, set[int]] = defaultdict(set)
    for method, checkin_id, emotion, before, after in session.execute(stmt):
        if after is None:  # the query leaves these out; this only narrows the type
            continue
        changes[method].append(after - before)
        # A steadier feeling growing is things getting lighter, like a hard one shrinking.
        eased[method].append(after - before if emotion in STEADY_EMOTIONS else before - after)
        checkins[method].add(checkin_id)
    found = [
        CopingHelp(m, len(checkins[m]), len(changes[m]), sum(changes[m]) / len(changes[m]),
                   sum(eased[m]) / len(eased[m]))
        for m in changes
    ]
    return tuple(sorted(found, key=lambda c: (-c.average_eased, -c.pairs, c.method)))


def emotion_counts(session: Session) -> tuple[EmotionCount, ...]:
    """Feelings named in check-ins, the most often named first (then the stronger, then key)."""
    strengths: dict[str, list[int]] = defaultdict(list)
    for emotion, intensity in session.execute(
            select(CheckInEmotion.emotion, CheckInEmotion.intensity)):
        strengths[emotion].append(intensity)
    found = [EmotionCount(e, len(v), sum(v) / len(v)) for e, v in strengths.items()]
    return tuple(sorted(found, key=lambda c: (-c.count, -c.average_intensity, c.emotion)))


def awaiting_afterwards(session: Session) -> AwaitingAfterwards | None:
    """The newest check-in with a way of coping and a feeling named, but nothing noted
    afterwards: where "what helped" can learn the most with one more step."""
    noted = select(CheckInEmotion.checkin_id).where(CheckInEmotion.intensity_after.is_not(None))
    named = select(CheckInEmotion.checkin_id)
    row = session.execute(
        select(CheckIn.id, CheckIn.felt_at, CheckIn.coping_method, CheckIn.coping_note)
        .where(CheckIn.coping_method != "", CheckIn.id.in_(named), CheckIn.id.not_in(noted))
        .order_by(CheckIn.felt_at.desc(), CheckIn.id.desc())
        .limit(1)).first()
    return AwaitingAfterwards(*row) if row is not None else None


def checkin_insights(session: Session, *, days: int = CURVE_DAYS,
                     include_archived: bool = True) -> CheckinInsights:
    """Everything the Check-in tab draws, read in one go."""
    mood = mood_over_time(session, include_archived=include_archived)
    return CheckinInsights(mood, _bounce_backs(mood, days), coping_help(session),
                           emotion_counts(session), awaiting_afterwards(session))
