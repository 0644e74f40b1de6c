"""Emotion check-ins: how you feel, how strongly, and what you did about it."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from bounceback.db.enums import EventKind, PlanStep
from bounceback.db.models import Application, CheckIn, CheckInEmotion, Event
from bounceback.services import draft_keys, drafts, plans
from bounceback.services import vocabulary as vocab
from bounceback.services.errors import NotFoundError, ValidationError
from bounceback.services.validation import check_date, check_range, clean_text


@dataclass(frozen=True)
class CheckInInput:
    felt_at: dt.datetime
    emotions: tuple[tuple[str, int], ...] = ()
    coping_method: str = ""
    coping_note: str = ""
    journal: str = ""
    overall: int = 5
    application_id: int | None = None
    rejection_event_id: int | None = None
    # How strong some of the feelings are after coping: (emotion, intensity) pairs.
    after: tuple[tuple[str, int], ...] = ()


@dataclass(frozen=True)
class CheckInRow:
    id: int
    felt_at: dt.datetime
    emotions: tuple[tuple[str, int], ...]
    coping_method: str
    coping_note: str
    journal: str
    overall: int
    application_id: int | None
    rejection_event_id: int | None
    application_label: str = ""
    after: tuple[tuple[str, int], ...] = ()

    def as_input(self) -> CheckInInput:
        return CheckInInput(
            felt_at=self.felt_at, emotions=self.emotions, coping_method=self.coping_method,
            coping_note=self.coping_note, journal=self.journal, overall=self.overall,
            application_id=self.application_id, rejection_event_id=self.rejection_event_id,
            after=self.after,
        )


@dataclass(frozen=True)
class _Fields:
    """A check-in's cleaned fields, as ``_validate`` passes them to the model."""

    felt_at: dt.datetime
    coping_method: str
    coping_note: str
    journal: str
    overall: int
    application_id: int | None
    rejection_event_id: int | None

    def apply_to(self, c: CheckIn) -> None:
        # One assignment per field, not a setattr loop: mypy checks each against its column.
        c.felt_at = self.felt_at
        c.coping_method = self.coping_method
        c.coping_note = self.coping_note
        c.journal = self.journal
        c.overall = self.overall
        c.application_id = self.application_id
        c.rejection_event_id = self.rejection_event_id


def _validate(session: Session, data: CheckInInput) -> _Fields:
    if not data.emotions:
        raise ValidationError("emotions", "Pick at least one feeling, even a small one.")
    seen: set[str] = set()
    for key, intensity in data.emotions:
        if key not in vocab.EMOTIONS:
            raise ValidationError("emotions", "One of the feelings isn't one BounceBack knows.")
        if key in seen:
            raise ValidationError("emotions", "A feeling is listed twice.")
        seen.add(key)
        check_range("emotions", intensity, vocab.INTENSITY_MIN, vocab.INTENSITY_MAX,
                    label="How strong a feeling is")
    felt = {key for key, _ in data.emotions}
    for key, intensity in data.after:
        if key not in felt:
            raise ValidationError("after", "“Afterwards” can only be about the feelings you named.")
        check_range("after", intensity, vocab.INTENSITY_MIN, vocab.INTENSITY_MAX,
                    label="How strong a feeling is")
    if len({key for key, _ in data.after}) != len(data.after):
        raise ValidationError("after", "A feeling is listed twice.")
    if data.coping_method and data.coping_method not in vocab.COPING:
        raise ValidationError("coping_method", "Please choose a way to cope from the list.")
    note = clean_text("coping_note", data.coping_note, limit=500, label="Your way to cope")
    if data.coping_method == vocab.OTHER_COPING and not note:
        raise ValidationError("coping_note", "Say in a few words what you will do.")
    if data.application_id is not None and session.get(Application, data.application_id) is None:
        raise NotFoundError("application", data.application_id)
    rejection = data.rejection_event_id
    app_id: int | None
    if rejection is not None:
        ev = session.get(Event, rejection)
        if ev is None or ev.kind != EventKind.REJECTION:
            raise ValidationError("rejection_event_id", "That rejection no longer exists.")
        if data.application_id not in (None, ev.application_id):
            raise ValidationError("rejection_event_id",
                                  "That rejection belongs to another application.")
        app_id = ev.application_id  # a check-in about a rejection is about its application
    else:
        app_id = data.application_id
    if data.felt_at is None:
        raise ValidationError("felt_at", "Please give the date and time.")
    return _Fields(
        felt_at=check_date("felt_at", data.felt_at),
        coping_method=data.coping_method,
        coping_note=note,
        journal=clean_text("journal", data.journal, label="The journal entry"),
        overall=check_range("overall", data.overall, vocab.OVERALL_MIN, vocab.OVERALL_MAX,
                            label="How you feel overall"),
        application_id=app_id,
        rejection_event_id=rejection,
    )


def _row(c: CheckIn, app: Application | None) -> CheckInRow:
    return CheckInRow(
        id=c.id, felt_at=c.felt_at,
        emotions=tuple((e.emotion, e.intensity) for e in c.emotions),
        coping_method=c.coping_method, coping_note=c.coping_note, journal=c.journal,
        overall=c.overall, application_id=c.application_id,
        rejection_event_id=c.rejection_event_id,
        application_label=f"{app.company} — {app.role}" if app else "",
        after=tuple((e.emotion, e.intensity_after) for e in c.emotions
                    if e.intensity_after is not None),
    )


def _get(session: Session, checkin_id: int) -> CheckIn:
    c = session.get(CheckIn, checkin_id)
    if c is None:
        raise NotFoundError("check-in", checkin_id)
    return c


def _app(session: Session, app_id: int | None) -> Application | None:
    return session.get(Application, app_id) if app_id is not None else None


def create_checkin(
    session: Session, data: CheckInInput, *, ends_draft: bool = False
) -> CheckInRow:
    """A new check-in. ``ends_draft``: it was written in the check-in form, whose journal
    draft goes with the save (an import leaves the one being written alone)."""
    values = _validate(session, data)
    c = CheckIn()
    values.apply_to(c)
    c.emotions = _emotions(data)
    session.add(c)
    session.flush()
    plans.touch(session, c.application_id, PlanStep.ACCEPT)
    if ends_draft:
        drafts.discard_draft(session, draft_keys.checkin(None))
    # A reused id starts clean: a deleted check-in's words must not come back with it.
    drafts.discard_draft(session, draft_keys.checkin(c.id))
    return _row(c, _app(session, c.application_id))


def _emotions(data: CheckInInput) -> list[CheckInEmotion]:
    after = dict(data.after)
    return [CheckInEmotion(emotion=k, intensity=i, intensity_after=after.get(k))
            for k, i in data.emotions]


def update_checkin(session: Session, checkin_id: int, data: CheckInInput) -> CheckInRow:
    c = _get(session, checkin_id)
    _validate(session, data).apply_to(c)
    c.emotions.clear()
    session.flush()  # the unique (check-in, emotion) pair must be free before re-adding
    c.emotions.extend(_emotions(data))
    session.flush()
    plans.touch(session, c.application_id, PlanStep.ACCEPT)
    drafts.discard_draft(session, draft_keys.checkin(checkin_id))  # saved: no longer a draft
    return _row(c, _app(session, c.application_id))


def delete_checkin(session: Session, checkin_id: int) -> None:
    session.delete(_get(session, checkin_id))
    # SQLite may give a later check-in this id again: its draft must not come back with it.
    drafts.discard_draft(session, draft_keys.checkin(checkin_id))
    session.flush()


def get_checkin(session: Session, checkin_id: int) -> CheckInRow:
    c = _get(session, checkin_id)
    return _row(c, _app(session, c.application_id))


def list_checkins(session: Session, *, application_id: int | None = None) -> list[CheckInRow]:
    """Check-ins, newest first."""
    # Plain rows in two queries rather than objects with their feelings loaded: ten years of
    # daily check-ins come back several times faster, in a fraction of the memory.
    c, a, e = CheckIn, Application, CheckInEmotion
    stmt = (
        select(c.id, c.felt_at, c.coping_method, c.coping_note, c.journal, c.overall,
               c.application_id, c.rejection_event_id, a.company, a.role)
        .outerjoin(a, c.application_id == a.id)
        .order_by(c.felt_at.desc(), c.id.desc())
    )
    feelings = select(e.checkin_id, e.emotion, e.intensity, e.intensity_after).order_by(e.id)
    if application_id is not None:
        stmt = stmt.where(c.application_id == application_id)
        feelings = feelings.join(c, c.id == e.checkin_id).where(
            c.application_id == application_id)
    felt: dict[int, list[tuple[str, int, int | None]]] = defaultdict(list)
    for checkin_id, emotion, intensity, after in session.execute(feelings):
        felt[checkin_id].append((emotion, intensity, after))
    return [
        CheckInRow(
            id=r.id, felt_at=r.felt_at,
            emotions=tuple((name, before) for name, before, _after in felt.get(r.id, ())),
            coping_method=r.coping_method, coping_note=r.coping_note, journal=r.journal,
            overall=r.overall, application_id=r.application_id,
            rejection_event_id=r.rejection_event_id,
            application_label=f"{r.company} — {r.role}" if r.company is not None else "",
            after=tuple((name, after) for name, _before, after in felt.get(r.id, ())
                        if after is not None),
        )
        for r in session.execute(stmt)
    ]


def rejections_for(session: Session, app_id: int) -> list[tuple[int, dt.date]]:
    """The rejection events of one application, for tying a check-in to one."""
    stmt = (
        select(Event.id, Event.occurred_on)
        .where(Event.application_id == app_id, Event.kind == EventKind.REJECTION)
        .order_by(Event.occurred_on.desc())
    )
    return [(i, d) for i, d in session.execute(stmt)]


# Feelings that are good to have more of: when these grow after coping, it helped.
STEADY_EMOTIONS = frozenset(
    w.key for g in vocab.EMOTION_GROUPS if g.key == "steady" for w in g.emotions)


@dataclass(frozen=True)
class CopingEffect:
    method: str
    uses: int  # check-ins that recorded how they felt afterwards
    # Per feeling, how much harder it got (after minus before; for a steadier feeling such as
    # calm or hope, before minus after): below zero means coping eased things.
    average_change: float


def coping_effects(session: Session) -> list[CopingEffect]:
    """Which ways of coping have helped you, most helpful first: for each method, how much
    the named feelings changed between the check-in and "afterwards"."""
    stmt = (
        select(CheckIn.coping_method, CheckIn.id, CheckInEmotion.emotion,
               CheckInEmotion.intensity, CheckInEmotion.intensity_after)
        .join(CheckInEmotion, CheckInEmotion.checkin_id == CheckIn.id)
        .where(CheckInEmotion.intensity_after.is_not(None), CheckIn.coping_method != "")
    )
    changes: dict[str, list[int]] = {}
    uses: dict[str, set[int]] = {}
    for method, checkin_id, emotion, before, after in session.execute(stmt):
        if after is None:  # the query leaves these out; this only narrows the type
            continue
        harder = before - after if emotion in STEADY_EMOTIONS else after - before
        changes.setdefault(method, []).append(harder)
        uses.setdefault(method, set()).add(checkin_id)
    effects = [CopingEffect(m, len(uses[m]), sum(v) / len(v)) for m, v in changes.items()]
    return sorted(effects, key=lambda e: (e.average_change, -e.uses, e.method))
