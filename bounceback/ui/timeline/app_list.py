"""The list of applications with filter-as-you-type, a status filter and archived toggle."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bounceback.db.enums import Status
from bounceback.services.applications import CLOSED, ApplicationRow
from bounceback.ui.common import labels
from bounceback.ui.common.table_model import FilterProxy
from bounceback.ui.common.views import setup_row_table
from bounceback.ui.timeline.models import application_model

ALL = "all"
OPEN = "open"


class ApplicationList(QWidget):
    # The application the user picked (None when the selection was cleared).
    picked = Signal(object)
    archived_toggled = Signal(bool)

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
        self.status.setAccessibleName(self.tr("Show applications with status"))
        self.status.currentIndexChanged.connect(self._apply_status)

        self.show_archived = QCheckBox(self.tr("Sho&w archived"), self)
        self.show_archived.setAccessibleName(self.tr("Show archived applications"))
        self.show_archived.toggled.connect(self.archived_toggled)

        self.view = QTableView(self)
        setup_row_table(
            self.view, self.proxy, self.tr("Applications"), 3, Qt.SortOrder.DescendingOrder
        )
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)

        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setText(
            self.tr(
                "No applications yet.\nAdd the first one with “New application” (Ctrl+N): "
                "the whole search, and every “no”, in one calm place."
            )
        )

        filters = QHBoxLayout()
        filters.addWidget(self.status, 1)
        filters.addWidget(self.show_archived)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.search)
        lay.addLayout(filters)
        lay.addWidget(self.view, 1)
        lay.addWidget(self.empty, 1)
        self._update_empty()

    def set_rows(self, rows: list[ApplicationRow]) -> None:
        self.model.set_rows(rows)
        self._update_empty()

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
