"""The Feedback tab: per application, the feedback you asked for and got, how you took it, the
lesson, and the action items that come from it.

One job, so one class: the application picker, which note the editor shows (opening, new,
delete, changes made elsewhere), saving and reverting, where the request stands, refresh and
the layout kept between runs. The parts are widgets of their own (``page.py``, ``editor.py``,
``pickers.py``); the long texts are drafted as they are typed, so a crash never loses them
(``drafting.py``)."""

from __future__ import annotations

import contextlib
import dataclasses
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

from bounceback.db.enums import FeedbackStatus, Source
from bounceback.services import actions, applications, contacts, feedback
from bounceback.services.applications import ApplicationDetail
from bounceback.services.errors import NotFoundError
from bounceback.services.feedback import FeedbackInput, FeedbackRow
from bounceback.ui.common import dialogs, preferences
from bounceback.ui.common import ops as ops_module
from bounceback.ui.common.i18n import fill
from bounceback.ui.common.ops import Ops
from bounceback.ui.common.tab import TabPage, restore_widget_state, save_widget_state
from bounceback.ui.feedback import drafting, request
from bounceback.ui.feedback.insights import FeedbackInsights
from bounceback.ui.feedback.page import EDITOR, EMPTY, NotePages
from bounceback.ui.feedback.pickers import ApplicationPicker, NoteList, message_page

# Pages of the body stack.
NO_APPS, CHOOSE, MAIN = range(3)


class FeedbackTab(TabPage):
    key = "feedback"
    # Hides QWidget.scroll(dx, dy), which nothing calls: the editor's scroll area.
    scroll: QScrollArea  # type: ignore[assignment]

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self.app_id: int | None = None
        # The note in the editor: None while it is a new one. ``editing`` says the editor shows
        # a note at all; ``_loaded`` is what was loaded, to tell unsaved changes.
        self.note_id: int | None = None
        self.editing = False
        self._loaded = FeedbackInput()
        self._saved_status = FeedbackStatus.DRAFT
        self._app: ApplicationDetail | None = None
        self._deleting = False
        self._build()
        self._reload_apps()

    def title(self) -> str:
        return self.tr("Feedback")

    # --- building ------------------------------------------------------------------------
    def _build(self) -> None:
        self.picker = ApplicationPicker(self)
        self.picker.chosen.connect(self._app_chosen)
        app_label = QLabel(self.tr("Applicati&on"), self)
        app_label.setBuddy(self.picker)
        self.timeline_button = QPushButton(self.tr("Show in Timeline"), self)
        self.timeline_button.setAccessibleName(self.tr("Show this application in the Timeline"))
        self.timeline_button.clicked.connect(self._show_in_timeline)
        top = QHBoxLayout()
        top.addWidget(app_label)
        top.addWidget(self.picker, 2)
        top.addWidget(self.timeline_button)
        top.addStretch(1)

        self.body = QStackedWidget(self)
        self.body.addWidget(message_page(self.tr(
            "No applications yet.\nAdd an application in the Timeline tab first; then you can "
            "keep the feedback you ask for here, next to it."), self))
        self.body.addWidget(message_page(self.tr(
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
        self.splitter.setSizes([420, 760])
        self.body.addWidget(self.splitter)

        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.body, 1)
        lay.addWidget(FeedbackInsights(self.ops, self))

    def _build_right(self) -> QWidget:
        self.right = NotePages(self.ops, self)
        self.empty_label, self.empty_button = self.right.empty_label, self.right.empty_button
        self.form, self.scroll = self.right.form, self.right.scroll
        self.save_button, self.revert_button = self.right.save_button, self.right.revert_button
        self.actions_panel = self.right.actions_panel
        self.plan_offer = self.right.plan_offer
        self.plan_offer.appeared.connect(
            lambda: self.scroll.ensureWidgetVisible(self.plan_offer, 0, 24))
        self.empty_button.clicked.connect(self.new_note)
        self.form.edited.connect(self._update_buttons)
        self.drafter = request.Drafter(self.ops, self.form, self)
        self.note_drafts = drafting.NoteDrafts(self.ops, self.form, self)
        self.form.status_row.asked.connect(self.mark_asked)
        self.form.status_row.answered.connect(self.mark_answered)
        self.form.status_row.no_answer.connect(self.mark_no_answer)
        self.revert_button.clicked.connect(self.discard)
        self.save_button.clicked.connect(self.save)
        return self.right

    # --- applications --------------------------------------------------------------------
    def _reload_apps(self) -> None:
        choices = self.ops.read(
            applications.list_choices, include_archived=not preferences.hide_archived())
        if not self.picker.set_choices(choices, self.app_id) and self.app_id is not None:
            # The application was deleted, and its notes with it: their drafts too.
            self.note_drafts.forget()
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

    def show_record(self, kind: str, ident: int, app_id: int | None) -> None:
        if app_id:
            self.show_application(app_id)
        if kind == "feedback" and app_id == self.app_id:
            self._note_picked(ident)

    def selection(self) -> object:
        return (self.app_id, self.note_id)

    def select_again(self, kept: object) -> None:
        match kept:
            case (int() as app_id, int() | None as note_id):
                self.show_application(app_id)
                if note_id is not None and self.app_id == app_id:
                    # Deleted meanwhile: the application's notes as they are.
                    with contextlib.suppress(NotFoundError):
                        self._note_picked(note_id)

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
        self.note_drafts.stop()
        self.app_id = app_id
        self.note_id = None
        self.editing = False
        self._loaded = FeedbackInput()
        if app_id is not None:
            self._refresh_app()
            self._refresh_contacts(keep=None)
            rows = self._refresh_notes()
            # Words left unsaved last time (the program stopped) come first.
            new, waiting = self.note_drafts.waiting(app_id, [r.id for r in rows])
            if new:
                self._load(None, FeedbackInput(), self._heading(None))
            elif waiting or rows:
                self._open_note(waiting[0] if waiting else rows[0].id)
            else:
                self._show_empty()
        else:
            self._refresh_app()
            self.notes.set_rows([], None)
            self.actions_panel.set_note(None, None)
        self.plan_offer.show_for(app_id)
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

    # --- which note the editor shows -------------------------------------------------------
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
            return fill(self.tr("Feedback from %1"), row.asked_whom)
        return fill(self.tr("Feedback request to %1"), row.asked_whom)

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
        text = fill(self.tr("Delete the feedback note from “%1”?"), row.asked_whom)
        if count:
            text += "\n\n" + self.tr(
                "Its action items are kept: they are still worth doing.")
        if not dialogs.confirm_delete(self, self.tr("Delete feedback note"), text):
            return
        position = self.notes.current_position()
        self._deleting = True
        try:
            self.ops.write(self, feedback.delete_feedback, row.id,
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

    # --- the application and its people ---------------------------------------------------
    def _refresh_app(self) -> None:
        self._app = (self.ops.read(applications.get_application, self.app_id)
                     if self.app_id is not None else None)
        self.drafter.set_app(self._app)

    def _refresh_contacts(self, keep: int | None) -> None:
        people = self.ops.read(contacts.list_for_application, self.app_id)
        self.form.set_contacts(people, keep=keep)
        recruiters = self.ops.read(contacts.recruiters_for, self.app_id)
        via = self._app is not None and self._app.source == Source.RECRUITER
        self.form.set_recruiters(recruiters, via)
        if self._app is not None:
            words = request.known_words(self._app, [p.name for p in people])
            self.form.request.set_known_words(words)

    # --- unsaved edits -------------------------------------------------------------------
    def has_unsaved_changes(self) -> bool:
        return self.editing and self.app_id is not None and self.form.value() != self._loaded

    def unsaved_what(self) -> str:
        return self.tr("this feedback note")

    def save(self) -> bool:
        if not self.has_unsaved_changes():
            return True
        return self._write(self.form.value(), self.tr("Saved."))

    def _write(self, data: FeedbackInput, done: str) -> bool:
        """Save the open note as ``data`` (creating it if it is new), then show it as saved."""
        if self.app_id is None or not self.form.check():
            return False
        if self.note_id is None:
            result = self.ops.write(
                self, feedback.create_feedback, self.app_id, data, done=done,
                on_invalid=self.form.show_error, ends_draft=True)
        else:
            result = self.ops.write(
                self, feedback.update_feedback, self.note_id, data, done=done,
                on_invalid=self.form.show_error)
        if result is None:
            return False
        self.note_drafts.saved()
        self._load_row(result)
        return True

    def discard(self) -> None:
        if self.editing:
            self.form.set_value(self._loaded, self.form.heading.text(), self._saved_status)
            self.note_drafts.reverted()
            self.drafter.forget()
            self._update_actions()
            self._update_buttons()

    # --- where the request stands --------------------------------------------------------
    def mark_asked(self) -> None:
        data = self.form.value()
        self._write(dataclasses.replace(data, asked_on=data.asked_on or dt.date.today(),
                                        status=None),
                    self.tr("Noted on the timeline. Now give them a little time."))

    def mark_answered(self) -> None:
        data = self.form.value()
        if self._write(dataclasses.replace(data, answered_on=data.answered_on or dt.date.today(),
                                           status=None),
                       self.tr("Noted. Write down what they said while it's fresh.")):
            self.scroll.ensureWidgetVisible(self.form.answer, 0, 120)
            self.form.answer.setFocus()

    def mark_no_answer(self) -> None:
        data = self.form.value()
        if self._write(dataclasses.replace(data, status=FeedbackStatus.NO_ANSWER),
                       self.tr("Noted. No answer says little about you.")):
            self.form.status_row.follow_up.setFocus()

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
        if ops_module.APPLICATIONS in topics:
            self._refresh_app()
        if topics & {ops_module.CONTACTS, ops_module.APPLICATIONS}:
            # Keep the contact chosen in the editor, saved or not.
            self._refresh_contacts(keep=self.form.contact.currentData())
        if topics & {ops_module.FEEDBACK, ops_module.CONTACTS, ops_module.APPLICATIONS}:
            self._notes_changed()
        if topics & {ops_module.ACTIONS, ops_module.FEEDBACK}:
            self.actions_panel.refresh()
            self._update_actions()
        if topics & {ops_module.ACTIONS, ops_module.FEEDBACK, ops_module.PLANS}:
            self.plan_offer.show_for(self.app_id)

    # --- layout between runs -------------------------------------------------------------
    def save_state(self, settings: QSettings) -> None:
        save_widget_state(settings, f"{self.key}/splitter", self.splitter)
        settings.setValue(f"{self.key}/application", self.app_id or 0)

    def restore_state(self, settings: QSettings) -> None:
        restore_widget_state(settings, f"{self.key}/splitter", self.splitter)
        stored = settings.value(f"{self.key}/application", 0) or 0
        try:
            # value() is typed as object; int() would refuse other types with a TypeError.
            app_id = int(stored) if isinstance(stored, str | int | float) else 0
        except ValueError:
            app_id = 0
        if app_id and self.app_id is None and self.picker.has(app_id):
            self.show_application(app_id)
