"""One application's events, oldest first, with add / edit / delete."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from bounceback.db.enums import EventKind
from bounceback.ui.common import labels
from bounceback.ui.common.cells import LongTextDelegate
from bounceback.ui.common.i18n import tr
from bounceback.ui.common.record_panel import RecordPanel
from bounceback.ui.common.views import fit_columns_to
from bounceback.ui.timeline.models import history_model

DETAILS = 2  # the model's column of what was said or written


class HistoryPanel(RecordPanel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            history_model(),
            name=tr("History of this application"),
            add_text=tr("Add &event…"),
            add_name=tr("Add an event"),
            edit_name=tr("Edit the selected event"),
            delete_text=tr("Delete"),
            delete_name=tr("Delete the selected event"),
            stretch_column=DETAILS,
            parent=parent,
        )
        fit_columns_to(self.view, {0: labels.date_samples(),
                                   1: [labels.event_kind(kind) for kind in EventKind]})
        self.view.setItemDelegateForColumn(DETAILS, LongTextDelegate(self.view))
