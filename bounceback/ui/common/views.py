"""How every list in the program behaves: read-only rows, one selected at a time, sortable by
its headers, and the Delete key asking to delete the selected row; and how every list looks
(``table_look``): rows of comfortable height, titles over their columns' text, text cut short
ending in "…" with the whole of it on hover, statuses as small coloured labels."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, Qt, SignalInstance
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QTableView,
    QTreeView,
    QWidget,
)

from bounceback.ui.common.cells import CellDelegate, row_height, show_statuses
from bounceback.ui.common.table_model import KIND_ROLE, ColumnKind

RESIZE_PRECISION = 30


def table_look(view: QTableView, lines: int = 1) -> None:
    """The look every list shares: each row ``lines`` lines of text with room above and
    below, all of one fixed height (a list of thousands stays quick to show); titles from
    the left like the text under them (a model says when a column's are at the right);
    text wider than its column ending in "…", whole in a tooltip; statuses as labels."""
    view.setItemDelegate(CellDelegate(view))
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.setWordWrap(False)
    view.setAlternatingRowColors(True)
    rows = view.verticalHeader()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setMinimumSectionSize(0)
    rows.setDefaultSectionSize(row_height(view.fontMetrics(), lines))
    header = view.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    # A title wider than its column ends in "…" rather than losing both ends.
    header.setTextElideMode(Qt.TextElideMode.ElideRight)
    model = view.model()
    if model is not None:
        for column in range(model.columnCount()):
            if model.headerData(column, Qt.Orientation.Horizontal, KIND_ROLE) \
                    == ColumnKind.STATUS:
                show_statuses(view, column)


def tree_look(view: QTreeView) -> None:
    """The look of a list drawn as a tree (groups with their rows): the rows as a table's."""
    view.setItemDelegate(CellDelegate(view))
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.setWordWrap(False)
    view.setAlternatingRowColors(True)
    view.setUniformRowHeights(True)
    view.header().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft
                                      | Qt.AlignmentFlag.AlignVCenter)


def setup_row_table(
    view: QTableView,
    model: QAbstractItemModel,
    name: str,
    sort_column: int | None = 0,
    order: Qt.SortOrder = Qt.SortOrder.AscendingOrder,
) -> None:
    """Make ``view`` a read-only, single-selection, sortable list of ``model``'s rows."""
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    # Tab leaves the list (arrows move in it): Qt's default walks Tab through every cell,
    # which keeps a keyboard user inside a long list.
    view.setTabKeyNavigation(False)
    if sort_column is not None:
        view.setSortingEnabled(True)
        view.sortByColumn(sort_column, order)
    view.verticalHeader().hide()
    # Every row is of one fixed height (table_look), and a column fitted to its contents
    # looks at a few dozen rows, not all of them: a list of thousands stays quick to refresh
    # and to show. (Not 0, "the rows on screen": a view not shown yet has none, and then Qt
    # measures them all.)
    table_look(view)
    view.horizontalHeader().setResizeContentsPrecision(RESIZE_PRECISION)
    view.setAccessibleName(name)


def fit_columns_to(view: QTableView, samples: dict[int, list[str]]) -> None:
    """Size columns whose every possible text is known (a date, one of the event kinds) to
    the widest of them, once, instead of measuring the rows after every change: opening an
    application then costs one paint, not a paint and a measurement. They stay resizable."""
    header = view.horizontalHeader()
    metrics = view.fontMetrics()
    header_metrics = header.fontMetrics()
    # Room for the cell's margins and, in the header, the sort arrow.
    pad = 2 * view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 12
    for column, texts in samples.items():
        title = str(view.model().headerData(column, Qt.Orientation.Horizontal) or "")
        widest = max([metrics.horizontalAdvance(t) for t in texts] or [0])
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(column, max(widest + pad, header_metrics.horizontalAdvance(title)
                                         + pad + 16))


def on_delete_key(widget: QWidget, slot: Callable[[], object] | SignalInstance) -> QShortcut:
    """The Delete key, while ``widget`` has focus, calls ``slot`` (which asks first), or
    emits it when it is a signal."""
    shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), widget)
    shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
    shortcut.activated.connect(slot)
    return shortcut
