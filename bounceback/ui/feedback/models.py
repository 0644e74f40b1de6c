"""Item models of the Feedback tab: the notes of one application, and a note's action items."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QFont, QGuiApplication

from bounceback.services.actions import ActionRow
from bounceback.services.feedback import FeedbackRow
from bounceback.ui.common import labels
from bounceback.ui.common.table_model import Column, Index, RowTableModel


def _t(text: str) -> str:
    return QCoreApplication.translate("feedback", text)


def answer_state(row: FeedbackRow) -> str:
    """When the answer came, or a calm word that it hasn't yet."""
    if row.answered_on is not None:
        return labels.date(row.answered_on)
    if row.answered:
        return _t("Answered")
    return _t("Waiting for an answer")


def _whom_tooltip(row: FeedbackRow) -> str:
    lines = [row.asked_whom, labels.channel(row.channel)]
    if row.request_text:
        lines.append(row.request_text.splitlines()[0])
    return "\n".join(lines)


def feedback_model(parent: QObject | None = None) -> RowTableModel[FeedbackRow]:
    return RowTableModel(
        [
            Column(_t("Whom"), lambda r: r.asked_whom, tooltip=_whom_tooltip),
            Column(_t("Asked on"), lambda r: labels.date(r.asked_on),
                   sort=lambda r: f"{labels.iso(r.asked_on)}#{r.id:09d}"),
            Column(_t("Answer"), answer_state,
                   sort=lambda r: labels.iso(r.answered_on) or ("1" if r.answered else "")),
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
                Column(_t("Action"), lambda r: r.text, tooltip=lambda r: r.text),
                Column(_t("Due"), lambda r: labels.date(r.due_on),
                       sort=lambda r: labels.iso(r.due_on) or "9999"),
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
            font = QFont(QGuiApplication.font())
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.AccessibleDescriptionRole and index.column() == 0:
            return _t("Done") if row.done else _t("Not done yet")
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
