"""How every list in the program behaves: read-only rows, one selected at a time, sortable by
its headers, and the Delete key asking to delete the selected row."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, Qt, SignalInstance
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QTableView, QWidget

RESIZE_PRECISION = 30


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
    # Every row is one line high, and a column fitted to its contents looks at a few dozen
    # rows, not all of them: a list of thousands stays quick to refresh and to show. (Not
    # 0, "the rows on screen": a view not shown yet has none, and then Qt measures them all.)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.horizontalHeader().setResizeContentsPrecision(RESIZE_PRECISION)
    # A title wider than its column ends in "…" rather than losing both ends.
    view.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
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
