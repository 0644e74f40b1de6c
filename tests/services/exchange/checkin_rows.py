"""What an import of check-ins left in the store, read straight from the table."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from bounceback.db.models import CheckIn
from bounceback.db.store import Store


def checkin_rows(store: Store) -> list[tuple[dt.datetime, int, str]]:
    with store.session() as s:
        return [(c.felt_at, c.overall, c.journal)
                for c in s.scalars(select(CheckIn).order_by(CheckIn.felt_at))]


def checkin_count(store: Store) -> int:
    with store.session() as s:
        return s.scalar(select(func.count(CheckIn.id))) or 0
