"""A small table model over a list of plain rows (dataclasses), after the Qt for Python
address-book example, and the proxy that filters it as you type."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

R = TypeVar("R")

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
ID_ROLE = Qt.ItemDataRole.UserRole + 3

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column(Generic[R]):
    header: str
    display: Callable[[R], str]
    # A value that sorts right (an ISO date, a number); defaults to the displayed text.
    sort: Callable[[R], Any] | None = None
    tooltip: Callable[[R], str] | None = None
    align_right: bool = False


class RowTableModel(QAbstractTableModel, Generic[R]):
    def __init__(self, columns: Sequence[Column[R]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[R] = []

    # --- reading -------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        col = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return col.display(row)
        if role == Qt.ItemDataRole.ToolTipRole and col.tooltip is not None:
            return col.tooltip(row)
        if role == SORT_ROLE:
            value = col.sort(row) if col.sort is not None else col.display(row)
            return "" if value is None else value
        if role == ROW_ROLE:
            return row
        if role == ID_ROLE:
            return getattr(row, "id", None)
        if role == Qt.ItemDataRole.TextAlignmentRole and col.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self._columns)
        ):
            return self._columns[section].header
        return None

    # --- helpers for views ---------------------------------------------------------------
    def rows(self) -> list[R]:
        return list(self._rows)

    def row_at(self, row: int) -> R:
        return self._rows[row]

    def row_of_id(self, ident: int) -> int:
        for i, r in enumerate(self._rows):
            if getattr(r, "id", None) == ident:
                return i
        return -1

    # --- updating ------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[R]) -> None:
        """Replace the rows. When only values changed, views keep selection and scroll."""
        new = list(rows)
        same_ids = [getattr(r, "id", None) for r in new] == [
            getattr(r, "id", None) for r in self._rows
        ]
        if same_ids and new:
            self._rows = new
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(new) - 1, len(self._columns) - 1)
            )
            return
        if same_ids:
            return
        self.beginResetModel()
        self._rows = new
        self.endResetModel()

    def set_headers(self, headers: Sequence[str]) -> None:
        """Re-label columns (after a language change)."""
        for i, h in enumerate(headers):
            c = self._columns[i]
            self._columns[i] = Column(h, c.display, c.sort, c.tooltip, c.align_right)
        if self._columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._columns) - 1)


class FilterProxy(QSortFilterProxyModel):
    """Case-insensitive filter over every column, plus an optional predicate on the row."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._predicate: Callable[[Any], bool] | None = None

    def set_predicate(self, predicate: Callable[[Any], bool] | None) -> None:
        # Qt 6.10 replaced invalidateFilter() with a begin/end pair.
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
            self._predicate = predicate
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # pragma: no cover - older Qt
            self._predicate = predicate
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if self._predicate is not None:
            src = self.sourceModel()
            row = src.data(src.index(source_row, 0, source_parent), ROW_ROLE)
            if row is not None and not self._predicate(row):
                return False
        return super().filterAcceptsRow(source_row, source_parent)
