"""Add or edit one event on an application's timeline."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from bounceback.db.enums import EventKind
from bounceback.services.errors import ValidationError
from bounceback.services.events import EventInput
from bounceback.ui.common import labels
from bounceback.ui.common.ops import translate_message
from bounceback.ui.common.widgets import DateEdit, ErrorLabel

# Kinds a person records by hand; status changes and plan steps are written by the program.
CHOOSABLE = [k for k in EventKind if k not in (EventKind.STATUS_CHANGE, EventKind.PLAN_STEP)]


class EventDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, event: EventInput | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit event") if event else self.tr("Add an event"))
        self.setMinimumWidth(440)

        self.kind = QComboBox(self)
        kinds = list(CHOOSABLE)
        if event is not None and event.kind not in kinds:
            kinds.append(event.kind)
        for k in kinds:
            self.kind.addItem(labels.event_kind(k), k)
        self.kind.setAccessibleName(self.tr("What happened"))
        self.date = DateEdit(self)
        self.date.setAccessibleName(self.tr("Date"))
        self.round = QSpinBox(self)
        self.round.setRange(0, 50)
        self.round.setSpecialValueText(self.tr("Not set"))
        self.round.setAccessibleName(self.tr("Interview round"))
        self.interviewers = QLineEdit(self)
        self.interviewers.setPlaceholderText(self.tr("Names, separated by commas"))
        self.interviewers.setAccessibleName(self.tr("Interviewers"))
        self.details = QPlainTextEdit(self)
        self.details.setPlaceholderText(self.tr("What was said, what you noticed, what's next"))
        self.details.setAccessibleName(self.tr("Details"))
        self.details.setTabChangesFocus(True)
        self.error = ErrorLabel(self)

        form = QFormLayout()
        form.addRow(self.tr("&What happened"), self.kind)
        form.addRow(self.tr("&Date"), self.date)
        form.addRow(self.tr("&Round"), self.round)
        form.addRow(self.tr("&Interviewers"), self.interviewers)
        form.addRow(self.tr("D&etails"), self.details)
        self._form = form

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(buttons)

        self.kind.currentIndexChanged.connect(self._kind_changed)
        if event is not None:
            self.kind.setCurrentIndex(self.kind.findData(event.kind))
            self.date.set_value(event.occurred_on)
            self.round.setValue(event.interview_round or 0)
            self.interviewers.setText(event.interviewers)
            self.details.setPlainText(event.details)
        self._kind_changed()
        self._contact_id = event.contact_id if event else None

    def _kind_changed(self) -> None:
        interview = self.kind.currentData() == EventKind.INTERVIEW
        for w in (self.round, self.interviewers):
            w.setVisible(interview)
            self._form.labelForField(w).setVisible(interview)

    def value(self) -> EventInput:
        interview = self.kind.currentData() == EventKind.INTERVIEW
        return EventInput(
            kind=EventKind(self.kind.currentData()),
            occurred_on=self.date.value(),
            details=self.details.toPlainText(),
            interview_round=(self.round.value() or None) if interview else None,
            interviewers=self.interviewers.text() if interview else "",
            contact_id=self._contact_id,
        )

    def _accept(self) -> None:
        if self.date.value() > dt.date.today() + dt.timedelta(days=366 * 2):
            self.error.show_message(self.tr("That date is far in the future; is it right?"))
            self.date.setFocus()
            return
        self.accept()

    def show_error(self, exc: ValidationError) -> None:
        self.error.show_message(translate_message(exc.message))
