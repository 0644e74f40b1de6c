"""The list of applications with filter-as-you-type, a status filter and archived toggle."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QPainter, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QStyle,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bounceback.db.enums import Status
from bounceback.services.applications import CLOSED, ApplicationRow
from bounceback.ui.common import labels
from bounceback.ui.common.cells import CellDelegate, row_height
from bounceback.ui.common.empty import EmptyNote
from bounceback.ui.common.spoken import name_combo
from bounceback.ui.common.table_model import FilterProxy
from bounceback.ui.common.views import setup_row_table
from bounceback.ui.theme.icons import Icon
from bounceback.ui.timeline.documents import FileDrops
from bounceback.ui.timeline.models import application_model

ALL = "all"
OPEN = "open"
# The model's columns.
COMPANY, ROLE, STATUS, LAST_ACTIVITY = range(4)
# Where there is room, the list takes at least this share of the tab's width.
LIST_SHARE = 0.36


# What every row's paint asks about, made once: PySide's flags are Python objects, and making
# them anew for each row cost more than some of the drawing.
_ITEM = QStyle.ControlElement.CE_ItemViewItem
_FOCUS_MARGIN = QStyle.PixelMetric.PM_FocusFrameHMargin
_ENABLED, _SELECTED = QStyle.StateFlag.State_Enabled, QStyle.StateFlag.State_Selected
_NORMAL, _DISABLED = QPalette.ColorGroup.Normal, QPalette.ColorGroup.Disabled
_TEXT, _CHOSEN_TEXT = QPalette.ColorRole.Text, QPalette.ColorRole.HighlightedText
_LEFT_MIDDLE = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_ELIDE_RIGHT = Qt.TextElideMode.ElideRight


class CompanyAndRole(CellDelegate):
    """The company with the role under it, in one cell. Side by side, the role was the
    column cut short first ("Design systems d…"); stacked, each has the whole width.

    Drawn here, line by line: the style measures and draws an item's text as one line."""

    def _lines(self, option: QStyleOptionViewItem,
               index: QModelIndex | QPersistentModelIndex) -> tuple[str, str]:
        return option.text, index.sibling(index.row(), ROLE).data() or ""

    @staticmethod
    def _margin(option: QStyleOptionViewItem) -> int:
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        return style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        metrics = opt.fontMetrics
        widest = max(metrics.horizontalAdvance(line) for line in self._lines(opt, index))
        return QSize(widest + 2 * self._margin(opt), row_height(metrics, 2))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        # Every row of the list on screen is painted at each scroll: the view's own option
        # is drawn from as it is, and the two lines come straight from the model, instead of
        # a copy filled with the dozen things the model is asked for a cell (it has only
        # these two to say), one call into Python each.
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        # The row's background, selection and focus as every other cell has them (the
        # view's option carries no text: nothing else is drawn).
        style.drawControl(_ITEM, option, painter, widget)
        lines = (index.data() or "", index.sibling(index.row(), ROLE).data() or "")
        state = option.state
        group = _NORMAL if state & _ENABLED else _DISABLED
        role = _CHOSEN_TEXT if state & _SELECTED else _TEXT
        metrics = option.fontMetrics
        margin = style.pixelMetric(_FOCUS_MARGIN, None, widget) + 1
        area = option.rect.adjusted(margin, 0, -margin, 0)
        spacing = metrics.lineSpacing()
        top = area.top() + (area.height() - 2 * spacing) // 2
        painter.save()
        painter.setFont(option.font)
        painter.setPen(option.palette.color(group, role))
        width = area.width()
        for number, text in enumerate(lines):
            painter.drawText(QRect(area.left(), top + number * spacing, width, spacing),
                             _LEFT_MIDDLE, metrics.elidedText(text, _ELIDE_RIGHT, width))
        painter.restore()


class ApplicationList(QWidget):
    # The application the user picked (None when the selection was cleared).
    picked = Signal(object)
    archived_toggled = Signal(bool)
    # Files dropped on an application's row: (its id, the files' paths).
    files_dropped = Signal(int, list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = application_model(self)
        self.proxy = FilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self._quiet = False

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Filter by company or role…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Filter applications"))
        self.search.textChanged.connect(self.proxy.set_text)

        self.status = QComboBox(self)
        self.status.addItem(self.tr("All statuses"), ALL)
        self.status.addItem(self.tr("Still open"), OPEN)
        for s in Status:
            self.status.addItem(labels.status(s), s.value)
        self.status.currentIndexChanged.connect(self._apply_status)

        self.show_archived = QCheckBox(self.tr("Sho&w archived"), self)
        self.show_archived.setAccessibleName(self.tr("Show archived applications"))
        self.show_archived.toggled.connect(self.archived_toggled)

        self.view = QTableView(self)
        setup_row_table(
            self.view, self.proxy, self.tr("Applications"), 3, Qt.SortOrder.DescendingOrder
        )
        self.view.setItemDelegateForColumn(COMPANY, CompanyAndRole(self.view))
        # Two lines a row (the status a label beside them), still one fixed height for all:
        # a long list stays quick.
        self.view.verticalHeader().setDefaultSectionSize(row_height(self.view.fontMetrics(), 2))
        self.arrange_columns()
        # The list shows once it has rows, and only then gets its width (a layout pass
        # later): the columns are shared out again whenever that width changes.
        self._viewport = self.view.viewport()
        self._viewport.installEventFilter(self)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.drops = FileDrops(self.view, self._dropped)

        self.empty = EmptyNote(Icon.APPLICATION, self.tr(
            "No applications yet.\nAdd the first one with “New application” (Ctrl+N): "
            "the whole search, and every “no”, in one calm place."), parent=self)

        filters = QHBoxLayout()
        filters.addWidget(self.status, 1)
        filters.addWidget(self.show_archived)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.search)
        lay.addLayout(filters)
        lay.addWidget(self.view, 1)
        lay.addWidget(self.empty, 1)
        name_combo(self.status, self.tr("Show applications with status"))
        self._update_empty()

    def _dropped(self, files: list[Path], index: QModelIndex) -> None:
        if index.isValid():
            self.files_dropped.emit(self.id_at(index), files)

    def arrange_columns(self) -> None:
        """The role shows under the company, not in a column of its own; the names take
        the room the status and the date leave. (Again after a layout saved by an older
        version is restored.)"""
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COMPANY, QHeaderView.ResizeMode.Stretch)
        header.setSectionHidden(ROLE, True)
        self._size_columns()

    def _size_columns(self) -> None:
        """The status and the date as wide as they need, where there is room; where there
        isn't, they give way (and end in "…") before the names do, down to half the list:
        a name cut short is the one thing that makes a row unrecognisable."""
        header = self.view.horizontalHeader()
        room = self.view.viewport().width()
        names = self.view.sizeHintForColumn(COMPANY)
        wants = {c: max(self.view.sizeHintForColumn(c), header.sectionSizeHint(c))
                 for c in (STATUS, LAST_ACTIVITY)}
        others = max(room - names, room // 2, 0)
        share = min(1.0, others / max(1, sum(wants.values())))
        for column, want in wants.items():
            header.resizeSection(column, int(want * share))

    def width_needed(self) -> int:
        """The width that shows every name, status and date whole."""
        header = self.view.horizontalHeader()
        columns = sum(max(self.view.sizeHintForColumn(c), header.sectionSizeHint(c))
                      for c in range(self.model.columnCount()) if not header.isSectionHidden(c))
        frame = 2 * self.view.frameWidth()
        scroll = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        return columns + frame + scroll  # the list's own layout has no margins

    def set_rows(self, rows: list[ApplicationRow]) -> None:
        self.model.set_rows(rows)
        self._update_empty()
        self._size_columns()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._viewport and event.type() == QEvent.Type.Resize:
            self._size_columns()
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._size_columns()

    def _update_empty(self) -> None:
        has = self.model.rowCount() > 0
        self.empty.setVisible(not has)
        self.view.setVisible(has)

    def _apply_status(self) -> None:
        choice = self.status.currentData()
        if choice == ALL:
            self.proxy.set_predicate(None)
        elif choice == OPEN:
            self.proxy.set_predicate(
                lambda r: r.status not in CLOSED and r.status != Status.GHOSTED
            )
        else:
            wanted = Status(choice)
            self.proxy.set_predicate(lambda r: r.status == wanted)

    def _current_changed(self, current, _previous) -> None:
        if self._quiet:
            return
        self.picked.emit(self.id_at(current) if current.isValid() else None)

    def id_at(self, proxy_index) -> int:
        return self.model.row_at(self.proxy.mapToSource(proxy_index).row()).id

    def current_id(self) -> int | None:
        idx = self.view.currentIndex()
        return self.id_at(idx) if idx.isValid() else None

    def select_id(self, ident: int | None, *, quiet: bool = True) -> bool:
        """Select an application; ``quiet`` does it without emitting ``picked``."""
        self._quiet = quiet
        try:
            sm = self.view.selectionModel()
            if ident is None:
                self.view.clearSelection()
                sm.setCurrentIndex(self.proxy.index(-1, -1), sm.SelectionFlag.NoUpdate)
                return True
            row = self.model.row_of_id(ident)
            idx = self.proxy.mapFromSource(self.model.index(row, 0)) if row >= 0 else None
            if idx is None or not idx.isValid():
                self.view.clearSelection()
                return False
            self.view.setCurrentIndex(idx)
            self.view.scrollTo(idx)
            return True
        finally:
            self._quiet = False
