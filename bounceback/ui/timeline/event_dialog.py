"""Add or edit one event on an application's timeline.

A new event starts as the next step of the story (``events.next_in_story``): after applying,
an interview or a reply; after an interview, the next round or a decision. Names typed as an
interview's participants that are not among the application's people yet can become people
in the same save, so they can be thanked later.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from bounceback.db.enums import EventKind
from bounceback.services import contacts
from bounceback.services.errors import ValidationError
from bounceback.services.events import EventInput, NextEvent
from bounceback.ui.common import labels
from bounceback.ui.common.i18n import fill
from bounceback.ui.common.ops import translate_message
from bounceback.ui.common.widgets import DateEdit, ErrorLabel

# Kinds a person records by hand; status changes and plan steps are written by the program.
CHOOSABLE = [k for k in EventKind if k not in (EventKind.STATUS_CHANGE, EventKind.PLAN_STEP)]


class EventDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None = None,
        event: EventInput | None = None,
        *,
        suggested: NextEvent | None = None,
        people: Sequence[str] = (),
    ) -> None:
        """``suggested``: for a new event, what it likely is (listed first, the first one
        chosen); ``people``: the names of the application's people, so new participants can
        be offered and known ones are not."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit event") if event else self.tr("Add an event"))
        self.setMinimumWidth(440)
        self._people = list(people)

        self.kind = QComboBox(self)
        kinds: list[EventKind] = list(CHOOSABLE)
        if event is not None and event.kind not in kinds:
            kinds.append(event.kind)
        likely = [k for k in suggested.kinds if k in kinds] if suggested is not None else []
        for k in likely:
            self.kind.addItem(labels.event_kind(k), k)
        if likely:
            self.kind.insertSeparator(self.kind.count())
        for k in kinds:
            if k not in likely:
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
        # A check box can't wrap: the names go in a label below it, which can.
        self.add_people = QCheckBox(self.tr("&Add them to People, to thank them later"), self)
        self.add_people.setChecked(True)
        self.new_names = QLabel(self)
        self.new_names.setWordWrap(True)
        self.new_names.setTextFormat(Qt.TextFormat.PlainText)  # names are the person's own
        self.new_names.setContentsMargins(22, 0, 0, 0)
        self.new_names.setAccessibleName(self.tr("New names"))
        self.add_people.setAccessibleName(self.tr("Add the new names to People"))
        self.add_people.setToolTip(self.tr(
            "They join this application's people, so you can thank them and keep in touch"))
        self.interviewers.textChanged.connect(self._update_new_people)
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
        new_people = QWidget(self)
        new_lay = QVBoxLayout(new_people)
        new_lay.setContentsMargins(0, 0, 0, 0)
        new_lay.setSpacing(2)
        new_lay.addWidget(self.add_people)
        new_lay.addWidget(self.new_names)
        self._new_people_row = new_people
        form.addRow("", new_people)
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
        elif likely:
            self.kind.setCurrentIndex(0)
            self.round.setValue((suggested.interview_round or 0) if suggested else 0)
        self._kind_changed()
        self._contact_id = event.contact_id if event else None

    def _kind_changed(self) -> None:
        interview = self.kind.currentData() == EventKind.INTERVIEW
        for w in (self.round, self.interviewers):
            w.setVisible(interview)
            self._form.labelForField(w).setVisible(interview)
        self._update_new_people()

    def _new_names(self) -> list[str]:
        if self.kind.currentData() != EventKind.INTERVIEW:
            return []
        return contacts.new_participants([self.interviewers.text()], self._people)

    def _update_new_people(self) -> None:
        names = self._new_names()
        self.new_names.setText(fill(self.tr("Not among the people yet: %1"), ", ".join(names)))
        self._new_people_row.setVisible(bool(names))

    def new_people(self) -> list[str]:
        """Names typed as participants to make people of the application too (ticked, and
        not among them yet); [] otherwise."""
        return self._new_names() if self.add_people.isChecked() else []

    def value(self) -> EventInput:
        interview = self.kind.currentData() == EventKind.INTERVIEW
        return EventInput(
            kind=EventKind(self.kind.currentData()),
            occurred_on=self.date.day(),
            details=self.details.toPlainText(),
            interview_round=(self.round.value() or None) if interview else None,
            interviewers=self.interviewers.text() if interview else "",
            contact_id=self._contact_id,
        )

    def _accept(self) -> None:
        if self.date.day() > dt.date.today() + dt.timedelta(days=366 * 2):
            self.error.show_message(self.tr("That date is far in the future; is it right?"))
            self.date.setFocus()
            return
        self.accept()

    def show_error(self, exc: ValidationError) -> None:
        self.error.show_message(translate_message(exc.message))
