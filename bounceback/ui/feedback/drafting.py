"""Drafts of a feedback note's long texts (the request, their answer, your reaction, the
lesson), stored as they are typed so a crash or a power cut never loses them: the next time
that note (or a new note for the same application) is opened, the words are back.

One ``DraftKeeper`` per box rather than one draft for the whole note: each box is kept by the
same tested keeper as the check-in journal, a draft is plain text under a key naming its field
(``feedback:12:lesson``), so there is no combined format to read back or get wrong, and a box
the person never touched costs nothing. The four keepers always move together (watch, stop,
saved, forget), so the drafts under one note's keys always describe that one note.

A new note's drafts name its application (``feedback:new:3:answer``): the note will be saved
under the application chosen above, so words begun for one application never turn up in a new
note for another.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from bounceback.services import draft_keys, drafts
from bounceback.services.feedback import request_letter, request_text
from bounceback.ui.common.drafts import DraftKeeper
from bounceback.ui.common.letter_editor import LetterEditor
from bounceback.ui.common.ops import Ops
from bounceback.ui.feedback.editor import FeedbackForm

REQUEST, ANSWER, REACTION, LESSON = FIELDS = draft_keys.FEEDBACK_FIELDS
PREFIX = draft_keys.FEEDBACK_PREFIX
draft_key = draft_keys.feedback


class LetterText(QObject):
    """The request letter seen as one text, the way a note stores it (subject line, then the
    message), so a ``DraftKeeper`` can keep it like any text box."""

    textChanged = Signal()

    def __init__(self, letter: LetterEditor) -> None:
        super().__init__(letter)
        self.letter = letter
        letter.subject.textChanged.connect(self._changed)
        letter.body.textChanged.connect(self._changed)

    def _changed(self) -> None:
        self.textChanged.emit()

    def toPlainText(self) -> str:  # the name a DraftKeeper reads
        return request_text(self.letter.letter())

    def setPlainText(self, text: str) -> None:  # as a text box
        self.letter.set_letter(request_letter(text), to=self.letter.recipient())


class NoteDrafts(QObject):
    """The drafts of the note open in ``form``. The tab says which note that is (``start``),
    when it is left (``stop``), saved (``saved``), reverted (``saved``) or deleted (``forget``).
    """

    def __init__(self, ops: Ops, form: FeedbackForm, parent: QWidget) -> None:
        super().__init__(parent)
        self.ops = ops
        self.form = form
        self.boxes: dict[str, QPlainTextEdit | LetterText] = {
            REQUEST: LetterText(form.request),
            ANSWER: form.answer,
            REACTION: form.reaction,
            LESSON: form.lesson,
        }
        # A LetterText has the two members a keeper uses: textChanged and toPlainText().
        self.keepers = {field: DraftKeeper(ops, box) for field, box in self.boxes.items()}

    def _text(self, field: str) -> str:
        return self.boxes[field].toPlainText()

    # --- following the open note ---------------------------------------------------------
    def start(self, app_id: int | None, note_id: int | None) -> list[str]:
        """Draft the note the form now shows, and put back the words left from last time.

        Returns the fields whose words came back; the form then says so."""
        for field, keeper in self.keepers.items():
            keeper.watch(draft_key(app_id, note_id, field), saved_text=self._text(field))
        back = [field for field in FIELDS if self._offer_back(field)]
        if back:
            if set(back) - {REQUEST}:
                self.form.show_answer(True)
            self.form.show_notice(self.tr(
                "Words you wrote last time, not yet saved, are back in this note. "
                "Save to keep them, or revert the changes."))
        return back

    def _offer_back(self, field: str) -> bool:
        keeper = self.keepers[field]
        draft = keeper.pending(keeper.key) if keeper.key is not None else None
        if draft is None or draft.body == self._text(field):
            return False
        self.boxes[field].setPlainText(draft.body)
        return True

    def stop(self) -> None:
        """The note is being left: unsaved words are stored under its own keys first, and
        nothing is drafted until ``start``, so one note's words never land in another's."""
        for keeper in self.keepers.values():
            keeper.watch(None)

    def saved(self) -> None:
        """What the form shows is what the note holds now: the save dropped its drafts (and
        any left under the id it was given, which a deleted note may have had)."""
        for field, keeper in self.keepers.items():
            keeper.saved(self._text(field))

    def reverted(self) -> None:
        """The form was put back as the note holds it, on purpose: its drafts go."""
        for keeper in self.keepers.values():
            keeper.discard()

    def forget(self) -> None:
        """The note was deleted: drop its drafts and stop drafting."""
        for keeper in self.keepers.values():
            keeper.forget()

    def keep_as_new(self, app_id: int | None) -> None:
        """The open note was deleted elsewhere while being edited: its words become the
        drafts of a new note, which is what saving will make of them."""
        for field, keeper in self.keepers.items():
            keeper.forget()
            keeper.watch(draft_key(app_id, None, field))
            keeper.flush()

    # --- where words are waiting ---------------------------------------------------------
    def waiting(self, app_id: int, note_ids: list[int]) -> tuple[bool, list[int]]:
        """Where words are left from last time: whether in a new note for ``app_id``, and
        which of ``note_ids`` (in that order)."""
        keys = {row.key for row in self.ops.read(drafts.list_drafts, PREFIX)}
        new = any(draft_key(app_id, None, field) in keys for field in FIELDS)
        notes = [ident for ident in note_ids
                 if any(draft_key(None, ident, field) in keys for field in FIELDS)]
        return new, notes
