"""The people of one application: interviewers, the recruiter, whoever referred you."""

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

from bounceback.services.contacts import ContactRow
from bounceback.ui.common import labels
from bounceback.ui.common.table_model import Column, FilterProxy, RowTableModel


class PeoplePanel(QWidget):
    add_requested = Signal()
    edit_requested = Signal(int)
    remove_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model: RowTableModel[ContactRow] = RowTableModel(
            [
                Column(self.tr("Name"), lambda r: r.name),
                Column(self.tr("Part"),
                       lambda r: labels.contact_role(r.relation) if r.relation else ""),
                Column(self.tr("Job title"), lambda r: r.role),
                Column(self.tr("Email"), lambda r: r.email),
                Column(self.tr("LinkedIn"), lambda r: r.linkedin_url),
            ],
            self,
        )
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
        self.view.setAccessibleName(self.tr("People in this application"))
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.doubleClicked.connect(lambda _i: self._emit(self.edit_requested))

        self.add_button = QPushButton(self.tr("Add &person…"), self)
        self.add_button.setAccessibleName(self.tr("Add a person to this application"))
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.edit_button.setAccessibleName(self.tr("Edit the selected person"))
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setAccessibleName(
            self.tr("Remove the selected person from this application"))
        self.add_button.clicked.connect(self.add_requested)
        self.edit_button.clicked.connect(lambda: self._emit(self.edit_requested))
        self.remove_button.clicked.connect(lambda: self._emit(self.remove_requested))
        delete_key = QShortcut(QKeySequence.StandardKey.Delete, self.view)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(lambda: self._emit(self.remove_requested))

        bar = QHBoxLayout()
        bar.addStretch(1)
        bar.addWidget(self.add_button)
        bar.addWidget(self.edit_button)
        bar.addWidget(self.remove_button)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(bar)
        lay.addWidget(self.view)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.set_enabled_for(False)

    def set_rows(self, rows: list[ContactRow]) -> None:
        self.model.set_rows(rows)
        self._update_buttons()

    def set_enabled_for(self, has_application: bool) -> None:
        self.add_button.setEnabled(has_application)
        self.view.setEnabled(has_application)
        self._update_buttons()

    def selected(self) -> ContactRow | None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.row_at(self.proxy.mapToSource(rows[0]).row())

    def _update_buttons(self) -> None:
        has = self.selected() is not None and self.view.isEnabled()
        self.edit_button.setEnabled(has)
        self.remove_button.setEnabled(has)

    def _emit(self, signal: Signal) -> None:  # type: ignore[valid-type]
        row = self.selected()
        if row is not None:
            signal.emit(row.id)  # type: ignore[attr-defined]
