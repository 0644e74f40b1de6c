"""The bounce-back plan: after a rejection, the four steps of the brief, each with its state.

A plan is offered the moment a rejection is recorded (a status change or a rejection event).
It never nags: steps can be skipped, the whole plan dismissed, and it disappears from the
open list when its application is archived. Work done elsewhere moves a step from "not
started" to "in progress" by itself; only the person marks a step done.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bounceback.db.enums import EventKind, PlanStep, StepState
from bounceback.db.models import Application, BouncePlan, Event
from bounceback.services.errors import NotFoundError

STEPS: tuple[PlanStep, ...] = tuple(PlanStep)
FINISHED = frozenset({StepState.DONE, StepState.SKIPPED})


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


def _query():
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


STEP_NAMES: dict[PlanStep, str] = {
    PlanStep.ACCEPT: "Accept your emotions",
    PlanStep.CONNECT: "Be gracious and stay connected",
    PlanStep.FEEDBACK: "Ask for feedback",
    PlanStep.REVIEW: "Review the process",
}


def set_step(
    session: Session,
    plan_id: int,
    step: PlanStep,
    state: StepState,
    *,
    today: dt.date | None = None,
) -> PlanRow:
    """Set a step's state; finishing one is noted on the application's timeline."""
    plan = session.get(BouncePlan, plan_id)
    if plan is None:
        raise NotFoundError("plan", plan_id)
    step, state = PlanStep(step), StepState(state)
    before = StepState(getattr(plan, step.value))
    setattr(plan, step.value, state)
    if state == StepState.DONE and before != StepState.DONE:
        session.add(Event(application_id=plan.application_id, kind=EventKind.PLAN_STEP,
                          occurred_on=today or dt.date.today(),
                          details=f"{STEP_NAMES[step]}: done"))
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


def list_plans(
    session: Session, *, open_only: bool = True, app_id: int | None = None
) -> list[PlanRow]:
    """Plans, the most recent rejection first. ``open_only`` hides dismissed, finished and
    archived ones, so the list is only ever what is still worth doing."""
    stmt = _query().order_by(Event.occurred_on.desc(), BouncePlan.id.desc())
    if app_id is not None:
        stmt = stmt.where(BouncePlan.application_id == app_id)
    rows = [_row(found) for found in session.execute(stmt)]
    return [r for r in rows if r.is_open] if open_only else rows


def plan_for_application(session: Session, app_id: int) -> PlanRow | None:
    """The latest plan of an application, open or not (None if it was never rejected)."""
    rows = list_plans(session, open_only=False, app_id=app_id)
    return rows[0] if rows else None
