"""Item models of the Feedback tab: the notes of one application, and a note's action items."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal

from bounceback.db.enums import FeedbackStatus
from bounceback.services.actions import ActionRow
from bounceback.services.feedback import FeedbackRow, request_letter
from bounceback.ui.common import labels, tones
from bounceback.ui.common.i18n import fill, tr
from bounceback.ui.common.table_model import Column, ColumnKind, Index, RowTableModel
from bounceback.ui.theme.text import font as role_font
from bounceback.ui.theme.tokens import TextRole

_ORDER = {FeedbackStatus.DRAFT: 0, FeedbackStatus.ASKED: 1, FeedbackStatus.NO_ANSWER: 2,
          FeedbackStatus.ANSWERED: 3}


def status_text(row: FeedbackRow) -> str:
    """Where the request stands, with the answer's date or the day to follow up."""
    status = FeedbackStatus(row.status)
    if status == FeedbackStatus.ANSWERED and row.answered_on is not None:
        return fill(tr("Answered %1"), labels.date(row.answered_on))
    if status in (FeedbackStatus.ASKED, FeedbackStatus.NO_ANSWER) and row.follow_up_on:
        return fill(tr("%1 · follow up %2"), labels.feedback_status(status),
                    labels.date(row.follow_up_on))

    return labels.feedback_status(status)


def _status_sort(row: FeedbackRow) -> str:
    day = row.answered_on if row.status == FeedbackStatus.ANSWERED else row.follow_up_on
    return f"{_ORDER[FeedbackStatus(row.status)]}{labels.iso(day)}#{row.id:09d}"


def _whom_tooltip(row: FeedbackRow) -> str:
    lines = [row.asked_whom, labels.channel(row.channel)]
    letter = request_letter(row.request_text)
    first = letter.subject or (letter.body.splitlines()[0] if letter.body else "")
    if first:
        lines.append(first)
    return "\n".join(lines)


def feedback_model(parent: QObject | None = None) -> RowTableModel[FeedbackRow]:
    return RowTableModel(
        [
            Column(tr("Whom"), lambda r: r.asked_whom, tooltip=_whom_tooltip),
            Column(tr("Asked on"), lambda r: labels.date(r.asked_on),
                   sort=lambda r: f"{labels.iso(r.asked_on)}#{r.id:09d}",
                   kind=ColumnKind.DATE),
            # The status on its label, the day it came with after it.
            Column(tr("Status"), status_text, sort=_status_sort, tooltip=status_text,
                   kind=ColumnKind.STATUS,
                   tone=lambda r: tones.feedback_status(r.status),
                   chip=lambda r: labels.feedback_status(r.status)),
        ],
        parent,
    )


class ActionModel(RowTableModel[ActionRow]):
    """Action items with a done checkbox in the first column.

    Ticking a box shows at once and emits ``done_toggled``; the owner writes it to the store
    and reloads, so a failed write puts the box back.
    """

    done_toggled = Signal(int, bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(tr("Action"), lambda r: r.text, tooltip=lambda r: r.text),
                Column(tr("Due"), lambda r: labels.date(r.due_on),
                       sort=lambda r: labels.iso(r.due_on) or "9999", kind=ColumnKind.DATE),
            ],
            parent,
        )

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == 0:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        row = self.row_at(index.row())
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == 0:
            return Qt.CheckState.Checked if row.done else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.FontRole and row.done:
            # Done items stay visible but step back: struck through, never hidden or praised.
            return role_font(TextRole.DONE_ITEM)
        if role == Qt.ItemDataRole.AccessibleDescriptionRole and index.column() == 0:
            return tr("Done") if row.done else tr("Not done yet")
        return super().data(index, role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            role != Qt.ItemDataRole.CheckStateRole
            or not index.isValid()
            or index.column() != 0
            or not 0 <= index.row() < self.rowCount()
        ):
            return False
        done = Qt.CheckState(value) == Qt.CheckState.Checked
        row = self.row_at(index.row())
        if done == row.done:
            return True
        self._rows[index.row()] = dataclasses.replace(row, done=done)
        last = self.index(index.row(), self.columnCount() - 1)
        self.dataChanged.emit(self.index(index.row(), 0), last)
        self.done_toggled.emit(row.id, done)
        return True
