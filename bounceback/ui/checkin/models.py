"""The table of past check-ins, and the short words that describe one."""

from __future__ import annotations

from PySide6.QtCore import QObject

from bounceback.services.checkins import CheckInRow
from bounceback.ui.common import labels
from bounceback.ui.common.i18n import fill, tr
from bounceback.ui.common.table_model import Column, ColumnKind, RowTableModel

# How many feelings the list names before it trails off.
MAIN_EMOTIONS = 3


def strongest(row: CheckInRow) -> list[tuple[str, int]]:
    """The feelings of a check-in, strongest first (ties keep the order they were named)."""
    return sorted(row.emotions, key=lambda pair: -pair[1])


def main_emotions(row: CheckInRow) -> str:
    names = [labels.emotion(k) for k, _ in strongest(row)]
    text = ", ".join(names[:MAIN_EMOTIONS])
    return text + ("…" if len(names) > MAIN_EMOTIONS else "")


def all_emotions(row: CheckInRow) -> str:
    return "\n".join(
        fill(tr("%1: %2 of 10"), labels.emotion(k), i)
        for k, i in strongest(row)
    )


def overall_text(value: int) -> str:
    return fill(tr("%1/10"), value)


def summary_tooltip(row: CheckInRow) -> str:
    parts = [all_emotions(row)]
    if row.coping_method:
        coping = row.coping_note or labels.coping(row.coping_method)
        parts.append(fill(tr("Coping: %1"), coping))
    if row.journal:
        first = row.journal.splitlines()[0]
        parts.append(first if len(first) <= 120 else first[:119] + "…")
    return "\n\n".join(p for p in parts if p)


def haystack(row: CheckInRow) -> str:
    """Everything the filter box searches in, lower-cased: words, feelings, application."""
    words = [labels.datetime(row.felt_at), row.application_label, row.coping_note, row.journal]
    words += [labels.emotion(k) for k, _ in row.emotions]
    if row.coping_method:
        words.append(labels.coping(row.coping_method))
    return "\n".join(words).casefold()


def checkin_model(parent: QObject | None = None) -> RowTableModel[CheckInRow]:
    return RowTableModel(
        [
            Column(tr("When"), lambda r: labels.datetime(r.felt_at),
                   sort=lambda r: f"{labels.iso(r.felt_at)}#{r.id:09d}",
                   tooltip=summary_tooltip, kind=ColumnKind.DATE),
            Column(tr("Overall"), lambda r: overall_text(r.overall), sort=lambda r: r.overall,
                   tooltip=lambda r: tr("How you felt overall, from 1 (very low) to 10 (good)"),
                   kind=ColumnKind.NUMBER),
            Column(tr("Main feelings"), main_emotions, tooltip=summary_tooltip),
            Column(tr("Application"), lambda r: r.application_label,
                   tooltip=lambda r: r.application_label),
        ],
        parent,
    )
