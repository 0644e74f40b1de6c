"""The form for one feedback note. It knows nothing of the store: the tab loads and saves.

From top to bottom it follows the request: whom to ask (with a nudge towards the recruiter,
if there was one), the request itself as a letter with a gentle tone check, where it stands,
and, once they answered, what they said, how it landed and the lesson. How those rows are
arranged (labels, hints, tab order) lives in ``form_layout.py``.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton, QWidget

from bounceback.db.enums import Channel, FeedbackStatus
from bounceback.services.contacts import ContactRow
from bounceback.services.errors import ValidationError
from bounceback.services.feedback import FeedbackInput, request_letter, request_text
from bounceback.services.letters import Letter
from bounceback.ui.common import labels
from bounceback.ui.common.letter_editor import LetterEditor
from bounceback.ui.common.spoken import name_combo
from bounceback.ui.common.widgets import DateEdit, ErrorLabel
from bounceback.ui.feedback.form_layout import GrowWithText, lay_out, text_box
from bounceback.ui.feedback.recruiter import RecruiterHint
from bounceback.ui.feedback.status import StatusRow
from bounceback.ui.theme.text import set_role
from bounceback.ui.theme.tokens import TextRole

# How tall the request's message is at least: while writing, room for the template; once
# it is sent, a short request steps back for what came of it. Either way the message grows
# to show the whole letter (up to MOST_LINES, then it scrolls).
WRITING_LINES = 12
SENT_LINES = 3
MOST_LINES = 40


class FeedbackForm(QWidget):
    """Whom you asked, the request, where it stands, the answer, your reaction and the lesson.

    Emits ``edited`` whenever the user changes anything, ``person_changed`` when whom you ask
    changes, ``draft_requested`` for "Draft from template"; the status row's signals say
    what happened (asked, answered, no answer).
    """

    edited = Signal()
    person_changed = Signal()
    draft_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._status = FeedbackStatus.DRAFT  # as saved
        self._explicit: FeedbackStatus | None = None  # what the note's input says
        self._recruiters: list[ContactRow] = []
        self._via_recruiter = False
        self._people: list[ContactRow] = []
        self._names: dict[int, str] = {}

        self.heading = QLabel(self)
        set_role(self.heading, TextRole.TITLE)
        self.heading.setWordWrap(True)
        # A kind word under the heading, e.g. that words from last time are back.
        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)

        self.suggestion = RecruiterHint(self)
        self.suggestion.button.clicked.connect(self.ask_recruiter)
        self.whom = QLineEdit(self)
        self.whom.setMaxLength(200)
        self.whom.setPlaceholderText(self.tr("A name or a role, e.g. the recruiter"))
        self.contact = QComboBox(self)
        self.contact.setToolTip(self.tr("Pick one of the people you met in this application"))
        self.asked_on = DateEdit(self, optional=True)
        self.asked_on.setAccessibleName(self.tr("Asked on"))
        self.asked_on.setMaximumWidth(200)
        self.channel = QComboBox(self)
        for c in Channel:
            self.channel.addItem(labels.channel(c), c)

        self.draft_button = QPushButton(self.tr("D&raft from template"), self)
        self.draft_button.setAccessibleName(self.tr("Draft the request from the template"))
        self.draft_button.setToolTip(
            self.tr("Fills in a short, positive request with the company, the role and the "
                    "person's name"))
        self.draft_button.clicked.connect(self.draft_requested)
        self.request = LetterEditor(self)
        self.request.set_framing_check(True)
        self.request.body.setPlaceholderText(self.tr(
            "e.g. Thank you again for your time. Is there anything I could improve for future "
            "interviews?"))
        self._request_height = GrowWithText(self.request.body, WRITING_LINES, MOST_LINES)
        self.status_row = StatusRow(self)

        self.answered_on = DateEdit(self, optional=True)
        self.answered_on.setAccessibleName(self.tr("Answer came on"))
        self.answered_on.setMaximumWidth(200)
        self.answer = text_box(self, self.tr("What they said, in their words"), 5)
        self.reaction = text_box(self, self.tr("How it landed with you"))
        self.lesson = text_box(self, self.tr(
            "What you can use, e.g. Lead with a leadership example and rephrase two resume "
            "bullets"))
        self.error = ErrorLabel(self)

        for widget, name in (
            (self.whom, self.tr("Whom you asked")),
            (self.asked_on, self.tr("Asked on")),
            (self.channel, self.tr("How you asked")),
            (self.answered_on, self.tr("Answer came on")),
            (self.answer, self.tr("Their answer")),
            (self.reaction, self.tr("Your first reaction")),
            (self.lesson, self.tr("The lesson")),
        ):
            widget.setAccessibleName(name)
        self.request.setAccessibleName(self.tr("Your request"))

        self._lay_out()
        # Beside "Whom you asked", which labels the field before it.
        name_combo(self.contact, self.tr("Pick a contact from this application"))
        self.whom.textEdited.connect(self._whom_edited)
        self.contact.activated.connect(self._contact_picked)
        self.channel.activated.connect(self.edited)
        self.request.changed.connect(self.edited)
        for text in (self.answer, self.reaction, self.lesson):
            text.textChanged.connect(self.edited)
        for date in (self.asked_on, self.answered_on):
            date.changed.connect(self.edited)
        self.status_row.edited.connect(self.edited)
        # Once the letter's own layout has settled (a zero timer runs after it).
        self._relayout = QTimer(self)
        self._relayout.setSingleShot(True)
        self._relayout.setInterval(0)
        self._relayout.timeout.connect(self._fit_letter)
        self.request.installEventFilter(self)
        self.request.framing_panel.installEventFilter(self)
        self.set_contacts([], None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched in (self.request, self.request.framing_panel)
                and event.type() == QEvent.Type.LayoutRequest):
            # The letter grew or shrank (tone-check lines, the message's height): the rows
            # below move to make room. QFormLayout keeps a cached height for wrapped rows, and
            # without this the letter's lines would overlap its buttons.
            self._relayout.start()
        return super().eventFilter(watched, event)

    def _fit_letter(self) -> None:
        for layout in (self.request.layout(), self.request_box.layout(), self.form_layout):
            assert layout is not None  # each is set up in _lay_out
            layout.invalidate()
        self.request_box.updateGeometry()

    def _lay_out(self) -> None:
        parts = lay_out(self)
        self.form_layout, self.whom_label = parts.form_layout, parts.whom_label
        self.draft_row, self.request_box = parts.draft_row, parts.request_box
        self.reaction_box = parts.reaction_box
        self.form_layout.insertRow(1, self.notice)
        self.form_layout.setRowVisible(self.notice, False)

    # --- contacts ------------------------------------------------------------------------
    def set_contacts(self, contacts: list[ContactRow], keep: int | None) -> None:
        """Offer ``contacts``; ``keep`` stays chosen even if it is no longer among them."""
        was = self.contact.blockSignals(True)
        self.contact.clear()
        self._people = list(contacts)
        self._names = {c.id: c.name for c in contacts}
        self.contact.addItem(
            self.tr("Or pick a contact…") if contacts
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
        self._update_recipient()

    def chosen_contact(self) -> ContactRow | None:
        ident = self.contact.currentData()
        return next((p for p in self._people if p.id == ident), None)

    def _contact_picked(self, index: int) -> None:
        ident = self.contact.itemData(index)
        name = self._names.get(ident) if ident is not None else None
        # Fill in the name unless the user wrote something of their own.
        current = self.whom.text().strip()
        if name and (not current or current in self._names.values()):
            self.whom.setText(name)
        self._person_changed()

    def _whom_edited(self) -> None:
        self._person_changed()

    def _person_changed(self) -> None:
        self._update_recipient()
        self._update_suggestion()
        self.person_changed.emit()
        self.edited.emit()

    def _update_recipient(self) -> None:
        person = self.chosen_contact()
        self.request.set_recipient(person.email if person else "")

    # --- the recruiter -------------------------------------------------------------------
    def set_recruiters(self, recruiters: list[ContactRow], via_recruiter: bool) -> None:
        """The application's recruiters, and whether it came through one."""
        self._recruiters = list(recruiters)
        self._via_recruiter = via_recruiter
        self._update_suggestion()

    def _update_suggestion(self) -> None:
        self.suggestion.update_for(
            self._recruiters, self._via_recruiter, self._status == FeedbackStatus.DRAFT,
            self.whom.text(), self.contact.currentData())

    def ask_recruiter(self) -> None:
        """Make the recruiter the person to ask."""
        if self._recruiters:
            r = self._recruiters[0]
            self.contact.setCurrentIndex(max(0, self.contact.findData(r.id)))
            self.whom.setText(r.name)
            self._person_changed()
            self.request.body.setFocus()
        else:
            self.whom.setText(self.tr("the recruiter"))
            self._person_changed()
            self.whom.setFocus()
            self.whom.selectAll()

    # --- the request ---------------------------------------------------------------------
    def _fit_request(self, lines: int) -> None:
        self._request_height.set_least(lines)

    def set_request(self, letter: Letter) -> None:
        """Put a fresh draft in the request, as an edit of the user's."""
        self.request.set_letter(letter, to=self.request.recipient())
        self.edited.emit()

    # --- showing the answer --------------------------------------------------------------
    def answer_shown(self) -> bool:
        return self.form_layout.isRowVisible(self.answer)

    def show_answer(self, on: bool) -> None:
        for field in (self.answered_on, self.answer, self.reaction_box, self.lesson):
            self.form_layout.setRowVisible(field, on)

    def show_notice(self, text: str) -> None:
        """Say ``text`` under the heading; an empty text hides the notice."""
        self.notice.setText(text)
        self.form_layout.setRowVisible(self.notice, bool(text))

    # --- value ---------------------------------------------------------------------------
    def set_value(self, data: FeedbackInput, heading: str, status: FeedbackStatus) -> None:
        """Show ``data``; ``status`` is the note's saved state (draft for a new note)."""
        blockers = [w.blockSignals(True) for w in self._inputs()]
        self._status = FeedbackStatus(status)
        self._explicit = data.status
        self.heading.setText(heading)
        self.whom.setText(data.asked_whom)
        self.set_contacts(self._people, data.contact_id)
        self.asked_on.set_value(data.asked_on)
        self.channel.setCurrentIndex(self.channel.findData(data.channel))
        person = self.chosen_contact()
        self.request.set_letter(request_letter(data.request_text),
                                to=person.email if person else "")
        self.answered_on.set_value(data.answered_on)
        self.answer.setPlainText(data.answer_text)
        self.reaction.setPlainText(data.reaction)
        self.lesson.setPlainText(data.lesson)
        self.status_row.follow_up.set_value(data.follow_up_on)
        for w, was in zip(self._inputs(), blockers, strict=True):
            w.blockSignals(was)
        self.status_row.set_state(self._status, data.asked_on)
        writing = self._status == FeedbackStatus.DRAFT
        self._fit_request(WRITING_LINES if writing else SENT_LINES)
        self.draft_row.setVisible(writing)
        self.whom_label.setText(self.tr("&Whom to ask") if writing else self.tr("&Whom you asked"))
        self.show_answer(self._status == FeedbackStatus.ANSWERED or any((
            data.answered_on, data.answer_text, data.reaction, data.lesson)))
        self._update_suggestion()
        self.error.clear_message()
        self.show_notice("")

    def value(self) -> FeedbackInput:
        return FeedbackInput(
            asked_whom=self.whom.text().strip(),
            contact_id=self.contact.currentData(),
            asked_on=self.asked_on.value(),
            channel=Channel(self.channel.currentData()),
            request_text=request_text(self.request.letter()),
            answer_text=self.answer.toPlainText().strip(),
            answered_on=self.answered_on.value(),
            reaction=self.reaction.toPlainText().strip(),
            lesson=self.lesson.toPlainText().strip(),
            # Like FeedbackRow.as_input(): only "no answer" is said outright.
            status=self._explicit if self._explicit == FeedbackStatus.NO_ANSWER else None,
            follow_up_on=self.status_row.follow_up.value(),
        )

    def check(self) -> bool:
        """Inline checks before saving; the service checks again."""
        if not self.whom.text().strip() and self.contact.currentData() is None:
            return self.error.point_at(
                self.whom, self.tr("Who did you ask? A name or a role is enough."))
        asked, answered = self.asked_on.value(), self.answered_on.value()
        if asked and answered and answered < asked:
            self.show_answer(True)
            return self.error.point_at(
                self.answered_on, self.tr("The answer can't come before you asked."))
        self.error.clear_message()
        return True

    def show_error(self, exc: ValidationError) -> None:
        if exc.field in ("answer_text", "answered_on", "reaction", "lesson"):
            self.show_answer(True)
        self.error.show_validation(exc, {
            "asked_whom": self.whom,
            "asked_on": self.asked_on,
            "channel": self.channel,
            "request_text": self.request.body,
            "answer_text": self.answer,
            "answered_on": self.answered_on,
            "reaction": self.reaction,
            "lesson": self.lesson,
            "follow_up_on": self.status_row.follow_up,
        })

    def _inputs(self) -> list[QWidget]:
        return [self.whom, self.asked_on, self.channel, self.request, self.answered_on,
                self.answer, self.reaction, self.lesson, self.status_row]
