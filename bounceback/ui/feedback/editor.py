"""The form for one feedback note. It knows nothing of the store: the tab loads and saves."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from bounceback.db.enums import Channel
from bounceback.services.contacts import ContactRow
from bounceback.services.errors import ValidationError
from bounceback.services.feedback import FeedbackInput
from bounceback.ui.common import labels
from bounceback.ui.common.widgets import ErrorLabel, OptionalDateEdit


def _hint(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    font = label.font()
    font.setItalic(True)
    label.setFont(font)
    return label


def _text_box(parent: QWidget, placeholder: str, lines: int = 3) -> QPlainTextEdit:
    box = QPlainTextEdit(parent)
    box.setPlaceholderText(placeholder)
    box.setTabChangesFocus(True)
    # A few lines tall, so the whole note fits on one screen; longer text scrolls inside.
    frame = 2 * (box.frameWidth() + int(box.document().documentMargin())) + 4
    box.setFixedHeight(lines * box.fontMetrics().lineSpacing() + frame)
    return box


def _label(text: str, buddy: QWidget, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setBuddy(buddy)
    return label


class FeedbackForm(QWidget):
    """Whom you asked, the request, the answer, your reaction and the lesson.

    Emits ``edited`` whenever the user changes anything.
    """

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)

        self.whom = QLineEdit(self)
        self.whom.setMaxLength(200)
        self.whom.setPlaceholderText(self.tr("A name or a role, e.g. the recruiter"))
        self.contact = QComboBox(self)
        self.contact.setToolTip(self.tr("Pick one of the people you met in this application"))
        self.asked_on = OptionalDateEdit(self)
        self.channel = QComboBox(self)
        for c in Channel:
            self.channel.addItem(labels.channel(c), c)
        self.request = _text_box(
            self,
            self.tr(
                "e.g. Thank you again for your time. Is there anything I could improve "
                "for future interviews?"
            ),
            4,
        )
        self.answered_on = OptionalDateEdit(self)
        self.answer = _text_box(self, self.tr("What they said, in their words"), 5)
        self.reaction = _text_box(self, self.tr("How it landed with you"))
        self.lesson = _text_box(
            self,
            self.tr(
                "What you can use, e.g. Lead with a leadership example and rephrase two resume "
                "bullets"
            ),
        )
        self.error = ErrorLabel(self)

        for widget, name in (
            (self.whom, self.tr("Whom you asked")),
            (self.contact, self.tr("Pick a contact from this application")),
            (self.asked_on, self.tr("Asked on")),
            (self.channel, self.tr("How you asked")),
            (self.request, self.tr("Your request")),
            (self.answered_on, self.tr("Answer came on")),
            (self.answer, self.tr("Their answer")),
            (self.reaction, self.tr("Your first reaction")),
            (self.lesson, self.tr("The lesson")),
        ):
            widget.setAccessibleName(name)

        whom_row = QHBoxLayout()
        whom_row.setContentsMargins(0, 0, 0, 0)
        whom_row.addWidget(self.whom, 3)
        whom_row.addWidget(self.contact, 2)
        for date in (self.asked_on, self.answered_on):
            date.setMaximumWidth(200)
        when_row = QHBoxLayout()
        when_row.setContentsMargins(0, 0, 0, 0)
        when_row.addWidget(self.asked_on, 1)
        when_row.addSpacing(12)
        when_row.addWidget(_label(self.tr("&by"), self.channel, self))
        when_row.addWidget(self.channel, 1)
        when_row.addStretch(1)

        request_box = QVBoxLayout()
        request_box.setContentsMargins(0, 0, 0, 0)
        request_box.addWidget(self.request)
        request_box.addWidget(
            _hint(
                self.tr(
                    "Frame it positively: “What could I improve?” rather than “Why didn't you hire "
                    "me?”. Employers are often brief for legal reasons; a recruiter may say more."
                ),
                self,
            )
        )
        reaction_box = QVBoxLayout()
        reaction_box.setContentsMargins(0, 0, 0, 0)
        reaction_box.addWidget(self.reaction)
        reaction_box.addWidget(
            _hint(
                self.tr("It's natural to feel defensive. Note it, then look for what you can use."),
                self,
            )
        )

        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setVerticalSpacing(10)
        form.addRow(self.heading)
        # Rows holding a layout need their own label, or the mnemonic has no buddy.
        form.addRow(_label(self.tr("&Whom you asked"), self.whom, self), whom_row)
        form.addRow(_label(self.tr("As&ked on"), self.asked_on, self), when_row)
        form.addRow(_label(self.tr("Your &request"), self.request, self), request_box)
        form.addRow(self.tr("A&nswer came on"), self.answered_on)
        form.addRow(self.tr("Their &answer"), self.answer)
        form.addRow(_label(self.tr("Your first r&eaction"), self.reaction, self), reaction_box)
        form.addRow(self.tr("The &lesson"), self.lesson)
        form.addRow(self.error)

        self.whom.textEdited.connect(self.edited)
        self.contact.activated.connect(self._contact_picked)
        self.channel.activated.connect(self.edited)
        for text in (self.request, self.answer, self.reaction, self.lesson):
            text.textChanged.connect(self.edited)
        self.asked_on.changed.connect(self.edited)
        self.answered_on.changed.connect(self.edited)
        self.set_contacts([], None)

    # --- contacts ------------------------------------------------------------------------
    def set_contacts(self, contacts: list[ContactRow], keep: int | None) -> None:
        """Offer ``contacts``; ``keep`` stays chosen even if it is no longer among them."""
        was = self.contact.blockSignals(True)
        self.contact.clear()
        self._people = list(contacts)
        self._names = {c.id: c.name for c in contacts}
        self.contact.addItem(
            self.tr("Or pick a contact…")
            if contacts
            else self.tr("No contacts saved for this application"),
            None,
        )
        for c in contacts:
            text = c.name if c.relation is None else f"{c.name} ({labels.contact_role(c.relation)})"
            self.contact.addItem(text, c.id)
        if keep is not None and self.contact.findData(keep) < 0:
            self.contact.addItem(self.tr("A contact no longer linked here"), keep)
        self.contact.setCurrentIndex(max(0, self.contact.findData(keep)))
        self.contact.setEnabled(self.contact.count() > 1)
        self.contact.blockSignals(was)

    def _contact_picked(self, index: int) -> None:
        ident = self.contact.itemData(index)
        name = self._names.get(ident) if ident is not None else None
        # Fill in the name unless the user wrote something of their own.
        current = self.whom.text().strip()
        if name and (not current or current in self._names.values()):
            self.whom.setText(name)
        self.edited.emit()

    # --- value ---------------------------------------------------------------------------
    def set_value(self, data: FeedbackInput, heading: str) -> None:
        blockers = [w.blockSignals(True) for w in self._inputs()]
        self.heading.setText(heading)
        self.whom.setText(data.asked_whom)
        self.set_contacts(self._people, data.contact_id)
        self.asked_on.set_value(data.asked_on)
        self.channel.setCurrentIndex(self.channel.findData(data.channel))
        self.request.setPlainText(data.request_text)
        self.answered_on.set_value(data.answered_on)
        self.answer.setPlainText(data.answer_text)
        self.reaction.setPlainText(data.reaction)
        self.lesson.setPlainText(data.lesson)
        for w, was in zip(self._inputs(), blockers, strict=True):
            w.blockSignals(was)
        self.error.clear_message()

    def value(self) -> FeedbackInput:
        return FeedbackInput(
            asked_whom=self.whom.text().strip(),
            contact_id=self.contact.currentData(),
            asked_on=self.asked_on.value(),
            channel=Channel(self.channel.currentData()),
            request_text=self.request.toPlainText().strip(),
            answer_text=self.answer.toPlainText().strip(),
            answered_on=self.answered_on.value(),
            reaction=self.reaction.toPlainText().strip(),
            lesson=self.lesson.toPlainText().strip(),
        )

    def check(self) -> bool:
        """Inline checks before saving; the service checks again."""
        if not self.whom.text().strip() and self.contact.currentData() is None:
            return self.error.point_at(
                self.whom, self.tr("Who did you ask? A name or a role is enough.")
            )
        asked, answered = self.asked_on.value(), self.answered_on.value()
        if asked and answered and answered < asked:
            return self.error.point_at(
                self.answered_on, self.tr("The answer can't come before you asked.")
            )
        self.error.clear_message()
        return True

    def show_error(self, exc: ValidationError) -> None:
        self.error.show_validation(
            exc,
            {
                "asked_whom": self.whom,
                "asked_on": self.asked_on,
                "channel": self.channel,
                "request_text": self.request,
                "answer_text": self.answer,
                "answered_on": self.answered_on,
                "reaction": self.reaction,
                "lesson": self.lesson,
            },
        )

    def _inputs(self) -> list[QWidget]:
        return [
            self.whom,
            self.asked_on,
            self.channel,
            self.request,
            self.answered_on,
            self.answer,
            self.reaction,
            self.lesson,
        ]
