"""The Check-in tab: past check-ins on the left, the open one on the right; the insights on a
page of their own beside them.

The editor's unsaved state is the difference between what the form shows now and what it
showed when it was loaded; refreshes after writes elsewhere never replace unsaved words.
The journal is also kept as a draft in the store while it is typed, so a crash or a power
cut never loses it: the next time that check-in (or a new one) is opened, the words are back.
Saving keeps the part of the form the person was looking at in view, and says so just above
Save, kindly, instead of only in the status bar.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from itertools import pairwise
from typing import NamedTuple

from PySide6.QtCore import QEvent, QPoint, QSettings, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from bounceback.services import applications, checkins, draft_keys, plans
from bounceback.services.checkins import CheckInInput, CheckInRow
from bounceback.services.errors import ValidationError
from bounceback.ui.checkin import questions
from bounceback.ui.checkin.accept import AcceptStep
from bounceback.ui.checkin.editor import CheckInForm, blank, now
from bounceback.ui.checkin.history import CheckInList
from bounceback.ui.checkin.insights import CheckinViews
from bounceback.ui.checkin.pane import EditorPane
from bounceback.ui.common import dialogs, labels, preferences
from bounceback.ui.common import ops as topics
from bounceback.ui.common.drafts import DraftKeeper
from bounceback.ui.common.focus import SIGHT_MARGIN, give_focus
from bounceback.ui.common.i18n import fill
from bounceback.ui.common.ops import LatestRead, Ops, translate_message
from bounceback.ui.common.tab import TabPage, restore_widget_state, save_widget_state

CHOICE_TOPICS = frozenset({topics.APPLICATIONS, topics.EVENTS})
WATCHED = CHOICE_TOPICS | {topics.CHECKINS, topics.PLANS}
# Saving a check-in about an application moves its plan's step 1 along.
NEW_DRAFT = draft_keys.checkin(None)


class Place(NamedTuple):
    """Where the person was in the form: a widget, how far below the top of the view, and
    whether it is the field they were typing in (kept in sight, not only in place)."""

    widget: QWidget
    offset: int
    typing: bool


def counts_for_coping(data: CheckInInput) -> bool:
    """Whether a check-in is one "what helps you" learns from."""
    return bool(data.coping_method and data.after)


def normal(data: CheckInInput) -> CheckInInput:
    """The same check-in whatever order its feelings were picked in, to the minute."""
    felt_at = data.felt_at.replace(second=0, microsecond=0) if data.felt_at else data.felt_at
    return replace(data, felt_at=felt_at, emotions=tuple(sorted(data.emotions)),
                   after=tuple(sorted(data.after)))


class CheckInTab(TabPage):
    key = "checkin"
    # Hides QWidget.scroll(dx, dy), which nothing calls; tests scroll through this name.
    scroll: QScrollArea  # type: ignore[assignment]

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self._loaded_id: int | None = None
        self._baseline: CheckInInput = blank()
        # Whether this tab's own last save or delete can change "what helps you" (only
        # check-ins with a way of coping and an "afterwards" count there): if not, it isn't
        # worked out again. (Its own writes are told with this tab as their initiator, and
        # the list then changes by that one row instead of being read again: 3,650 rows
        # after ten years.)
        self._write_counts = True
        self.coping_read = LatestRead(ops, self)

        self.history = CheckInList(self)
        self.form = CheckInForm(self._rejections, self)
        self.keeper = DraftKeeper(ops, self.form.journal)
        self.accept_step = AcceptStep(ops, self.form.accept, self)
        self._about: int | None = None  # the application the accept box follows
        self.pane = EditorPane(self.form, self)
        self.error, self.notice, self.scroll = self.pane.error, self.pane.notice, self.pane.scroll
        self.moment = self.pane.moment
        self.save_button = self.pane.save_button
        self.revert_button = self.pane.revert_button
        self.delete_button = self.pane.delete_button
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        self.delete_button.clicked.connect(self.delete_current)

        self._build_layout()

        self.history.picked.connect(self._picked)
        self.history.new_requested.connect(self.new_checkin)
        self.history.delete_requested.connect(self.delete_current)
        self.form.edited.connect(self._edited)
        self.form.emotions.rows_changed.connect(self._fix_tab_order)
        self.form.afterwards.rows_changed.connect(self._fix_tab_order)
        self.form.accept.ready_requested.connect(self.ready_to_move_on)

        self._refresh_coping_effects()
        self._refresh_choices()
        self.history.set_rows(self.ops.read(checkins.list_checkins))
        self._start(blank())

    def _refresh_coping_effects(self) -> None:
        # "What helps you" is worked out over every check-in ever made: on a worker, so a
        # save or the first look at the tab never waits for it.
        self.coping_read.start(checkins.coping_effects, self.form.set_coping_effects)

    def _build_layout(self) -> None:
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.history)
        self.splitter.addWidget(self.pane)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([460, 720])
        # The insights get a page of their own: beside the form they were squeezed into
        # a third of the width (issue 15).
        self.views = CheckinViews(self.splitter, self.ops, self)
        self.views.insights.afterwards_requested.connect(self.open_afterwards)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 0)
        outer.addWidget(self.views)

    # --- TabPage -------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Check-in")

    def new_checkin(self) -> None:
        """Start a fresh check-in, timed now (after asking about unsaved words)."""
        self.views.show_checkins()
        if not self.maybe_save():
            return
        self._start(blank())
        self.form.emotions.focus_first()

    def show_application(self, app_id: int) -> None:
        """Start a check-in about one application and its latest rejection, if it has one."""
        self.views.show_checkins()
        if not self.maybe_save():
            return
        self._refresh_choices()
        found = [ident for ident, _day in self._rejections(app_id)]
        plan = self.ops.read(plans.plan_for_application, app_id)
        # The rejection its bounce-back plan is about; else the latest.
        rejection = plan.rejection_event_id if plan and plan.rejection_event_id in found \
            else (found[0] if found else None)
        self._start(blank(app_id, rejection))
        self.form.emotions.focus_first()

    def show_record(self, kind: str, ident: int, app_id: int | None) -> None:
        if kind != "checkin":
            super().show_record(kind, ident, app_id)
            return
        self.views.show_checkins()
        self._picked(ident)  # asks about unsaved edits first, like a click

    def selection(self) -> object:
        return (self._loaded_id, self.views.currentIndex())

    def select_again(self, kept: object) -> None:
        match kept:
            case (int() | None as ident, int() as page):
                row = self._row(ident) if ident is not None else None
                if row is not None:  # deleted meanwhile: a new check-in, as at first
                    self._show(row)
                    self.history.select_id(row.id)
                self.views.setCurrentIndex(page)

    def show_section(self, name: str) -> None:
        """``accept`` (step 1 of the plan): back to the latest check-in about the plan's
        rejection, where how you feel afterwards can be added; a new one if there is none."""
        app_id = self.form.value().application_id
        if name != "accept" or app_id is None or self._loaded_id is not None \
                or self.has_unsaved_changes():
            return  # show_application was refused: the person kept what they had open
        rejection = self.form.value().rejection_event_id
        latest = next((r for r in self.ops.read(checkins.list_checkins, application_id=app_id)
                       if r.rejection_event_id == rejection), None) if rejection else None
        if latest is None:
            return  # the new check-in show_application started is the place
        self._show(latest)
        self.history.select_id(latest.id)
        if latest.coping_method and not latest.after:
            self._bring_afterwards_forward()

    def open_afterwards(self, checkin_id: int | None) -> None:
        """From "What helped": the check-in waiting for its "afterwards", opened there (after
        asking about unsaved words, like a click in the list); None: a new check-in."""
        self.views.show_checkins()
        if checkin_id is None:
            self.new_checkin()
            return
        self._picked(checkin_id)
        if self._loaded_id == checkin_id and self.form.afterwards.isVisibleTo(self.form):
            self._bring_afterwards_forward()

    def _bring_afterwards_forward(self) -> None:
        """The "afterwards" part at the top of the view, its check box ready."""
        self._settle_layout()
        holder = self.pane.holder
        top = self.form.afterwards.mapTo(holder, QPoint(0, 0)).y()
        self.scroll.verticalScrollBar().setValue(top - 12)
        self.form.afterwards.record.setFocus(Qt.FocusReason.OtherFocusReason)

    def has_unsaved_changes(self) -> bool:
        return normal(self.form.value()) != normal(self._baseline)

    def unsaved_what(self) -> str:
        if self._loaded_id is None:
            return self.tr("your new check-in")
        return self.tr("this check-in")

    def save(self) -> bool:
        if not self.has_unsaved_changes():
            return True
        self.error.clear_message()
        data = self.form.value()
        was_new, had_after = self._loaded_id is None, bool(self._baseline.after)
        place = self._place()
        # Save turns itself off once saved; the focus it held is given back below.
        from_save = self.save_button.hasFocus()
        done = self.tr("Check-in saved.")
        self._write_counts = counts_for_coping(data) or counts_for_coping(self._baseline)
        if self._loaded_id is None:
            row = self.ops.write(self, checkins.create_checkin, data, done=done,
                                 on_invalid=self._invalid, initiator=self, ends_draft=True)
        else:
            row = self.ops.write(self, checkins.update_checkin, self._loaded_id, data,
                                 done=done, on_invalid=self._invalid, initiator=self)
        if row is None:
            return False
        self.history.upsert(row)
        # The save dropped the draft, under the old key and (ids are reused) the new one.
        self.keeper.saved(self.form.journal.toPlainText())
        self.notice.hide()
        self._show(row, stay=True)
        self.keeper.saved(self.form.journal.toPlainText())
        self.history.select_id(row.id)
        # Said above Save, which takes the room from the form: shown before the place is
        # restored, so the view is the size it will be painted at.
        self.moment.show_moment(self._saved_words(data, was_new, had_after))
        # Where the person was stays in view, though "afterwards" may just have appeared.
        self._back_to(place)
        if from_save:
            # Not on to whatever follows the disabled Save (Qt's choice: a tab bar): back to
            # the field the person was at, in sight; else the check-in, selected in the list.
            give_focus(place.widget if place is not None and place.typing
                       else self.history.view)
        return True

    def _saved_words(self, data: CheckInInput, was_new: bool, had_after: bool) -> str:
        """What is said above Save once a check-in is saved: brief, kind, and the next step
        when there is one."""
        if data.after and not had_after:
            return self.tr("Saved — thank you for noting how you feel now. It adds to "
                           "“What helped” under Insights.")
        said = [self.tr("Check-in saved.")]
        if was_new and data.rejection_event_id is not None:
            said.append(self.tr("Putting words to how a no feels takes courage. Take the "
                                "time you need."))
        if was_new and data.coping_method:
            said.append(fill(self.tr("After %1, come back here to note how you feel."),
                             self.form.coping_name()))

        return " ".join(said)

    def discard(self) -> None:
        self._drop_draft()
        row = self._row(self._loaded_id) if self._loaded_id is not None else None
        if row is not None:
            self._show(row)
        elif self._loaded_id is None:
            self._start(self._baseline)
        else:
            self._start(blank())

    def on_changed(self, changed: frozenset[str]) -> None:
        if not changed & WATCHED:
            return
        was_dirty = self.has_unsaved_changes()
        if changed & CHOICE_TOPICS:
            self._refresh_choices()
        own = self.ops.initiated_by(self)
        if topics.CHECKINS in changed and (self._write_counts or not own):
            self._refresh_coping_effects()
        self.accept_step.refresh()
        if own:
            return  # save() and delete_current() put their one row right themselves
        rows = self.ops.read(checkins.list_checkins)
        self.history.set_rows(rows)
        if self._loaded_id is not None:
            fresh = next((r for r in rows if r.id == self._loaded_id), None)
            if fresh is None and was_dirty:
                self._keep_as_new()
            elif fresh is None:
                self._start(blank())
            elif not was_dirty:
                self._show(fresh)
        elif not was_dirty:
            self._baseline = self.form.value()
        self.history.select_id(self._loaded_id)
        self._update_buttons()

    def save_state(self, settings: QSettings) -> None:
        save_widget_state(settings, f"{self.key}/splitter", self.splitter)
        save_widget_state(settings, f"{self.key}/columns", self.history.view.horizontalHeader())

    def restore_state(self, settings: QSettings) -> None:
        restore_widget_state(settings, f"{self.key}/splitter", self.splitter)
        restore_widget_state(settings, f"{self.key}/columns", self.history.view.horizontalHeader())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # A blank check-in left open for hours should still say "now" when you come back.
        if self._loaded_id is None and not self.has_unsaved_changes():
            current = now()
            if self._baseline.felt_at != current:
                self._start(replace(self._baseline, felt_at=current))

    # --- commands ------------------------------------------------------------------------
    def revert(self) -> None:
        if self.has_unsaved_changes() and questions.confirm_revert(self):
            self.discard()

    def ready_to_move_on(self) -> None:
        """Close step 1; what is open is saved first, so nothing written is lost."""
        if self.accept_step.plan() is None:
            return
        if self.has_unsaved_changes() and not self.save():
            return
        if self.accept_step.close_step(self):
            self.moment.show_moment(self.tr(
                "Step 1 is done. The rest can wait until you're ready."))

    def delete_current(self) -> None:
        row = self._row(self._loaded_id) if self._loaded_id is not None else None
        if row is None:
            return
        text = fill(self.tr(
            "Delete the check-in from %1? What you wrote in it will be gone for good."
        ), labels.datetime(row.felt_at))
        if not dialogs.confirm_delete(self, self.tr("Delete check-in"), text):
            return
        self._write_counts = bool(row.coping_method and row.after)
        deleted = self.ops.run(self, checkins.delete_checkin, row.id,
                               done=self.tr("Check-in deleted."), initiator=self)
        if deleted:
            self.history.remove_id(row.id)
            self._drop_draft()
            self._start(blank())
            self.history.view.setFocus()

    # --- loading the form ----------------------------------------------------------------
    def _start(self, data: CheckInInput) -> None:
        """A new check-in in the form (and the list showing no selection)."""
        self._load_form(data, self.tr("New check-in"), None)
        self.history.select_id(None)
        self.scroll.verticalScrollBar().setValue(0)

    def _show(self, row: CheckInRow, *, stay: bool = False) -> None:
        """A saved check-in in the form; widgets that already show it keep their cursor.
        Another check-in starts at the top of the form, unless ``stay`` (just saved)."""
        title = fill(self.tr("Check-in of %1"), labels.datetime(row.felt_at))
        moved = row.id != self._loaded_id
        if normal(self.form.value()) != normal(row.as_input()):
            self._load_form(row.as_input(), title, row.id)
        else:
            self._loaded_id = row.id
            self.form.allow_afterwards(True)
            self.form.set_title(title)
            self._baseline = self.form.value()
            self.keeper.watch(self._draft_key(), saved_text=self.form.journal.toPlainText())
            self._update_buttons()
        if moved and not stay:
            self.scroll.verticalScrollBar().setValue(0)

    def _load_form(self, data: CheckInInput, title: str, ident: int | None) -> None:
        # Drafting stops before the text changes, so one check-in's words never land in
        # another's draft; unsaved words of the old one are stored as its draft first.
        self.keeper.watch(None)
        self.form.allow_afterwards(ident is not None)
        self.form.set_value(data, title)
        self._loaded_id = ident
        self._baseline = self.form.value()
        self.error.clear_message()
        self.notice.hide()
        self.moment.dismiss()  # it was about what the form showed before
        self.keeper.watch(self._draft_key(), saved_text=self.form.journal.toPlainText())
        draft = self.keeper.pending(self._draft_key())
        if draft is not None and draft.body != self.form.journal.toPlainText():
            self.form.journal.setPlainText(draft.body)
            self.pane.show_notice(self.tr(
                "Words you wrote last time, not yet saved, are back in the journal. "
                "Save to keep them, or undo the changes."))
        self._update_buttons()
        self._fix_tab_order()

    def _keep_as_new(self) -> None:
        """The open check-in was deleted elsewhere while being edited: keep the words."""
        self._drop_draft()
        self._loaded_id = None
        self.form.allow_afterwards(False)
        self.form.set_title(self.tr("New check-in"))
        self.keeper.watch(NEW_DRAFT, saved_text="")
        self.keeper.flush()
        self.pane.show_notice(self.tr(
            "This check-in was deleted elsewhere. Your words are still here: "
            "saving keeps them as a new check-in."))

    def _draft_key(self) -> str:
        return draft_keys.checkin(self._loaded_id)

    def _drop_draft(self) -> None:
        """Forget the draft of what is open: its words are being thrown away on purpose."""
        self.keeper.forget()

    # --- keeping one's place -------------------------------------------------------------
    def _place(self) -> Place | None:
        """What the person was at in the form, and how far from the top of the view: the
        field last typed in if it is in view (a click on Save takes the focus, not the
        attention), else the topmost part of the form in view."""
        holder = self.pane.holder
        top = self.scroll.verticalScrollBar().value()
        bottom = top + self.scroll.viewport().height()
        last = self.form.focusWidget()
        if last is not None and last.isVisibleTo(holder):
            y = last.mapTo(holder, QPoint(0, 0)).y()
            if y < bottom and y + last.height() > top:
                return Place(last, y - top, typing=True)
        for widget in (self.form.title, *self.form.focus_widgets()):
            if widget.isVisibleTo(holder):
                y = widget.mapTo(holder, QPoint(0, 0)).y()
                if y + widget.height() > top:
                    return Place(widget, y - top, typing=False)
        return None

    def _back_to(self, place: Place | None) -> None:
        """Scroll so that ``place`` (from _place) is where it was in the view again; the
        field being typed in stays in sight, its cursor too, though the view got shorter (a
        moment said above Save takes its room) or what is above it grew."""
        if place is None:
            return
        holder = self.pane.holder
        self._settle_layout()
        widget = place.widget
        if not widget.isVisibleTo(holder):
            return
        self.scroll.verticalScrollBar().setValue(
            widget.mapTo(holder, QPoint(0, 0)).y() - place.offset)
        if place.typing:
            # Only if it is out of the view now: the cursor of a text field (its micro
            # focus), else the whole field, brought in as Tab would bring it.
            self.scroll.ensureWidgetVisible(widget, 0, SIGHT_MARGIN)

    def _settle_layout(self) -> None:
        # Parts of the form that just appeared have no place yet: lay them out now, so
        # positions (and the scroll range) are the ones about to be painted.
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)

    # --- inside --------------------------------------------------------------------------
    def _rejections(self, app_id: int) -> list[tuple[int, dt.date]]:
        return self.ops.read(checkins.rejections_for, app_id)

    def _refresh_choices(self) -> None:
        self.form.set_applications(self.ops.read(
            applications.list_choices, include_archived=not preferences.hide_archived()))

    def _row(self, ident: int) -> CheckInRow | None:
        index = self.history.model.row_of_id(ident)
        return self.history.model.row_at(index) if index >= 0 else None

    def _picked(self, ident: int | None) -> None:
        if ident is None or ident == self._loaded_id:
            return
        if self.maybe_save():
            row = self._row(ident)
            if row is not None:
                self._show(row)
        self._sync_selection()
        # A mouse press goes on to select the row it hit after this returns; set it right.
        QTimer.singleShot(0, self, self._sync_selection)  # skipped once the tab is gone

    def _sync_selection(self) -> None:
        if self.history.current_id() != self._loaded_id:
            self.history.select_id(self._loaded_id)

    def _edited(self) -> None:
        self.error.clear_message()
        self._update_buttons()

    def _follow_application(self) -> None:
        app_id = self.form.application.currentData()
        if app_id != self._about:
            self._about = app_id
            self.accept_step.follow(app_id)

    def _invalid(self, exc: ValidationError) -> None:
        self.error.show_message(translate_message(exc.message))
        widget = self.form.field_widget(exc.field)
        if widget is not None:
            self.scroll.ensureWidgetVisible(widget)
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _update_buttons(self) -> None:
        self._follow_application()
        dirty = self.has_unsaved_changes()
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)
        self.delete_button.setEnabled(self._loaded_id is not None)

    def _fix_tab_order(self) -> None:
        chain: list[QWidget] = [
            self.history.new_button, self.history.search, self.history.view,
            *self.form.focus_widgets(), self.save_button, self.revert_button,
            self.delete_button,
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
