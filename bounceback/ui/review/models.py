"""Item models of the Review tab: the checklist tree (stages, then items) and the action list."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, overload

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from bounceback.db.enums import ReviewStage
from bounceback.services.actions import ActionRow
from bounceback.services.review import ReviewItemRow
from bounceback.ui.common import labels, tones
from bounceback.ui.common.table_model import (
    ID_ROLE,
    ROW_ROLE,
    TONE_ROLE,
    Column,
    ColumnKind,
    RowTableModel,
)
from bounceback.ui.theme.text import font as role_font
from bounceback.ui.theme.tokens import TextRole

Index = QModelIndex | QPersistentModelIndex

# internalId of a stage row; an item's internalId is its stage row + 1.
_TOP = 0
NOTE_PREVIEW = 80


def _font(role: TextRole) -> QFont:
    # Emphasis by weight and style rather than colour, so both palettes read well.
    return role_font(role)


def note_preview(note: str) -> str:
    """The note's first line, short enough for a column."""
    first = note.strip().splitlines()[0] if note.strip() else ""
    if len(first) > NOTE_PREVIEW or (first and first != note.strip()):
        return first[:NOTE_PREVIEW].rstrip() + "…"
    return first


class ChecklistModel(QAbstractItemModel):
    """Two levels: one row per stage that has items, with its items as children.

    Columns: the item, how it went, the start of the note. Stage rows can't be selected, so a
    selection always means one item.
    """

    ITEM, OUTCOME, NOTE = range(3)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._groups: list[tuple[ReviewStage, list[ReviewItemRow]]] = []
        self._headers = [self.tr("Item"), self.tr("How it went"), self.tr("Note")]

    # --- structure -----------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _TOP)
        return self.createIndex(row, column, parent.row() + 1)

    @overload
    def parent(self) -> QObject: ...
    @overload
    def parent(self, child: Index) -> QModelIndex: ...

    def parent(self, child: Index | None = None) -> Any:
        if child is None:  # QObject.parent()
            return super().parent()
        if not child.isValid() or child.internalId() == _TOP:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, _TOP)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == _TOP and parent.column() == 0:
            return len(self._groups[parent.row()][1])
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(self._headers)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == _TOP:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    # --- data ----------------------------------------------------------------------------
    def item_at(self, index: Index) -> ReviewItemRow | None:
        if not index.isValid() or index.internalId() == _TOP:
            return None
        return self._groups[index.internalId() - 1][1][index.row()]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == _TOP:
            return self._stage_data(self._groups[index.row()], index.column(), role)
        item = self.item_at(index)
        assert item is not None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.ITEM:
                return labels.review_item(item)
            if col == self.OUTCOME:
                return labels.outcome(item.outcome)
            return note_preview(item.note)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.NOTE and item.note:
                return item.note
            if col == self.ITEM:
                return labels.review_item(item)
            return None
        if role == Qt.ItemDataRole.FontRole and col == self.OUTCOME and item.outcome is None:
            return _font(TextRole.EMPHASIS)
        if role == TONE_ROLE and col == self.OUTCOME:
            return tones.outcome(item.outcome)
        if role == ROW_ROLE:
            return item
        if role == ID_ROLE:
            return item.id
        return None

    def _stage_data(
        self, group: tuple[ReviewStage, list[ReviewItemRow]], col: int, role: int
    ) -> Any:
        stage, _items = group
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.ITEM:
                return labels.review_stage(stage)
            return ""
        if role == Qt.ItemDataRole.FontRole and col == self.ITEM:
            return _font(TextRole.STRONG)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None

    # --- updating ------------------------------------------------------------------------
    def set_items(self, rows: Sequence[ReviewItemRow]) -> None:
        """Replace the checklist. When only values changed, views keep selection and scroll."""
        groups: list[tuple[ReviewStage, list[ReviewItemRow]]] = []
        for row in rows:
            if not groups or groups[-1][0] != row.stage:
                groups.append((row.stage, []))
            groups[-1][1].append(row)
        if _shape(groups) != _shape(self._groups):
            self.beginResetModel()
            self._groups = groups
            self.endResetModel()
            return
        self._groups = groups
        last = len(self._headers) - 1
        for g, (_, items) in enumerate(groups):
            self.dataChanged.emit(self.index(g, 0), self.index(g, last))
            parent = self.index(g, 0)
            self.dataChanged.emit(
                self.index(0, 0, parent), self.index(len(items) - 1, last, parent)
            )

    def items(self) -> list[ReviewItemRow]:
        return [i for _, items in self._groups for i in items]

    def index_of_id(self, item_id: int | None) -> QModelIndex:
        for g, (_, items) in enumerate(self._groups):
            for r, item in enumerate(items):
                if item.id == item_id:
                    return self.index(r, 0, self.index(g, 0))
        return QModelIndex()


def _shape(groups: Sequence[tuple[ReviewStage, list[ReviewItemRow]]]) -> list[object]:
    return [(stage, [i.id for i in items]) for stage, items in groups]


class ActionsModel(RowTableModel[ActionRow]):
    """Action items with a done check box on the text, which can also be edited in place.

    The model never writes: it asks, through ``done_requested`` and ``text_edited``, and shows
    the result when the tab reloads the rows.
    """

    done_requested = Signal(int, bool)
    text_edited = Signal(int, str)

    TEXT, SOURCE, DUE = range(3)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(self.tr("What you'll do"), lambda a: a.text,
                       tooltip=lambda a: a.text),
                Column(self.tr("Where it came from"), lambda a: labels.action_source(a.source)),
                Column(self.tr("Due"), lambda a: labels.date(a.due_on),
                       sort=lambda a: labels.iso(a.due_on), kind=ColumnKind.DATE),
            ],
            parent,
        )

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == self.TEXT:
            flags |= Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and 0 <= index.row() < self.rowCount():
            row = self.row_at(index.row())
            if index.column() == self.TEXT:
                if role == Qt.ItemDataRole.CheckStateRole:
                    return Qt.CheckState.Checked if row.done else Qt.CheckState.Unchecked
                if role == Qt.ItemDataRole.EditRole:
                    return row.text
            if role == Qt.ItemDataRole.FontRole and row.done:
                return _font(TextRole.DONE_ITEM)
        return super().data(index, role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != self.TEXT:
            return False
        row = self.row_at(index.row())
        if role == Qt.ItemDataRole.CheckStateRole:
            done = Qt.CheckState(value) == Qt.CheckState.Checked
            if done != row.done:
                self.done_requested.emit(row.id, done)
            return True
        if role == Qt.ItemDataRole.EditRole:
            text = str(value).strip()
            if text != row.text:
                self.text_edited.emit(row.id, text)
            return True
        return False
