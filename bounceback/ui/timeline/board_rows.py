"""What the Timeline's board shows: the applications of the list as cards, each column's in
order, with whether a bounce-back plan is still under way. Plain Python over the services'
rows, so the board reads nothing the list has not read already but which applications have
a plan under way (services/plans.open_plan_application_ids)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from bounceback.db.enums import Status
from bounceback.services.applications import ApplicationRow


@dataclass(frozen=True)
class Card:
    id: int
    company: str
    role: str
    status: Status
    # The day of its latest event (its applied day when it has none); None when undated.
    last_activity: dt.date | None
    archived: bool
    plan_open: bool


def cards(rows: Iterable[ApplicationRow], planned: frozenset[int]) -> dict[Status, list[Card]]:
    """Every status with its cards (an empty list for a status with none), in the statuses'
    order; in each, the latest activity first, as in the list."""
    columns: dict[Status, list[Card]] = {status: [] for status in Status}
    for r in rows:
        columns[Status(r.status)].append(Card(
            id=r.id, company=r.company, role=r.role, status=Status(r.status),
            last_activity=r.last_activity or r.applied_on, archived=r.archived,
            plan_open=r.id in planned))
    for found in columns.values():
        # Undated ones last; the newest first among the same day.
        found.sort(key=lambda c: (c.last_activity or dt.date.min, c.id), reverse=True)
    return columns
