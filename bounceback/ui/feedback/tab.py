"""The Feedback tab: per application, the feedback you asked for and got, how you took it, the
lesson, and the action items that come from it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from bounceback.services import actions, applications, contacts, feedback
from bounceback.services.feedback import FeedbackInput, FeedbackRow
from bounceback.ui.common import dialogs
from bounceback.ui.common import ops as ops_module
from bounceback.ui.common.ops import Ops
from bounceback.ui.common.tab import TabPage, restore_widget_state, save_widget_state
from bounceback.ui.feedback.action_panel import ActionPanel
from bounceback.ui.feedback.editor import FeedbackForm
from bounceback.ui.feedback.pickers import ApplicationPicker, NoteList

# Pages of the body stack, and of the right-hand stack.
NO_APPS, CHOOSE, MAIN = range(3)
EMPTY, EDITOR = range(2)


def _message(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setMargin(24)
    return label


def _message_page(text: str, parent: QWidget) -> QWidget:
    """A calm message a third of the way down, where the eye lands."""
    page = QWidget(parent)
    lay = QVBoxLayout(page)
    lay.addStretch(1)
    lay.addWidget(_message(text, page))
    lay.addStretch(2)
    return page


class FeedbackTab(TabPage):
    key = "feedback"

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self.app_id: int | None = None
        # The note in the editor: None while it is a new one. ``editing`` says the editor shows
        # a note at all; ``_loaded`` is what was loaded, to tell unsaved changes.
        self.note_id: int | None = None
        self.editing = False
        self._loaded = FeedbackInput()
        self._deleting = False
        self._build()
        self._reload_apps()

    def title(self) -> str:
        return self.tr("Feedback")

    # --- building ------------------------------------------------------------------------
    def _build(self) -> None:
        self.picker = ApplicationPicker(self)
        self.picker.chosen.connect(self._app_chosen)
        app_label = QLabel(self.tr("Appli&cation"), self)
        app_label.setBuddy(self.picker)
        self.timeline_button = QPushButton(self.tr("Show in Ti&meline"), self)
        self.timeline_button.setAccessibleName(self.tr("Show this application in the Timeline"))
        self.timeline_button.clicked.connect(self._show_in_timeline)
        top = QHBoxLayout()
        top.addWidget(app_label)
        top.addWidget(self.picker, 2)
        top.addWidget(self.timeline_button)
        top.addStretch(1)

        self.body = QStackedWidget(self)
        self.body.addWidget(_message_page(self.tr(
            "No applications yet.\nAdd an application in the Timeline tab first; then you can "
            "keep the feedback you ask for here, next to it."), self))
        self.body.addWidget(_message_page(self.tr(
            "Choose an application above to see the feedback you asked for and what you "
            "learned from it."), self))
        self.notes = NoteList(self)
        self.notes.picked.connect(self._note_picked)
        self.notes.new_requested.connect(self.new_note)
        self.notes.delete_requested.connect(self.delete_note)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.notes)
        self.splitter.addWidget(self._build_right())
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([370, 810])
        self.body.addWidget(self.splitter)

        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.body, 1)

    def _build_right(self) -> QWidget:
        self.right = QStackedWidget(self)
        empty = QWidget(self.right)
        self.empty_label = _message(self.tr(
            "Nothing asked yet.\nA short, positive request often gets an answer — recruiters "
            "are a good first person to ask."), empty)
        # The list, with its own "Ask for feedback", is hidden while this page shows.
        self.empty_button = QPushButton(self.tr("Ask for &feedback"), empty)
        self.empty_button.setAccessibleName(self.tr("New feedback note"))
        self.empty_button.clicked.connect(self.new_note)
        empty_lay = QVBoxLayout(empty)
        empty_lay.addStretch(1)
        empty_lay.addWidget(self.empty_label)
        empty_lay.addWidget(self.empty_button, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_lay.addStretch(2)
        self.right.addWidget(empty)

        self.form = FeedbackForm()
        self.form.edited.connect(self._update_buttons)
        self.revert_button = QPushButton(self.tr("Re&vert"))
        self.revert_button.setAccessibleName(self.tr("Undo the changes not saved yet"))
        self.revert_button.clicked.connect(self.discard)
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setAccessibleName(self.tr("Save the feedback note"))
        self.save_button.clicked.connect(self.save)
        self.actions_panel = ActionPanel(self.ops)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.revert_button)
        save_row.addWidget(self.save_button)

        page = QWidget()
        page.setMaximumWidth(900)
        page_lay = QVBoxLayout(page)
        page_lay.setContentsMargins(12, 6, 12, 12)
        page_lay.setSpacing(12)
        page_lay.addWidget(self.form)
        page_lay.addLayout(save_row)
        page_lay.addWidget(self.actions_panel)
        page_lay.addStretch(1)
        self.scroll = QScrollArea(self.right)
        self.scroll.setWidgetResizable(True)
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        # Tab goes straight to the fields; the area scrolls to whichever has focus.
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll.setWidget(page)
        self.right.addWidget(self.scroll)
        return self.right

    # --- applications --------------------------------------------------------------------
    def _reload_apps(self) -> None:
        choices = self.ops.read(applications.list_choices)
        if not self.picker.set_choices(choices, self.app_id) and self.app_id is not None:
            # The application was deleted, and its notes with it.
            self._set_app(None)
        self._update_page()

    def _app_chosen(self, app_id: int) -> None:
        if app_id == self.app_id:
            return
        if not self.maybe_save():
            self.picker.select(self.app_id)
            return
        self._set_app(app_id)

    def _show_in_timeline(self) -> None:
        if self.app_id is not None:
            self.open_in_tab.emit("timeline", self.app_id)

    def show_application(self, app_id: int) -> None:
        if app_id == self.app_id or not self.maybe_save():
            return
        if not self.picker.has(app_id):
            self._reload_apps()
            if not self.picker.has(app_id):
                return
        self.picker.select(app_id)
        self._set_app(app_id)

    def _set_app(self, app_id: int | None) -> None:
        self.app_id = app_id
        self.note_id = None
        self.editing = False
        self._loaded = FeedbackInput()
        if app_id is not None:
            self._refresh_contacts(keep=None)
            rows = self._refresh_notes()
            if rows:
                self._open_note(rows[0].id)
            else:
                self._show_empty()
        else:
            self.notes.set_rows([], None)
            self.actions_panel.set_note(None, None)
        self._update_page()

    def _update_page(self) -> None:
        has_apps = self.picker.count() > 0
        self.picker.setEnabled(has_apps)
        self.timeline_button.setEnabled(self.app_id is not None)
        if not has_apps:
            self.body.setCurrentIndex(NO_APPS)
        elif self.app_id is None:
            self.body.setCurrentIndex(CHOOSE)
        else:
            self.body.setCurrentIndex(MAIN)

    # --- notes ---------------------------------------------------------------------------
    def _refresh_contacts(self, keep: int | None) -> None:
        people = self.ops.read(contacts.list_for_application, self.app_id)
        self.form.set_contacts(people, keep=keep)

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
        return self.tr("Feedback from %1").replace("%1", row.asked_whom)

    def _open_note(self, note_id: int) -> None:
        row = self.ops.read(feedback.get_feedback, note_id)
        self._load(row.id, row.as_input(), self._heading(row))

    def _load(self, note_id: int | None, data: FeedbackInput, heading: str) -> None:
        self.note_id, self.editing, self._loaded = note_id, True, data
        self.form.set_value(data, heading)
        self.actions_panel.set_note(self.app_id, note_id)
        self.right.setCurrentIndex(EDITOR)
        self.notes.select_id(note_id)
        self._update_buttons()

    def _show_empty(self) -> None:
        self.note_id, self.editing, self._loaded = None, False, FeedbackInput()
        self.actions_panel.set_note(self.app_id, None)
        self.right.setCurrentIndex(EMPTY)
        self.notes.select_id(None)
        self._update_buttons()

    def new_note(self) -> None:
        if self.app_id is None or not self.maybe_save():
            return
        self._load(None, FeedbackInput(asked_on=dt.date.today()), self._heading(None))
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
        remaining = self.notes.shown_rows()
        if remaining:
            self._open_note(remaining[min(position, len(remaining) - 1)].id)
            self.notes.view.setFocus()
        else:
            self._show_empty()

    # --- unsaved edits -------------------------------------------------------------------
    def has_unsaved_changes(self) -> bool:
        return self.editing and self.app_id is not None and self.form.value() != self._loaded

    def unsaved_what(self) -> str:
        return self.tr("this feedback note")

    def save(self) -> bool:
        if not self.has_unsaved_changes():
            return True
        if not self.form.check():
            return False
        data = self.form.value()
        if self.note_id is None:
            result = self.ops.write(
                self, feedback.create_feedback, self.app_id, data,
                topics={ops_module.FEEDBACK}, done=self.tr("Saved."),
                on_invalid=self.form.show_error)
        else:
            result = self.ops.write(
                self, feedback.update_feedback, self.note_id, data,
                topics={ops_module.FEEDBACK}, done=self.tr("Saved."),
                on_invalid=self.form.show_error)
        if result is None:
            return False
        self._load(result.id, result.as_input(), self._heading(result))
        return True

    def discard(self) -> None:
        if self.editing:
            self.form.set_value(self._loaded, self.form.heading.text())
            self._update_buttons()

    def _update_buttons(self) -> None:
        dirty = self.has_unsaved_changes()
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)
        self.notes.delete_button.setEnabled(self.editing and self.note_id is not None)

    # --- refresh -------------------------------------------------------------------------
    def on_changed(self, topics: frozenset[str]) -> None:
        if ops_module.APPLICATIONS in topics:
            self._reload_apps()
        if self.app_id is None:
            return
        if topics & {ops_module.CONTACTS, ops_module.APPLICATIONS}:
            # Keep the contact chosen in the editor, saved or not.
            self._refresh_contacts(keep=self.form.contact.currentData())
        if topics & {ops_module.FEEDBACK, ops_module.CONTACTS, ops_module.APPLICATIONS}:
            self._notes_changed()
        if topics & {ops_module.ACTIONS, ops_module.FEEDBACK}:
            self.actions_panel.refresh()

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
                self.form.heading.setText(self._heading(None))
                self.actions_panel.set_note(self.app_id, None)
                self._update_buttons()
            elif rows:
                self._open_note(rows[0].id)
            else:
                self._show_empty()
        elif not self.has_unsaved_changes():
            self._open_note(self.note_id)

    # --- layout between runs -------------------------------------------------------------
    def save_state(self, settings: QSettings) -> None:
        save_widget_state(settings, f"{self.key}/splitter", self.splitter)
        settings.setValue(f"{self.key}/application", self.app_id or 0)

    def restore_state(self, settings: QSettings) -> None:
        restore_widget_state(settings, f"{self.key}/splitter", self.splitter)
        try:
            app_id = int(settings.value(f"{self.key}/application", 0) or 0)
        except (TypeError, ValueError):
            app_id = 0
        if app_id and self.app_id is None and self.picker.has(app_id):
            self.show_application(app_id)
