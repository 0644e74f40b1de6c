"""Drafts of long texts, saved as they are typed, so nothing the user wrote is ever lost.

The editor saves a draft a moment after typing stops and discards it once the real record is
saved. On the next start a left-over draft is offered back.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from bounceback.db.models import Draft
from bounceback.services.validation import LONG


@dataclass(frozen=True)
class DraftRow:
    key: str
    body: str
    updated_at: dt.datetime


def save_draft(session: Session, key: str, body: str) -> None:
    """Keep ``body`` under ``key``; an empty body removes the draft."""
    draft = session.get(Draft, key)
    if not body.strip():
        if draft is not None:
            session.delete(draft)
            session.flush()
        return
    body = body.replace("\x00", "")[: LONG * 2]  # a draft is never refused, only trimmed
    if draft is None:
        session.add(Draft(key=key, body=body))
    elif draft.body != body:
        draft.body = body
    session.flush()


def get_draft(session: Session, key: str) -> DraftRow | None:
    draft = session.get(Draft, key)
    return DraftRow(draft.key, draft.body, draft.updated_at) if draft else None


def discard_draft(session: Session, key: str) -> None:
    draft = session.get(Draft, key)
    if draft is not None:
        session.delete(draft)
        session.flush()


def list_drafts(session: Session, prefix: str = "") -> list[DraftRow]:
    stmt = select(Draft).order_by(Draft.updated_at.desc())
    if prefix:
        stmt = stmt.where(Draft.key.startswith(prefix, autoescape=True))
    return [DraftRow(d.key, d.body, d.updated_at) for d in session.scalars(stmt)]


def discard_drafts(session: Session, prefix: str) -> int:
    """Drop every draft whose key starts with ``prefix`` (its record is being deleted, and
    SQLite may hand the same id to a later record, which must start clean)."""
    stmt = select(Draft).where(Draft.key.startswith(prefix, autoescape=True))
    found = list(session.scalars(stmt))
    for d in found:
        session.delete(d)
    session.flush()
    return len(found)
