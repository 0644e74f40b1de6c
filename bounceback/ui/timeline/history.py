"""One application's events, oldest first, with add / edit / delete."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bounceback.services.events import EventRow
from bounceback.ui.common.table_model import FilterProxy
from bounceback.ui.timeline.models import history_model


class HistoryPanel(QWidget):
    add_requested = Signal()
    edit_requested = Signal(int)
    delete_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = history_model(self)
        self.proxy = FilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView(self)
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.view.setAccessibleName(self.tr("History of this application"))
        self.view.doubleClicked.connect(lambda _i: self._edit())

        self.add_button = QPushButton(self.tr("&Add event…"), self)
        self.add_button.setAccessibleName(self.tr("Add an event"))
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.edit_button.setAccessibleName(self.tr("Edit the selected event"))
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.setAccessibleName(self.tr("Delete the selected event"))
        self.add_button.clicked.connect(self.add_requested)
        self.edit_button.clicked.connect(self._edit)
        self.delete_button.clicked.connect(self._delete)
        delete_key = QShortcut(QKeySequence.StandardKey.Delete, self.view)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self._delete)

        bar = QHBoxLayout()
        bar.addStretch(1)
        bar.addWidget(self.add_button)
        bar.addWidget(self.edit_button)
        bar.addWidget(self.delete_button)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(bar)
        lay.addWidget(self.view)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.set_enabled_for(False)

    def set_rows(self, rows: list[EventRow]) -> None:
        self.model.set_rows(rows)
        self._update_buttons()

    def set_enabled_for(self, has_application: bool) -> None:
        self.add_button.setEnabled(has_application)
        self.view.setEnabled(has_application)
        self._update_buttons()

    def selected_id(self) -> int | None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        src = self.proxy.mapToSource(rows[0])
        return self.model.row_at(src.row()).id

    def _update_buttons(self) -> None:
        has = self.selected_id() is not None and self.view.isEnabled()
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def _edit(self) -> None:
        ident = self.selected_id()
        if ident is not None:
            self.edit_requested.emit(ident)

    def _delete(self) -> None:
        ident = self.selected_id()
        if ident is not None:
            self.delete_requested.emit(ident)
