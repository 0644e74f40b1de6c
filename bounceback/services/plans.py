"""The bounce-back plan: after a rejection, the four steps of the brief, each with its state.

A plan is offered the moment a rejection is recorded (a status change or a rejection event).
It never nags: steps can be skipped, the whole plan dismissed, and it disappears from the
open list when its application is archived. Work done elsewhere moves a step from "not
started" to "in progress" by itself; only the person marks a step done.

What each step asks for is read from what is stored (``evidence``): when it is all there,
the screens where the person is offer to finish the step in one click (``ready_to_finish``),
so the plan never needs a trip back just for bookkeeping.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, TypeGuard

from sqlalchemy import ColumnElement, Select, and_, bindparam, case, distinct, func, or_, select
from sqlalchemy.orm import Session

from bounceback.db.enums import EventKind, FeedbackStatus, Outcome, PlanStep, StepState
from bounceback.db.models import (
    ActionItem,
    Application,
    BouncePlan,
    CheckIn,
    Event,
    FeedbackNote,
    ReviewItem,
)
from bounceback.services import contacts, event_words
from bounceback.services.contacts import ContactRow
from bounceback.services.errors import NotFoundError

STEPS: tuple[PlanStep, ...] = tuple(PlanStep)
FINISHED = frozenset({StepState.DONE, StepState.SKIPPED})


class Shelf(StrEnum):
    """Where a plan is listed: still to do, finished (every step done or skipped), or put
    away (by the person, or with its archived application)."""

    OPEN = "open"
    FINISHED = "finished"
    PUT_AWAY = "put_away"


@dataclass(frozen=True)
class PlanRow:
    id: int
    application_id: int
    company: str
    role: str
    rejection_event_id: int | None
    rejected_on: dt.date | None
    states: dict[PlanStep, StepState]
    dismissed: bool
    archived: bool
    created_at: dt.datetime

    @property
    def finished_count(self) -> int:
        return sum(1 for s in self.states.values() if s in FINISHED)

    @property
    def complete(self) -> bool:
        return self.finished_count == len(STEPS)

    @property
    def is_open(self) -> bool:
        return not (self.dismissed or self.archived or self.complete)

    @property
    def shelf(self) -> Shelf:
        # A finished plan is listed as finished even when put away later: what was done
        # stays findable where one would look for it.
        if self.complete:
            return Shelf.FINISHED
        return Shelf.PUT_AWAY if self.dismissed or self.archived else Shelf.OPEN

    def next_step(self) -> PlanStep | None:
        """The first step not yet done or skipped: where to pick up."""
        return next((s for s in STEPS if self.states[s] not in FINISHED), None)


def _row(r: Any) -> PlanRow:
    return PlanRow(
        id=r.id,
        application_id=r.application_id,
        company=r.company,
        role=r.role,
        rejection_event_id=r.rejection_event_id,
        rejected_on=r.occurred_on,
        states={step: StepState(getattr(r, step.value)) for step in STEPS},
        dismissed=r.dismissed,
        archived=r.archived,
        created_at=r.created_at,
    )


def _query() -> Select[*tuple[Any, ...]]:
    # Columns rather than whole objects: an application's object would carry its job
    # description and notes, read for every plan in the list.
    p = BouncePlan
    return (
        select(p.id, p.application_id, p.rejection_event_id, p.dismissed, p.created_at,
               *(getattr(p, step.value) for step in STEPS),
               Application.company, Application.role, Application.archived, Event.occurred_on)
        .join(Application, BouncePlan.application_id == Application.id)
        .outerjoin(Event, BouncePlan.rejection_event_id == Event.id)
    )


def get_plan(session: Session, plan_id: int) -> PlanRow:
    found = session.execute(_query().where(BouncePlan.id == plan_id)).first()
    if found is None:
        raise NotFoundError("plan", plan_id)
    return _row(found)


def offer_for_rejection(session: Session, event: Event) -> None:
    """Called whenever a rejection event is written: make sure it has its plan."""
    if event.kind != EventKind.REJECTION:
        return
    session.flush()  # the event needs its id
    exists = session.scalar(select(BouncePlan.id).where(BouncePlan.rejection_event_id == event.id))
    if exists is None:
        session.add(BouncePlan(application_id=event.application_id, rejection_event_id=event.id))
        session.flush()


def set_step(
    session: Session,
    plan_id: int,
    step: PlanStep,
    state: StepState,
    *,
    today: dt.date | None = None,
) -> PlanRow:
    """Set a step's state; finishing one is noted on the application's timeline, and taking
    it back (an Undo, "Not done yet") takes that note away again: the history says what is
    true, not every click."""
    plan = session.get(BouncePlan, plan_id)
    if plan is None:
        raise NotFoundError("plan", plan_id)
    step, state = PlanStep(step), StepState(state)
    before = StepState(getattr(plan, step.value))
    setattr(plan, step.value, state)
    if state == StepState.DONE and before != StepState.DONE:
        session.add(Event(application_id=plan.application_id, kind=EventKind.PLAN_STEP,
                          occurred_on=today or dt.date.today(),
                          said=event_words.STEP_DONE, details=step.value))
    elif before == StepState.DONE and state != StepState.DONE:
        note = session.scalars(
            select(Event).where(Event.application_id == plan.application_id,
                                Event.kind == EventKind.PLAN_STEP,
                                Event.said == event_words.STEP_DONE,
                                Event.details == step.value)
            .order_by(Event.id.desc()).limit(1)).first()
        if note is not None:
            session.delete(note)
    session.flush()
    return get_plan(session, plan_id)


def set_dismissed(session: Session, plan_id: int, dismissed: bool) -> PlanRow:
    plan = session.get(BouncePlan, plan_id)
    if plan is None:
        raise NotFoundError("plan", plan_id)
    plan.dismissed = dismissed
    session.flush()
    return get_plan(session, plan_id)


def touch(session: Session, app_id: int | None, step: PlanStep) -> None:
    """Work on ``step`` happened for this application: its open plans show it as begun."""
    if app_id is None:
        return
    column = getattr(BouncePlan, PlanStep(step).value)
    plans = session.scalars(
        select(BouncePlan).where(
            BouncePlan.application_id == app_id,
            BouncePlan.dismissed.is_(False),
            column == StepState.NOT_STARTED,
        )
    )
    for plan in plans:
        setattr(plan, step.value, StepState.IN_PROGRESS)
    session.flush()


def _shelf_column() -> ColumnElement[str]:
    """:attr:`PlanRow.shelf`, said in SQL (a plan and its application in the query): the
    store sorts the plans onto their shelves, so listing one shelf makes only its rows, and
    counting them makes none (ten years of rejections made 2,400 rows for each look at the
    tab, a quarter of a second)."""
    p = BouncePlan
    complete = and_(*(getattr(p, step.value).in_(sorted(FINISHED)) for step in STEPS))
    return case((complete, Shelf.FINISHED.value),
                (or_(p.dismissed, Application.archived), Shelf.PUT_AWAY.value),
                else_=Shelf.OPEN.value)


def list_plans(
    session: Session,
    *,
    open_only: bool = True,
    app_id: int | None = None,
    shelf: Shelf | None = None,
) -> list[PlanRow]:
    """Plans, the most recent rejection first. ``open_only`` hides dismissed, finished and
    archived ones, so the list is only ever what is still worth doing; ``shelf`` lists one
    shelf instead (and wins over ``open_only``)."""
    stmt = _query().order_by(Event.occurred_on.desc(), BouncePlan.id.desc())
    if app_id is not None:
        stmt = stmt.where(BouncePlan.application_id == app_id)
    wanted = shelf if shelf is not None else (Shelf.OPEN if open_only else None)
    if wanted is not None:
        stmt = stmt.where(_shelf_column() == wanted.value)
    return [_row(found) for found in session.execute(stmt)]


def open_plan_application_ids(session: Session) -> frozenset[int]:
    """The applications with a bounce-back plan still under way: not put away, and not every
    step behind the person (done or skipped). One read of four columns, for the board's
    marks over thousands of applications."""
    p = BouncePlan
    rows = session.execute(select(p.application_id, p.accept, p.connect, p.feedback, p.review)
                           .where(p.dismissed.is_(False)))
    return frozenset(app_id for app_id, *states in rows
                     if not all(StepState(s) in FINISHED for s in states))


def shelf_counts(session: Session) -> dict[Shelf, int]:
    """How many plans each shelf holds (every shelf named, empty ones with 0)."""
    counts = dict.fromkeys(Shelf, 0)
    shelf = _shelf_column()
    found = session.execute(
        select(shelf, func.count())
        .select_from(BouncePlan)
        .join(Application, BouncePlan.application_id == Application.id)
        .group_by(shelf))
    for value, count in found:
        counts[Shelf(value)] = count
    return counts


def plan_for_application(session: Session, app_id: int) -> PlanRow | None:
    """The latest plan of an application, open or not (None if it was never rejected)."""
    found = session.execute(_latest_plan(), {"app_id": app_id}).first()
    return _row(found) if found is not None else None


@functools.cache
def _latest_plan() -> Select[*tuple[Any, ...]]:
    # Made once, the application a parameter: read each time an application is opened.
    # The first of list_plans(app_id=…), in its order.
    return (_query().where(BouncePlan.application_id == bindparam("app_id"))
            .order_by(Event.occurred_on.desc(), BouncePlan.id.desc()).limit(1))


# --- what each step asks for, read from the store ---------------------------------------------
#
# The rules are the brief's, as plainly as the data allows:
#  1. accept:  a check-in about this "no" (after it, or tied to it) that names a feeling — every
#              check-in does — and picks a way to cope;
#  2. connect: everyone of the application has been thanked since the "no" (a note sent after
#              an interview, before the "no", is another note: it doesn't ask to be kept in mind);
#  3. feedback: an answer came, its lesson is written down and at least one action item comes
#              from it ("then use what you hear");
#  4. review:  every item of the checklist is looked at, and each "to improve" has a next step.
# Connecting on LinkedIn is "a good moment", not an ask, so it is never required.


@dataclass(frozen=True)
class PlanEvidence:
    """What is there for each step of one plan. Fields of steps not asked about stay empty."""

    # 1: check-ins about this "no" with a way to cope.
    checkins: int = 0
    # 2: the application's people, and those not thanked since the "no".
    people: tuple[str, ...] = ()
    to_thank: tuple[str, ...] = ()
    # ... and those you are connected with on LinkedIn (never asked for: "a good moment").
    connected: tuple[str, ...] = ()
    # 3: answers received, and those with a lesson and an action item.
    answers: int = 0
    used_answers: int = 0
    # 4: checklist items, those looked at, and "to improve" ones without a next step.
    review_items: int = 0
    reviewed: int = 0
    improvements_without_step: int = 0
    # The day each finished step was marked done, from its note on the timeline.
    done_on: dict[PlanStep, dt.date] = field(default_factory=dict)

    def met(self, step: PlanStep) -> bool:
        """Everything ``step`` asks for is there."""
        step = PlanStep(step)
        if step == PlanStep.ACCEPT:
            return self.checkins > 0
        if step == PlanStep.CONNECT:
            return bool(self.people) and not self.to_thank
        if step == PlanStep.FEEDBACK:
            return self.used_answers > 0
        return (self.review_items > 0 and self.reviewed == self.review_items
                and self.improvements_without_step == 0)


def still_to_thank(people: Iterable[ContactRow], rejected_on: dt.date | None) -> list[ContactRow]:
    """The people (as listed for one application) not thanked since the "no", in the order
    given. With no day for the "no" (its event was deleted), any thank-you counts."""
    return [p for p in people if p.thanked_on is None
            or (rejected_on is not None and p.thanked_on < rejected_on)]


def _accept_evidence(session: Session, plan: PlanRow) -> int:
    about = CheckIn.application_id == plan.application_id
    if plan.rejected_on is not None:
        about = about & (CheckIn.felt_at >= dt.datetime.combine(plan.rejected_on, dt.time()))
    if plan.rejection_event_id is not None:
        about = or_(about, CheckIn.rejection_event_id == plan.rejection_event_id)
    return session.scalar(
        select(func.count(CheckIn.id)).where(about, CheckIn.coping_method != "")) or 0


def _feedback_evidence(session: Session, app_id: int) -> tuple[int, int]:
    answered = (FeedbackNote.application_id == app_id,
                FeedbackNote.status == FeedbackStatus.ANSWERED)
    answers = session.scalar(select(func.count(FeedbackNote.id)).where(*answered)) or 0
    used = session.scalar(
        select(func.count(distinct(FeedbackNote.id)))
        .join(ActionItem, ActionItem.feedback_id == FeedbackNote.id)
        .where(*answered, FeedbackNote.lesson != "")) or 0
    return answers, used


def _review_evidence(session: Session, app_id: int) -> tuple[int, int, int]:
    items = session.execute(
        select(ReviewItem.id, ReviewItem.outcome).where(
            ReviewItem.application_id == app_id, ReviewItem.dismissed.is_(False))).all()
    improve = [i.id for i in items if i.outcome == Outcome.TO_IMPROVE]
    with_step = set(session.scalars(
        select(ActionItem.review_item_id).where(ActionItem.review_item_id.in_(improve)))) \
        if improve else set()
    reviewed = sum(1 for i in items if i.outcome is not None)
    return len(items), reviewed, sum(1 for i in improve if i not in with_step)


def _done_days(session: Session, app_id: int) -> dict[PlanStep, dt.date]:
    found: dict[PlanStep, dt.date] = {}
    for details, on in session.execute(
            select(Event.details, Event.occurred_on)
            .where(Event.application_id == app_id, Event.kind == EventKind.PLAN_STEP,
                   Event.said == event_words.STEP_DONE,
                   Event.details.in_([step.value for step in STEPS]))
            .order_by(Event.occurred_on, Event.id)):
        found[PlanStep(details)] = on  # the latest wins
    return found


def _connect_evidence(plan: PlanRow, people: Sequence[ContactRow]) -> dict[str, Any]:
    return {"people": tuple(p.name for p in people),
            "to_thank": tuple(p.name for p in still_to_thank(people, plan.rejected_on)),
            "connected": tuple(p.name for p in people if p.linkedin_connected)}


def evidence(
    session: Session, plan: PlanRow, steps: Sequence[PlanStep] = STEPS
) -> PlanEvidence:
    """What is stored for ``steps`` of ``plan`` (all four unless fewer are asked about)."""
    values: dict[str, Any] = {"done_on": _done_days(session, plan.application_id)}
    app_id = plan.application_id
    if PlanStep.ACCEPT in steps:
        values["checkins"] = _accept_evidence(session, plan)
    if PlanStep.CONNECT in steps:
        values.update(_connect_evidence(plan, contacts.list_for_application(session, app_id)))
    if PlanStep.FEEDBACK in steps:
        values["answers"], values["used_answers"] = _feedback_evidence(session, app_id)
    if PlanStep.REVIEW in steps:
        (values["review_items"], values["reviewed"],
         values["improvements_without_step"]) = _review_evidence(session, app_id)
    return PlanEvidence(**values)


def ready_steps(plan: PlanRow, found: PlanEvidence) -> frozenset[PlanStep]:
    """The steps still open whose asks are all there: the ones to offer to finish."""
    return frozenset(s for s in STEPS if plan.states[s] not in FINISHED and found.met(s))


def ready_to_finish(session: Session, app_id: int | None, step: PlanStep) -> PlanRow | None:
    """The application's open plan when ``step`` is still open on it and everything it asks
    for is there; None otherwise (no plan, put away, finished, or something still missing)."""
    if app_id is None:
        return None
    plan = plan_for_application(session, app_id)
    if not _still_to_finish(plan, step):
        return None
    return plan if evidence(session, plan, (PlanStep(step),)).met(step) else None


def connect_ready(plan: PlanRow | None, people: Sequence[ContactRow]) -> PlanRow | None:
    """``ready_to_finish`` for step 2, from the application's latest plan and its people as
    already read (opening an application reads both anyway: no second look at the store)."""
    if not _still_to_finish(plan, PlanStep.CONNECT):
        return None
    found = PlanEvidence(**_connect_evidence(plan, people))
    return plan if found.met(PlanStep.CONNECT) else None


def _still_to_finish(plan: PlanRow | None, step: PlanStep) -> TypeGuard[PlanRow]:
    return plan is not None and plan.is_open and plan.states[PlanStep(step)] not in FINISHED
