"""Which note the Feedback tab's editor shows: the list of notes, opening one, starting a new
one, deleting one, and keeping the editor right when notes change elsewhere.

It exists so ``tab.py`` can stay about the tab as a whole (the application picker, saving,
refresh and layout) while this module holds the note-by-note bookkeeping. It is a mixin
rather than a separate object so the tab keeps its public methods (``new_note``,
``delete_note``, ``show_section``) and attributes (``note_id``, ``editing``) as they were.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bounceback.db.enums import FeedbackStatus
from bounceback.services import actions, feedback
from bounceback.services.feedback import FeedbackInput, FeedbackRow
from bounceback.ui.common import dialogs
from bounceback.ui.common import ops as ops_module
from bounceback.ui.feedback.page import EDITOR, EMPTY

if TYPE_CHECKING:
    from PySide6.QtWidgets import QScrollArea

    from bounceback.ui.common.ops import Ops
    from bounceback.ui.feedback.action_panel import ActionPanel
    from bounceback.ui.feedback.drafting import NoteDrafts
    from bounceback.ui.feedback.editor import FeedbackForm
    from bounceback.ui.feedback.page import NotePages
    from bounceback.ui.feedback.pickers import NoteList
    from bounceback.ui.feedback.request import Drafter


class NoteSelection:
    """Mixed into ``FeedbackTab`` (before ``TabPage``); it uses the tab's widgets and state."""

    # Set up by the tab.
    ops: Ops
    app_id: int | None
    note_id: int | None
    editing: bool
    _loaded: FeedbackInput
    _saved_status: FeedbackStatus
    _deleting: bool
    notes: NoteList
    form: FeedbackForm
    right: NotePages
    scroll: QScrollArea
    actions_panel: ActionPanel
    drafter: Drafter
    note_drafts: NoteDrafts

    if TYPE_CHECKING:
        # Provided by the tab (TabPage / QObject).
        def tr(self, text: str) -> str: ...
        def maybe_save(self) -> bool: ...
        def has_unsaved_changes(self) -> bool: ...
        def _update_buttons(self) -> None: ...

    def _refresh_notes(self) -> list[FeedbackRow]:
        rows = self.ops.read(feedback.list_feedback, self.app_id) if self.app_id else []
        shown = self.notes.set_rows(rows, self.note_id if self.editing else None)
        # With nothing to list, the empty page speaks for itself across the whole width.
        self.notes.setVisible(bool(rows))
        self._update_buttons()
        return shown

    def _note_picked(self, note_id: int) -> None:
        if self.editing and note_id == self.note_id:
            return
        if not self.maybe_save():
            self.notes.select_id(self.note_id if self.editing else None)
            return
        self._open_note(note_id)

    def _heading(self, row: FeedbackRow | None) -> str:
        if row is None:
            return self.tr("New feedback request")
        if row.status == FeedbackStatus.ANSWERED:
            return self.tr("Feedback from %1").replace("%1", row.asked_whom)
        return self.tr("Feedback request to %1").replace("%1", row.asked_whom)

    def _open_note(self, note_id: int) -> None:
        self._load_row(self.ops.read(feedback.get_feedback, note_id))

    def _load_row(self, row: FeedbackRow) -> None:
        self._load(row.id, row.as_input(), self._heading(row), row.status)

    def _load(self, note_id: int | None, data: FeedbackInput, heading: str,
              status: FeedbackStatus = FeedbackStatus.DRAFT) -> None:
        # The note shown until now keeps its unsaved words under its own keys before the
        # form changes; drafting starts again once the form shows this one.
        self.note_drafts.stop()
        self.note_id, self.editing, self._loaded = note_id, True, data
        self._saved_status = status
        self.drafter.forget()
        self.form.set_value(data, heading, status)
        self.note_drafts.start(self.app_id, note_id)
        self.actions_panel.set_note(self.app_id, note_id, status == FeedbackStatus.ANSWERED)
        self.right.setCurrentIndex(EDITOR)
        self.notes.select_id(note_id)
        self._update_actions()
        self._update_buttons()

    def _update_actions(self) -> None:
        # Action items come from an answer; before there is one they would only be clutter.
        self.actions_panel.setVisible(self.form.answer_shown() or self.actions_panel.has_items())

    def _show_empty(self) -> None:
        self.note_drafts.stop()
        self.note_id, self.editing, self._loaded = None, False, FeedbackInput()
        self.actions_panel.set_note(self.app_id, None)
        self.right.setCurrentIndex(EMPTY)
        self.notes.select_id(None)
        self._update_buttons()

    def new_note(self) -> None:
        if self.app_id is None or not self.maybe_save():
            return
        self._load(None, FeedbackInput(), self._heading(None))
        self.scroll.verticalScrollBar().setValue(0)
        self.form.whom.setFocus()

    def delete_note(self) -> None:
        if self.note_id is None:
            return
        row = self.ops.read(feedback.get_feedback, self.note_id)
        count = len(self.ops.read(actions.list_actions, feedback_id=row.id))
        text = self.tr("Delete the feedback note from “%1”?").replace("%1", row.asked_whom)
        if count:
            text += "\n\n" + self.tr(
                "Its action items are kept: they are still worth doing.")
        if not dialogs.confirm_delete(self, self.tr("Delete feedback note"), text):
            return
        position = self.notes.current_position()
        self._deleting = True
        try:
            self.ops.write(self, feedback.delete_feedback, row.id,
                           topics={ops_module.FEEDBACK, ops_module.ACTIONS},
                           done=self.tr("Feedback note deleted."))
        finally:
            self._deleting = False
        if self.notes.has(row.id):  # the delete failed; the user has been told why
            return
        # Its drafts go with it (a later note may get the same id).
        self.note_drafts.forget()
        remaining = self.notes.shown_rows()
        if remaining:
            self._open_note(remaining[min(position, len(remaining) - 1)].id)
            self.notes.view.setFocus()
        else:
            self._show_empty()

    # --- a step of the plan lands here ---------------------------------------------------
    def show_section(self, name: str) -> None:
        """"request": the latest request not answered yet, or a new one, ready to write."""
        if name != "request" or self.app_id is None:
            return
        if not (self.editing and self.note_id is None):
            waiting = [r for r in self.notes.shown_rows()
                       if r.status != FeedbackStatus.ANSWERED]
            latest = max(waiting, key=lambda r: r.id, default=None)
            if latest is None:
                self.new_note()
                if not (self.editing and self.note_id is None):
                    return  # the person kept unsaved words elsewhere
            elif latest.id != self.note_id or not self.editing:
                if not self.maybe_save():
                    return
                self._open_note(latest.id)
        self.scroll.ensureWidgetVisible(self.form.request, 0, 0)
        self.form.request.body.setFocus()

    # --- notes changed elsewhere ---------------------------------------------------------
    def _notes_changed(self) -> None:
        rows = self._refresh_notes()
        if not self.editing:
            if rows:
                self._open_note(rows[0].id)
            return
        if self.note_id is None or self._deleting:
            return
        if not self.notes.has(self.note_id):
            # Deleted elsewhere. Unsaved words are kept as a new note; otherwise move on.
            if self.has_unsaved_changes():
                self.note_id = None
                self.note_drafts.keep_as_new(self.app_id)
                self.form.heading.setText(self._heading(None))
                self.form.show_notice(self.tr(
                    "This note was deleted elsewhere. Your words are still here: saving "
                    "keeps them as a new note."))
                self.actions_panel.set_note(self.app_id, None)
                self._update_buttons()
            elif rows:
                self._open_note(rows[0].id)
            else:
                self._show_empty()
        elif not self.has_unsaved_changes():
            self._open_note(self.note_id)
