"""Action items: the concrete next steps that feedback and reviews turn into."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from bounceback.db.enums import ActionSource
from bounceback.db.models import ActionItem, Application, FeedbackNote, ReviewItem, utcnow
from bounceback.services.errors import NotFoundError
from bounceback.services.validation import check_date, clean_text


@dataclass(frozen=True)
class ActionInput:
    text: str
    due_on: dt.date | None = None
    source: ActionSource = ActionSource.MANUAL
    application_id: int | None = None
    feedback_id: int | None = None
    review_item_id: int | None = None


@dataclass(frozen=True)
class ActionRow:
    id: int
    text: str
    source: ActionSource
    due_on: dt.date | None
    done: bool
    done_at: dt.datetime | None
    application_id: int | None
    feedback_id: int | None
    review_item_id: int | None
    created_at: dt.datetime


def _row(a: ActionItem) -> ActionRow:
    return ActionRow(
        id=a.id, text=a.text, source=a.source, due_on=a.due_on, done=a.done, done_at=a.done_at,
        application_id=a.application_id, feedback_id=a.feedback_id,
        review_item_id=a.review_item_id, created_at=a.created_at,
    )


def _get(session: Session, action_id: int) -> ActionItem:
    a = session.get(ActionItem, action_id)
    if a is None:
        raise NotFoundError("action item", action_id)
    return a


def create_action(session: Session, data: ActionInput) -> ActionRow:
    for model, ident, what in (
        (Application, data.application_id, "application"),
        (FeedbackNote, data.feedback_id, "feedback note"),
        (ReviewItem, data.review_item_id, "review item"),
    ):
        if ident is not None and session.get(model, ident) is None:
            raise NotFoundError(what, ident)
    a = ActionItem(
        text=clean_text("text", data.text, limit=2000, required=True, label="The action"),
        due_on=check_date("due_on", data.due_on, label="The due date"),
        source=ActionSource(data.source),
        application_id=data.application_id,
        feedback_id=data.feedback_id,
        review_item_id=data.review_item_id,
    )
    session.add(a)
    session.flush()
    return _row(a)


def update_action(
    session: Session, action_id: int, *, text: str, due_on: dt.date | None
) -> ActionRow:
    a = _get(session, action_id)
    a.text = clean_text("text", text, limit=2000, required=True, label="The action")
    a.due_on = check_date("due_on", due_on, label="The due date")
    session.flush()
    return _row(a)


def set_done(session: Session, action_id: int, done: bool) -> ActionRow:
    a = _get(session, action_id)
    a.done = done
    a.done_at = utcnow() if done else None
    session.flush()
    return _row(a)


def delete_action(session: Session, action_id: int) -> None:
    session.delete(_get(session, action_id))
    session.flush()


def list_actions(
    session: Session,
    *,
    application_id: int | None = None,
    feedback_id: int | None = None,
    review_item_id: int | None = None,
    source: ActionSource | None = None,
    open_only: bool = False,
) -> list[ActionRow]:
    """Action items, open ones first, then by due date (undated last)."""
    stmt = select(ActionItem)
    if application_id is not None:
        stmt = stmt.where(ActionItem.application_id == application_id)
    if feedback_id is not None:
        stmt = stmt.where(ActionItem.feedback_id == feedback_id)
    if review_item_id is not None:
        stmt = stmt.where(ActionItem.review_item_id == review_item_id)
    if source is not None:
        stmt = stmt.where(ActionItem.source == source)
    if open_only:
        stmt = stmt.where(ActionItem.done.is_(False))
    stmt = stmt.order_by(
        ActionItem.done, ActionItem.due_on.is_(None), ActionItem.due_on, ActionItem.id
    )
    return [_row(a) for a in session.scalars(stmt)]
