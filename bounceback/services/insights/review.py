"""Action items at a glance: how many are still open and how many are done, by where they came
from (added by you, from feedback, from a review, from a check-in)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bounceback.db.enums import ActionSource
from bounceback.db.models import ActionItem, Application


@dataclass(frozen=True)
class SourceCount:
    source: ActionSource
    open: int
    done: int

    @property
    def total(self) -> int:
        return self.open + self.done


@dataclass(frozen=True)
class ActionSummary:
    # One per source, in the order of ActionSource, including those with none.
    by_source: tuple[SourceCount, ...]

    @property
    def open(self) -> int:
        return sum(s.open for s in self.by_source)

    @property
    def done(self) -> int:
        return sum(s.done for s in self.by_source)

    @property
    def total(self) -> int:
        return self.open + self.done


def action_summary(session: Session, *, include_archived: bool = True) -> ActionSummary:
    """Open and done action items per source.

    With ``include_archived=False``, items of archived applications are left out; items that
    belong to no application (or whose application was deleted) always count.
    """
    stmt = (
        select(ActionItem.source, ActionItem.done, func.count(ActionItem.id))
        .outerjoin(Application, ActionItem.application_id == Application.id)
        .group_by(ActionItem.source, ActionItem.done)
    )
    if not include_archived:
        stmt = stmt.where(Application.archived.is_not(True))
    counts: dict[tuple[ActionSource, bool], int] = {
        (ActionSource(source), bool(done)): n for source, done, n in session.execute(stmt)
    }
    return ActionSummary(tuple(
        SourceCount(s, counts.get((s, False), 0), counts.get((s, True), 0)) for s in ActionSource
    ))
