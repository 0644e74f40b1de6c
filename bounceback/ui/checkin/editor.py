"""The form for one check-in. It knows nothing of the store: the tab loads and saves, and gives
it a way to look up an application's rejections."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from bounceback.services import vocabulary as vocab
from bounceback.services.checkins import CheckInInput, CopingEffect
from bounceback.ui.checkin.accept import AcceptBox
from bounceback.ui.checkin.afterwards import Afterwards, describe_all, in_sentence
from bounceback.ui.checkin.emotions import EmotionPicker, ScaleRow, small
from bounceback.ui.common import labels
from bounceback.ui.common.i18n import fill
from bounceback.ui.common.widgets import DateTimeEdit
from bounceback.ui.theme.text import set_role
from bounceback.ui.theme.tokens import TextRole

RejectionLookup = Callable[[int], list[tuple[int, dt.date]]]
NO_COPING = ""
DEFAULT_OVERALL = 5


def now() -> dt.datetime:
    """This minute: check-ins are timed to the minute the person can see."""
    return dt.datetime.now().replace(second=0, microsecond=0)


def blank(application_id: int | None = None, rejection_id: int | None = None) -> CheckInInput:
    return CheckInInput(felt_at=now(), overall=DEFAULT_OVERALL, application_id=application_id,
                        rejection_event_id=rejection_id)


def heading(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    set_role(label, TextRole.STRONG)
    return label


class CheckInForm(QWidget):
    """When, what about, which feelings how strongly, how to cope, the journal.

    Emits ``edited`` whenever the user changes anything.
    """

    edited = Signal()

    def __init__(self, rejections: RejectionLookup, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rejections = rejections

        self.title = QLabel(self)
        set_role(self.title, TextRole.TITLE)
        # The reframe from the brief, and step 1 of the plan when there is one.
        self.accept = AcceptBox(self)
        self.reframe = self.accept.reframe
        self._after_allowed = False

        # The program's date field with the time after it, so a whole date typed over the
        # selected one is taken whole (QDateTimeEdit kept the old day).
        self.when = DateTimeEdit(self, default=now)
        # As wide as a moment, like "About" below it, rather than across the whole form.
        self.when.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.application = QComboBox(self)
        # As wide as the longest "Company — Role", up to a limit, so it reads in full.
        self.application.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.application.setMinimumContentsLength(28)
        self.application.setMaximumWidth(560)
        self.application.addItem(self.tr("Not about a specific application"), None)
        self.rejection_label = QLabel(self.tr("Which &rejection"), self)
        self.rejection = QComboBox(self)
        self.rejection_label.setBuddy(self.rejection)

        self.emotions = EmotionPicker(self)

        self.coping_group = QButtonGroup(self)
        self.coping: dict[str, QRadioButton] = {}
        for word in vocab.COPING_METHODS:
            self.coping[word.key] = QRadioButton(labels.coping(word.key), self)
        self.coping[NO_COPING] = QRadioButton(self.tr("Not decided yet"), self)
        for key, radio in self.coping.items():
            self.coping_group.addButton(radio)
            radio.setAccessibleName(radio.text())
            radio.toggled.connect(lambda on, k=key: self._coping_changed(k) if on else None)
        self.own_way = QLineEdit(self)
        self.own_way.setMaxLength(500)
        self.own_way.setPlaceholderText(self.tr("e.g. cook something slow, play music loud"))
        self.helps_heading = small(heading(self.tr("What helps you"), self))
        self.helps = small(QLabel(self))
        self.helps.setWordWrap(True)
        self.helps.setAccessibleName(self.tr("What helps you"))
        self.afterwards = Afterwards(self)

        self.overall = ScaleRow(self, self.tr("very low"), self.tr("good"),
                                vocab.OVERALL_MIN, vocab.OVERALL_MAX)
        self.journal = QPlainTextEdit(self)
        self.journal.setPlaceholderText(self.tr("Write freely. This stays on this computer."))
        self.journal.setTabChangesFocus(True)
        self.journal.setMinimumHeight(180)

        for widget, name in (
            (self.when, self.tr("When")),
            (self.application, self.tr("Application")),
            (self.rejection, self.tr("Which rejection")),
            (self.own_way, self.tr("Your own way to cope")),
            (self.journal, self.tr("Journal")),
        ):
            widget.setAccessibleName(name)
        self._build_layout()

        self.when.changed.connect(self.edited)
        self.application.activated.connect(self._application_picked)
        self.rejection.activated.connect(self.edited)
        # The "afterwards" sliders follow the feelings before anyone hears of the change.
        self.emotions.edited.connect(self._follow_emotions)
        self.emotions.edited.connect(self.edited)
        self.afterwards.edited.connect(self.edited)
        self.own_way.textEdited.connect(self._own_way_edited)
        self.overall.slider.valueChanged.connect(self.edited)
        self.journal.textChanged.connect(self.edited)
        self.set_value(blank(), self.tr("New check-in"))

    def _build_layout(self) -> None:
        top = QFormLayout()
        top.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        top.addRow(self.tr("&When"), self.when)
        top.addRow(self.tr("&About"), self.application)
        top.addRow(self.rejection_label, self.rejection)

        feelings = heading(self.tr("What are you f&eeling?"), self)
        # The picker, which hands the focus to the feeling Tab comes to; a chip as the buddy
        # would be picked by the Alt+letter as well.
        feelings.setBuddy(self.emotions)
        feelings_hint = small(QLabel(self.tr(
            "Pick as many as fit. There are no wrong answers."), self))

        coping = QGridLayout()
        coping.setContentsMargins(0, 0, 0, 0)
        coping.setHorizontalSpacing(16)
        fixed = [k for k in self.coping if k not in (vocab.OTHER_COPING, NO_COPING)]
        for i, key in enumerate([*fixed, NO_COPING]):
            coping.addWidget(self.coping[key], i // 2, i % 2)
        own = QHBoxLayout()
        own.addWidget(self.coping[vocab.OTHER_COPING])
        own.addWidget(self.own_way, 1)
        coping.addLayout(own, (len(fixed) + 2) // 2, 0, 1, 2)
        coping_box = QVBoxLayout()
        coping_box.setSpacing(2)
        coping_box.addLayout(coping)
        coping_box.addSpacing(8)
        coping_box.addWidget(self.helps_heading)
        coping_box.addWidget(self.helps)
        coping_heading = heading(self.tr("How will you look after &yourself?"), self)
        coping_heading.setBuddy(self.coping[next(iter(self.coping))])

        overall_heading = heading(self.tr("How do you feel &overall?"), self)
        overall_heading.setBuddy(self.overall.slider)
        # Said in the words its label shows.
        self.overall.slider.setAccessibleName(overall_heading.text().replace("&", ""))
        overall = QGridLayout()
        overall.setColumnStretch(1, 1)
        overall.setHorizontalSpacing(10)
        self.overall.place(overall, 0, 0)

        journal_heading = heading(self.tr("&Journal"), self)
        journal_heading.setBuddy(self.journal)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(6)
        lay.addWidget(self.title)
        lay.addWidget(self.accept)
        lay.addSpacing(8)
        lay.addLayout(top)
        for section, body in (
            ([feelings, feelings_hint], self.emotions),
            ([coping_heading], coping_box),
            ([], self.afterwards),
            ([overall_heading], overall),
            ([journal_heading], self.journal),
        ):
            lay.addSpacing(12)
            for w in section:
                lay.addWidget(w)
            if isinstance(body, QWidget):
                lay.addWidget(body, 1 if body is self.journal else 0)
            else:
                lay.addLayout(body)

    # --- reading and writing -------------------------------------------------------------
    def set_value(self, data: CheckInInput, title: str) -> None:
        inputs = self._inputs()
        blocked = [w.blockSignals(True) for w in inputs]
        try:
            self.title.setText(title)
            self.when.set_value(data.felt_at)
            self._select_application(data.application_id)
            self._load_rejections(data.application_id, data.rejection_event_id)
            self.emotions.set_value(data.emotions)
            method = data.coping_method if data.coping_method in self.coping else NO_COPING
            self.coping[method].setChecked(True)
            self.own_way.setText(data.coping_note)
            self.own_way.setEnabled(method == vocab.OTHER_COPING)
            self.afterwards.set_value(data.emotions, data.after)
            self.overall.slider.setValue(data.overall)
            self.journal.setPlainText(data.journal)
            # Reopening a journal is usually to add to it: the cursor waits at the end.
            self.journal.moveCursor(QTextCursor.MoveOperation.End)
        finally:
            for w, was in zip(inputs, blocked, strict=True):
                w.blockSignals(was)
        self.overall.number.setText(str(data.overall))
        self._sync_afterwards()

    def value(self) -> CheckInInput:
        method = self._coping_method()
        return CheckInInput(
            felt_at=self.when.value(),
            emotions=self.emotions.value(),
            coping_method=method,
            coping_note=self.own_way.text().strip() if method == vocab.OTHER_COPING else "",
            journal=self.journal.toPlainText().strip(),
            overall=self.overall.slider.value(),
            application_id=self.application.currentData(),
            rejection_event_id=self.rejection.currentData(),
            after=self.afterwards.value() if self._shows_afterwards() else (),
        )

    def set_title(self, title: str) -> None:
        self.title.setText(title)

    def allow_afterwards(self, on: bool) -> None:
        """Only a saved check-in has an "afterwards": the coping comes after saving it."""
        self._after_allowed = on
        self._sync_afterwards()

    def set_coping_effects(self, effects: list[CopingEffect]) -> None:
        text = describe_all(effects)
        self.helps.setText(text)
        self.helps.setVisible(bool(text))
        self.helps_heading.setVisible(bool(text))

    def set_applications(self, choices: list[tuple[int, str]]) -> None:
        """Fill the application picker, keeping what is chosen (and its rejection) chosen."""
        app_id, rejection = self.application.currentData(), self.rejection.currentData()
        blocked = [w.blockSignals(True) for w in (self.application, self.rejection)]
        try:
            while self.application.count() > 1:
                self.application.removeItem(1)
            for ident, label in choices:
                self.application.addItem(label, ident)
            self._select_application(app_id)
            self._load_rejections(self.application.currentData(), rejection)
        finally:
            self.application.blockSignals(blocked[0])
            self.rejection.blockSignals(blocked[1])

    def field_widget(self, field: str) -> QWidget | None:
        """Where to put the cursor when the service finds a problem with ``field``."""
        if field == "emotions":
            return self.emotions.stop
        if field == "coping_method":
            return self.coping[self._coping_method()]
        return {
            "felt_at": self.when, "coping_note": self.own_way, "journal": self.journal,
            "overall": self.overall.slider, "application_id": self.application,
            "rejection_event_id": self.rejection,
        }.get(field)

    def focus_widgets(self) -> list[QWidget]:
        """The order Tab walks the form in, top to bottom."""
        return [
            self.accept.ready_button, self.accept.not_now_button,
            self.when, self.application, self.rejection, *self.emotions.focus_widgets(),
            *self.coping.values(), self.own_way, *self.afterwards.focus_widgets(),
            self.overall.slider, self.journal,
        ]

    # --- inside ----------------------------------------------------------------------------
    def _coping_method(self) -> str:
        for key, radio in self.coping.items():
            if radio.isChecked():
                return key
        return NO_COPING

    def _shows_afterwards(self) -> bool:
        return self._after_allowed and self._coping_method() != NO_COPING

    def coping_name(self) -> str:
        """The chosen way of coping as it reads inside a sentence ("a walk outside", or the
        person's own words in quotes)."""
        method = self._coping_method()
        if method == vocab.OTHER_COPING and self.own_way.text().strip():
            return f"“{self.own_way.text().strip()}”"
        return in_sentence(labels.coping(method))

    def _sync_afterwards(self) -> None:
        self.afterwards.set_method(self.coping_name())
        self.afterwards.setVisible(self._shows_afterwards())

    def _follow_emotions(self) -> None:
        self.afterwards.follow(self.emotions.value())

    def _own_way_edited(self) -> None:
        self._sync_afterwards()
        self.edited.emit()

    def _coping_changed(self, key: str) -> None:
        self._sync_afterwards()
        self.own_way.setEnabled(key == vocab.OTHER_COPING)
        if key == vocab.OTHER_COPING and not self.signalsBlocked():
            self.own_way.setFocus(Qt.FocusReason.OtherFocusReason)
        self.edited.emit()

    def _select_application(self, app_id: int | None) -> None:
        index = self.application.findData(app_id) if app_id is not None else 0
        self.application.setCurrentIndex(max(index, 0))

    def _application_picked(self) -> None:
        app_id = self.application.currentData()
        # A new application: its latest rejection is the likeliest reason to be here.
        found = self._load_rejections(app_id, None)
        if found:
            self.rejection.setCurrentIndex(1)
        self.edited.emit()

    def _load_rejections(self, app_id: int | None, selected: int | None) -> int:
        self.rejection.clear()
        found = self._rejections(app_id) if app_id is not None else []
        self.rejection.addItem(self.tr("Not about a specific rejection"), None)
        for ident, day in found:
            self.rejection.addItem(
                fill(self.tr("The rejection on %1"), labels.date(day)), ident)
        index = self.rejection.findData(selected) if selected is not None else 0
        self.rejection.setCurrentIndex(max(index, 0))
        self.rejection.setHidden(not found)
        self.rejection_label.setHidden(not found)
        return len(found)

    def _inputs(self) -> list[QWidget]:
        return [self.when, self.application, self.rejection, self.emotions, self.own_way,
                self.overall.slider, self.journal, self.afterwards, *self.coping.values()]
