"""A list of records with Add / Edit / Delete buttons above it: the shape of every small list
that hangs off one application (its events, its people)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bounceback.ui.common.table_model import FilterProxy, RowTableModel
from bounceback.ui.common.views import on_delete_key, setup_row_table
from bounceback.ui.theme.icons import Icon, icon


class RecordPanel(QWidget):
    add_requested = Signal()
    edit_requested = Signal(int)
    delete_requested = Signal(int)

    def __init__(
        self,
        model: RowTableModel[Any],
        *,
        name: str,
        add_text: str,
        add_name: str,
        edit_name: str,
        delete_text: str,
        delete_name: str,
        stretch_column: int,
        edit_text: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = model
        model.setParent(self)
        self.proxy = FilterProxy(self)
        self.proxy.setSourceModel(model)
        self.view = QTableView(self)
        setup_row_table(self.view, self.proxy, name)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
        self.view.doubleClicked.connect(lambda _i: self._emit(self.edit_requested))

        self.add_button = QPushButton(add_text, self)
        self.add_button.setIcon(icon(Icon.NEW))
        self.add_button.setAccessibleName(add_name)
        self.edit_button = QPushButton(edit_text or self.tr("&Edit…"), self)
        self.edit_button.setIcon(icon(Icon.EDIT))
        self.edit_button.setAccessibleName(edit_name)
        self.delete_button = QPushButton(delete_text, self)
        self.delete_button.setIcon(icon(Icon.DELETE))
        self.delete_button.setAccessibleName(delete_name)
        self.add_button.clicked.connect(self.add_requested)
        self.edit_button.clicked.connect(lambda: self._emit(self.edit_requested))
        self.delete_button.clicked.connect(lambda: self._emit(self.delete_requested))
        on_delete_key(self.view, lambda: self._emit(self.delete_requested))

        bar = self.bar = QHBoxLayout()
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

    def set_rows(self, rows: list[Any]) -> None:
        self.model.set_rows(rows)
        self._update_buttons()

    def set_enabled_for(self, has_owner: bool) -> None:
        """Nothing to add to until the application they belong to exists."""
        self.add_button.setEnabled(has_owner)
        self.view.setEnabled(has_owner)
        self._update_buttons()

    def selected(self) -> Any | None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.row_at(self.proxy.mapToSource(rows[0]).row())

    def selected_id(self) -> int | None:
        row = self.selected()
        return row.id if row is not None else None

    def _update_buttons(self) -> None:
        has = self.selected() is not None and self.view.isEnabled()
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def _emit(self, signal: Any) -> None:
        ident = self.selected_id()
        if ident is not None:
            signal.emit(ident)
