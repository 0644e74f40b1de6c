"""A small table model over a list of plain rows (dataclasses), after the Qt for Python
address-book example, and the proxy that filters it as you type."""

from __future__ import annotations

import bisect
import dataclasses
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from bounceback.ui.theme.tokens import StatusTone

R = TypeVar("R")

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
ID_ROLE = Qt.ItemDataRole.UserRole + 3
# A status cell's tone (a StatusTone) and the word its label shows (the cell's text when
# none: the text may add to it, "Answered 3 Nov").
TONE_ROLE = Qt.ItemDataRole.UserRole + 4
CHIP_ROLE = Qt.ItemDataRole.UserRole + 5
# In the header: what a column holds (a ColumnKind), for the view to draw it so.
KIND_ROLE = Qt.ItemDataRole.UserRole + 6

Index = QModelIndex | QPersistentModelIndex

_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class ColumnKind(Enum):
    """What a column holds, which says how it lines up: words from the left; dates and
    numbers from the right, so their ends line up row under row (the years of "3 Nov 2026"
    and "28 Nov 2026", the units of 9 and 10); a status as its small coloured label."""

    TEXT = "text"
    DATE = "date"
    NUMBER = "number"
    STATUS = "status"

    @property
    def align_right(self) -> bool:
        return self in (ColumnKind.DATE, ColumnKind.NUMBER)


@dataclass(frozen=True)
class Column(Generic[R]):
    header: str
    display: Callable[[R], str]
    # A value that sorts right (an ISO date, a number); defaults to the displayed text.
    sort: Callable[[R], Any] | None = None
    tooltip: Callable[[R], str] | None = None
    kind: ColumnKind = ColumnKind.TEXT
    # A STATUS column's tone, and its label's word when that is less than the cell's text.
    tone: Callable[[R], StatusTone] | None = None
    chip: Callable[[R], str] | None = None


_ROLES = frozenset({
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.TextAlignmentRole,
    SORT_ROLE, ROW_ROLE, ID_ROLE, TONE_ROLE, CHIP_ROLE,
})


def _fold(text: str) -> str:
    """For matching as you type: case folded, and one Unicode form ("ë" typed and "ë"
    imported as e + combining diaeresis are the same letter)."""
    return unicodedata.normalize("NFC", text).casefold()


def _sort_key(value: Any) -> tuple[int, Any]:
    """Empty values first; text without regard to case, like the lists always sorted."""
    if value is None or value == "":
        return (0, "")
    if isinstance(value, str):
        return (1, value.casefold())
    return (1, value)


class RowTableModel(QAbstractTableModel, Generic[R]):
    """Rows in the order the list shows them: the model sorts itself (in Python, one key per
    row, rather than a proxy asking for two values per comparison through Qt), keeps an index
    by id, and keeps each row's searchable text once it has been asked for."""

    def __init__(self, columns: Sequence[Column[R]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[R] = []
        self._hay: list[str | None] = []
        self._by_id: dict[Any, int] | None = None
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        # The sort key of each row, in row order, while sorted: one new row finds its place
        # by binary search instead of computing every row's key again.
        self._keys: list[tuple[int, Any]] | None = None

    # --- reading -------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # A view asks for a dozen roles per cell on every paint; most have no answer here,
        # and this is the quickest way to say so.
        if role not in _ROLES or not index.isValid() or not 0 <= index.row() < len(self._rows):
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
        if role == Qt.ItemDataRole.TextAlignmentRole and col.kind.align_right:
            return _RIGHT
        if role == TONE_ROLE and col.tone is not None:
            return col.tone(row)
        if role == CHIP_ROLE and col.chip is not None:
            return col.chip(row)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        col = self._columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return col.header
        if role == KIND_ROLE:
            return col.kind
        # A title over dates or numbers stands where they end.
        if role == Qt.ItemDataRole.TextAlignmentRole and col.kind.align_right:
            return _RIGHT
        return None

    # --- helpers for views ---------------------------------------------------------------
    def rows(self) -> list[R]:
        return list(self._rows)

    def row_at(self, row: int) -> R:
        return self._rows[row]

    def row_of_id(self, ident: int | None) -> int:
        # None: a row without an id, as upsert() asks for it (the index keys it so too).
        if self._by_id is None:
            self._by_id = {getattr(r, "id", None): i for i, r in enumerate(self._rows)}
        return self._by_id.get(ident, -1)

    def haystack(self, row: int) -> str:
        """Everything the row shows, in one case-folded string, for filtering as you type."""
        hay = self._hay[row]
        if hay is None:
            r = self._rows[row]
            hay = self._hay[row] = _fold(" ".join(c.display(r) for c in self._columns))
        return hay

    # --- sorting -------------------------------------------------------------------------
    def _key(self, column: int) -> Callable[[R], tuple[int, Any]]:
        col = self._columns[column]
        get = col.sort if col.sort is not None else col.display
        return lambda r: _sort_key(get(r))

    def _sorted(self, rows: list[R]) -> list[R]:
        """``rows`` in the current order; also fills the key cache for them."""
        if not 0 <= self._sort_column < len(self._columns):
            self._keys = None
            return rows
        key = self._key(self._sort_column)
        pairs = sorted(((key(r), r) for r in rows), key=lambda p: p[0],
                       reverse=self._sort_order == Qt.SortOrder.DescendingOrder)
        self._keys = [k for k, _r in pairs]
        return [r for _k, r in pairs]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort_column, self._sort_order = column, order
        new = self._sorted(self._rows)
        if [id(r) for r in new] == [id(r) for r in self._rows]:
            return  # already in this order (the key cache is now filled)
        self.layoutAboutToBeChanged.emit()
        position = {id(r): i for i, r in enumerate(new)}
        old_hay = self._hay
        moved = {i: position[id(r)] for i, r in enumerate(self._rows)}
        self._hay = [None] * len(new)
        for old, now in moved.items():
            self._hay[now] = old_hay[old]
        before = self.persistentIndexList()
        self.changePersistentIndexList(
            before, [self.index(moved[i.row()], i.column()) for i in before])
        self._rows = new
        self._by_id = None
        self.layoutChanged.emit()

    # --- updating ------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[R]) -> None:
        """Replace the rows. When only values changed, views keep selection and scroll."""
        new = self._sorted(list(rows))
        same_ids = [getattr(r, "id", None) for r in new] == [
            getattr(r, "id", None) for r in self._rows
        ]
        if same_ids and new:
            self._rows = new
            self._hay = [None] * len(new)
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(new) - 1, len(self._columns) - 1)
            )
            return
        if same_ids:
            return
        self.beginResetModel()
        self._rows = new
        self._hay = [None] * len(new)
        self._by_id = None
        self.endResetModel()

    def upsert(self, row: R) -> None:
        """One row added or changed (after its own save): the list moves only where it must,
        instead of reading and re-sorting every row."""
        at = self.row_of_id(getattr(row, "id", None))
        if at >= 0 and self._fits_at(at, row):
            # Changed, but still in order where it is: in place, so selection stays.
            self._rows[at] = row
            self._hay[at] = None
            if self._keys is not None:
                self._keys[at] = self._key(self._sort_column)(row)
            self.dataChanged.emit(self.index(at, 0), self.index(at, len(self._columns) - 1))
            return
        if at >= 0:
            # Its key moved it: out, then in again where the key puts it.
            self.remove_id(getattr(row, "id", None))
        at = self._insert_position(row)
        self.beginInsertRows(QModelIndex(), at, at)
        self._rows.insert(at, row)
        self._hay.insert(at, None)
        if self._keys is not None:
            self._keys.insert(at, self._key(self._sort_column)(row))
        self._by_id = None
        self.endInsertRows()

    def remove_id(self, ident: int | None) -> None:
        at = self.row_of_id(ident)
        if at < 0:
            return
        self.beginRemoveRows(QModelIndex(), at, at)
        del self._rows[at]
        del self._hay[at]
        if self._keys is not None:
            del self._keys[at]
        self._by_id = None
        self.endRemoveRows()

    def _fits_at(self, at: int, row: R) -> bool:
        if not 0 <= self._sort_column < len(self._columns):
            return True
        if self._keys is None or len(self._keys) != len(self._rows):
            return False
        key = self._key(self._sort_column)(row)
        before = self._keys[at - 1] if at > 0 else None
        after = self._keys[at + 1] if at + 1 < len(self._keys) else None
        if self._sort_order == Qt.SortOrder.DescendingOrder:
            before, after = after, before
        return (before is None or before <= key) and (after is None or key <= after)

    def _insert_position(self, row: R) -> int:
        if not 0 <= self._sort_column < len(self._columns):
            return len(self._rows)
        if self._keys is None or len(self._keys) != len(self._rows):
            key = self._key(self._sort_column)
            self._keys = [key(r) for r in self._rows]
        keys, wanted = self._keys, self._key(self._sort_column)(row)
        if self._sort_order == Qt.SortOrder.AscendingOrder:
            return bisect.bisect_right(keys, wanted)
        # Descending: after every row whose key is not smaller (ties keep their order).
        lo, hi = 0, len(keys)
        while lo < hi:
            mid = (lo + hi) // 2
            if keys[mid] < wanted:
                hi = mid
            else:
                lo = mid + 1
        return lo

    def set_headers(self, headers: Sequence[str]) -> None:
        """Re-label columns (after a language change)."""
        for i, h in enumerate(headers):
            self._columns[i] = dataclasses.replace(self._columns[i], header=h)
        if self._columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._columns) - 1)


class PagedRowTableModel(RowTableModel[R]):
    """For lists too long to hand a view at once (every event of ten years): the rows are
    all held and sorted, and the view gets them a page at a time as it scrolls
    (``canFetchMore``/``fetchMore``), so showing the list costs one page, not all of it.
    It is not for filtering as you type (a filter would only see the pages fetched)."""

    def __init__(
        self, columns: Sequence[Column[R]], parent: QObject | None = None, *, page: int = 200
    ) -> None:
        super().__init__(columns, parent)
        self._page = page
        self._shown = 0

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._shown

    def total(self) -> int:
        """Every row held, fetched by the view or not."""
        return len(self._rows)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self._shown < len(self._rows)

    def fetchMore(self, parent: Index) -> None:
        more = min(self._page, len(self._rows) - self._shown)
        if parent.isValid() or more <= 0:
            return
        self.beginInsertRows(QModelIndex(), self._shown, self._shown + more - 1)
        self._shown += more
        self.endInsertRows()

    def _reset_to(self, rows: list[R]) -> None:
        self.beginResetModel()
        self._rows = rows
        self._hay = [None] * len(rows)
        self._by_id = None
        self._shown = min(self._page, len(rows))
        self.endResetModel()

    def set_rows(self, rows: Sequence[R]) -> None:
        self._reset_to(self._sorted(list(rows)))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        # Another order puts other rows on the first page: start again from the top.
        self._sort_column, self._sort_order = column, order
        self._reset_to(self._sorted(self._rows))

    def upsert(self, row: R) -> None:
        raise NotImplementedError("a paged list is replaced whole with set_rows")

    def remove_id(self, ident: int | None) -> None:
        raise NotImplementedError("a paged list is replaced whole with set_rows")


class FilterProxy(QSortFilterProxyModel):
    """Filters a :class:`RowTableModel` as you type (every word somewhere in the row, case
    ignored), plus an optional predicate on the row. Sorting is left to the model itself:
    a header click reaches :meth:`RowTableModel.sort`, so the proxy keeps its order."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self._predicate: Callable[[Any], bool] | None = None
        self._words: list[str] = []

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        model = self.sourceModel()
        if isinstance(model, RowTableModel):
            model.sort(column, order)
        else:  # pragma: no cover - every list here sits on a RowTableModel
            super().sort(column, order)

    def _refilter(self, change: Callable[[], None]) -> None:
        # Qt 6.10 replaced invalidateFilter() with a begin/end pair.
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
            change()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # pragma: no cover - older Qt
            change()
            self.invalidateFilter()

    def set_predicate(self, predicate: Callable[[Any], bool] | None) -> None:
        def change() -> None:
            self._predicate = predicate

        self._refilter(change)

    def set_text(self, text: str) -> None:
        """Show the rows that contain every word of ``text``, in any column."""
        words = _fold(text).split()
        if words == self._words:
            return

        def change() -> None:
            self._words = words

        self._refilter(change)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if not isinstance(model, RowTableModel):  # pragma: no cover
            return super().filterAcceptsRow(source_row, source_parent)
        if self._predicate is not None and not self._predicate(model.row_at(source_row)):
            return False
        if self._words:
            hay = model.haystack(source_row)
            return all(w in hay for w in self._words)
        return True
