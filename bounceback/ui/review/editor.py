"""The editor for one checklist item. It knows nothing of the store: the tab loads and saves."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from bounceback.db.enums import DocumentKind, Outcome, ReviewStage
from bounceback.services import review
from bounceback.services.errors import ValidationError
from bounceback.services.review import ReviewItemInput, ReviewItemRow
from bounceback.ui.common import labels
from bounceback.ui.common.i18n import fill
from bounceback.ui.common.ops import translate_message
from bounceback.ui.common.widgets import DateEdit, ErrorLabel, from_today
from bounceback.ui.theme.icons import Icon, icon
from bounceback.ui.theme.text import set_role
from bounceback.ui.theme.tokens import TextRole

LABEL_LIMIT = 500
# Button-group ids: Outcome members by position, and one more for "not yet".
_OUTCOMES: tuple[Outcome | None, ...] = (
    Outcome.WENT_WELL, Outcome.TO_IMPROVE, Outcome.NOT_APPLICABLE, None
)


def hint_label(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class ActionArea(QGroupBox):
    """"Turn into an action": a next step and an optional due date."""

    requested = Signal(str, object)  # text, due date or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Turn it into an action"), parent)
        self.reminder = QLabel(
            self.tr("Don't dwell on what went wrong — turn it into something you'll do."), self)
        self.reminder.setWordWrap(True)
        self.text = QLineEdit(self)
        self.text.setMaxLength(2000)
        self.set_prompt(None)
        self.due = DateEdit(self, optional=True, default=from_today(days=7))
        self.add_button = QPushButton(self.tr("Add as an a&ction"), self)
        self.error = ErrorLabel(self)
        self.existing = QLabel(self)
        self.existing.setWordWrap(True)
        # After saving a finding "to improve" with no step yet: a reminder, never a block.
        self.nudge = QLabel(self)
        self.nudge.setWordWrap(True)
        self.nudge.hide()
        self.text.setAccessibleName(self.tr("Next step"))
        self.due.setAccessibleName(self.tr("Due date for the next step"))
        self.add_button.setAccessibleName(self.tr("Add as an action"))

        due_row = QHBoxLayout()
        due_row.setContentsMargins(0, 0, 0, 0)
        due_row.addWidget(self.due, 1)
        due_row.addStretch(1)
        due_row.addWidget(self.add_button)
        form = QFormLayout(self)
        form.addRow(self.reminder)
        form.addRow(self.nudge)
        form.addRow(self.tr("Ne&xt step"), self.text)
        # A row holding a layout gets no buddy from addRow, so the label is made here: its
        # mnemonic then moves to the date, and the & isn't shown as it is.
        due_label = QLabel(self.tr("D&ue"), self)
        due_label.setBuddy(self.due)
        form.addRow(due_label, due_row)
        form.addRow(self.error)
        form.addRow(self.existing)

        self.add_button.clicked.connect(self._request)
        self.text.returnPressed.connect(self._request)

    def _request(self) -> None:
        text = self.text.text().strip()
        if not text:
            self.error.show_message(self.tr("Write down one small step you'll take."))
            self.text.setFocus()
            return
        self.error.clear_message()
        self.requested.emit(text, self.due.value())

    def reset(self, action_count: int) -> None:
        self.text.clear()
        self.due.clear()
        self.error.clear_message()
        self.nudge.hide()
        self.reminder.show()
        self.set_count(action_count)

    def set_prompt(self, stage: ReviewStage | None) -> None:
        """An example of a next step that suits the stage, shown while the field is empty."""
        example = {
            ReviewStage.APPLYING: self.tr("e.g. ask someone there for a referral first"),
            ReviewStage.RESUME: self.tr("e.g. ask a friend to proofread my resume"),
            ReviewStage.COVER_LETTER: self.tr("e.g. open with why this company, in one line"),
            ReviewStage.CORRESPONDENCE: self.tr("e.g. reply within a day, and read it aloud "
                                                "before sending"),
            ReviewStage.INTERVIEW: self.tr("e.g. practise that answer out loud with a friend"),
            ReviewStage.THANK_YOU: self.tr("e.g. send a short thank-you the same day"),
        }.get(stage) if stage is not None else None
        self.text.setPlaceholderText(
            fill(self.tr("What will you do next time? %1"),
                 example or self.tr("e.g. ask a friend to proofread")))

    def offer(self, suggestion: str) -> None:
        """Start from a concrete step the person can keep, reword, or type over: it is
        selected, so the first key typed replaces it. Never over what they wrote."""
        if self.text.text().strip():
            return
        self.text.setText(suggestion)
        self.text.selectAll()

    def show_nudge(self) -> None:
        self.nudge.setText(self.tr(
            "Saved. Whenever you're ready, one small step here turns this into something "
            "you'll do."))
        self.nudge.show()
        self.reminder.hide()  # the nudge says the same, for this moment

    def set_count(self, action_count: int) -> None:
        text = self.tr("%Ln action(s) already came from this item; listed below.", "",
                       action_count) if action_count > 0 else ""
        self.existing.setText(text)
        self.existing.setVisible(bool(text))

    def show_error(self, exc: ValidationError) -> None:
        self.error.show_message(translate_message(exc.message))
        (self.due if exc.field == "due_on" else self.text).setFocus()


class NoteEdit(QPlainTextEdit):
    """A note box that asks for a few lines, not a page: it grows into the room there is,
    and leaves the action area below in view when the room is short."""

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), 100)


# Items about what was sent, and the kind of document that was: their editor offers to look
# at it beside the job description.
SENT = {ReviewStage.RESUME: DocumentKind.CV, ReviewStage.COVER_LETTER: DocumentKind.COVER_LETTER}
# Items about the application form and the CV: their editor offers the screening questions'
# answers, when an import kept them.
SCREENED = frozenset({ReviewStage.APPLYING, ReviewStage.RESUME})


class ItemEditor(QWidget):
    """Label, how it went, a note; Save and Revert. ``edited`` fires on every change."""

    edited = Signal()
    save_requested = Signal()
    action_requested = Signal(str, object)
    compare_requested = Signal(object)  # the DocumentKind to put beside the job description
    answers_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loaded: ReviewItemRow | None = None
        self._screened = False  # the application has screening answers

        self.stack = QStackedWidget(self)
        self.hint = hint_label(self.tr("Choose an item on the left to look back on it."), self)
        self.stack.addWidget(self.hint)
        page = QWidget(self)
        self.stack.addWidget(page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

        self.stage = QLabel(page)
        set_role(self.stage, TextRole.HEADING)
        # The reflection prompts are questions too long for one line: shown whole to think on.
        self.question = QLabel(page)
        self.question.setWordWrap(True)
        self.question.setTextFormat(Qt.TextFormat.PlainText)
        self.question.hide()
        self.label = QLineEdit(page)
        self.label.setMaxLength(LABEL_LIMIT)
        self.outcome_group = QButtonGroup(self)
        self.radios: list[QRadioButton] = []
        texts = [self.tr("Went &well"), self.tr("To i&mprove"), self.tr("&Not applicable"),
                 self.tr("Not &yet")]
        names = [self.tr("Went well"), self.tr("To improve"), self.tr("Not applicable"),
                 self.tr("Not looked at yet")]
        radios = QGridLayout()
        radios.setContentsMargins(0, 0, 0, 0)
        for i, (text, name) in enumerate(zip(texts, names, strict=True)):
            radio = QRadioButton(text, page)
            radio.setAccessibleName(name)
            self.outcome_group.addButton(radio, i)
            self.radios.append(radio)
            radios.addWidget(radio, i // 2, i % 2)
        self.note = NoteEdit(page)
        self.note.setTabChangesFocus(True)
        self.note.setMinimumHeight(70)
        self.note.setPlaceholderText(
            self.tr("What happened, and what you'd keep or change. A line or two is plenty."))
        self.error = ErrorLabel(page)
        self.save_button = QPushButton(self.tr("&Save"), page)
        self.save_button.setIcon(icon(Icon.SAVE))
        self.revert_button = QPushButton(self.tr("&Revert"), page)
        self.save_button.setToolTip(self.tr("Save this item (Ctrl+S)"))
        self.revert_button.setToolTip(self.tr("Go back to what was last saved"))
        self.action_area = ActionArea(page)
        self.compare_button = QPushButton(page)
        self.compare_button.setIcon(icon(Icon.DOCUMENT))
        self.compare_button.clicked.connect(self._compare)
        self.answers_button = QPushButton(
            self.tr("Read the answers you gave to the screening questions"), page)
        self.answers_button.setIcon(icon(Icon.DOCUMENT))
        self.answers_button.setAccessibleName(
            self.tr("Read the answers you gave to the screening questions"))
        self.answers_button.clicked.connect(self.answers_requested)

        self.label.setAccessibleName(self.tr("Item"))
        self.note.setAccessibleName(self.tr("Note"))
        self.save_button.setAccessibleName(self.tr("Save the item"))
        self.revert_button.setAccessibleName(self.tr("Revert the item"))

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.stage)
        form.addRow(self.question)
        form.addRow(self.tr("&Item"), self.label)
        form.addRow("", self.compare_button)
        form.addRow("", self.answers_button)
        self._form = form
        form.setRowVisible(self.answers_button, False)
        form.addRow(self.tr("How did it go?"), radios)
        form.addRow(self.tr("N&ote"), self.note)
        form.addRow(self.error)
        lay = QVBoxLayout(page)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(form, 1)
        lay.addLayout(buttons)
        lay.addWidget(self.action_area)

        self.label.textEdited.connect(self._on_edited)
        self.label.textEdited.connect(self._show_question)
        self.note.textChanged.connect(self._on_edited)
        self.outcome_group.idToggled.connect(self._on_outcome_toggled)
        self.save_button.clicked.connect(self.save_requested)
        self.revert_button.clicked.connect(self.revert)
        self.action_area.requested.connect(self.action_requested)
        self._sync()

    # --- loading -------------------------------------------------------------------------
    def item_id(self) -> int | None:
        return self._loaded.id if self._loaded is not None else None

    def loaded(self) -> ReviewItemRow | None:
        return self._loaded

    def load(self, row: ReviewItemRow | None, *, keep_action: bool = False) -> None:
        """Show ``row`` (None: the hint). ``keep_action`` leaves a half-written step alone."""
        same = row is not None and self._loaded is not None and row.id == self._loaded.id
        self._loaded = row
        if row is None:
            self.stack.setCurrentIndex(0)
            self._sync()
            return
        self.stack.setCurrentIndex(1)
        self._set_form(row.as_input())
        self.stage.setText(labels.review_stage(row.stage))
        self._show_question()
        self._show_compare(row.stage)
        if keep_action and same:
            self.action_area.set_count(row.action_count)
        else:
            self.action_area.reset(row.action_count)
            self.action_area.set_prompt(row.stage)
            if row.outcome == Outcome.TO_IMPROVE:
                self._offer_solution()
        self.error.clear_message()
        self._sync()

    def _show_compare(self, stage: ReviewStage) -> None:
        kind = SENT.get(stage)
        self.compare_button.setText(
            self.tr("Look at the CV you sent beside the job description")
            if kind == DocumentKind.CV else
            self.tr("Look at the letter you sent beside the job description"))
        self._form.setRowVisible(self.compare_button, kind is not None)
        self._form.setRowVisible(self.answers_button, self._screened and stage in SCREENED)

    def set_screening_answers(self, has: bool) -> None:
        """Whether the application has screening answers to offer on its items about
        applying."""
        self._screened = has
        if self._loaded is not None:
            self._show_compare(self._loaded.stage)

    def _compare(self) -> None:
        if self._loaded is not None and self._loaded.stage in SENT:
            self.compare_requested.emit(SENT[self._loaded.stage])

    def _show_question(self) -> None:
        reflection = self._loaded is not None and self._loaded.stage == ReviewStage.REFLECTION
        self.question.setText(self.label.text() if reflection else "")
        self.question.setVisible(reflection)

    def _offer_solution(self) -> None:
        """A reflection prompt comes with a concrete step; other items keep the prompt."""
        if self._loaded is None or self._loaded.action_count:
            return  # a step was already taken from it: don't suggest a second copy
        solution = review.known_solution(self.value().label)
        if solution is not None:
            self.action_area.offer(labels.review_text(solution))

    def _set_form(self, data: ReviewItemInput) -> None:
        widgets = [self.label, self.note, self.outcome_group]
        blocked = [w.blockSignals(True) for w in widgets]
        # A prompt of the checklist's own, or an item worded from its event, shows in the
        # window's language (see value()).
        own = self._loaded is not None and data.label == self._loaded.label
        self.label.setText(labels.review_item(self._loaded) if own and self._loaded is not None
                           else labels.review_text(data.label))
        self.label.setCursorPosition(0)
        self.note.setPlainText(data.note)
        self.radios[_OUTCOMES.index(data.outcome)].setChecked(True)
        for w, was in zip(widgets, blocked, strict=True):
            w.blockSignals(was)

    def value(self) -> ReviewItemInput:
        checked = self.outcome_group.checkedId()
        label = self.label.text().strip()
        if self._loaded is not None and label == labels.review_item(self._loaded).strip():
            # Its words untouched: kept as stored (a prompt as written, an item made from the
            # timeline with none), so it shows in any language.
            label = self._loaded.label
        return ReviewItemInput(
            label=label,
            outcome=_OUTCOMES[checked] if checked >= 0 else None,
            note=self.note.toPlainText().strip(),
        )

    def is_dirty(self) -> bool:
        return self._loaded is not None and self.value() != self._loaded.as_input()

    def revert(self) -> None:
        if self._loaded is not None:
            self._set_form(self._loaded.as_input())
            self._show_question()
            self.error.clear_message()
            self._sync()
            self.edited.emit()

    # --- checks --------------------------------------------------------------------------
    def check(self) -> bool:
        if not self.label.text().strip():
            self.error.show_message(self.tr("The item needs a few words, so you know what it is."))
            self.label.setFocus()
            return False
        self.error.clear_message()
        return True

    def show_error(self, exc: ValidationError) -> None:
        self.error.show_message(translate_message(exc.message))
        (self.note if exc.field == "note" else self.label).setFocus()

    # --- state ---------------------------------------------------------------------------
    def _on_edited(self, *_args: object) -> None:
        self._sync()
        self.edited.emit()

    def _on_outcome_toggled(self, ident: int, checked: bool) -> None:
        if checked:
            if _OUTCOMES[ident] == Outcome.TO_IMPROVE:
                self._offer_solution()
            self._on_edited()

    def _sync(self) -> None:
        dirty = self.is_dirty()
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)
        improve = self.radios[_OUTCOMES.index(Outcome.TO_IMPROVE)].isChecked()
        self.action_area.setVisible(self._loaded is not None and improve)
