"""Past check-ins, newest first, with a filter box and the button for a new one."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bounceback.services.checkins import CheckInRow
from bounceback.ui.checkin.models import checkin_model, haystack
from bounceback.ui.common.empty import EmptyNote
from bounceback.ui.common.i18n import fill
from bounceback.ui.common.table_model import FilterProxy
from bounceback.ui.common.views import on_delete_key, setup_row_table
from bounceback.ui.theme.icons import Icon, icon

WHEN_COLUMN = 0
OVERALL_COLUMN = 1
FEELINGS_COLUMN = 2
APPLICATION_COLUMN = 3


class CheckInList(QWidget):
    # The id of the check-in the user selected.
    picked = Signal(int)
    new_requested = Signal()
    delete_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = checkin_model(self)
        self.proxy = FilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self._quiet = False

        self.new_button = QPushButton(self.tr("&New check-in"), self)
        self.new_button.setIcon(icon(Icon.NEW))
        self.new_button.setToolTip(self.tr("Name how you feel right now (Ctrl+Shift+N)"))
        self.new_button.setAccessibleName(self.tr("New check-in"))
        self.new_button.clicked.connect(self.new_requested)

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Filter by feeling, application or words…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Filter check-ins"))
        self.search.textChanged.connect(self._filter)

        self.view = QTableView(self)
        setup_row_table(
            self.view,
            self.proxy,
            self.tr("Past check-ins"),
            WHEN_COLUMN,
            Qt.SortOrder.DescendingOrder,
        )
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # Feelings and application share what is left; the list stays free of a side scroll.
        header.setSectionResizeMode(FEELINGS_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(APPLICATION_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(48)
        header.setSectionResizeMode(WHEN_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(OVERALL_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        # Selection, not the current row: focusing the list makes a row current without
        # selecting it, and that must not open (or ask to leave) anything.
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        on_delete_key(self.view, self.delete_requested)

        self.empty = EmptyNote(Icon.CHECK_IN, parent=self)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.new_button)
        lay.addWidget(self.search)
        lay.addWidget(self.view, 1)
        lay.addWidget(self.empty, 1)
        self._update_empty()

    def set_rows(self, rows: list[CheckInRow]) -> None:
        self._quiet = True
        try:
            self.model.set_rows(rows)
        finally:
            self._quiet = False
        self._update_empty()

    def upsert(self, row: CheckInRow) -> None:
        """One check-in added or changed by this tab's own save."""
        self._quiet = True
        try:
            self.model.upsert(row)
        finally:
            self._quiet = False
        self._update_empty()

    def remove_id(self, ident: int) -> None:
        self._quiet = True
        try:
            self.model.remove_id(ident)
        finally:
            self._quiet = False
        self._update_empty()

    def _filter(self, text: str) -> None:
        words = text.casefold().split()
        self.proxy.set_predicate(
            (lambda row: all(w in haystack(row) for w in words)) if words else None
        )
        self._update_empty()

    def _update_empty(self) -> None:
        if self.model.rowCount() == 0:
            self.empty.setText(
                self.tr(
                    "No check-ins yet.\nHow are you feeling today? Naming it is a good first step."
                )
            )
        elif self.proxy.rowCount() == 0:
            self.empty.setText(
                fill(self.tr("No check-ins match “%1”."), self.search.text().strip())
            )
        has = self.proxy.rowCount() > 0
        self.empty.setVisible(not has)
        self.view.setVisible(has)

    def _selection_changed(self, *_args: object) -> None:
        if self._quiet:
            return
        rows = self.view.selectionModel().selectedRows()
        if len(rows) == 1:
            self.picked.emit(self.id_at(rows[0]))

    def id_at(self, proxy_index: QModelIndex) -> int:
        return self.model.row_at(self.proxy.mapToSource(proxy_index).row()).id

    def current_id(self) -> int | None:
        """The selected check-in, if one is."""
        rows = self.view.selectionModel().selectedRows()
        return self.id_at(rows[0]) if rows else None

    def ids(self) -> list[int]:
        """The ids in the order the list shows them."""
        return [self.id_at(self.proxy.index(r, 0)) for r in range(self.proxy.rowCount())]

    def select_id(self, ident: int | None) -> None:
        """Show ``ident`` as the selected check-in, without emitting ``picked``."""
        self._quiet = True
        try:
            sm = self.view.selectionModel()
            row = self.model.row_of_id(ident) if ident is not None else -1
            idx = self.proxy.mapFromSource(self.model.index(row, 0)) if row >= 0 else None
            if idx is None or not idx.isValid():
                self.view.clearSelection()
                sm.setCurrentIndex(QModelIndex(), sm.SelectionFlag.NoUpdate)
                return
            self.view.setCurrentIndex(idx)
            self.view.scrollTo(idx)
        finally:
            self._quiet = False
