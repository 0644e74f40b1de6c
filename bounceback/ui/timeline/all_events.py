"""Every application's events in one list, newest first: the whole search at a glance."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bounceback.services.events import EventRow
from bounceback.ui.common.cells import LongTextDelegate
from bounceback.ui.common.empty import EmptyNote
from bounceback.ui.common.table_model import FilterProxy
from bounceback.ui.common.views import setup_row_table
from bounceback.ui.theme.icons import Icon
from bounceback.ui.timeline.models import all_events_model

DETAILS = 4  # the model's column of what was said or written


class AllEventsPanel(QWidget):
    # The application of the event the user opened.
    open_application = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = all_events_model(self)
        self.proxy = FilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView(self)
        setup_row_table(
            self.view,
            self.proxy,
            self.tr("All events, in date order"),
            0,
            Qt.SortOrder.DescendingOrder,
        )
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DETAILS, QHeaderView.ResizeMode.Stretch)
        self.view.setItemDelegateForColumn(DETAILS, LongTextDelegate(self.view))
        self.view.activated.connect(self._open)
        self.empty = EmptyNote(Icon.EVENTS, self.tr(
            "Nothing here yet. Events appear as you add applications and record what happens."),
            parent=self)
        self.hint = QLabel(self.tr("Double-click an event to open its application."), self)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.hint)
        lay.addWidget(self.view, 1)
        lay.addWidget(self.empty, 1)
        self.loading = False

    def set_loading(self, on: bool) -> None:
        """While the events are being read: say so, instead of an empty or stale list."""
        self.loading = on
        if on:
            self.hint.setText(self.tr("Gathering every event…"))
        else:
            self.hint.setText(self.tr("Double-click an event to open its application."))

    def set_rows(self, rows: list[EventRow]) -> None:
        self.set_loading(False)
        self.model.set_rows(rows)
        self.empty.setVisible(not rows)
        self.view.setVisible(bool(rows))
        if rows:
            # In English, for one: "1 event. Double-click it to open its application."
            self.hint.setText(self.tr(
                "%Ln event(s). Double-click one to open its application.", "", len(rows)))


    def _open(self, index) -> None:
        row = self.model.row_at(self.proxy.mapToSource(index).row())
        self.open_application.emit(row.application_id)
