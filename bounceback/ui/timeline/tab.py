"""The Timeline tab: applications on the left, the open one's details and history on the right,
or every event of the search in date order."""

from __future__ import annotations

import datetime as dt
from dataclasses import fields, replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QShowEvent
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

from bounceback.db.enums import Status
from bounceback.services import applications, events, plans
from bounceback.services.applications import ApplicationDetail, ApplicationFilter, ApplicationInput
from bounceback.services.errors import NotFoundError
from bounceback.services.related import RelatedRecords, application_view, related_records
from bounceback.services.sent_with import SentWith
from bounceback.ui.common import dialogs, labels
from bounceback.ui.common import ops as topics
from bounceback.ui.common.glance_split import GlanceSplit
from bounceback.ui.common.i18n import fill
from bounceback.ui.common.ops import LatestRead, Ops
from bounceback.ui.common.screening import ScreeningAnswersWindow
from bounceback.ui.common.tab import TabPage, restore_widget_state, save_widget_state
from bounceback.ui.theme.icons import Icon, icon
from bounceback.ui.timeline import board_rows
from bounceback.ui.timeline.all_events import AllEventsPanel
from bounceback.ui.timeline.app_editor import ApplicationForm
from bounceback.ui.timeline.app_list import LIST_SHARE, ApplicationList
from bounceback.ui.timeline.context import ApplicationContext
from bounceback.ui.timeline.insights import TimelineInsights
from bounceback.ui.timeline.related import RelatedPanel

if TYPE_CHECKING:
    from bounceback.ui.timeline.board import ApplicationBoard

# The editor's least height, in lines of text: it grows with the font.
EDITOR_LINES = 14
# The charts' height at a glance, as the person left it.
GLANCE_SETTING = "timeline/glance_height"
# What the tab shows beside the charts: the list with the editor, the board, or every event;
# remembered between runs.
LIST, BOARD, EVENTS = "list", "board", "events"
VIEWS = (LIST, BOARD, EVENTS)
VIEW_SETTING = "timeline/view"

WATCHED = frozenset({
    topics.APPLICATIONS, topics.EVENTS, topics.CONTACTS, topics.PLANS, topics.FEEDBACK,
    topics.ACTIONS, topics.DOCUMENTS,
})


def merge(loaded: ApplicationInput, edited: ApplicationInput,
          fresh: ApplicationInput) -> ApplicationInput:
    """Keep the user's edits, take everything they did not touch from the store."""
    changes = {
        f.name: getattr(fresh, f.name)
        for f in fields(ApplicationInput)
        if getattr(edited, f.name) == getattr(loaded, f.name)
    }
    return replace(edited, **changes)


class TimelineTab(TabPage):
    key = "timeline"

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self._current: ApplicationDetail | None = None
        self._loaded: ApplicationInput | None = None  # what the form showed when loaded
        # Whether the list's width was restored as the person left it; whether it has been
        # fitted to its names since the tab was built.
        self._split_restored = False
        self._list_fitted = False
        self._list_dragged = False  # by the person, since the tab was built: theirs now
        self._list_sized = False
        self._view = LIST
        self._board_stale = True  # something changed while the board was out of sight
        # The applications with a plan under way, for the board's marks: read again only
        # after a change to the plans (a move between other columns leaves them as they are).
        self._open_plans: frozenset[int] | None = None
        # How the open application was sent, as last read with it (None: nothing known).
        self._sent: SentWith | None = None
        self.answers_window: ScreeningAnswersWindow | None = None

        self.new_button = QPushButton(self.tr("&New application"), self)
        self.new_button.setIcon(icon(Icon.NEW))
        self.new_button.setToolTip(self.tr("Add an application (Ctrl+N)"))
        self.new_button.setAccessibleName(self.tr("New application"))
        self.new_button.clicked.connect(self.new_application)
        self.all_button = QPushButton(self.tr("All events"), self)
        self.all_button.setIcon(icon(Icon.EVENTS))
        self.all_button.setCheckable(True)
        self.all_button.setToolTip(self.tr("Every event of your search, newest first"))
        self.all_button.setAccessibleName(self.tr("Show all events in date order"))
        self.all_button.toggled.connect(lambda on: self.show_view(EVENTS if on else LIST))
        self.board_button = QPushButton(self.tr("Board"), self)
        self.board_button.setIcon(icon(Icon.BOARD))
        self.board_button.setCheckable(True)
        self.board_button.setToolTip(self.tr(
            "Your applications in a column per status: drag a card to move it on"))
        self.board_button.setAccessibleName(self.tr("Show the applications as a board"))
        self.board_button.toggled.connect(lambda on: self.show_view(BOARD if on else LIST))

        # Made from the outside in, each widget with the parent it keeps: under the
        # application's style sheet, moving a finished widget into another makes Qt work out
        # the style of every widget in it again (0.1–0.2 s of this tab's first build).
        self.body_split = GlanceSplit(self)
        self.pages = QStackedWidget(self.body_split)
        self.split = QSplitter(Qt.Orientation.Horizontal, self.pages)
        self.list = ApplicationList(self.split)
        self.list.picked.connect(self._picked)
        self.list.archived_toggled.connect(lambda _on: self.refresh())
        self.right = QStackedWidget(self.split)
        self.placeholder = QLabel(self.tr(
            "Pick an application on the left to see its details and history,\n"
            "or add a new one."
        ), self.right)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail_split = QSplitter(Qt.Orientation.Vertical, self.right)
        scroll = self.detail_scroll = QScrollArea(self.detail_split)
        form_page = QWidget(scroll.viewport())

        self.context = ApplicationContext(ops, form_page)
        self.context.open_plan.connect(lambda app_id: self.open_in_tab.emit("plans", app_id))
        self.form = ApplicationForm(form_page)
        self.form.edited.connect(self._update_buttons)
        self.form.company.textEdited.connect(self.context.company_typed)
        self.save_button = QPushButton(self.tr("&Save"), form_page)
        self.save_button.setIcon(icon(Icon.SAVE))
        self.save_button.setAccessibleName(self.tr("Save the application"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("Revert"), form_page)
        self.revert_button.setAccessibleName(self.tr("Revert unsaved changes"))
        self.revert_button.clicked.connect(self.discard)
        self.archive_button = QPushButton(self.tr("&Archive"), form_page)
        self.archive_button.setAccessibleName(self.tr("Archive or restore the application"))
        self.archive_button.setToolTip(self.tr("Put it out of sight without deleting anything"))
        self.archive_button.clicked.connect(self._toggle_archived)
        self.delete_button = QPushButton(self.tr("&Delete…"), form_page)
        self.delete_button.setIcon(icon(Icon.DELETE))
        self.delete_button.setAccessibleName(self.tr("Delete the application"))
        self.delete_button.clicked.connect(self._delete)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.revert_button)
        buttons.addStretch(1)
        buttons.addWidget(self.archive_button)
        buttons.addWidget(self.delete_button)

        form_lay = QVBoxLayout(form_page)
        form_lay.addWidget(self.context)
        form_lay.addWidget(self.form)
        form_lay.addLayout(buttons)
        form_lay.addStretch(1)
        scroll.setAccessibleName(self.tr("Application details"))
        # Tab goes straight to the controls inside; the area scrolls to whichever has focus
        # (a focusable scroll area is a silent Tab stop, and where focus lands after a save).
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(form_page)
        # Never a sliver: the heading and the first fields always show, whatever else needs
        # the height (the history, the charts at a glance).
        scroll.setMinimumHeight(EDITOR_LINES * scroll.fontMetrics().lineSpacing())

        self.related = RelatedPanel(ops, self.detail_split)
        self.form.sent.cv_requested.connect(self.related.show_document)
        self.form.sent.answers_requested.connect(self.show_screening_answers)
        self.related.document_actions.rejection_recorded.connect(self._rejection_from_mail)
        self.list.files_dropped.connect(self._files_dropped_on)

        self.detail_split.addWidget(scroll)
        self.detail_split.addWidget(self.related)
        self.detail_split.setStretchFactor(0, 3)
        self.detail_split.setStretchFactor(1, 2)

        self.right.addWidget(self.placeholder)
        self.right.addWidget(self.detail_split)

        self.split.addWidget(self.list)
        self.split.addWidget(self.right)
        self.split.setStretchFactor(0, 2)
        self.split.setStretchFactor(1, 3)
        self.split.setSizes([460, 700])
        self.split.splitterMoved.connect(self._list_moved)

        self.all_events = AllEventsPanel(self.pages)
        self.all_events_read = LatestRead(ops, self)
        self.all_events.open_application.connect(self._open_from_all_events)
        self.pages.addWidget(self.split)
        self.pages.addWidget(self.all_events)
        # The board is built the first time it is asked for: most starts never show it, and
        # it costs about 70 ms of the first start on a long search.
        self._board: ApplicationBoard | None = None

        self.glance = TimelineInsights(ops, self.body_split)
        self.body_split.hold(self.pages, self.glance)

        top = QHBoxLayout()
        top.addWidget(self.new_button)
        top.addStretch(1)
        top.addWidget(self.board_button)
        top.addWidget(self.all_button)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.body_split, 1)

        self.refresh()
        self._show_editor(False)
        # Start on the most recent application rather than an empty pane.
        if self.list.proxy.rowCount():
            self.open_application(self.list.id_at(self.list.proxy.index(0, 0)))

    def title(self) -> str:
        return self.tr("Timeline")

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._list_fitted:
            self._list_fitted = True
            # Once the window has laid the tab out at its size, not before.
            QTimer.singleShot(0, self, self._fit_list)

    def _list_moved(self, _pos: int, _index: int) -> None:
        self._list_dragged = True

    def _fit_list(self) -> None:
        """The list opens as wide as the person left it (the first time, its share of the
        tab), and at least as wide as its names need, in the language now spoken, as long
        as the editor keeps its own least width. It never narrows by itself."""
        room = sum(self.split.sizes())
        if room <= 0:
            return  # not laid out (another page in front): when it next is
        editor = self.right.minimumSizeHint().width()
        kept = self._split_restored or self._list_sized
        left = self.split.sizes()[0] if kept else round(room * LIST_SHARE)
        width = min(max(left, self.list.width_needed()), room - editor)
        if width > 0:
            self.split.setSizes([width, room - width])
            self._list_sized = True

    # --- loading -------------------------------------------------------------------------
    def refresh(self) -> None:
        flt = ApplicationFilter(include_archived=self.list.show_archived.isChecked())
        self.list.set_rows(self.ops.read(applications.list_applications, flt))
        if self._list_fitted and not self._list_dragged:
            self._fit_list()  # a longer name came in: room for it, as at the start
        self.list.select_id(self._current.id if self._current else None)
        if self._view == EVENTS:
            self._load_all_events()
        if self._view == BOARD:
            self._load_board()
        else:
            self._board_stale = True

    @property
    def board(self) -> ApplicationBoard:
        if self._board is None:
            from bounceback.ui.timeline import board as board_view

            board = self._board = board_view.ApplicationBoard(self.pages)
            board.move_requested.connect(self._move_from_board)
            board.open_requested.connect(self._open_from_board)
            # One "Show archived" for both: the board's stands in for the list's out of sight.
            board.show_archived.setChecked(self.list.show_archived.isChecked())
            board.show_archived.toggled.connect(self.list.show_archived.setChecked)
            self.list.show_archived.toggled.connect(board.show_archived.setChecked)
            self.pages.addWidget(board)
            self._board_stale = True
        return self._board

    def _load_board(self) -> None:
        # The list's rows, read just now, and which of them have a plan under way.
        if self._open_plans is None:
            self._open_plans = self.ops.read(plans.open_plan_application_ids)
        self.board.set_cards(board_rows.cards(self.list.model.rows(), self._open_plans))
        self._board_stale = False

    def _load_all_events(self) -> None:
        # Years of events take a moment to read: on a worker, with the panel saying so.
        self.all_events.set_loading(True)
        reader = partial(events.list_all_events,
                         include_archived=self.list.show_archived.isChecked())
        self.all_events_read.start(reader, self.all_events.set_rows,
                                   lambda: self.all_events.set_loading(False))

    def on_changed(self, changed: frozenset[str]) -> None:
        if not changed & WATCHED:
            return
        if topics.PLANS in changed:
            self._open_plans = None
        self.refresh()
        if self._current is None or self.ops.initiated_by(self):
            # This tab's own save opens the saved application itself, once (see save).
            return
        try:
            fresh = self.ops.read(applications.get_application, self._current.id)
        except NotFoundError:
            self._clear()
            return
        if self._loaded is not None and self.has_unsaved_changes():
            # Something else changed this application (an event moved its status, say)
            # while the user was editing: keep their edits, take the rest.
            baseline = self._normalised(fresh.as_input())
            merged = merge(self._loaded, self.form.value(), baseline)
            self._current = fresh
            self.form.set_value(merged, self._heading(fresh))
            self._loaded = baseline
            self._update_buttons()
        else:
            self._load(fresh)
        self._load_history()

    def _heading(self, detail: ApplicationDetail | None) -> str:
        if detail is None:
            return self.tr("New application")
        text = f"{detail.company} — {detail.role}"
        return text + self.tr(" (archived)") if detail.archived else text

    def _normalised(self, data: ApplicationInput) -> ApplicationInput:
        """What the form gives back for ``data``: the baseline unsaved changes compare with."""
        current = self.form.value()
        blocked = self.form.blockSignals(True)
        self.form.set_value(data, self.form.heading.text())
        baseline = self.form.value()
        self.form.set_value(current, self.form.heading.text())
        self.form.blockSignals(blocked)
        return baseline

    def _load(self, detail: ApplicationDetail, found: RelatedRecords | None = None) -> None:
        self._current = detail
        self.form.set_value(detail.as_input(), self._heading(detail))
        self._loaded = self.form.value()
        self._show_editor(True)
        self._load_history(found)
        self._update_buttons()

    def _load_history(self, found: RelatedRecords | None = None) -> None:
        cur = self._current
        if cur is None:
            self.related.show_for(None)
            self.context.show_for(None, "")
            self._show_sent(None)
            return
        # Everything beside the editor in one read (one session, not one per panel): opening
        # an application is the most frequent thing done here.
        if found is None:
            found = self.ops.read(related_records, cur.id)
        self.related.show_records(cur.id, cur.company, found, cur.status)
        self.context.show_for(cur.id, cur.company, plan=found.plan)
        self._show_sent(found.sent)

    def _show_sent(self, sent: SentWith | None) -> None:
        self._sent = sent if sent is not None and not sent.empty else None
        self.form.show_sent(self._sent)

    def show_screening_answers(self) -> ScreeningAnswersWindow | None:
        """The open application's screening questions and answers, in a window of their own
        (not modal: the editor stays usable beside it)."""
        if self._current is None or self._sent is None or not self._sent.answers:
            return None
        window = ScreeningAnswersWindow(self._sent.answers, self._current.company, self)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.answers_window = window
        window.show()
        return window

    def _clear(self) -> None:
        self._current = None
        self._loaded = None
        self.list.select_id(None)
        self.related.show_for(None)
        self._show_editor(False)

    def _show_editor(self, on: bool) -> None:
        self.right.setCurrentIndex(1 if on else 0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        editing = self._loaded is not None
        dirty = self.has_unsaved_changes()
        self.save_button.setEnabled(editing and (dirty or self._current is None))
        self.revert_button.setEnabled(dirty)
        self.archive_button.setEnabled(self._current is not None)
        self.delete_button.setEnabled(self._current is not None)
        archived = self._current is not None and self._current.archived
        self.archive_button.setText(self.tr("Un&archive") if archived else self.tr("&Archive"))

    # --- selection -----------------------------------------------------------------------
    def _picked(self, app_id: int | None) -> None:
        # None comes from filtering the current row out of sight: keep editing it.
        if app_id is None or (self._current is not None and app_id == self._current.id):
            return
        if not self.maybe_save():
            self.list.select_id(self._current.id if self._current else None)
            return
        self.open_application(app_id)

    def open_application(self, app_id: int) -> None:
        try:
            detail, found = self.ops.read(application_view, app_id)
        except NotFoundError:
            self.refresh()
            return
        self._load(detail, found)
        if not self.list.select_id(app_id) and detail.archived:
            self.list.show_archived.setChecked(True)
            self.list.select_id(app_id)

    def show_application(self, app_id: int) -> None:
        self.body_split.show_main()
        if self._current is not None and self._current.id == app_id:
            # Open already, perhaps behind "All events" or the board: its details come to
            # the front (the plan's "Thank people…" put the focus on its people, out of
            # sight there).
            self.show_view(LIST)
            return
        if self.maybe_save():
            self.show_view(LIST)
            self.open_application(app_id)

    def show_record(self, kind: str, ident: int, app_id: int | None) -> None:
        super().show_record(kind, ident, app_id)
        if kind == "contact" and app_id:
            self.show_section("people")
        if kind == "document" and app_id:
            self.related.show_document(ident)

    def show_section(self, name: str) -> None:
        if name == "people" and self._current is not None:
            self.related.show_people()

    def selection(self) -> object:
        return (self._current.id if self._current is not None else None,
                self.list.show_archived.isChecked(), self._view,
                self._board.current_id() if self._board is not None else None)

    def select_again(self, kept: object) -> None:
        match kept:
            case (int() | None as app_id, bool() as archived, str() as view,
                  int() | None as card_id):
                self.list.show_archived.setChecked(archived)
                if app_id is not None and (self._current is None
                                           or self._current.id != app_id):
                    self.open_application(app_id)  # gone meanwhile: the list as it is
                if card_id is not None or self._board is not None:
                    self.board.select_id(card_id)
                self.show_view(view)

    def _files_dropped_on(self, app_id: int, files: list[Path]) -> None:
        """Files dropped on an application in the list: it opens, and they are kept with it."""
        if self._current is None or self._current.id != app_id:
            if not self.maybe_save():
                return
            self.open_application(app_id)
        if self._current is not None and self._current.id == app_id:
            self.related.attach_files(files)

    def _rejection_from_mail(self, app_id: int) -> None:
        """A dropped e-mail became their "no": met as a rejection saved here is."""
        if self._current is not None and self._current.id == app_id:
            self.context.say_sorry()
            self.detail_scroll.ensureWidgetVisible(self.context.plan)

    def _open_from_all_events(self, app_id: int) -> None:
        self.show_view(LIST)
        self.show_application(app_id)

    def view(self) -> str:
        """What is in front: LIST, BOARD or EVENTS."""
        return self._view

    def show_view(self, view: str) -> None:
        """Bring the list and editor (LIST), the board (BOARD) or every event (EVENTS) to
        the front; the buttons say which."""
        view = view if view in VIEWS else LIST
        self._view = view
        for button, own in ((self.all_button, EVENTS), (self.board_button, BOARD)):
            blocked = button.blockSignals(True)
            button.setChecked(view == own)
            button.blockSignals(blocked)
        if view != LIST:
            self.body_split.show_main()
        if view == EVENTS:
            self._load_all_events()
        elif view == BOARD:
            if self.board.current_id() is None and self._current is not None:
                self.board.select_id(self._current.id)
            if self._board_stale:
                self._load_board()
        elif self._list_fitted and not self._list_sized:
            # Opened on another page, the list had no width to fit to: now it has.
            QTimer.singleShot(0, self, self._fit_list)
        self.pages.setCurrentWidget(self.board if view == BOARD else
                                    self.all_events if view == EVENTS else self.split)

    # --- the board -----------------------------------------------------------------------
    def _open_from_board(self, app_id: int) -> None:
        self.show_application(app_id)
        if self._view == LIST and self._current is not None and self._current.id == app_id:
            self.list.view.setFocus()

    def _move_from_board(self, app_id: int, status: Status) -> None:
        """A card moved to another column: its new status, saved as the editor saves it; a
        "no" is met as it is there, with kind words and the plan, in the editor."""
        rejected = status == Status.REJECTED
        open_here = self._current is not None and self._current.id == app_id
        # The editor's unsaved edits first: the move reloads the application it shows, and
        # a "no" opens its application there.
        if (open_here or rejected) and not self.maybe_save():
            return
        done = self.tr("Changes saved.") if rejected \
            else fill(self.tr("Moved to “%1”."), labels.status(status))
        result = self.ops.write(self, applications.set_status, app_id, status, done=done,
                                initiator=self)
        if result is None:
            return
        if rejected:
            self.show_view(LIST)
            self.open_application(app_id)
            self.context.say_sorry()
            self.detail_scroll.ensureWidgetVisible(self.context.plan)
            self.list.view.setFocus()
        elif open_here:
            self.open_application(app_id)

    # --- editing -------------------------------------------------------------------------
    def new_application(self) -> None:
        if not self.maybe_save():
            return
        self.body_split.show_main()
        self.show_view(LIST)
        self._current = None
        self.list.select_id(None)
        # The currency the person usually writes, so a new application needs no retyping;
        # the field's hint (the locale's) covers a first one.
        blank = ApplicationInput(company="", role="", applied_on=dt.date.today(),
                                 salary_currency=self.ops.read(applications.usual_currency))
        self.form.set_value(blank, self._heading(None))
        self._loaded = self.form.value()
        self.related.show_for(None)
        self.context.show_for(None, "")
        self._show_sent(None)
        self._show_editor(True)
        self.form.company.setFocus()

    def has_unsaved_changes(self) -> bool:
        return self._loaded is not None and self.form.value() != self._loaded

    def unsaved_what(self) -> str:
        if self._current is None:
            return self.tr("the new application")
        return fill(self.tr("the application at %1"), self._current.company)

    def save(self) -> bool:
        if self._loaded is None or (self._current is not None and not self.has_unsaved_changes()):
            return True
        if not self.form.check():
            return False
        data = self.form.value()
        newly_rejected = data.status == Status.REJECTED and (
            self._current is None or self._current.status != Status.REJECTED)
        # A "no" is met with kind words above the form, where the person is looking (the
        # status bar only says it was saved).
        done = self.tr("Application saved.") if self._current is None \
            else self.tr("Changes saved.")
        if self._current is None:
            result = self.ops.write(
                self, applications.create_application, data, done=done,
                on_invalid=self.form.show_error, initiator=self,
            )
        else:
            result = self.ops.write(
                self, applications.update_application, self._current.id, data,
                done=done, on_invalid=self.form.show_error, initiator=self,
            )
        if result is None:
            return False
        self.open_application(result.id)
        if newly_rejected:
            self.context.say_sorry()
            self.detail_scroll.ensureWidgetVisible(self.context.plan)
        return True

    def discard(self) -> None:
        if self._current is not None:
            self._load(self._current)
        else:
            self._clear()

    def _toggle_archived(self) -> None:
        if self._current is None or not self.maybe_save():
            return
        archive = not self._current.archived
        done = self.tr("Archived. It's out of sight; “Show archived” brings it back.") \
            if archive else self.tr("Back in your list.")
        self.ops.write(self, applications.set_archived, self._current.id, archive,
                       done=done)

    def _delete(self) -> None:
        if self._current is None:
            return
        cur = self._current
        text = fill(self.tr(
            "Delete the application at %1 for %2?\n\nIts history, feedback notes and review "
            "are deleted with it. Action items you made from it are kept. "
            "If you only want it out of sight, archive it instead."
        ), cur.company, cur.role)
        if not dialogs.confirm_delete(self, self.tr("Delete application"), text):
            return
        self._loaded = None  # its edits go with it
        if not self.ops.run(self, applications.delete_application, cur.id,
                            done=self.tr("Application deleted.")):
            self._load(cur)

    # --- layout --------------------------------------------------------------------------
    def save_state(self, settings: QSettings) -> None:
        save_widget_state(settings, "timeline/split", self.split)
        save_widget_state(settings, "timeline/detail_split", self.detail_split)
        save_widget_state(settings, "timeline/list_header",
                          self.list.view.horizontalHeader())
        if self.body_split.glance_height is not None:
            settings.setValue(GLANCE_SETTING, self.body_split.glance_height)
        settings.setValue(VIEW_SETTING, self._view)

    def restore_state(self, settings: QSettings) -> None:
        self._split_restored = settings.value("timeline/split") is not None
        restore_widget_state(settings, "timeline/split", self.split)
        restore_widget_state(settings, "timeline/detail_split", self.detail_split)
        restore_widget_state(settings, "timeline/list_header",
                             self.list.view.horizontalHeader())
        self.list.arrange_columns()
        height = settings.value(GLANCE_SETTING)
        self.body_split.restore_glance_height(
            int(height) if isinstance(height, int | str) and str(height).isdigit() else None)
        view = settings.value(VIEW_SETTING)
        if isinstance(view, str) and view in VIEWS and view != self._view:
            self.show_view(view)
