"""Reapplying, done well: what happened last time at the same company, and what you learned.

When a new application is added at a company that turned you down before, the program shows
the earlier attempts with their feedback, lessons and action items (done or not), so the
second try starts from everything the first one taught.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from bounceback.db.enums import EventKind, Status
from bounceback.db.models import Application, Event, FeedbackNote
from bounceback.services.actions import ActionRow, list_actions
from bounceback.services.applications import same_company


@dataclass(frozen=True)
class Lesson:
    whom: str
    answer: str
    lesson: str


@dataclass(frozen=True)
class PastAttempt:
    application_id: int
    company: str
    role: str
    status: Status
    applied_on: dt.date | None
    rejected_on: dt.date | None
    reapply_after: dt.date | None
    lessons: tuple[Lesson, ...]
    actions: tuple[ActionRow, ...]

    @property
    def open_actions(self) -> int:
        return sum(1 for a in self.actions if not a.done)


def history_for(
    session: Session, company: str, *, exclude_app_id: int | None = None
) -> list[PastAttempt]:
    """Earlier applications at ``company`` that did not work out, most recent first."""
    key = same_company(company)
    if not key:
        return []
    # Names are compared after normalising, which SQL can't do: read just (id, company) for
    # every closed application (plain rows, cheap even for thousands), then load the few
    # that match as objects.
    ids = [
        ident
        for ident, company in session.execute(
            select(Application.id, Application.company).where(
                Application.status.in_([Status.REJECTED, Status.GHOSTED, Status.WITHDRAWN])
            )
        )
        if ident != exclude_app_id and same_company(company) == key
    ]
    apps = list(session.scalars(
        select(Application).where(Application.id.in_(ids)).order_by(Application.id)
    )) if ids else []
    attempts = []
    for app in apps:
        rejected_on = session.scalar(
            select(Event.occurred_on)
            .where(Event.application_id == app.id, Event.kind == EventKind.REJECTION)
            .order_by(Event.occurred_on.desc())
            .limit(1)
        )
        notes = session.scalars(
            select(FeedbackNote)
            .where(FeedbackNote.application_id == app.id)
            .order_by(FeedbackNote.id)
        )
        lessons = tuple(
            Lesson(n.asked_whom, n.answer_text, n.lesson)
            for n in notes
            if n.answer_text or n.lesson
        )
        attempts.append(PastAttempt(
            application_id=app.id, company=app.company, role=app.role, status=app.status,
            applied_on=app.applied_on, rejected_on=rejected_on,
            reapply_after=app.reapply_after, lessons=lessons,
            actions=tuple(list_actions(session, application_id=app.id)),
        ))
    attempts.sort(key=lambda a: (a.rejected_on or a.applied_on or dt.date.min, a.application_id),
                  reverse=True)
    return attempts


def reapply_dates(session: Session) -> list[tuple[int, str, dt.date]]:
    """(application id, company, date) for every "reapply after" date set, soonest first."""
    stmt = (
        select(Application.id, Application.company, Application.reapply_after)
        .where(Application.reapply_after.is_not(None))
        .order_by(Application.reapply_after)
    )
    # The query leaves out unset dates; the test only narrows the type.
    return [(i, c, d) for i, c, d in session.execute(stmt) if d is not None]


__all__ = ["Lesson", "PastAttempt", "history_for", "reapply_dates"]
