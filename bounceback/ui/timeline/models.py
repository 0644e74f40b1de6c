"""Table models of the Timeline tab: the applications, and events (one or all applications)."""

from __future__ import annotations

from PySide6.QtCore import QObject

from bounceback.services.applications import ApplicationRow
from bounceback.services.events import EventRow
from bounceback.ui.common import labels, tones
from bounceback.ui.common.i18n import fill, tr
from bounceback.ui.common.table_model import (
    Column,
    ColumnKind,
    PagedRowTableModel,
    RowTableModel,
)

SUMMARY_CHARS = 240


def event_summary(ev: EventRow) -> str:
    """One line about an event: round and interviewers for interviews, then the details."""
    parts: list[str] = []
    if ev.interview_round:
        parts.append(fill(tr("Round %1"), ev.interview_round))
    if ev.interviewers:
        parts.append(fill(tr("with %1"), ev.interviewers))
    details = labels.event_text(ev.said, ev.details)
    if details:
        parts.append(details.splitlines()[0])
    line = " · ".join(parts)
    # A list cell shows one line of it at most; painting elides whatever it is given, and
    # laying out a page of text to cut it costs more than the rest of the row.
    return line if len(line) <= SUMMARY_CHARS else line[:SUMMARY_CHARS].rstrip() + "…"


def application_model(parent: QObject | None = None) -> RowTableModel[ApplicationRow]:
    return RowTableModel(
        [
            Column(tr("Company"), lambda r: r.company + (tr(" (archived)") if r.archived else ""),
                   # Where the list is narrow, the whole of both names.
                   tooltip=lambda r: f"{r.company} — {r.role}"),
            Column(tr("Role"), lambda r: r.role),
            Column(tr("Status"), lambda r: labels.status(r.status), kind=ColumnKind.STATUS,
                   tone=lambda r: tones.status(r.status)),
            Column(
                tr("Last activity"),
                lambda r: labels.date(r.last_activity or r.applied_on),
                sort=lambda r: labels.iso(r.last_activity or r.applied_on),
                kind=ColumnKind.DATE,
            ),
        ],
        parent,
    )


def history_model(parent: QObject | None = None) -> RowTableModel[EventRow]:
    return RowTableModel(
        [
            Column(tr("Date"), lambda r: labels.date(r.occurred_on),
                   sort=lambda r: f"{labels.iso(r.occurred_on)}#{r.id:09d}",
                   kind=ColumnKind.DATE),
            Column(tr("What happened"), lambda r: labels.event_kind(r.kind)),
            Column(tr("Details"), event_summary,
                   tooltip=lambda r: labels.event_text(r.said, r.details)),
        ],
        parent,
    )


def all_events_model(parent: QObject | None = None) -> PagedRowTableModel[EventRow]:
    return PagedRowTableModel(
        [
            Column(tr("Date"), lambda r: labels.date(r.occurred_on),
                   sort=lambda r: f"{labels.iso(r.occurred_on)}#{r.id:09d}",
                   kind=ColumnKind.DATE),
            Column(tr("Company"), lambda r: r.company),
            Column(tr("Role"), lambda r: r.role),
            Column(tr("What happened"), lambda r: labels.event_kind(r.kind)),
            Column(tr("Details"), event_summary,
                   tooltip=lambda r: labels.event_text(r.said, r.details)),
        ],
        parent,
    )
